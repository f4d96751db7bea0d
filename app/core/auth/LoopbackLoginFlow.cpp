#include "core/auth/LoopbackLoginFlow.h"

#include "core/app/Logging.h"
#include "core/auth/LoopbackCallback.h"
#include "core/auth/LoopbackHttpRequest.h"
#include "core/auth/UrlOpener.h"

#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>

#include <optional>

namespace streamside {

namespace {

QByteArray randomBytes(int count) {
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator* random = QRandomGenerator::system();
    for (char& byte : bytes)
        byte = static_cast<char>(random->bounded(256));
    return bytes;
}

QString page(const QString& title, const QString& body) {
    return QStringLiteral(
               "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
               "<meta name=\"referrer\" content=\"no-referrer\"><title>%1</title><style>"
               "body{margin:0;background:#0e0e10;color:#efeff1;font-family:sans-serif;"
               "display:flex;justify-content:center}main{background:#18181b;border-radius:8px;"
               "margin-top:48px;padding:32px;max-width:480px}p{color:#adadb8;line-height:1.4}"
               "</style></head><body><main>%2</main></body></html>")
        .arg(title.toHtmlEscaped(), body);
}

QString messagePage(const QString& title, const QString& heading, const QString& text) {
    return page(title, QStringLiteral("<h1 id=\"result\">%1</h1><p id=\"message\">%2</p>")
                           .arg(heading.toHtmlEscaped(), text.toHtmlEscaped()));
}

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Content Too Large";
    case 421:
        return "Misdirected Request";
    case 431:
        return "Request Header Fields Too Large";
    default:
        return "Error";
    }
}

} // namespace

// What the listener answers one request with, and what the flow does after
// the answer is on its way.
struct LoopbackLoginFlow::Response {
    int status = 200;
    QString html;
    QByteArray allow; // the Allow header of a 405
    std::optional<TokenGrant> grant;
    std::optional<AuthError> failure;
    std::optional<AuthError> refusal;
};

LoopbackLoginFlow::LoopbackLoginFlow(Options options, UrlOpener& opener, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_opener(opener) {
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        const int minutes = qMax(1, (m_options.timeoutMs + 59'999) / 60'000);
        qCInfo(lcAuth) << "The loopback login timed out";
        fail(AuthError::Kind::TimedOut,
             tr("No answer came from your browser within %n minute(s). Start the login again.",
                nullptr, minutes));
    });
}

LoopbackLoginFlow::~LoopbackLoginFlow() {
    closeListeners();
}

void LoopbackLoginFlow::start() {
    if (m_state != State::New) {
        qCWarning(lcAuth) << "A loopback login can be started once only";
        return;
    }
    m_state = State::Waiting;
    if (m_options.endpoints.clientId.isEmpty()) {
        fail(AuthError::Kind::NoClientId,
             tr("No Twitch application is configured, so there is nothing to log in to. Set "
                "STREAMSIDE_CLIENT_ID to the client id of a registered application."));
        return;
    }
    AuthError error;
    if (!listen(m_ipv4, QHostAddress(QHostAddress::LocalHost), &error) ||
        !listen(m_ipv6, QHostAddress(QHostAddress::LocalHostIPv6), &error)) {
        closeListeners();
        fail(error.kind, error.message);
        return;
    }

    // 256 bits from the operating system's generator: the state is what tells
    // this login's callback from one forged by a web page (CSRF).
    m_expectedState = QString::fromLatin1(randomBytes(32).toHex());
    m_scriptNonce = randomBytes(16).toBase64();
    m_authorizeUrl = buildAuthorizeUrl();
    m_timeout.start(m_options.timeoutMs);
    qCInfo(lcAuth).nospace() << "Waiting for the login redirect on port "
                             << m_options.endpoints.redirectPort;

    if (!m_opener.open(m_authorizeUrl)) {
        qCWarning(lcAuth) << "The browser could not be opened for the login";
        emit browserUnavailable(
            {AuthError::Kind::BrowserUnavailable,
             tr("Streamside could not open your web browser. Copy the login link into your "
                "browser to continue.")});
    }
}

void LoopbackLoginFlow::cancel() {
    if (m_state != State::Waiting)
        return;
    qCInfo(lcAuth) << "The loopback login was cancelled in the app";
    fail(AuthError::Kind::Cancelled, tr("The login was cancelled."));
}

