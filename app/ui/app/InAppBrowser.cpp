#include "ui/app/InAppBrowser.h"

#include "ui/web/WebModuleLoader.h"
#include "ui/web/WebPageView.h"
#include "ui/web/WebViewFactory.h"

#include <QVBoxLayout>

namespace streamside::ui {

InAppBrowser::InAppBrowser(const WebViewOptions& options, QWidget* parent)
    : QDialog(parent)
    , m_options(options) {
    setWindowTitle(tr("Authorize Streamside"));
    resize(520, 640);
    new QVBoxLayout(this);
    layout()->setContentsMargins(0, 0, 0, 0);
}

bool InAppBrowser::open(const QUrl& url, QString* error) {
    if (!m_view) {
        WebViewFactory* factory = WebModuleLoader::factory(error);
        if (!factory)
            return false;
        m_view = factory->createPageView(m_options, this);
        layout()->addWidget(m_view);
    }
    m_view->load(url);
    show();
    raise();
    return true;
}

} // namespace streamside::ui
