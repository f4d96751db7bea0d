#include "core/eventsub/EventSubConnection.h"

#include "core/app/Logging.h"

#include <QMetaEnum>
#include <QUrlQuery>
#include <QWebSocket>

#include <cmath>
#include <utility>

namespace streamside {

namespace {

// Set on a socket once its peer started the closing handshake: a close frame
// arrived, so closeCode() is the peer's. Without it the connection was lost.
constexpr char closeFrameProperty[] = "streamsideCloseFrameReceived";

QString socketName(const QWebSocket* socket) {
    return QStringLiteral("0x%1").arg(quintptr(socket), 0, 16);
}

} // namespace

EventSubConnection::EventSubConnection(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_backoff(m_options.backoff, m_options.random) {
    m_watchdog.setSingleShot(true);
    m_welcomeTimeout.setSingleShot(true);
    m_healthy.setSingleShot(true);
    m_drainTimeout.setSingleShot(true);
    m_retry.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        const int seconds = int(std::ceil(m_watchdog.interval() / 1000.0));
        connectionLost(tr("no message from Twitch for %1 s").arg(seconds));
    });
    connect(&m_welcomeTimeout, &QTimer::timeout, this, [this] {
        const int seconds = int(std::ceil(m_welcomeTimeout.interval() / 1000.0));
        connectionLost(tr("Twitch did not welcome the connection within %1 s").arg(seconds));
    });
    connect(&m_healthy, &QTimer::timeout, this, [this] { m_backoff.reset(); });
    connect(&m_drainTimeout, &QTimer::timeout, this, [this] {
        qCDebug(lcEventSub) << "Twitch left the old socket open after the hand-over; closing it";
        finishDrain();
    });
    connect(&m_retry, &QTimer::timeout, this, &EventSubConnection::connectAgain);
}

EventSubConnection::~EventSubConnection() {
    // The sockets are children; none may report into a half-destroyed object.
    for (QWebSocket* socket : {m_socket, m_handOver, m_retiring})
        if (socket)
            socket->disconnect(this);
}

QUrl EventSubConnection::connectUrl() const {
    QUrl url = m_options.url;
    if (m_options.keepaliveSeconds > 0) {
        QUrlQuery query(url);
        query.removeAllQueryItems(QStringLiteral("keepalive_timeout_seconds"));
        query.addQueryItem(QStringLiteral("keepalive_timeout_seconds"),
                           QString::number(m_options.keepaliveSeconds));
        url.setQuery(query);
    }
    return url;
}

QString EventSubConnection::closeCodeText(int code, const QString& closeReason) {
    switch (code) {
    case 4000:
        return tr("Twitch closed the connection: internal server error");
    case 4001:
        return tr("Twitch closed the connection: the client sent a message");
    case 4002:
        return tr("Twitch closed the connection: the client did not answer a ping");
    case 4003:
        return tr("Twitch closed the connection: no subscription was made in time");
    case 4004:
        return tr("Twitch closed the connection: the reconnect grace time expired");
    case 4005:
        return tr("Twitch closed the connection: network timeout");
    case 4006:
        return tr("Twitch closed the connection: network error");
    case 4007:
        return tr("Twitch closed the connection: invalid reconnect URL");
    default:
        return closeReason.isEmpty()
                   ? tr("Twitch closed the connection (code %1)").arg(code)
                   : tr("Twitch closed the connection (code %1: %2)").arg(code).arg(closeReason);
    }
}

void EventSubConnection::start() {
    if (m_state != State::Offline)
        return;
    m_backoff.reset();
    setState(State::Connecting, tr("connecting to %1").arg(m_options.url.host()));
    connectAgain();
}

void EventSubConnection::stop() {
    if (m_state == State::Offline)
        return;
    m_retry.stop();
    m_watchdog.stop();
    m_welcomeTimeout.stop();
    m_healthy.stop();
    m_drainTimeout.stop();
    m_heldBack.clear();
    closeSocket(m_socket);
    closeSocket(m_handOver);
    closeSocket(m_retiring);
    m_welcomed = false;
    m_sessionId.clear();
    setState(State::Offline, tr("stopped"));
}

QWebSocket* EventSubConnection::openSocket(const QUrl& url) {
    auto* socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket](const QString& text) { onTextFrame(socket, text); });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray& data) {
        // Twitch sends text frames only.
        qCWarning(lcEventSub) << "ignoring a binary frame of" << data.size() << "bytes";
        emit malformedFrame(
            tr("a binary frame (%1 bytes); Twitch sends text frames").arg(data.size()));
    });
    // aboutToClose comes before the closing handshake, which on a socket we
    // never close ourselves means the server sent a close frame.
    connect(socket, &QWebSocket::aboutToClose, this,
            [socket] { socket->setProperty(closeFrameProperty, true); });
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [socket](QAbstractSocket::SocketError error) {
                qCDebug(lcEventSub)
                    << "socket" << socketName(socket) << "error" << error << socket->errorString();
            });
    connect(socket, &QWebSocket::disconnected, this,
            [this, socket] { onSocketDisconnected(socket); });
    qCDebug(lcEventSub) << "opening socket" << socketName(socket) << "to"
                        << url.toDisplayString(QUrl::RemoveQuery);
    m_welcomeTimeout.start(m_options.welcomeTimeoutMs);
    socket->open(url);
    return socket;
}