QList<QHostAddress> LoopbackLoginFlow::listeningAddresses() const {
    QList<QHostAddress> addresses;
    for (const QTcpServer* server : {m_ipv4, m_ipv6})
        if (server && server->isListening())
            addresses.append(server->serverAddress());
    return addresses;
}

bool LoopbackLoginFlow::listen(QTcpServer*& server, const QHostAddress& address, AuthError* error) {
    const quint16 port = m_options.endpoints.redirectPort;
    server = new QTcpServer(this);
    if (port != 0 && server->listen(address, port)) {
        connect(server, &QTcpServer::newConnection, this,
                [this, server] { acceptConnections(server); });
        return true;
    }
    const QAbstractSocket::SocketError socketError = server->serverError();
    const QString reason = server->errorString();
    delete server;
    server = nullptr;
    // A machine without IPv6 has no ::1 for a browser to connect to either:
    // 127.0.0.1 alone is then enough. A ::1 taken by another program is not:
    // a browser trying ::1 first would hand that program the token.
    if (address.protocol() == QAbstractSocket::IPv6Protocol && port != 0 &&
        (socketError == QAbstractSocket::SocketAddressNotAvailableError ||
         socketError == QAbstractSocket::UnsupportedSocketOperationError)) {
        qCInfo(lcAuth) << "No IPv6 loopback here; listening on 127.0.0.1 only:" << reason;
        return true;
    }
    qCWarning(lcAuth).nospace() << "Cannot listen on " << address.toString() << " port " << port
                                << ": " << reason;
    error->kind = AuthError::Kind::PortInUse;
    const QString howToChange =
        tr("Choose another port with the STREAMSIDE_REDIRECT_PORT environment variable. Twitch "
           "only sends the login back to an address registered for the application, so "
           "http://localhost:<port> with the new port must be registered there too.");
    if (port == 0)
        error->message = tr("No port is configured for receiving the login from your browser.") +
                         QLatin1Char(' ') + howToChange;
    else if (socketError == QAbstractSocket::AddressInUseError)
        error->message = tr("Port %1 on this computer is already used by another program, so "
                            "Streamside cannot receive the login from your browser. Close that "
                            "program and try again.")
                             .arg(port) +
                         QLatin1Char(' ') + howToChange;
    else
        error->message = tr("Streamside cannot receive the login from your browser on port %1: "
                            "%2.")
                             .arg(QString::number(port), reason) +
                         QLatin1Char(' ') + howToChange;
    return false;
}

void LoopbackLoginFlow::acceptConnections(QTcpServer* server) {
    while (QTcpSocket* socket = server->nextPendingConnection()) {
        // The listeners are bound to loopback addresses, so this never holds;
        // checked anyway because the token must never go to another machine.
        if (!socket->peerAddress().isLoopback()) {
            qCWarning(lcAuth) << "Refused a connection from a non-loopback address";
            socket->abort();
            socket->deleteLater();
            continue;
        }
        // The server owns its sockets; the flow takes them over so that an
        // answer still being written survives the listeners' closing.
        socket->setParent(this);
        socket->setReadBufferSize(LoopbackHttpRequest::maxHeadBytes +
                                  LoopbackHttpRequest::maxBodyBytes + 1);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readRequest(socket); });
        QTimer::singleShot(m_options.requestDeadlineMs, socket, [socket] { socket->abort(); });
    }
}

