#include "sim/EventSubServer.h"

#include "sim/EventSubConnection.h"
#include "sim/EventSubFrames.h"

#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketServer>

namespace streamside::sim {

namespace {

// Opaque ids in the style of Twitch's ("AQoQILE98gtqShGmLD7AM6yJThAB").
QString randomId(int bytes) {
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char& byte : raw)
        byte = char(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// Why a session's subscriptions stop, as Twitch's subscription status says it.
QString disabledStatusFor(int closeCode) {
    switch (closeCode) {
    case 4000:
        return QStringLiteral("websocket_internal_error");
    case 4001:
        return QStringLiteral("websocket_received_inbound_traffic");
    case 4002:
        return QStringLiteral("websocket_failed_ping_pong");
    case 4003:
        return QStringLiteral("websocket_connection_unused");
    case 4004:
        return QStringLiteral("websocket_failed_to_reconnect");
    case 4005:
        return QStringLiteral("websocket_network_timeout");
    case 4006:
        return QStringLiteral("websocket_network_error");
    default:
        return QStringLiteral("websocket_disconnected");
    }
}

// Whether an event concerns the channel (or raid side) a condition names.
// Only the channel keys are compared: user_id and moderator_user_id in a
// condition say whose authorization the subscription uses, not which events
// it receives.
bool conditionMatches(const QJsonObject& condition, const QJsonObject& event) {
    bool namesAChannel = false;
    for (const char* key :
         {"broadcaster_user_id", "from_broadcaster_user_id", "to_broadcaster_user_id"}) {
        const QString wanted = condition.value(QLatin1String(key)).toString();
        if (wanted.isEmpty())
            continue;
        namesAChannel = true;
        QString actual = event.value(QLatin1String(key)).toString();
        // The charity campaign start/progress/stop events say broadcaster_id.
        if (actual.isEmpty() && qstrcmp(key, "broadcaster_user_id") == 0)
            actual = event.value(QStringLiteral("broadcaster_id")).toString();
        if (actual != wanted)
            return false;
    }
    return namesAChannel;
}

// The channel a notification is about, as its subscription names it (for
// channel.raid, the side the subscription is for).
QString broadcasterOf(const Subscription& subscription, const QJsonObject& event) {
    for (const char* key :
         {"broadcaster_user_id", "to_broadcaster_user_id", "from_broadcaster_user_id"}) {
        const QString id = subscription.condition.value(QLatin1String(key)).toString();
        if (!id.isEmpty())
            return id;
    }
    return event.value(QStringLiteral("broadcaster_user_id")).toString();
}

} // namespace

EventSubServer::EventSubServer(SimContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_factory(context)
    , m_server(new QWebSocketServer(QStringLiteral("streamside-sim EventSub"),
                                    QWebSocketServer::NonSecureMode, this))
    , m_listener(new QTcpServer(this)) {
    connect(m_server, &QWebSocketServer::newConnection, this, &EventSubServer::acceptConnection);
    // Accepted here rather than by QWebSocketServer so that Nagle's algorithm
    // can be switched off: with it, a frame sent right after another waits
    // for the client's delayed ACK (up to 40 ms on Linux), which a real
    // EventSub server does not make its clients suffer.
    connect(m_listener, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_listener->nextPendingConnection()) {
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            m_server->handleConnection(socket);
        }
    });
    connect(&m_context.subscriptions, &SubscriptionRegistry::added, this,
            [this](const Subscription& subscription) {
                if (EventSubConnection* connection = m_delivering.value(subscription.sessionId))
                    connection->markUsed();
            });
    connect(&m_context.subscriptions, &SubscriptionRegistry::revoked, this,
            [this](const Subscription& subscription) {
                if (EventSubConnection* connection = m_delivering.value(subscription.sessionId))
                    connection->send(eventsub_frames::revocation(subscription));
            });
    connect(&m_context.chat, &ChatLog::messageAdded, this, &EventSubServer::relayChatMessage);
}

EventSubServer::~EventSubServer() {
    // The connections are children; make sure none reports into a
    // half-destroyed server.
    for (EventSubConnection* connection : std::as_const(m_connections))
        connection->disconnect(this);
}

bool EventSubServer::listen(quint16 port) {
    if (!m_listener->listen(QHostAddress::LocalHost, port)) {
        m_error = QStringLiteral("EventSub: cannot listen on 127.0.0.1:%1: %2")
                      .arg(port)
                      .arg(m_listener->errorString());
        return false;
    }
    m_url = QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(m_listener->serverPort()));
    m_context.eventSubUrl = m_url;
    return true;
}

