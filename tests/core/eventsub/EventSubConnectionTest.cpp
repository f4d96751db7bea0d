// EventSubConnection against the simulator's EventSub server, over real
// loopback sockets, with the server's windows shortened.
#include "core/eventsub/EventSubConnection.h"

#include "sim/EventSubServer.h"
#include "sim/Simulator.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <utility>

using streamside::EventSubConnection;
using streamside::EventSubMessage;
using State = streamside::EventSubConnection::State;
namespace sim = streamside::sim;

namespace {

constexpr int waitMs = 5000;
const QString pixelPioneer = QStringLiteral("500000001");

// Everything the connection reports, in order.
struct Recorder {
    QList<std::pair<State, QString>> states;
    QStringList sessions;
    QStringList notificationIds;
    QList<EventSubMessage> revocations;
    QStringList malformed;

    explicit Recorder(EventSubConnection& connection) {
        QObject::connect(&connection, &EventSubConnection::stateChanged, &connection,
                         [this](State state, const QString& reason) {
                             states.append({state, reason});
                         });
        QObject::connect(&connection, &EventSubConnection::sessionStarted, &connection,
                         [this](const QString& id) { sessions.append(id); });
        QObject::connect(
            &connection, &EventSubConnection::notificationReceived, &connection,
            [this](const EventSubMessage& message) { notificationIds.append(message.messageId); });
        QObject::connect(&connection, &EventSubConnection::revocationReceived, &connection,
                         [this](const EventSubMessage& message) { revocations.append(message); });
        QObject::connect(&connection, &EventSubConnection::malformedFrame, &connection,
                         [this](const QString& error) { malformed.append(error); });
    }

    QStringList reasonsFor(State state) const {
        QStringList reasons;
        for (const auto& [recorded, reason] : states)
            if (recorded == state)
                reasons.append(reason);
        return reasons;
    }
    QList<State> stateSequence() const {
        QList<State> sequence;
        for (const auto& entry : states)
            sequence.append(entry.first);
        return sequence;
    }
};

class EventSubConnectionTest : public ::testing::Test {
protected:
    void SetUp() override {
        simulator.settings().minKeepaliveSeconds = 1;
        ASSERT_TRUE(simulator.start()) << simulator.errorString().toStdString();
    }

    EventSubConnection::Options options() {
        EventSubConnection::Options result;
        result.url = simulator.context().eventSubUrl;
        // Short, jitter-free delays so that repeated losses stay quick.
        result.backoff.initialDelayMs = 20;
        result.backoff.maxDelayMs = 100;
        result.backoff.jitter = 0.0;
        result.healthyAfterMs = 0;
        return result;
    }

    EventSubConnection& makeConnection(EventSubConnection::Options connectionOptions) {
        connection = std::make_unique<EventSubConnection>(std::move(connectionOptions));
        recorder = std::make_unique<Recorder>(*connection);
        return *connection;
    }

    // Starts and waits for the welcome; returns the session id.
    QString startAndWaitForSession(EventSubConnection::Options connectionOptions) {
        makeConnection(std::move(connectionOptions)).start();
        if (!QTest::qWaitFor([&] { return !recorder->sessions.isEmpty(); }, waitMs))
            return {};
        return recorder->sessions.last();
    }

    bool waitForSessions(int count) {
        return QTest::qWaitFor([&] { return recorder->sessions.size() >= count; }, waitMs);
    }

    // What the owner does on sessionStarted, without going through Helix.
    sim::Subscription subscribeFollows(const QString& sessionId) {
        sim::Subscription subscription;
        subscription.type = QStringLiteral("channel.follow");
        subscription.version = QStringLiteral("2");
        subscription.status = QStringLiteral("enabled");
        subscription.condition =
            QJsonObject{{"broadcaster_user_id", pixelPioneer}, {"moderator_user_id", pixelPioneer}};
        subscription.sessionId = sessionId;
        subscription.clientId = QLatin1String(sim::World::demoClientId);
        subscription.userId = pixelPioneer;
        return simulator.subscriptions().add(subscription);
    }

    QStringList triggerFollow() {
        return simulator.eventSub()
            .trigger(QStringLiteral("channel.follow"), {}, pixelPioneer)
            .messageIds;
    }

    // The sockets the connection still owns (deleteLater included: qWaitFor
    // processes deferred deletions).
    int openSockets() const { return int(connection->findChildren<QWebSocket*>().size()); }

    sim::Simulator simulator;
    std::unique_ptr<EventSubConnection> connection;
    std::unique_ptr<Recorder> recorder;
};

} // namespace

