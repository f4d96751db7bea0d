#pragma once

#include <QStringList>
#include <QWebEnginePage>

namespace streamside::web {

// A page that stays on the allowed hosts: any other navigation is refused, and
// reported when it is a web address (the app opens it in the system browser);
// other schemes are refused only. Pop-ups for allowed hosts (Twitch's own
// login) open in a small dialog; others in the browser.
class LockedDownPage : public QWebEnginePage {
    Q_OBJECT
public:
    LockedDownPage(QWebEngineProfile* profile, QStringList allowedHosts, QObject* parent = nullptr);

    bool isAllowed(const QUrl& url) const;
    // http or https with a host: what may be handed to the system browser.
    static bool isWebAddress(const QUrl& url);

signals:
    void externalLinkRequested(const QUrl& url);

protected:
    bool acceptNavigationRequest(const QUrl& url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage* createWindow(WebWindowType type) override;

private:
    QStringList m_allowedHosts;
};

} // namespace streamside::web
