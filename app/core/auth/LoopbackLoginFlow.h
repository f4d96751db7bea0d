#pragma once

#include "core/auth/AuthError.h"
#include "core/auth/TokenGrant.h"
#include "core/config/EndpointConfig.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace streamside {

class LoopbackHttpRequest;
class UrlOpener;

// Logs a viewer in with Twitch's implicit grant and a loopback redirect
// (TWITCH.md, "OAuth for a desktop app"): opens the browser at Twitch's
// authorize page and waits, on http://localhost:<redirectPort>, for Twitch to
// send the browser back. The token arrives in the URL fragment, which a
// browser never sends to a server, so GET / answers a tiny relay page whose
// script posts the fragment (or the query of Twitch's error redirect) to
// POST /callback on the same origin.
//
// One-shot and loopback only: it listens on 127.0.0.1 and ::1 (never on any
// other interface), answers only requests whose Host names the redirect
// origin (DNS rebinding), takes exactly one callback carrying this login's
// state, and closes its listeners when it ends. A callback with another
// state is refused and the login keeps waiting: see callbackRefused().
class LoopbackLoginFlow : public QObject {
    Q_OBJECT
public:
    struct Options {
        EndpointConfig endpoints; // clientId, authEndpoint("authorize"), redirectPort
        QStringList scopes;
        // Twitch asks again even when the user already consented: for the
        // incremental own-channel login, which adds scopes to a known account.
        bool forceVerify = false;
        int timeoutMs = 5 * 60 * 1000;
        // A browser sends its request at once; a connection that has not
        // within this time is dropped, so that an idle socket cannot hold the
        // listener open.
        int requestDeadlineMs = 10'000;
    };

    // The path the relay page posts the fragment to.
    static constexpr char callbackPath[] = "/callback";

    // The opener is not owned and must outlive the flow.
    LoopbackLoginFlow(Options options, UrlOpener& opener, QObject* parent = nullptr);
    ~LoopbackLoginFlow() override;

    // Binds the listeners, builds the authorize URL and opens it in the
    // browser. Does nothing unless the flow is new. Errors found here
    // (PortInUse, NoClientId) are emitted as failed() before it returns.
    void start();
    // The user gave up in the app: failed(Cancelled). Does nothing unless waiting.
    void cancel();

    bool isWaiting() const { return m_state == State::Waiting; }
    // Twitch's authorize URL with this login's state; empty before start().
    // Offered by the UI as "copy link" when the browser could not be opened.
    QUrl authorizeUrl() const { return m_authorizeUrl; }
    // The addresses listened on while waiting: 127.0.0.1 and ::1.
    QList<QHostAddress> listeningAddresses() const;

signals:
    // The login is done; TokenGrant::expiresAt is invalid and refreshToken
    // empty (the implicit grant says neither). Emitted last: a receiver may
    // deleteLater() the flow.
    void succeeded(const streamside::TokenGrant& grant);
    // The login ended without a token. Emitted last, like succeeded().
    void failed(const streamside::AuthError& error);
    // Not the end: the browser could not be opened (error kind
    // BrowserUnavailable). The flow keeps waiting so that the user can paste
    // authorizeUrl() into a browser by hand, until cancel() or the timeout.
    void browserUnavailable(const streamside::AuthError& error);
    // Not the end: a callback that this login did not start (kind
    // StateMismatch) was refused. Ending the login there would let any web
    // page, or a stale tab of an earlier attempt, abort it at will.
    void callbackRefused(const streamside::AuthError& error);

private:
    enum class State { New, Waiting, Finished };
    struct Response;

    bool listen(QTcpServer*& server, const QHostAddress& address, AuthError* error);
    void acceptConnections(QTcpServer* server);
    void readRequest(QTcpSocket* socket);
    Response answer(const LoopbackHttpRequest& request);
    Response answerCallback(const QByteArray& body);
    QUrl buildAuthorizeUrl() const;
    void closeListeners();
    // Ends the flow: closes the listeners and stops the timer. The caller emits.
    void finish();
    void fail(AuthError::Kind kind, const QString& message);

    Options m_options;
    UrlOpener& m_opener;
    State m_state = State::New;
    QString m_expectedState;
    QUrl m_authorizeUrl;
    QByteArray m_scriptNonce; // Content-Security-Policy nonce of the relay page's script
    QTcpServer* m_ipv4 = nullptr;
    QTcpServer* m_ipv6 = nullptr;
    QTimer m_timeout;
};

} // namespace streamside