TEST_F(EventSubConnectionTest, ConnectsAndStartsASessionOnTheWelcome) {
    EventSubConnection::Options connectionOptions = options();
    connectionOptions.keepaliveSeconds = 2;
    const QString sessionId = startAndWaitForSession(connectionOptions);
    ASSERT_FALSE(sessionId.isEmpty());

    EXPECT_EQ(simulator.eventSub().openSessionIds(), QStringList{sessionId});
    EXPECT_EQ(connection->sessionId(), sessionId);
    EXPECT_EQ(connection->state(), State::Connected);
    EXPECT_EQ(recorder->stateSequence(), (QList<State>{State::Connecting, State::Connected}));
    EXPECT_EQ(recorder->sessions, QStringList{sessionId});
    // The keepalive was asked for in the query.
    EXPECT_EQ(
        simulator.eventSub().sessions().at(0).toObject().value("keepalive_timeout_seconds").toInt(),
        2);

    subscribeFollows(sessionId);
    const QStringList sent = triggerFollow();
    ASSERT_EQ(sent.size(), 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return recorder->notificationIds == sent; }, waitMs));
}

TEST_F(EventSubConnectionTest, ReconnectHandOverMidBurstKeepsEveryEventOnceInOrder) {
    const QString sessionId = startAndWaitForSession(options());
    ASSERT_FALSE(sessionId.isEmpty());
    subscribeFollows(sessionId);

    // Events go out on every turn of the event loop; session_reconnect goes
    // out after the 50th, and the burst goes on until 100 more events have
    // been sent after the server switched to the new socket.
    QStringList sent;
    int sentAtReconnect = -1;
    int sentAtSwitch = -1;
    QObject::connect(&simulator.eventSub(), &sim::EventSubServer::sessionWelcomed, connection.get(),
                     [&](const QString& id) {
                         if (id == sessionId && sentAtReconnect >= 0)
                             sentAtSwitch = int(sent.size());
                     });
    QTimer burst;
    burst.setInterval(0);
    QObject::connect(&burst, &QTimer::timeout, [&] {
        for (int i = 0; i < 20; ++i)
            sent += triggerFollow();
        if (sentAtReconnect < 0 && sent.size() >= 100) {
            ASSERT_EQ(simulator.eventSub().sendReconnect(sessionId), 1);
            sentAtReconnect = int(sent.size());
        }
        if ((sentAtSwitch >= 0 && sent.size() >= sentAtSwitch + 100) || sent.size() >= 5000)
            burst.stop();
    });
    burst.start();

    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return !burst.isActive() && recorder->notificationIds.size() >= sent.size(); },
        waitMs * 2));
    ASSERT_GT(sentAtSwitch, sentAtReconnect) << "the hand-over did not happen during the burst";
    // The old socket is closed and gone, the new one stays.
    ASSERT_TRUE(QTest::qWaitFor([&] { return openSockets() == 1; }, waitMs));

    EXPECT_EQ(recorder->notificationIds, sent);            // none lost, none twice, in order
    EXPECT_EQ(recorder->sessions, QStringList{sessionId}); // no resubscribing
    EXPECT_EQ(connection->sessionId(), sessionId);
    EXPECT_EQ(recorder->stateSequence(), (QList<State>{State::Connecting, State::Connected}));
    EXPECT_EQ(simulator.eventSub().openSessionIds(), QStringList{sessionId});

    // The new socket delivers on its own afterwards.
    const QStringList after = triggerFollow();
    ASSERT_EQ(after.size(), 1);
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return recorder->notificationIds.last() == after.first(); }, waitMs));
}

TEST_F(EventSubConnectionTest, DroppedConnectionStartsANewSessionThroughReconnecting) {
    const QString first = startAndWaitForSession(options());
    ASSERT_FALSE(first.isEmpty());
    subscribeFollows(first);

    ASSERT_TRUE(simulator.eventSub().dropSession(first)); // no close frame
    ASSERT_TRUE(waitForSessions(2));
    const QString second = recorder->sessions.at(1);
    EXPECT_NE(second, first);
    EXPECT_EQ(connection->sessionId(), second);
    EXPECT_EQ(recorder->stateSequence(), (QList<State>{State::Connecting, State::Connected,
                                                       State::Reconnecting, State::Connected}));
    const QStringList reasons = recorder->reasonsFor(State::Reconnecting);
    ASSERT_EQ(reasons.size(), 1);
    EXPECT_TRUE(reasons.first().startsWith("connection to Twitch lost"))
        << reasons.first().toStdString();

    // The owner resubscribes on the new session, and events flow again.
    subscribeFollows(second);
    const QStringList sent = triggerFollow();
    ASSERT_EQ(sent.size(), 1);
    EXPECT_TRUE(QTest::qWaitFor([&] { return recorder->notificationIds == sent; }, waitMs));
}

