#pragma once

#include "core/auth/UrlOpener.h"

#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

// The "system browser" of a login, without a browser engine: it does over
// plain HTTP what a user's browser does on the simulator's consent page
// (press Authorize as `login`), then what the app's relay page does with
// Twitch's answer (post the fragment to the loopback listener). Lighter than
// a headless Qt WebEngine page, and independent of the display.
class ConsentingHttpBrowser : public streamside::UrlOpener {
public:
    explicit ConsentingHttpBrowser(QString login = QStringLiteral("demo_viewer"));

    bool open(const QUrl& url) override;

    int opened() const { return m_opened; }
    // Why the login did not go through, if it did not (never a token).
    QString problem() const { return m_problem; }

private:
    void relay(const QUrl& redirect);

    QString m_login;
    QNetworkAccessManager m_network;
    int m_opened = 0;
    QString m_problem;
};
