#pragma once

#include "ui/web/WebViewFactory.h"

#include <QObject>

namespace streamside::web {

// The web module's entry point, found by QPluginLoader.
class WebEngineViewFactory : public QObject, public ui::WebViewFactory {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID StreamsideWebViewFactory_iid)
    Q_INTERFACES(streamside::ui::WebViewFactory)
public:
    ui::WebPageView* createPageView(const ui::WebViewOptions& options, QWidget* parent) override;
};

} // namespace streamside::web