void EventSubServer::acceptConnection() {
    while (QWebSocket* socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        const QUrl requestUrl = socket->requestUrl();
        if (requestUrl.path() != QLatin1String("/ws")) {
            // Only /ws is Twitch's endpoint. QWebSocketServer completes the
            // handshake before the path is known, so the refusal is a close.
            connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                          QStringLiteral("unknown path, use /ws"));
            continue;
        }
        const QUrlQuery query(requestUrl);
        if (query.hasQueryItem(QStringLiteral("reconnect_id")))
            resumeSession(socket, query.queryItemValue(QStringLiteral("reconnect_id")));
        else
            startSession(socket);
    }
}

int EventSubServer::keepaliveFromQuery(const QString& value) const {
    const SimSettings& settings = m_context.settings;
    bool numeric = false;
    const double requested = value.toDouble(&numeric);
    // Twitch: "Specifying an invalid, but numeric value will return the
    // nearest acceptable value." A missing or non-numeric value gets the default.
    if (value.isEmpty() || !numeric)
        return settings.defaultKeepaliveSeconds;
    return int(qBound(double(settings.minKeepaliveSeconds), double(qRound64(requested)),
                      double(settings.maxKeepaliveSeconds)));
}

EventSubConnection* EventSubServer::adopt(QWebSocket* socket, const QString& sessionId,
                                          int keepaliveSeconds) {
    auto* connection = new EventSubConnection(socket, m_context.settings, ++m_lastSerial, sessionId,
                                              keepaliveSeconds, this);
    connection->setKeepalivesEnabled(m_keepalivesEnabled);
    m_context.ledger.connectionOpened(connection->serial(), sessionId);
    connect(connection, &EventSubConnection::closedByServer, this,
            &EventSubServer::onClosedByServer);
    connect(connection, &EventSubConnection::disconnected, this, &EventSubServer::onDisconnected);
    m_connections.append(connection);
    return connection;
}

void EventSubServer::welcome(EventSubConnection* connection) {
    connection->send(eventsub_frames::welcome({connection->sessionId(), QStringLiteral("connected"),
                                               connection->keepaliveSeconds(), QString(),
                                               connection->connectedAt()}));
    emit sessionWelcomed(connection->sessionId());
}

void EventSubServer::startSession(QWebSocket* socket) {
    const QString sessionId = QStringLiteral("AQoQ") + randomId(18);
    const int keepalive =
        keepaliveFromQuery(QUrlQuery(socket->requestUrl())
                               .queryItemValue(QStringLiteral("keepalive_timeout_seconds")));
    EventSubConnection* connection = adopt(socket, sessionId, keepalive);
    m_context.subscriptions.openSession(sessionId);
    m_delivering.insert(sessionId, connection);
    ++m_sessionsStarted;
    welcome(connection);
    connection->startSubscribeWindow();
}