TEST_F(EventSubConnectionTest, NoticesLostKeepalivesAndReconnects) {
    EventSubConnection::Options connectionOptions = options();
    connectionOptions.keepaliveSeconds = 1;
    connectionOptions.keepaliveGraceMs = 300;
    const QString first = startAndWaitForSession(connectionOptions);
    ASSERT_FALSE(first.isEmpty());
    subscribeFollows(first);
    QSignalSpy ended(&simulator.eventSub(), &sim::EventSubServer::sessionEnded);

    // Keepalives keep a quiet connection up well past the watchdog's 1.3 s.
    QSignalSpy stateChanges(connection.get(), &EventSubConnection::stateChanged);
    EXPECT_FALSE(stateChanges.wait(2500));
    EXPECT_EQ(connection->state(), State::Connected);

    simulator.eventSub().setKeepalivesEnabled(false, first);
    ASSERT_TRUE(waitForSessions(2));
    EXPECT_NE(recorder->sessions.at(1), first);
    EXPECT_EQ(recorder->reasonsFor(State::Reconnecting),
              QStringList{"no message from Twitch for 2 s"});
    // The silent connection was dropped by the client, not left open.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !ended.isEmpty(); }, waitMs));
    EXPECT_EQ(ended.first().at(0).toString(), first);
}

TEST_F(EventSubConnectionTest, ReportsAMalformedFrameAndStaysConnected) {
    const QString sessionId = startAndWaitForSession(options());
    ASSERT_FALSE(sessionId.isEmpty());
    subscribeFollows(sessionId);

    ASSERT_EQ(simulator.eventSub().sendMalformedFrame(sessionId), 1);
    const QStringList sent = triggerFollow();
    ASSERT_TRUE(QTest::qWaitFor([&] { return recorder->notificationIds == sent; }, waitMs));
    ASSERT_EQ(recorder->malformed.size(), 1);
    EXPECT_TRUE(recorder->malformed.first().startsWith("not JSON"))
        << recorder->malformed.first().toStdString();
    EXPECT_EQ(connection->state(), State::Connected);
    EXPECT_EQ(recorder->sessions, QStringList{sessionId});
}

TEST_F(EventSubConnectionTest, ForwardsARevocation) {
    const QString sessionId = startAndWaitForSession(options());
    ASSERT_FALSE(sessionId.isEmpty());
    const sim::Subscription follows = subscribeFollows(sessionId);

    ASSERT_TRUE(simulator.eventSub().revokeSubscription(follows.id, "authorization_revoked"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !recorder->revocations.isEmpty(); }, waitMs));
    const EventSubMessage& revocation = recorder->revocations.first();
    EXPECT_EQ(revocation.subscriptionId, follows.id);
    EXPECT_EQ(revocation.revocationStatus, "authorization_revoked");
    EXPECT_EQ(revocation.subscriptionType, "channel.follow");
    EXPECT_TRUE(recorder->notificationIds.isEmpty());
    EXPECT_EQ(connection->state(), State::Connected);
}

TEST_F(EventSubConnectionTest, StopEndsReconnectingAndStartWorksAgain) {
    EventSubConnection::Options connectionOptions = options();
    // The second retry waits long enough to call stop() during it.
    connectionOptions.backoff.initialDelayMs = 1000;
    connectionOptions.backoff.maxDelayMs = 1000;
    connectionOptions.healthyAfterMs = 60'000;
    const QString first = startAndWaitForSession(connectionOptions);
    ASSERT_FALSE(first.isEmpty());
    QSignalSpy welcomed(&simulator.eventSub(), &sim::EventSubServer::sessionWelcomed);
    QSignalSpy ended(&simulator.eventSub(), &sim::EventSubServer::sessionEnded);

    ASSERT_TRUE(simulator.eventSub().dropSession(first)); // retried at once
    ASSERT_TRUE(waitForSessions(2));
    ASSERT_TRUE(simulator.eventSub().dropSession(recorder->sessions.at(1))); // retry in 1 s
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return connection->state() == State::Reconnecting; }, waitMs));
    connection->stop();
    EXPECT_EQ(connection->state(), State::Offline);
    EXPECT_EQ(connection->stateReason(), "stopped");
    EXPECT_TRUE(connection->sessionId().isEmpty());
    welcomed.clear();
    EXPECT_FALSE(welcomed.wait(1500)) << "reconnected after stop()";

    // stop() while connected closes the socket; the server sees the session end.
    connection->start();
    ASSERT_TRUE(waitForSessions(3));
    EXPECT_EQ(connection->state(), State::Connected);
    const QString third = recorder->sessions.at(2);
    ended.clear();
    connection->stop();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !ended.isEmpty(); }, waitMs));
    EXPECT_EQ(ended.first().at(0).toString(), third);
    EXPECT_TRUE(simulator.eventSub().openSessionIds().isEmpty());
    welcomed.clear();
    EXPECT_FALSE(welcomed.wait(300)) << "reconnected after stop()";
    EXPECT_EQ(recorder->states.last(), std::make_pair(State::Offline, QString("stopped")));
}