void LoopbackLoginFlow::readRequest(QTcpSocket* socket) {
    if (socket->property("answered").toBool())
        return;
    // peek, not read: the socket's buffer (bounded by setReadBufferSize) is
    // the request buffer until the request is complete.
    LoopbackHttpRequest request;
    const LoopbackHttpRequest::Status status =
        request.parse(socket->peek(socket->bytesAvailable()));
    Response response;
    switch (status) {
    case LoopbackHttpRequest::Status::Incomplete:
        if (socket->bytesAvailable() < socket->readBufferSize())
            return;
        response.status = 413;
        break;
    case LoopbackHttpRequest::Status::Malformed:
        response.status = 400;
        break;
    case LoopbackHttpRequest::Status::TooLarge:
        response.status = 431;
        break;
    case LoopbackHttpRequest::Status::Complete:
        response = answer(request);
        break;
    }
    if (response.html.isEmpty())
        response.html = messagePage(tr("Streamside"), tr("Not a login request"),
                                    tr("Streamside only answers the login redirect here."));
    if (status == LoopbackHttpRequest::Status::Complete)
        qCDebug(lcAuth).nospace() << "Login listener: " << request.method() << ' ' << request.path()
                                  << " -> " << response.status;
    else
        qCDebug(lcAuth) << "Login listener: unreadable request ->" << response.status;

    socket->setProperty("answered", true);
    socket->readAll();
    const QByteArray body = response.html.toUtf8();
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                      reasonPhrase(response.status) + "\r\n";
    head += "Content-Type: text/html; charset=utf-8\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    // The relay page runs its one script (by nonce) and talks to its own
    // origin only; no page here may be framed, cached or leak a referrer.
    head += "Content-Security-Policy: default-src 'none'; script-src 'nonce-" + m_scriptNonce +
            "'; connect-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; "
            "form-action 'none'; frame-ancestors 'none'\r\n";
    head += "Cache-Control: no-store\r\n";
    head += "Referrer-Policy: no-referrer\r\n";
    head += "X-Content-Type-Options: nosniff\r\n";
    if (!response.allow.isEmpty())
        head += "Allow: " + response.allow + "\r\n";
    head += "Connection: close\r\n\r\n";
    socket->write(head + body);
    socket->disconnectFromHost(); // after the answer is written

    if (response.refusal) {
        emit callbackRefused(*response.refusal);
    } else if (response.grant) {
        qCInfo(lcAuth) << "The loopback login succeeded";
        finish();
        emit succeeded(*response.grant);
    } else if (response.failure) {
        fail(response.failure->kind, response.failure->message);
    }
}

LoopbackLoginFlow::Response LoopbackLoginFlow::answer(const LoopbackHttpRequest& request) {
    Response response;
    // DNS rebinding: a web page whose host name resolves to 127.0.0.1 reaches
    // this port with its own name in Host. Only the redirect origin is served.
    if (!request.isForRedirectHost(m_options.endpoints.redirectPort)) {
        qCWarning(lcAuth) << "Refused a request to the login listener with a foreign Host header";
        response.status = 421;
        response.html = messagePage(tr("Streamside"), tr("Wrong address"),
                                    tr("This address does not belong to Streamside's login."));
        return response;
    }
    // Browsers send Origin with every POST: another web page posting here
    // shows its own origin and is turned away before its body is read.
    if (request.hasForeignOrigin(m_options.endpoints.redirectPort)) {
        qCWarning(lcAuth) << "Refused a request to the login listener from another web page";
        response.status = 403;
        response.html = messagePage(tr("Streamside"), tr("Not allowed"),
                                    tr("Only Streamside's own login page may send this."));
        return response;
    }
    if (m_state != State::Waiting) {
        response.status = 409;
        response.html =
            messagePage(tr("Streamside"), tr("This login is over"),
                        tr("Streamside is not waiting for a login any more. You can close this "
                           "tab; to log in, start again from Streamside."));
        return response;
    }

    if (request.path() == "/") {
        if (request.method() != "GET") {
            response.status = 405;
            response.allow = "GET";
            return response;
        }
        // The relay: Twitch put the answer in the fragment (or, for an error,
        // in the query); the script posts it here and shows the reply. It
        // first takes the token out of the address bar and the history.
        response.html =
            page(tr("Logging in to Streamside"),
                 QStringLiteral(
                     "<h1 id=\"result\">%1</h1><p id=\"relay-failed\" hidden>%2</p>"
                     "<noscript><p>%3</p></noscript><script nonce=\"%4\">(function(){"
                     "var answer=location.hash.length>1?location.hash.substring(1)"
                     ":location.search.substring(1);"
                     "history.replaceState(null,'','/');"
                     "fetch('%5',{method:'POST',credentials:'omit',cache:'no-store',"
                     "headers:{'Content-Type':'application/x-www-form-urlencoded'},body:answer})"
                     ".then(function(reply){return reply.text();})"
                     ".then(function(html){document.open();document.write(html);document.close();})"
                     ".catch(function(){document.getElementById('relay-failed').hidden=false;});"
                     "})();</script>")
                     .arg(tr("Finishing the login…").toHtmlEscaped(),
                          tr("Streamside did not answer. Start the login again from Streamside.")
                              .toHtmlEscaped(),
                          tr("Turn on JavaScript for this page to finish logging in to Streamside.")
                              .toHtmlEscaped(),
                          QString::fromLatin1(m_scriptNonce), QLatin1String(callbackPath)));
        return response;
    }
    if (request.path() == callbackPath) {
        if (request.method() != "POST") {
            response.status = 405;
            response.allow = "POST";
            return response;
        }
        return answerCallback(request.body());
    }
    response.status = 404;
    return response;
}