void EventSubServer::resumeSession(QWebSocket* socket, const QString& reconnectId) {
    const auto pending = m_pendingReconnects.constFind(reconnectId);
    const std::optional<SessionInfo> session =
        pending == m_pendingReconnects.constEnd()
            ? std::nullopt
            : m_context.subscriptions.session(pending->sessionId);
    if (!session || !session->isOpen()) {
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        socket->close(static_cast<QWebSocketProtocol::CloseCode>(4007),
                      QStringLiteral("invalid reconnect attempt"));
        return;
    }
    const QString sessionId = session->id;
    EventSubConnection* old = m_delivering.value(sessionId);
    const int keepalive =
        old ? old->keepaliveSeconds() : m_context.settings.defaultKeepaliveSeconds;
    forgetReconnects(sessionId);

    // The session, its id and its subscriptions carry over: the client must
    // not subscribe again. The switch of the delivering socket happens in one
    // step with the welcome, so that no event is lost or sent twice.
    EventSubConnection* connection = adopt(socket, sessionId, keepalive);
    m_delivering.insert(sessionId, connection);
    if (!m_context.subscriptions.forSession(sessionId).isEmpty())
        connection->markUsed();
    welcome(connection);
    connection->startSubscribeWindow();
    ++m_handOvers;
    if (old) {
        // Twitch closes the old socket with 4004 once the client is on the
        // new one (the code it also uses when the grace time runs out).
        old->setHandedOver();
        old->closeWithCode(4004, QStringLiteral("session moved to the reconnect connection"));
    }
}

void EventSubServer::onClosedByServer(EventSubConnection* connection, int code) {
    const QString sessionId = connection->sessionId();
    m_context.ledger.connectionEnded(connection->serial(),
                                     connection->isHandedOver()
                                         ? DeliveryLedger::End::HandedOver
                                         : DeliveryLedger::End::ClosedByServer,
                                     code);
    if (connection->isHandedOver())
        return; // the session lives on in the new socket
    if (m_delivering.value(sessionId) == connection)
        m_delivering.remove(sessionId);
    forgetReconnects(sessionId);
    m_context.subscriptions.closeSession(sessionId, disabledStatusFor(code));
    emit sessionEnded(sessionId, code);
}

void EventSubServer::onDisconnected(EventSubConnection* connection) {
    // Unless the server ended it first (the ledger keeps the first end).
    m_context.ledger.connectionEnded(connection->serial(), DeliveryLedger::End::ClosedByClient);
    m_connections.removeOne(connection);
    connection->deleteLater();
    const QString sessionId = connection->sessionId();
    if (m_delivering.value(sessionId) != connection)
        return; // closed by the server (already handled) or handed over
    m_delivering.remove(sessionId);
    const bool reconnectPending = std::any_of(
        m_pendingReconnects.cbegin(), m_pendingReconnects.cend(),
        [&](const PendingReconnect& pending) { return pending.sessionId == sessionId; });
    // A client that left the old socket before connecting to reconnect_url
    // still has until the grace time ends; anything else ends the session.
    if (reconnectPending)
        return;
    m_context.subscriptions.closeSession(sessionId, disabledStatusFor(0));
    emit sessionEnded(sessionId, 0);
}

void EventSubServer::reconnectGraceExpired(const QString& reconnectId) {
    const PendingReconnect pending = m_pendingReconnects.take(reconnectId);
    if (pending.grace)
        pending.grace->deleteLater();
    if (EventSubConnection* old = m_delivering.value(pending.sessionId)) {
        old->closeWithCode(4004, QStringLiteral("client reconnect grace time expired"));
        return;
    }
    m_context.subscriptions.closeSession(pending.sessionId, disabledStatusFor(4004));
    emit sessionEnded(pending.sessionId, 4004);
}

void EventSubServer::forgetReconnects(const QString& sessionId) {
    for (auto it = m_pendingReconnects.begin(); it != m_pendingReconnects.end();) {
        if (it->sessionId == sessionId) {
            it->grace->stop();
            it->grace->deleteLater();
            it = m_pendingReconnects.erase(it);
        } else {
            ++it;
        }
    }
}

QList<EventSubConnection*> EventSubServer::targets(const QString& sessionId) const {
    if (sessionId.isEmpty())
        return m_delivering.values();
    if (EventSubConnection* connection = m_delivering.value(sessionId))
        return {connection};
    return {};
}