void EventSubConnection::discardSocket(QWebSocket*& socket) {
    if (!socket)
        return;
    QWebSocket* gone = std::exchange(socket, nullptr);
    gone->disconnect(this);
    gone->abort();
    gone->deleteLater();
}

void EventSubConnection::closeSocket(QWebSocket*& socket) {
    if (!socket)
        return;
    if (socket->state() != QAbstractSocket::ConnectedState) {
        discardSocket(socket); // still connecting or already gone: no handshake to be polite in
        return;
    }
    // A polite close frame; the socket goes once it is disconnected (or with
    // this object). Nothing it still receives is read any more.
    QWebSocket* closing = std::exchange(socket, nullptr);
    closing->disconnect(this);
    connect(closing, &QWebSocket::disconnected, closing, &QObject::deleteLater);
    closing->close(QWebSocketProtocol::CloseCodeNormal);
}

QString EventSubConnection::describeEnd(QWebSocket* socket) const {
    if (socket->property(closeFrameProperty).toBool()) {
        // QWebSocket keeps the code in its CloseCode enum, which names only
        // the RFC 6455 codes; Twitch's 4000–4007 travel through it as plain
        // numbers. Read it as an integer at once and never hold or switch
        // on it as the enum.
        const int code = static_cast<int>(socket->closeCode());
        return closeCodeText(code, socket->closeReason());
    }
    const QString error = socket->errorString();
    return error.isEmpty() ? tr("connection to Twitch lost")
                           : tr("connection to Twitch lost (%1)").arg(error);
}

void EventSubConnection::onTextFrame(QWebSocket* socket, const QString& text) {
    // Any frame at all shows the connection is alive.
    if (m_watchdog.isActive())
        m_watchdog.start();

    QString error;
    const std::optional<EventSubMessage> message = EventSubMessage::parse(text.toUtf8(), &error);
    if (!message) {
        qCWarning(lcEventSub).noquote() << "malformed EventSub frame:" << error;
        emit malformedFrame(error);
        return;
    }
    qCDebug(lcEventSub).noquote() << "frame" << message->messageType << message->messageId
                                  << message->subscriptionType << "on socket" << socketName(socket);

    if (socket == m_handOver) {
        if (message->type == EventSubMessage::Type::Welcome)
            completeHandOver(*message);
        else
            m_heldBack.append({socket, *message}); // never happens with Twitch: welcome comes first
        return;
    }
    if (socket == m_socket && m_retiring) {
        // The old socket still has frames that were sent before these.
        m_heldBack.append({socket, *message});
        return;
    }
    dispatch(socket, *message);
}

void EventSubConnection::dispatch(QWebSocket* socket, const EventSubMessage& message) {
    switch (message.type) {
    case EventSubMessage::Type::Welcome:
        if (socket == m_socket && !m_welcomed)
            startSession(message);
        else
            qCWarning(lcEventSub) << "ignoring a second session_welcome on the same socket";
        return;
    case EventSubMessage::Type::Keepalive:
        return; // the watchdog was fed above
    case EventSubMessage::Type::Notification:
        emit notificationReceived(message);
        return;
    case EventSubMessage::Type::Revocation:
        qCInfo(lcEventSub).noquote()
            << "subscription" << message.subscriptionId << "revoked:" << message.revocationStatus;
        emit revocationReceived(message);
        return;
    case EventSubMessage::Type::Reconnect:
        if (socket == m_socket && m_welcomed && !m_handOver)
            beginHandOver(message);
        else
            qCWarning(lcEventSub) << "ignoring a session_reconnect during a hand-over";
        return;
    case EventSubMessage::Type::Unknown:
        qCWarning(lcEventSub).noquote()
            << "ignoring a frame of unknown type" << message.messageType;
        return;
    }
}

void EventSubConnection::startSession(const EventSubMessage& welcome) {
    m_welcomeTimeout.stop();
    m_welcomed = true;
    m_sessionId = welcome.sessionId;
    armWatchdog(welcome.keepaliveSeconds);
    // A welcome shows Twitch reachable: whatever failed before, the next loss
    // is retried after the first step (about a second), not after the grown
    // delay (up to a minute, which left the soak's app unsubscribed for half
    // a run of frequent faults, every connection in it welcomed). Only a
    // connection healthy for healthyAfterMs earns an immediate retry again.
    m_backoff.stepBackTo(1);
    if (m_options.healthyAfterMs <= 0)
        m_backoff.reset();
    else
        m_healthy.start(m_options.healthyAfterMs);
    qCInfo(lcEventSub).noquote() << "session" << m_sessionId << "welcomed, keepalive"
                                 << welcome.keepaliveSeconds << "s";
    setState(State::Connected, tr("connected"));
    emit sessionStarted(m_sessionId);
}

