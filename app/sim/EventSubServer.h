#pragma once

#include "sim/EventFactory.h"
#include "sim/SimContext.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

class QTimer;
class QWebSocket;
class QTcpServer;
class QWebSocketServer;

namespace streamside::sim {

class EventSubConnection;

// Twitch's EventSub WebSocket server (wss://eventsub.wss.twitch.tv/ws) on
// ws://127.0.0.1:<port>/ws, following the rules of Twitch's "Handling
// WebSocket Events" and "WebSocket Messages" pages:
//   - session_welcome with a fresh session id; keepalive_timeout_seconds from
//     the query, a numeric value outside the accepted range taking the
//     nearest accepted value (as Twitch documents);
//   - session_keepalive after keepalive_timeout_seconds without a frame;
//   - 4003 when no subscription is created within the subscribe window,
//     4001 on any inbound data frame, 4002 when a ping is not answered;
//   - notifications for the enabled subscriptions of each session only;
//   - session_reconnect hand-over: the old socket keeps delivering until the
//     client connects to reconnect_url and is welcomed there, with the same
//     session id and its subscriptions; the server then closes the old
//     socket with 4004. Without a new connection within the grace time the
//     old socket is closed 4004 and the subscriptions are disabled;
//   - revocation frames when the registry revokes a subscription;
//   - a socket that drops or is closed disables its session's subscriptions.
// Every notification it writes, and how every socket ends, goes into
// SimContext::ledger (DeliveryLedger).
// Also the control side used by tests and the demo (see README "EventSub").
class EventSubServer : public QObject {
    Q_OBJECT
public:
    explicit EventSubServer(SimContext& context, QObject* parent = nullptr);
    ~EventSubServer() override;

    // Listens on 127.0.0.1 (port 0: any free port) and publishes the URL in
    // SimContext::eventSubUrl.
    bool listen(quint16 port = 0);
    QUrl url() const { return m_url; }
    QString errorString() const { return m_error; }

    const EventFactory& factory() const { return m_factory; }

    struct TriggerResult {
        bool ok = false;
        QString error;          // why nothing could be built (unknown type, channel, ...)
        QJsonObject event;      // the event object that was delivered
        QStringList messageIds; // one per notification frame sent
    };
    // Builds an event with the EventFactory and delivers it to every enabled
    // subscription whose condition matches. channel.chat.message goes
    // through SimContext::chat (the message is appended to the chat log).
    TriggerResult trigger(const QString& type, const QString& variant, const QString& broadcasterId,
                          const QJsonObject& overrides = {});
    // Delivers a ready event object; returns the message ids sent.
    QStringList deliver(const QString& type, const QJsonObject& event);
    // stream.online or stream.offline, from the channel's state in the World;
    // call after World::setLive.
    TriggerResult announceLiveState(const QString& broadcasterId);

    // Control. An empty sessionId means every open session.
    int sendReconnect(const QString& sessionId = {});
    bool closeSession(const QString& sessionId, int code, const QString& reason);
    bool dropSession(const QString& sessionId); // TCP abort, no close frame
    // Makes sessions half-open: nothing more reaches the client (no
    // notification, keepalive or ping) until it closes the socket itself.
    // Notifications meant for them count as withheld in the ledger. Returns
    // how many sockets went silent.
    int silenceSession(const QString& sessionId = {});
    void setKeepalivesEnabled(bool enabled, const QString& sessionId = {});
    bool keepalivesEnabled() const { return m_keepalivesEnabled; }
    int sendMalformedFrame(const QString& sessionId = {});
    // The next `count` notification frames are each sent twice, with the
    // same message_id (Twitch's at-least-once delivery).
    void duplicateNextNotifications(int count) { m_duplicatesPending = qMax(0, count); }
    bool revokeSubscription(const QString& subscriptionId, const QString& status);
    QJsonArray sessions() const;
    QStringList openSessionIds() const;
    // Sessions welcomed afresh, and sessions moved to a reconnect_url socket.
    int sessionsStarted() const { return m_sessionsStarted; }
    int handOvers() const { return m_handOvers; }

signals:
    void sessionWelcomed(const QString& sessionId);
    // code 0: the client closed or the connection dropped.
    void sessionEnded(const QString& sessionId, int code);

private:
    struct PendingReconnect {
        QString sessionId;
        QTimer* grace = nullptr;
    };

    void acceptConnection();
    void startSession(QWebSocket* socket);
    void resumeSession(QWebSocket* socket, const QString& reconnectId);
    EventSubConnection* adopt(QWebSocket* socket, const QString& sessionId, int keepaliveSeconds);
    void welcome(EventSubConnection* connection);
    void onClosedByServer(EventSubConnection* connection, int code);
    void onDisconnected(EventSubConnection* connection);
    void reconnectGraceExpired(const QString& reconnectId);
    void forgetReconnects(const QString& sessionId);
    void relayChatMessage(const ChatMessage& message);
    int keepaliveFromQuery(const QString& value) const;
    QList<EventSubConnection*> targets(const QString& sessionId) const;

    SimContext& m_context;
    EventFactory m_factory;
    QWebSocketServer* m_server;
    QTcpServer* m_listener;
    QUrl m_url;
    QString m_error;
    QList<EventSubConnection*> m_connections;
    QHash<QString, EventSubConnection*> m_delivering;     // session id -> socket that delivers
    QHash<QString, PendingReconnect> m_pendingReconnects; // reconnect id -> session
    quint64 m_lastSerial = 0;                             // of the sockets accepted
    int m_sessionsStarted = 0;
    int m_handOvers = 0;
    bool m_keepalivesEnabled = true;
    int m_duplicatesPending = 0;
    // channel.chat.message triggered through trigger(): its message type and
    // overrides travel with the chat log append, and the ids come back.
    QString m_chatMessageType;
    QJsonObject m_chatOverrides;
    QStringList m_lastChatDelivery;
};

} // namespace streamside::sim