QStringList EventSubServer::deliver(const QString& type, const QJsonObject& event) {
    QStringList messageIds;
    const QString version = EventFactory::versionOf(type);
    const QList<Subscription> subscriptions = m_context.subscriptions.enabledMatching(
        type, [&](const QJsonObject& condition) { return conditionMatches(condition, event); });
    for (const Subscription& subscription : subscriptions) {
        if (!version.isEmpty() && subscription.version != version)
            continue; // the event is built in another version's shape
        EventSubConnection* connection = m_delivering.value(subscription.sessionId);
        if (!connection || !connection->isOpen())
            continue;
        if (connection->isSilenced()) {
            m_context.ledger.notificationWithheld(type);
            continue;
        }
        const QString messageId = eventsub_frames::newMessageId();
        const QJsonObject frame = eventsub_frames::notification(subscription, event, messageId);
        connection->send(frame);
        m_context.ledger.frameSent(connection->serial(), subscription.sessionId, messageId, type,
                                   broadcasterOf(subscription, event));
        if (m_duplicatesPending > 0) {
            --m_duplicatesPending;
            connection->send(frame);
            m_context.ledger.frameCopied(messageId);
        }
        messageIds.append(messageId);
    }
    return messageIds;
}

void EventSubServer::relayChatMessage(const ChatMessage& message) {
    const QJsonObject event =
        m_factory.chatMessageEvent(message, m_chatMessageType, m_chatOverrides);
    m_lastChatDelivery = deliver(QStringLiteral("channel.chat.message"), event);
}

EventSubServer::TriggerResult EventSubServer::trigger(const QString& type, const QString& variant,
                                                      const QString& broadcasterId,
                                                      const QJsonObject& overrides) {
    TriggerResult result;
    if (EventFactory::versionOf(type).isEmpty()) {
        result.error = QStringLiteral("unknown subscription type: %1").arg(type);
        return result;
    }
    if (!m_context.world.channelById(broadcasterId)) {
        result.error = QStringLiteral("unknown channel: %1").arg(broadcasterId);
        return result;
    }
    if (type == QLatin1String("channel.chat.message")) {
        if (!variant.isEmpty() && !EventFactory::chatMessageTypes().contains(variant)) {
            result.error = QStringLiteral("unknown message_type: %1").arg(variant);
            return result;
        }
        // A chat message is a line in the chat log: append it there and let
        // the relay deliver it like any other message (Helix's included).
        ChatMessage message = m_factory.randomChatMessage(broadcasterId);
        const QString chatterId = overrides.value(QStringLiteral("chatter_user_id")).toString();
        if (const SimUser* chatter = m_context.world.userById(chatterId)) {
            message.userId = chatter->id;
            message.userLogin = chatter->login;
            message.userName = chatter->displayName;
            message.color = chatter->avatarColor.toUpper();
        }
        const QString text = overrides.value(QStringLiteral("message"))
                                 .toObject()
                                 .value(QStringLiteral("text"))
                                 .toString();
        if (!text.isEmpty())
            message.text = text;
        const int bits = overrides.value(QStringLiteral("cheer"))
                             .toObject()
                             .value(QStringLiteral("bits"))
                             .toInt();
        if (bits > 0) {
            message.bits = bits;
            if (!message.text.contains(QStringLiteral("Cheer%1").arg(bits), Qt::CaseInsensitive))
                message.text = QStringLiteral("Cheer%1 %2").arg(bits).arg(message.text);
        }
        QJsonObject rest = overrides;
        rest.remove(QStringLiteral("message"));
        m_chatMessageType = variant;
        m_chatOverrides = rest;
        m_lastChatDelivery.clear();
        const ChatMessage appended = m_context.chat.append(message);
        m_chatMessageType.clear();
        m_chatOverrides = {};
        result.ok = true;
        result.event = m_factory.chatMessageEvent(appended, variant, rest);
        result.messageIds = m_lastChatDelivery;
        return result;
    }
    const std::optional<QJsonObject> event =
        m_factory.event(type, variant, broadcasterId, overrides);
    if (!event) {
        result.error = QStringLiteral("cannot build %1 (variant '%2')").arg(type, variant);
        return result;
    }
    result.ok = true;
    result.event = *event;
    result.messageIds = deliver(type, *event);
    return result;
}

EventSubServer::TriggerResult EventSubServer::announceLiveState(const QString& broadcasterId) {
    const SimChannel* channel = m_context.world.channelById(broadcasterId);
    if (!channel) {
        TriggerResult result;
        result.error = QStringLiteral("unknown channel: %1").arg(broadcasterId);
        return result;
    }
    return trigger(channel->live ? QStringLiteral("stream.online")
                                 : QStringLiteral("stream.offline"),
                   QString(), broadcasterId);
}