void EventSubConnection::beginHandOver(const EventSubMessage& reconnect) {
    qCInfo(lcEventSub).noquote() << "session" << m_sessionId
                                 << "moves to a new connection (session_reconnect)";
    // reconnect_url is used as is: it identifies the session to Twitch.
    m_handOver = openSocket(reconnect.reconnectUrl);
}

void EventSubConnection::completeHandOver(const EventSubMessage& welcome) {
    m_welcomeTimeout.stop();
    if (welcome.sessionId != m_sessionId)
        qCWarning(lcEventSub).noquote() << "the reconnect welcome names session"
                                        << welcome.sessionId << "instead of" << m_sessionId;
    m_sessionId = welcome.sessionId;
    armWatchdog(welcome.keepaliveSeconds);
    QWebSocket* old = std::exchange(m_socket, std::exchange(m_handOver, nullptr));
    m_welcomed = true;
    qCInfo(lcEventSub).noquote() << "session" << m_sessionId << "handed over to the new connection";
    if (!old)
        return; // the old socket already ended; nothing left to wait for
    // Frames Twitch sent on the old socket before it switched may still be on
    // their way, and they come before anything on the new socket, whose
    // frames wait in m_heldBack meanwhile. QWebSocket::close() would drop the
    // TCP connection at once and lose them: let Twitch close the old socket
    // (it does, with 4004), or close it when the drain time is up.
    m_retiring = old;
    m_drainTimeout.start(m_options.handOverDrainMs);
}

void EventSubConnection::finishDrain() {
    m_drainTimeout.stop();
    closeSocket(m_retiring);
    // Dispatching may start a new hand-over (a held-back session_reconnect):
    // take the frames out first.
    const QList<HeldFrame> held = std::exchange(m_heldBack, {});
    for (const HeldFrame& frame : held) {
        if (m_state == State::Offline)
            return; // a slot called stop()
        dispatch(frame.socket, frame.message);
    }
}

void EventSubConnection::onSocketDisconnected(QWebSocket* socket) {
    if (socket == m_retiring) {
        qCDebug(lcEventSub) << "old socket closed after the hand-over";
        finishDrain();
        return;
    }
    const QString reason = describeEnd(socket);
    if (socket == m_handOver) {
        // Twitch refused the reconnect_url (4007) or the new socket failed.
        // The session cannot move: start over at the original URL.
        qCWarning(lcEventSub).noquote() << "the session_reconnect connection failed:" << reason;
        connectionLost(reason);
        return;
    }
    if (socket != m_socket)
        return;
    if (m_handOver) {
        // Twitch closes the old socket (4004) once the new one is welcomed;
        // that close may be read before the new socket's welcome.
        qCDebug(lcEventSub).noquote() << "old socket ended during the hand-over:" << reason;
        discardSocket(m_socket);
        return;
    }
    connectionLost(reason);
}

void EventSubConnection::connectionLost(const QString& reason) {
    if (m_state == State::Offline)
        return;
    m_watchdog.stop();
    m_welcomeTimeout.stop();
    m_healthy.stop();
    m_drainTimeout.stop();
    discardSocket(m_socket);
    discardSocket(m_handOver);
    discardSocket(m_retiring);
    m_welcomed = false;
    m_sessionId.clear();
    // Frames that arrived are delivered, even though their socket is gone
    // (a held-back session_reconnect finds no socket and is ignored).
    const QList<HeldFrame> held = std::exchange(m_heldBack, {});
    for (const HeldFrame& frame : held) {
        dispatch(frame.socket, frame.message);
        if (m_state == State::Offline)
            return; // a slot called stop()
    }

    const int delayMs = m_backoff.nextDelayMs();
    qCInfo(lcEventSub).noquote() << "connection lost:" << reason << "- reconnecting in" << delayMs
                                 << "ms";
    setState(State::Reconnecting, reason);
    m_retry.start(delayMs);
}

void EventSubConnection::connectAgain() {
    // Always the original URL: a reconnect_url belongs to one hand-over, and
    // after a loss (4007 included) only a new session is possible.
    m_socket = openSocket(connectUrl());
}

void EventSubConnection::armWatchdog(int keepaliveSeconds) {
    const int seconds = keepaliveSeconds > 0 ? keepaliveSeconds : 10; // Twitch's default
    m_watchdog.start(seconds * 1000 + m_options.keepaliveGraceMs);
}

void EventSubConnection::setState(State state, const QString& reason) {
    if (state == m_state && reason == m_stateReason)
        return;
    m_state = state;
    m_stateReason = reason;
    qCInfo(lcEventSub).noquote() << "state" << QMetaEnum::fromType<State>().valueToKey(int(state))
                                 << "-" << reason;
    emit stateChanged(state, reason);
}

} // namespace streamside
