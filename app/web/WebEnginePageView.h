#pragma once

#include "ui/web/WebPageView.h"

class QWebEngineView;

namespace streamside::web {

// A WebPageView backed by a QWebEngineView.
class WebEnginePageView : public ui::WebPageView {
    Q_OBJECT
public:
    explicit WebEnginePageView(QWidget* parent = nullptr);

    void load(const QUrl& url) override;
    QUrl url() const override;
    QString title() const override;

private:
    QWebEngineView* m_view;
};

} // namespace streamside::web
