#pragma once

#include "ui/web/WebPageView.h"
#include "ui/web/WebViewOptions.h"

class QLabel;
class QStackedWidget;
class QWebEngineProfile;
class QWebEngineView;

namespace streamside::web {

// A WebPageView backed by a QWebEngineView in a persistent named profile,
// locked to the allowed hosts. A failed load shows a message with Retry
// instead of a blank page.
class WebEnginePageView : public ui::WebPageView {
    Q_OBJECT
public:
    WebEnginePageView(const ui::WebViewOptions& options, QWidget* parent = nullptr);

    void load(const QUrl& url) override;
    void reload() override;
    QUrl url() const override;
    QString title() const override;
    void stop() override;

    static QWebEngineProfile* profile(const ui::WebViewOptions& options);

private:
    QStackedWidget* m_stack;
    QWebEngineView* m_view;
    QWidget* m_failure;
    QLabel* m_failureText;
    QUrl m_requested;
};

} // namespace streamside::web
