#pragma once

#include <QUrl>
#include <QWidget>

namespace streamside::ui {

// A widget that shows one web page. The UI only knows this interface; the
// implementation lives in the web module so that Qt WebEngine is loaded only
// when a page is actually shown.
class WebPageView : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual void load(const QUrl& url) = 0;
    virtual void reload() = 0;
    virtual QUrl url() const = 0;
    virtual QString title() const = 0;
    // Stops what the page plays or runs (the window was hidden to the tray).
    virtual void stop() = 0;

signals:
    void loadFinished(bool ok);
    // A link to a host the view may not show: the app opens it in the system browser.
    void externalLinkRequested(const QUrl& url);
};

} // namespace streamside::ui