LoopbackLoginFlow::Response LoopbackLoginFlow::answerCallback(const QByteArray& body) {
    Response response;
    const LoopbackCallback callback = LoopbackCallback::read(body, m_expectedState);
    const QString title = tr("Streamside");
    switch (callback.outcome) {
    case LoopbackCallback::Outcome::Unreadable:
        response.status = 400;
        response.html =
            messagePage(title, tr("Not a login answer"), tr("This is not an answer from Twitch."));
        return response;
    case LoopbackCallback::Outcome::ForeignState: {
        // Neither logs anyone in nor ends this login (see callbackRefused).
        qCWarning(lcAuth) << "Refused a login callback that this login did not start";
        const QString message =
            tr("This answer from Twitch belongs to another login attempt. Use the newest login "
               "tab, or start the login again from Streamside.");
        response.status = 403;
        response.html = messagePage(title, tr("Not this login"), message);
        response.refusal = AuthError{AuthError::Kind::StateMismatch, message};
        return response;
    }
    case LoopbackCallback::Outcome::Cancelled:
        response.html = messagePage(tr("Login cancelled - Streamside"), tr("Login cancelled"),
                                    tr("You did not log in to Streamside. You can close "
                                       "this tab."));
        response.failure =
            AuthError{AuthError::Kind::Cancelled, tr("You cancelled the login at Twitch.")};
        return response;
    case LoopbackCallback::Outcome::Refused: {
        const QString message = tr("Twitch refused the login: %1").arg(callback.twitchReason);
        response.html = messagePage(tr("Login failed - Streamside"), tr("Login failed"), message);
        response.failure = AuthError{AuthError::Kind::Rejected, message};
        return response;
    }
    case LoopbackCallback::Outcome::NoToken:
        response.status = 400;
        response.html = messagePage(title, tr("Not a login answer"),
                                    tr("This answer from Twitch has no token in it."));
        return response;
    case LoopbackCallback::Outcome::Approved:
        response.grant = callback.grant;
        response.html = messagePage(tr("Logged in - Streamside"), tr("Logged in"),
                                    tr("You are logged in to Streamside. You can close this tab."));
        return response;
    }
    return response;
}

QUrl LoopbackLoginFlow::buildAuthorizeUrl() const {
    // Every value fully percent-encoded by hand: QUrlQuery would leave '+'
    // as is, which Twitch reads as a space.
    const QList<QPair<QString, QString>> parameters{
        {QStringLiteral("response_type"), QStringLiteral("token")},
        {QStringLiteral("client_id"), m_options.endpoints.clientId},
        {QStringLiteral("redirect_uri"), m_options.endpoints.redirectUri().toString()},
        {QStringLiteral("scope"), m_options.scopes.join(QLatin1Char(' '))},
        {QStringLiteral("state"), m_expectedState}};
    QByteArray query;
    for (const auto& [name, value] : parameters)
        query +=
            (query.isEmpty() ? "" : "&") + name.toLatin1() + '=' + QUrl::toPercentEncoding(value);
    if (m_options.forceVerify)
        query += "&force_verify=true";
    QUrl url = m_options.endpoints.authEndpoint(QStringLiteral("authorize"));
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

void LoopbackLoginFlow::closeListeners() {
    for (QTcpServer** server : {&m_ipv4, &m_ipv6}) {
        if (*server) {
            (*server)->close();
            (*server)->deleteLater();
            *server = nullptr;
        }
    }
}

void LoopbackLoginFlow::finish() {
    m_state = State::Finished;
    m_timeout.stop();
    closeListeners();
}

void LoopbackLoginFlow::fail(AuthError::Kind kind, const QString& message) {
    finish();
    emit failed({kind, message});
}

} // namespace streamside