// Each of Twitch's close codes: its reason text, and a reconnect to a new session.
class EventSubCloseCodeTest : public EventSubConnectionTest,
                              public ::testing::WithParamInterface<std::pair<int, const char*>> {};

TEST_P(EventSubCloseCodeTest, ShowsTheReasonAndReconnects) {
    const auto& [code, expectedReason] = GetParam();
    const QString first = startAndWaitForSession(options());
    ASSERT_FALSE(first.isEmpty());
    subscribeFollows(first);

    ASSERT_TRUE(simulator.eventSub().closeSession(first, code, "closed by the test"));
    ASSERT_TRUE(waitForSessions(2));
    EXPECT_NE(recorder->sessions.at(1), first);
    EXPECT_EQ(recorder->reasonsFor(State::Reconnecting), QStringList{expectedReason});
    EXPECT_EQ(connection->state(), State::Connected);
}

INSTANTIATE_TEST_SUITE_P(
    TwitchCodes, EventSubCloseCodeTest,
    ::testing::Values(
        std::pair{4000, "Twitch closed the connection: internal server error"},
        std::pair{4001, "Twitch closed the connection: the client sent a message"},
        std::pair{4002, "Twitch closed the connection: the client did not answer a ping"},
        std::pair{4003, "Twitch closed the connection: no subscription was made in time"},
        std::pair{4004, "Twitch closed the connection: the reconnect grace time expired"},
        std::pair{4005, "Twitch closed the connection: network timeout"},
        std::pair{4006, "Twitch closed the connection: network error"},
        std::pair{4007, "Twitch closed the connection: invalid reconnect URL"},
        std::pair{4999, "Twitch closed the connection (code 4999: closed by the test)"}),
    [](const auto& info) { return std::to_string(info.param.first); });

TEST_F(EventSubConnectionTest, The4003WindowClosesAnUnusedSessionAndANewOneStarts) {
    simulator.settings().subscribeWindowMs = 200;
    const QString first = startAndWaitForSession(options());
    ASSERT_FALSE(first.isEmpty());
    ASSERT_TRUE(waitForSessions(2)); // nobody subscribed
    EXPECT_EQ(recorder->reasonsFor(State::Reconnecting).value(0),
              "Twitch closed the connection: no subscription was made in time");
}

TEST_F(EventSubConnectionTest, After4007OnAHandedOverSessionReconnectsToTheOriginalUrl) {
    const QString sessionId = startAndWaitForSession(options());
    ASSERT_FALSE(sessionId.isEmpty());
    subscribeFollows(sessionId);
    QSignalSpy welcomed(&simulator.eventSub(), &sim::EventSubServer::sessionWelcomed);
    ASSERT_EQ(simulator.eventSub().sendReconnect(sessionId), 1);
    ASSERT_TRUE(welcomed.wait(waitMs)); // now on the reconnect_url socket
    ASSERT_TRUE(QTest::qWaitFor([&] { return openSockets() == 1; }, waitMs));

    // The reconnect_url was used up: going back to it would be refused with
    // 4007 again and again. A new session means the original URL.
    ASSERT_TRUE(simulator.eventSub().closeSession(sessionId, 4007, "invalid reconnect"));
    ASSERT_TRUE(waitForSessions(2));
    EXPECT_NE(recorder->sessions.at(1), sessionId);
    EXPECT_EQ(recorder->reasonsFor(State::Reconnecting),
              QStringList{"Twitch closed the connection: invalid reconnect URL"});
    EXPECT_EQ(connection->state(), State::Connected);
}

