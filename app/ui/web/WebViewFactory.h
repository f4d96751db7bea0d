#pragma once

#include <QtPlugin>

class QWidget;

namespace streamside::ui {

class WebPageView;
struct WebViewOptions;

// What the web module exports: a factory of web page views. Implemented in
// app/web and reached through QPluginLoader, never by linking.
class WebViewFactory {
public:
    virtual ~WebViewFactory() = default;

    // Returns a new view owned by parent.
    virtual WebPageView* createPageView(const WebViewOptions& options, QWidget* parent) = 0;
};

} // namespace streamside::ui

#define StreamsideWebViewFactory_iid "app.streamside.WebViewFactory/2"
Q_DECLARE_INTERFACE(streamside::ui::WebViewFactory, StreamsideWebViewFactory_iid)
