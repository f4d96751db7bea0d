#pragma once

#include "ui/web/WebViewOptions.h"

#include <QDialog>

namespace streamside::ui {

class WebPageView;

// A small window with one web page, for the demo when no system browser can
// be opened: the simulator's consent page shows here instead.
class InAppBrowser : public QDialog {
    Q_OBJECT
public:
    InAppBrowser(const WebViewOptions& options, QWidget* parent = nullptr);

    // Loads url; false (with *error) when web pages cannot be shown at all.
    bool open(const QUrl& url, QString* error);

private:
    WebViewOptions m_options;
    WebPageView* m_view = nullptr;
};

} // namespace streamside::ui