// A bare EventSub server whose every frame a test scripts: for what the
// simulator, which follows Twitch, cannot be told to do (a reconnect_url
// that is refused, old-socket frames arriving after the new welcome).
class ScriptedServer : public QObject {
public:
    // Called for each new connection, numbered from 1.
    using Script = std::function<void(QWebSocket* socket, int number)>;

    explicit ScriptedServer(Script script)
        : m_script(std::move(script)) {
        QObject::connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket* socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                m_script(socket, ++m_connections);
            }
        });
    }
    bool listen(quint16 port = 0) { return m_server.listen(QHostAddress::LocalHost, port); }
    QUrl url() const {
        return QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(m_server.serverPort()));
    }
    int connections() const { return m_connections; }

    static QString frame(const QString& type, const QString& messageId,
                         const QJsonObject& payload) {
        const QJsonObject metadata{{"message_id", messageId},
                                   {"message_type", type},
                                   {"message_timestamp", "2026-01-01T00:00:00.000000000Z"}};
        return QString::fromUtf8(
            QJsonDocument(QJsonObject{{"metadata", metadata}, {"payload", payload}})
                .toJson(QJsonDocument::Compact));
    }
    static QString session(const QString& type, const QString& sessionId,
                           const QJsonValue& reconnectUrl = QJsonValue()) {
        const QJsonObject session{{"id", sessionId},
                                  {"status", "connected"},
                                  {"keepalive_timeout_seconds", 10},
                                  {"reconnect_url", reconnectUrl},
                                  {"connected_at", "2026-01-01T00:00:00.000000000Z"}};
        return frame(type, type + QLatin1Char('-') + sessionId, QJsonObject{{"session", session}});
    }
    static QString notification(const QString& messageId) {
        return frame("notification", messageId,
                     QJsonObject{{"subscription", QJsonObject{{"type", "channel.follow"}}},
                                 {"event", QJsonObject()}});
    }

private:
    QWebSocketServer m_server{QStringLiteral("scripted"), QWebSocketServer::NonSecureMode};
    Script m_script;
    int m_connections = 0;
};

TEST_F(EventSubConnectionTest, ARefusedHandOverFallsBackToTheOriginalUrl) {
    QUrl refused = simulator.context().eventSubUrl;
    refused.setQuery(QStringLiteral("reconnect_id=forged"));
    ScriptedServer server([&](QWebSocket* socket, int number) {
        const QString sessionId = QStringLiteral("scripted-%1").arg(number);
        socket->sendTextMessage(ScriptedServer::session("session_welcome", sessionId));
        if (number == 1) // the simulator answers this reconnect_url with 4007
            socket->sendTextMessage(
                ScriptedServer::session("session_reconnect", sessionId, refused.toString()));
    });
    ASSERT_TRUE(server.listen());
    EventSubConnection::Options connectionOptions = options();
    connectionOptions.url = server.url();

    makeConnection(connectionOptions).start();
    ASSERT_TRUE(waitForSessions(2));
    EXPECT_EQ(recorder->sessions, (QStringList{"scripted-1", "scripted-2"}));
    EXPECT_EQ(server.connections(), 2);
    EXPECT_EQ(recorder->reasonsFor(State::Reconnecting),
              QStringList{"Twitch closed the connection: invalid reconnect URL"});
    EXPECT_EQ(connection->state(), State::Connected);
}

// A WebSocket server on a plain QTcpServer, in full control of when each
// byte goes out: for the hand-over race where frames Twitch sent on the old
// socket just before it switched reach the client only after the new
// socket's welcome.
class LateOldFramesServer : public QObject {
public:
    LateOldFramesServer() {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                QObject::connect(socket, &QTcpSocket::readyRead, this,
                                 [this, socket] { onReadyRead(socket); });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const {
        return QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(m_server.serverPort()));
    }
    int connections() const { return m_connections; }

private:
    void onReadyRead(QTcpSocket* socket) {
        if (!m_handshaken.contains(socket)) {
            m_requests[socket] += socket->readAll();
            const QByteArray& request = m_requests[socket];
            if (!request.contains("\r\n\r\n"))
                return;
            m_handshaken.insert(socket);
            handshake(socket, request);
            onOpen(socket, ++m_connections);
            return;
        }
        socket->readAll(); // the client sends no data frames; nothing to answer
    }

