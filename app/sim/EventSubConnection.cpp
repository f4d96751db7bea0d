#include "sim/EventSubConnection.h"

#include "sim/EventSubFrames.h"

#include <QJsonDocument>
#include <QWebSocket>

namespace streamside::sim {

EventSubConnection::EventSubConnection(QWebSocket* socket, const SimSettings& settings,
                                       quint64 serial, QString sessionId, int keepaliveSeconds,
                                       QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_settings(settings)
    , m_serial(serial)
    , m_sessionId(std::move(sessionId))
    , m_keepaliveSeconds(keepaliveSeconds)
    , m_connectedAt(QDateTime::currentDateTimeUtc()) {
    m_socket->setParent(this);

    // Keepalives go out a little before keepalive_timeout_seconds of silence
    // have passed, so that a client whose watchdog fires after exactly that
    // many seconds is never beaten by timer or scheduling jitter.
    m_keepaliveTimer.setSingleShot(true);
    m_keepaliveTimer.setInterval(m_keepaliveSeconds * 900);
    connect(&m_keepaliveTimer, &QTimer::timeout, this, [this] {
        if (m_keepalivesEnabled && !m_closing)
            send(eventsub_frames::keepalive());
    });

    m_subscribeWindow.setSingleShot(true);
    m_subscribeWindow.setInterval(m_settings.subscribeWindowMs);
    connect(&m_subscribeWindow, &QTimer::timeout, this, [this] {
        if (!m_used)
            closeWithCode(4003, QStringLiteral("connection unused"));
    });

    m_pingTimer.setInterval(m_settings.pingIntervalMs);
    connect(&m_pingTimer, &QTimer::timeout, this, &EventSubConnection::sendPing);
    m_pongTimeout.setSingleShot(true);
    m_pongTimeout.setInterval(m_settings.pongTimeoutMs);
    connect(&m_pongTimeout, &QTimer::timeout, this,
            [this] { closeWithCode(4002, QStringLiteral("failed ping pong")); });
    connect(m_socket, &QWebSocket::pong, this, [this] { m_pongTimeout.stop(); });

    // A client must never send data: any text or binary frame ends the
    // connection, reacting to the first frame of a fragmented message.
    const auto inbound = [this] { closeWithCode(4001, QStringLiteral("sent inbound traffic")); };
    connect(m_socket, &QWebSocket::textFrameReceived, this, inbound);
    connect(m_socket, &QWebSocket::binaryFrameReceived, this, inbound);

    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        m_closing = true;
        m_keepaliveTimer.stop();
        m_subscribeWindow.stop();
        m_pingTimer.stop();
        m_pongTimeout.stop();
        emit disconnected(this);
    });

    m_pingTimer.start();
}

EventSubConnection::~EventSubConnection() = default;

void EventSubConnection::send(const QJsonObject& frame) {
    if (m_closing)
        return;
    sendRaw(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
}

void EventSubConnection::sendRaw(const QString& text) {
    if (m_closing || m_silenced)
        return;
    m_socket->sendTextMessage(text);
    restartKeepalive();
}

void EventSubConnection::restartKeepalive() {
    m_keepaliveTimer.stop();
    if (m_keepalivesEnabled && !m_closing && !m_silenced)
        m_keepaliveTimer.start();
}

void EventSubConnection::startSubscribeWindow() {
    if (!m_used)
        m_subscribeWindow.start();
}

void EventSubConnection::markUsed() {
    m_used = true;
    m_subscribeWindow.stop();
}

void EventSubConnection::silence() {
    m_silenced = true;
    m_keepaliveTimer.stop();
    m_pingTimer.stop();
    m_pongTimeout.stop();
}

void EventSubConnection::setKeepalivesEnabled(bool enabled) {
    m_keepalivesEnabled = enabled;
    if (enabled)
        restartKeepalive();
    else
        m_keepaliveTimer.stop();
}

void EventSubConnection::sendPing() {
    if (m_closing || m_silenced || m_pongTimeout.isActive())
        return;
    m_socket->ping(QByteArrayLiteral("streamside-sim"));
    m_pongTimeout.start();
}

void EventSubConnection::closeWithCode(int code, const QString& reason) {
    if (m_closing)
        return;
    m_closing = true;
    m_keepaliveTimer.stop();
    m_subscribeWindow.stop();
    m_pingTimer.stop();
    m_pongTimeout.stop();
    emit closedByServer(this, code);
    // Twitch's 4000-4007 codes are outside the named CloseCode values; the
    // enumeration is how Qt takes any code.
    m_socket->close(static_cast<QWebSocketProtocol::CloseCode>(code), reason);
}

void EventSubConnection::abort() {
    if (m_closing)
        return;
    m_closing = true;
    m_socket->abort();
}

} // namespace streamside::sim