int EventSubServer::sendReconnect(const QString& sessionId) {
    int sent = 0;
    for (EventSubConnection* connection : targets(sessionId)) {
        if (!connection->isOpen() || connection->isReconnecting())
            continue;
        const QString reconnectId = randomId(24);
        QUrl reconnectUrl = m_url;
        reconnectUrl.setQuery(QStringLiteral("reconnect_id=") + reconnectId);
        auto* grace = new QTimer(this);
        grace->setSingleShot(true);
        grace->setInterval(m_context.settings.reconnectGraceMs);
        connect(grace, &QTimer::timeout, this,
                [this, reconnectId] { reconnectGraceExpired(reconnectId); });
        m_pendingReconnects.insert(reconnectId, PendingReconnect{connection->sessionId(), grace});
        connection->setReconnecting();
        connection->send(eventsub_frames::reconnect(
            {connection->sessionId(), QStringLiteral("reconnecting"),
             connection->keepaliveSeconds(), reconnectUrl.toString(), connection->connectedAt()}));
        grace->start();
        ++sent;
    }
    return sent;
}

bool EventSubServer::closeSession(const QString& sessionId, int code, const QString& reason) {
    EventSubConnection* connection = m_delivering.value(sessionId);
    if (!connection)
        return false;
    connection->closeWithCode(code, reason);
    return true;
}

bool EventSubServer::dropSession(const QString& sessionId) {
    EventSubConnection* connection = m_delivering.value(sessionId);
    if (!connection)
        return false;
    m_context.ledger.connectionEnded(connection->serial(), DeliveryLedger::End::Dropped);
    connection->abort();
    return true;
}

int EventSubServer::silenceSession(const QString& sessionId) {
    int silenced = 0;
    for (EventSubConnection* connection : targets(sessionId)) {
        if (!connection->isOpen() || connection->isSilenced())
            continue;
        connection->silence();
        ++silenced;
    }
    return silenced;
}

void EventSubServer::setKeepalivesEnabled(bool enabled, const QString& sessionId) {
    if (sessionId.isEmpty())
        m_keepalivesEnabled = enabled;
    for (EventSubConnection* connection : targets(sessionId))
        connection->setKeepalivesEnabled(enabled);
}

int EventSubServer::sendMalformedFrame(const QString& sessionId) {
    const QList<EventSubConnection*> connections = targets(sessionId);
    for (EventSubConnection* connection : connections)
        // Cut off mid-object: not JSON.
        connection->sendRaw(QStringLiteral(
            "{\"metadata\":{\"message_id\":\"malformed\",\"message_type\":\"notification\""));
    return int(connections.size());
}

bool EventSubServer::revokeSubscription(const QString& subscriptionId, const QString& status) {
    return m_context.subscriptions.revoke(subscriptionId, status);
}

QStringList EventSubServer::openSessionIds() const {
    QStringList ids = m_delivering.keys();
    ids.sort();
    return ids;
}

QJsonArray EventSubServer::sessions() const {
    QJsonArray result;
    for (const QString& id : openSessionIds()) {
        const EventSubConnection* connection = m_delivering.value(id);
        int enabled = 0;
        for (const Subscription& subscription : m_context.subscriptions.forSession(id))
            enabled += subscription.isEnabled() ? 1 : 0;
        result.append(QJsonObject{
            {QStringLiteral("session_id"), id},
            {QStringLiteral("status"), connection->isReconnecting() ? QStringLiteral("reconnecting")
                                                                    : QStringLiteral("connected")},
            {QStringLiteral("connected_at"), eventsub_frames::timestamp(connection->connectedAt())},
            {QStringLiteral("keepalive_timeout_seconds"), connection->keepaliveSeconds()},
            {QStringLiteral("keepalives_enabled"), connection->keepalivesEnabled()},
            {QStringLiteral("enabled_subscriptions"), enabled}});
    }
    return result;
}

} // namespace streamside::sim