    void onOpen(QTcpSocket* socket, int number) {
        sendText(socket, ScriptedServer::session("session_welcome", "s"));
        if (number == 1) {
            m_old = socket;
            sendText(socket, ScriptedServer::notification("old-1"));
            QUrl reconnectUrl = url();
            reconnectUrl.setQuery(QStringLiteral("reconnect"));
            sendText(socket,
                     ScriptedServer::session("session_reconnect", "s", reconnectUrl.toString()));
            return;
        }
        sendText(socket, ScriptedServer::notification("new-1"));
        // The old socket's last frames, sent before the switch, are slower
        // on the way: they arrive well after the new socket's welcome.
        QTimer::singleShot(200, this, [this] {
            sendText(m_old, ScriptedServer::notification("old-2"));
            sendText(m_old, ScriptedServer::notification("old-3"));
            sendClose(m_old, 4004);
            m_old->disconnectFromHost();
        });
    }

    static void handshake(QTcpSocket* socket, const QByteArray& request) {
        QByteArray key;
        for (const QByteArray& line : request.split('\n'))
            if (line.toLower().startsWith("sec-websocket-key:"))
                key = line.mid(int(qstrlen("sec-websocket-key:"))).trimmed();
        const QByteArray accept =
            QCryptographicHash::hash(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11",
                                     QCryptographicHash::Sha1)
                .toBase64();
        socket->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                      "Connection: Upgrade\r\nSec-WebSocket-Accept: " +
                      accept + "\r\n\r\n");
    }
    // An unmasked server frame (RFC 6455 section 5.2), FIN set.
    static void sendFrame(QTcpSocket* socket, quint8 opcode, const QByteArray& payload) {
        QByteArray frame;
        frame.append(char(0x80 | opcode));
        if (payload.size() < 126) {
            frame.append(char(payload.size()));
        } else {
            Q_ASSERT(payload.size() <= 0xFFFF);
            frame.append(char(126));
            frame.append(char((payload.size() >> 8) & 0xFF));
            frame.append(char(payload.size() & 0xFF));
        }
        socket->write(frame + payload);
    }
    static void sendText(QTcpSocket* socket, const QString& text) {
        sendFrame(socket, 0x1, text.toUtf8());
    }
    static void sendClose(QTcpSocket* socket, int code) {
        sendFrame(socket, 0x8, QByteArray{char((code >> 8) & 0xFF), char(code & 0xFF)});
    }

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_requests;
    QSet<QTcpSocket*> m_handshaken;
    QTcpSocket* m_old = nullptr;
    int m_connections = 0;
};

TEST_F(EventSubConnectionTest, OldSocketFramesArrivingAfterTheNewWelcomeAreDeliveredFirst) {
    LateOldFramesServer server;
    ASSERT_TRUE(server.listen());
    EventSubConnection::Options connectionOptions = options();
    connectionOptions.url = server.url();
    connectionOptions.handOverDrainMs = waitMs; // the old frames are late, not lost

    makeConnection(connectionOptions).start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return recorder->notificationIds.size() >= 4; }, waitMs))
        << recorder->notificationIds.join(' ').toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return openSockets() == 1; }, waitMs));
    // Twitch sent old-2 and old-3 before it switched to the new socket.
    EXPECT_EQ(recorder->notificationIds, (QStringList{"old-1", "old-2", "old-3", "new-1"}));
    EXPECT_EQ(recorder->sessions, QStringList{"s"});
    EXPECT_EQ(recorder->stateSequence(), (QList<State>{State::Connecting, State::Connected}));
    EXPECT_EQ(server.connections(), 2);
}

TEST_F(EventSubConnectionTest, KeepsRetryingUntilTheServerIsReachable) {
    // A port that was just listening and no longer is.
    QWebSocketServer probe(QStringLiteral("probe"), QWebSocketServer::NonSecureMode);
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    EventSubConnection::Options connectionOptions = options();
    connectionOptions.url = QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(port));

    makeConnection(connectionOptions).start();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return connection->state() == State::Reconnecting; }, waitMs));
    EXPECT_EQ(connection->stateReason(), "connection to Twitch lost (Connection refused)");

    ScriptedServer server([](QWebSocket* socket, int number) {
        socket->sendTextMessage(
            ScriptedServer::session("session_welcome", QStringLiteral("scripted-%1").arg(number)));
    });
    ASSERT_TRUE(server.listen(port));
    ASSERT_TRUE(waitForSessions(1));
    EXPECT_EQ(recorder->sessions, QStringList{"scripted-1"});
    EXPECT_EQ(recorder->stateSequence(),
              (QList<State>{State::Connecting, State::Reconnecting, State::Connected}));
}
