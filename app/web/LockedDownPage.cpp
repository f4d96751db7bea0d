#include "web/LockedDownPage.h"

#include "core/app/Logging.h"

#include <QDialog>
#include <QVBoxLayout>
#include <QWebEngineView>

namespace streamside::web {

LockedDownPage::LockedDownPage(QWebEngineProfile* profile, QStringList allowedHosts,
                               QObject* parent)
    : QWebEnginePage(profile, parent)
    , m_allowedHosts(std::move(allowedHosts)) {}

bool LockedDownPage::isAllowed(const QUrl& url) const {
    if (url.scheme() == QLatin1String("data") || url.scheme() == QLatin1String("blob") ||
        url.toString() == QLatin1String("about:blank"))
        return true;
    if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        return false;
    const QString host = url.host().toLower();
    for (const QString& allowed : m_allowedHosts)
        if (host == allowed || host.endsWith(QLatin1Char('.') + allowed))
            return true;
    return false;
}

bool LockedDownPage::acceptNavigationRequest(const QUrl& url, NavigationType type,
                                             bool isMainFrame) {
    // Frames inside the page (Twitch's own iframes) are the page's business;
    // the page itself never leaves the allowed hosts.
    if (!isMainFrame || isAllowed(url))
        return QWebEnginePage::acceptNavigationRequest(url, type, isMainFrame);
    // Only web addresses go to the system browser. Any other scheme (file:,
    // smb:, a desktop's or another program's own handlers such as steam: or
    // ms-msdt:) would have the system open a file or start a program at a
    // web page's say-so: refused, and not left to Qt WebEngine, which would
    // hand an accepted one to the system itself.
    if (isWebAddress(url))
        emit externalLinkRequested(url);
    else
        qCWarning(lcWeb).noquote()
            << "Refused a page's navigation to a" << url.scheme() << "address";
    return false;
}

bool LockedDownPage::isWebAddress(const QUrl& url) {
    return (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) &&
           !url.host().isEmpty();
}

QWebEnginePage* LockedDownPage::createWindow(WebWindowType type) {
    Q_UNUSED(type)
    // A pop-up: a small dialog with a page of the same profile (so a login in
    // it is the chat's login). Where it tries to go is checked like any
    // navigation: outside the allowed hosts, it goes to the browser instead.
    auto* dialog = new QDialog(QWebEngineView::forPage(this));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->resize(480, 640);
    auto* popupView = new QWebEngineView(dialog);
    auto* popup = new LockedDownPage(profile(), m_allowedHosts, popupView);
    popupView->setPage(popup);
    connect(popup, &LockedDownPage::externalLinkRequested, this, [this, dialog](const QUrl& url) {
        emit externalLinkRequested(url);
        dialog->close();
    });
    connect(popup, &QWebEnginePage::windowCloseRequested, dialog, &QDialog::close);
    connect(popup, &QWebEnginePage::titleChanged, dialog, &QDialog::setWindowTitle);
    auto* layout = new QVBoxLayout(dialog);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(popupView);
    dialog->show();
    return popup;
}

} // namespace streamside::web
