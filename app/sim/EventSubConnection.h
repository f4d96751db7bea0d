#pragma once

#include "sim/SimSettings.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTimer>

class QWebSocket;

namespace streamside::sim {

// One client socket of the EventSub WebSocket server and the per-socket
// rules Twitch applies to it: keepalives after silence, the subscribe window
// (4003), no inbound data (4001), ping/pong (4002). Which session it serves
// and where notifications go is the server's business (EventSubServer).
class EventSubConnection : public QObject {
    Q_OBJECT
public:
    // Takes ownership of the socket. serial tells this socket from every
    // other one the server accepted (a session may move between sockets).
    EventSubConnection(QWebSocket* socket, const SimSettings& settings, quint64 serial,
                       QString sessionId, int keepaliveSeconds, QObject* parent = nullptr);
    ~EventSubConnection() override;

    quint64 serial() const { return m_serial; }
    QString sessionId() const { return m_sessionId; }
    int keepaliveSeconds() const { return m_keepaliveSeconds; }
    QDateTime connectedAt() const { return m_connectedAt; }
    bool isOpen() const { return !m_closing; }
    // Set once the server sent session_reconnect on this socket.
    bool isReconnecting() const { return m_reconnecting; }
    void setReconnecting() { m_reconnecting = true; }
    // Set once a new socket took the session over: closing this one then
    // must not disable the session's subscriptions.
    bool isHandedOver() const { return m_handedOver; }
    void setHandedOver() { m_handedOver = true; }

    // Sends a frame; any frame restarts the keepalive countdown.
    void send(const QJsonObject& frame);
    void sendRaw(const QString& text);

    // Starts the 4003 countdown (settings.subscribeWindowMs) unless the
    // session is already in use; markUsed() stops it.
    void startSubscribeWindow();
    void markUsed();

    void setKeepalivesEnabled(bool enabled);
    bool keepalivesEnabled() const { return m_keepalivesEnabled; }

    // A half-open connection as the client sees it: from now on nothing
    // reaches it (no frame, no keepalive, no ping), though the socket stays
    // connected, until the client gives up on it. Frames sent meanwhile are
    // dropped; see EventSubServer::silenceSession.
    void silence();
    bool isSilenced() const { return m_silenced; }

    // Closes with a close frame carrying code and reason.
    void closeWithCode(int code, const QString& reason);
    // Drops the TCP connection without a close frame.
    void abort();

signals:
    // The server closed the socket with a code (the rules above or a
    // control request); emitted once, before the socket is gone.
    void closedByServer(streamside::sim::EventSubConnection* connection, int code);
    // The socket is gone, however it ended (closed by either side, dropped).
    void disconnected(streamside::sim::EventSubConnection* connection);

private:
    void restartKeepalive();
    void sendPing();

    QWebSocket* m_socket;
    const SimSettings& m_settings;
    quint64 m_serial;
    QString m_sessionId;
    int m_keepaliveSeconds;
    QDateTime m_connectedAt;
    bool m_keepalivesEnabled = true;
    bool m_used = false;
    bool m_closing = false;
    bool m_reconnecting = false;
    bool m_handedOver = false;
    bool m_silenced = false;
    QTimer m_keepaliveTimer;
    QTimer m_subscribeWindow;
    QTimer m_pingTimer;
    QTimer m_pongTimeout;
};

} // namespace streamside::sim
