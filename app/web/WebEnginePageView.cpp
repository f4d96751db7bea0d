#include "web/WebEnginePageView.h"

#include <QVBoxLayout>
#include <QWebEngineView>

namespace streamside::web {

WebEnginePageView::WebEnginePageView(QWidget* parent)
    : ui::WebPageView(parent)
    , m_view(new QWebEngineView(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(m_view, &QWebEngineView::loadFinished, this, &WebEnginePageView::loadFinished);
}

void WebEnginePageView::load(const QUrl& url) {
    m_view->load(url);
}

QUrl WebEnginePageView::url() const {
    return m_view->url();
}

QString WebEnginePageView::title() const {
    return m_view->title();
}

} // namespace streamside::web
