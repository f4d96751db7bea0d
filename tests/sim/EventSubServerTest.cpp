// The EventSub WebSocket rules of Twitch's "Handling WebSocket Events" page,
// each checked over real loopback sockets with a plain QWebSocket client (or
// a raw one where QWebSocket cannot misbehave), with shortened windows.
#include "sim/EventSubServer.h"

#include "sim/EventSubTestClient.h"
#include "sim/JsonShape.h"
#include "sim/LivelyGenerator.h"
#include "sim/RawWebSocketClient.h"
#include "sim/SimulatorFixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QUrlQuery>

#include <gtest/gtest.h>

#include <memory>

using namespace streamside::sim;

namespace {

constexpr int waitMs = 5000;
const QString pixelPioneer = QStringLiteral("500000001");
const QString cozyCoder = QStringLiteral("500000002");

QJsonObject vector(const QString& name) {
    QFile file(QStringLiteral(STREAMSIDE_TWITCH_VECTORS_DIR "/") + name);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject metadataOf(const QJsonObject& frame) {
    return frame.value("metadata").toObject();
}

QJsonObject payloadOf(const QJsonObject& frame) {
    return frame.value("payload").toObject();
}

std::string joined(const QStringList& lines) {
    return lines.join(QLatin1Char('\n')).toStdString();
}

class EventSubServerTest : public SimulatorFixture {
protected:
    Subscription subscribeFollows(const QString& sessionId, const QString& broadcasterId) {
        return subscribe(sessionId, QStringLiteral("channel.follow"), QStringLiteral("2"),
                         QJsonObject{{"broadcaster_user_id", broadcasterId},
                                     {"moderator_user_id", broadcasterId}});
    }

    QString statusOf(const QString& subscriptionId) {
        return simulator.subscriptions().find(subscriptionId)->status;
    }

    QUrl urlWithQuery(const QString& query) const {
        QUrl result = url;
        result.setQuery(query);
        return result;
    }
};

} // namespace

TEST_F(EventSubServerTest, PublishesALoopbackUrlWithPathWs) {
    EXPECT_EQ(url.scheme(), "ws");
    EXPECT_EQ(url.host(), "127.0.0.1");
    EXPECT_EQ(url.path(), "/ws");
    EXPECT_EQ(simulator.eventSub().url(), url);
}

TEST_F(EventSubServerTest, WelcomeHasTheOfficialShapeAndAFreshSessionId) {
    EventSubTestClient first, second;
    ASSERT_TRUE(first.open(url));
    ASSERT_TRUE(second.open(url));

    const QJsonObject welcome = first.welcome();
    const QStringList differences = jsonShapeDifferences(vector("frame.welcome.json"), welcome);
    EXPECT_TRUE(differences.isEmpty()) << joined(differences);
    EXPECT_EQ(metadataOf(welcome).value("message_type").toString(), "session_welcome");
    const QJsonObject session = payloadOf(welcome).value("session").toObject();
    EXPECT_EQ(session.value("status").toString(), "connected");
    EXPECT_EQ(session.value("keepalive_timeout_seconds").toInt(), 10);
    EXPECT_TRUE(session.value("reconnect_url").isNull());
    // RFC 3339 with nine fractional digits, like Twitch's.
    const QRegularExpression rfc3339(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z$)");
    EXPECT_TRUE(
        rfc3339.match(metadataOf(welcome).value("message_timestamp").toString()).hasMatch());
    EXPECT_TRUE(rfc3339.match(session.value("connected_at").toString()).hasMatch());

    EXPECT_FALSE(first.sessionId().isEmpty());
    EXPECT_NE(first.sessionId(), second.sessionId());
    ASSERT_TRUE(simulator.subscriptions().session(first.sessionId()).has_value());
    EXPECT_TRUE(simulator.subscriptions().session(first.sessionId())->isOpen());
}

TEST_F(EventSubServerTest, KeepaliveQueryTakesTheNearestAcceptedValue) {
    const auto keepaliveFor = [this](const QString& query) {
        EventSubTestClient client;
        EXPECT_TRUE(client.open(urlWithQuery(query)));
        return payloadOf(client.welcome())
            .value("session")
            .toObject()
            .value("keepalive_timeout_seconds")
            .toInt();
    };
    EXPECT_EQ(keepaliveFor("keepalive_timeout_seconds=30"), 30);
    EXPECT_EQ(keepaliveFor("keepalive_timeout_seconds=3"), 10);     // below 10: 10
    EXPECT_EQ(keepaliveFor("keepalive_timeout_seconds=9999"), 600); // above 600: 600
    EXPECT_EQ(keepaliveFor("keepalive_timeout_seconds=soon"), 10);  // not numeric: default
    EXPECT_EQ(keepaliveFor(""), 10);
}

TEST_F(EventSubServerTest, SendsKeepalivesAfterSilenceAndStopsThemOnRequest) {
    simulator.settings().minKeepaliveSeconds = 1;
    EventSubTestClient client;
    QElapsedTimer sinceWelcome;
    ASSERT_TRUE(client.open(urlWithQuery("keepalive_timeout_seconds=1")));
    sinceWelcome.start();
    subscribeFollows(client.sessionId(), pixelPioneer); // keep the session in use

    const std::optional<QJsonObject> first = client.waitForFrame("session_keepalive", waitMs);
    ASSERT_TRUE(first.has_value());
    // Within the promised second of silence, never later.
    EXPECT_LT(sinceWelcome.elapsed(), 1000);
    const QStringList differences = jsonShapeDifferences(vector("frame.keepalive.json"), *first);
    EXPECT_TRUE(differences.isEmpty()) << joined(differences);
    ASSERT_TRUE(client.waitForFrame("session_keepalive", waitMs, 3).has_value());

    // Stopped: a client's watchdog must now see silence.
    simulator.eventSub().setKeepalivesEnabled(false);
    const auto keepalivesSoFar = client.framesOfType("session_keepalive").size();
    EXPECT_FALSE(client.waitForFrame("session_keepalive", 2500, int(keepalivesSoFar) + 1));
    EXPECT_FALSE(client.isClosed());

    simulator.eventSub().setKeepalivesEnabled(true);
    EXPECT_TRUE(client.waitForFrame("session_keepalive", waitMs, int(keepalivesSoFar) + 1));
}

TEST_F(EventSubServerTest, ANotificationPostponesTheKeepalive) {
    simulator.settings().minKeepaliveSeconds = 1;
    EventSubTestClient client;
    ASSERT_TRUE(client.open(urlWithQuery("keepalive_timeout_seconds=1")));
    subscribeFollows(client.sessionId(), pixelPioneer);
    ASSERT_TRUE(client.waitForFrame("session_keepalive", waitMs).has_value());
    // A notification about every 300 ms (well inside the 900 ms after which
    // a keepalive would go out) keeps the connection busy: no keepalive.
    const auto keepalives = [&] { return client.framesOfType("session_keepalive").size(); };
    for (int i = 1; i <= 6; ++i) {
        ASSERT_EQ(
            simulator.eventSub().trigger("channel.follow", {}, pixelPioneer).messageIds.size(), 1);
        ASSERT_TRUE(client.waitForFrame("notification", waitMs, i).has_value());
        // Returns early only if a keepalive arrives.
        client.waitUntil([&] { return keepalives() > 1; }, 300);
    }
    EXPECT_EQ(client.framesOfType("session_keepalive").size(), 1);
}

TEST_F(EventSubServerTest, ClosesAnUnusedConnectionWith4003) {
    simulator.settings().subscribeWindowMs = 300;
    EventSubTestClient client;
    ASSERT_TRUE(client.open(url));
    const QString sessionId = client.sessionId();
    ASSERT_TRUE(client.waitForClose(waitMs));
    EXPECT_EQ(client.closeCode(), 4003);
    EXPECT_FALSE(simulator.subscriptions().session(sessionId)->isOpen());
}

TEST_F(EventSubServerTest, KeepsAConnectionWithASubscriptionOpenPastTheSubscribeWindow) {
    simulator.settings().subscribeWindowMs = 300;
    EventSubTestClient client;
    ASSERT_TRUE(client.open(url));
    subscribeFollows(client.sessionId(), pixelPioneer);
    EXPECT_FALSE(client.waitForClose(900));
}

TEST_F(EventSubServerTest, ClosesWith4001OnInboundText) {
    EventSubTestClient client;
    ASSERT_TRUE(client.open(url));
    const Subscription subscription = subscribeFollows(client.sessionId(), pixelPioneer);
    client.socket().sendTextMessage(QStringLiteral("{\"hello\":\"server\"}"));
    ASSERT_TRUE(client.waitForClose(waitMs));
    EXPECT_EQ(client.closeCode(), 4001);
    EXPECT_EQ(statusOf(subscription.id), "websocket_received_inbound_traffic");
}

TEST_F(EventSubServerTest, ClosesWith4001OnInboundBinary) {
    EventSubTestClient client;
    ASSERT_TRUE(client.open(url));
    client.socket().sendBinaryMessage(QByteArrayLiteral("\x01\x02"));
    ASSERT_TRUE(client.waitForClose(waitMs));
    EXPECT_EQ(client.closeCode(), 4001);
}

TEST_F(EventSubServerTest, ClosesWith4002WhenAPingIsNotAnswered) {
    simulator.settings().pingIntervalMs = 200;
    simulator.settings().pongTimeoutMs = 300;
    RawWebSocketClient silent(/*answerPings=*/false);
    ASSERT_TRUE(silent.open(url));
    ASSERT_TRUE(silent.waitUntil([&] { return silent.isClosed(); }, waitMs));
    EXPECT_GE(silent.pingsReceived(), 1);
    EXPECT_EQ(silent.closeCode(), 4002);
    ASSERT_FALSE(silent.texts().isEmpty()); // the welcome came first
    EXPECT_TRUE(silent.texts().first().contains("session_welcome"));
}

TEST_F(EventSubServerTest, KeepsAConnectionThatAnswersPings) {
    simulator.settings().pingIntervalMs = 200;
    simulator.settings().pongTimeoutMs = 300;
    RawWebSocketClient polite(/*answerPings=*/true);
    ASSERT_TRUE(polite.open(url));
    ASSERT_TRUE(polite.waitUntil([&] { return polite.pingsReceived() >= 5; }, waitMs));
    EXPECT_FALSE(polite.isClosed());
    EXPECT_EQ(polite.closeCode(), 0);
}

TEST_F(EventSubServerTest, NotifiesOnlyTheEnabledSubscriptionsOfEachSession) {
    EventSubTestClient first, second;
    ASSERT_TRUE(first.open(url));
    ASSERT_TRUE(second.open(url));
    const Subscription firstFollows = subscribeFollows(first.sessionId(), pixelPioneer);
    subscribeFollows(second.sessionId(), cozyCoder);
    const Subscription revoked = subscribe(first.sessionId(), "stream.offline", "1",
                                           QJsonObject{{"broadcaster_user_id", cozyCoder}});
    simulator.subscriptions().revoke(revoked.id, "authorization_revoked");

    EXPECT_EQ(simulator.eventSub().trigger("channel.follow", {}, pixelPioneer).messageIds.size(),
              1);
    EXPECT_EQ(simulator.eventSub().trigger("stream.offline", {}, cozyCoder).messageIds.size(), 0);
    EXPECT_EQ(simulator.eventSub().trigger("channel.follow", {}, cozyCoder).messageIds.size(), 1);

    const std::optional<QJsonObject> notification = first.waitForFrame("notification", waitMs);
    ASSERT_TRUE(notification.has_value());
    // The second session's frame arrives after everything sent before it on
    // the same server: once it is there, the first session's would be too.
    const std::optional<QJsonObject> secondsNotification =
        second.waitForFrame("notification", waitMs);
    ASSERT_TRUE(secondsNotification.has_value());
    EXPECT_EQ(second.framesOfType("notification").size(), 1);
    EXPECT_EQ(payloadOf(*secondsNotification)
                  .value("event")
                  .toObject()
                  .value("broadcaster_user_id")
                  .toString(),
              cozyCoder);
    ASSERT_TRUE(
        first.waitUntil([&] { return first.framesOfType("revocation").size() == 1; }, waitMs));
    EXPECT_EQ(first.framesOfType("notification").size(), 1);

    // Shape of the official notification frame (its subscription condition is
    // the subscriber's own data, so only its type is compared).
    JsonShapeRules rules;
    rules.typeOnly.insert("payload.subscription.condition");
    const QStringList differences =
        jsonShapeDifferences(vector("frame.notification_follow.json"), *notification, rules);
    EXPECT_TRUE(differences.isEmpty()) << joined(differences);
    const QJsonObject metadata = metadataOf(*notification);
    EXPECT_EQ(metadata.value("subscription_type").toString(), "channel.follow");
    EXPECT_EQ(metadata.value("subscription_version").toString(), "2");
    const QJsonObject subscription = payloadOf(*notification).value("subscription").toObject();
    EXPECT_EQ(subscription.value("id").toString(), firstFollows.id);
    EXPECT_EQ(subscription.value("transport").toObject().value("session_id").toString(),
              first.sessionId());
    const QJsonObject event = payloadOf(*notification).value("event").toObject();
    EXPECT_EQ(event.value("broadcaster_user_id").toString(), pixelPioneer);
    EXPECT_EQ(event.value("broadcaster_user_login").toString(), "pixelpioneer");
}

TEST_F(EventSubServerTest, MatchesRaidsByEitherSide) {
    EventSubTestClient client;
    ASSERT_TRUE(client.open(url));
    subscribe(client.sessionId(), "channel.raid", "1",
              QJsonObject{{"from_broadcaster_user_id", cozyCoder}});
    const QJsonObject fromCozy{{"from_broadcaster_user_id", cozyCoder},
                               {"from_broadcaster_user_login", "cozycoder"},
                               {"from_broadcaster_user_name", "CozyCoder"},
                               {"viewers", 42}};
    EXPECT_EQ(
        simulator.eventSub().trigger("channel.raid", {}, pixelPioneer, fromCozy).messageIds.size(),
        1);
    // A raid into cozycoder from someone else does not match "from cozycoder".
    EXPECT_EQ(simulator.eventSub().trigger("channel.raid", {}, cozyCoder).messageIds.size(), 0);
    const std::optional<QJsonObject> raid = client.waitForFrame("notification", waitMs);
    ASSERT_TRUE(raid.has_value());
    const QJsonObject event = payloadOf(*raid).value("event").toObject();
    EXPECT_EQ(event.value("viewers").toInt(), 42);
    EXPECT_EQ(event.value("to_broadcaster_user_id").toString(), pixelPioneer);
}

TEST_F(EventSubServerTest, ReconnectHandsTheSessionOverWithoutLossOrDuplicates) {
    simulator.settings().subscribeWindowMs = 300;
    EventSubTestClient old;
    ASSERT_TRUE(old.open(url));
    const QString sessionId = old.sessionId();
    const Subscription follows = subscribeFollows(sessionId, pixelPioneer);
    QStringList sent;
    const auto send = [&] {
        const QStringList ids =
            simulator.eventSub().trigger("channel.follow", {}, pixelPioneer).messageIds;
        EXPECT_EQ(ids.size(), 1);
        sent += ids;
    };

    send(); // before the reconnect
    ASSERT_EQ(simulator.eventSub().sendReconnect(sessionId), 1);
    const std::optional<QJsonObject> reconnect = old.waitForFrame("session_reconnect", waitMs);
    ASSERT_TRUE(reconnect.has_value());
    const QStringList differences =
        jsonShapeDifferences(vector("frame.reconnect.json"), *reconnect);
    EXPECT_TRUE(differences.isEmpty()) << joined(differences);
    const QJsonObject session = payloadOf(*reconnect).value("session").toObject();
    EXPECT_EQ(session.value("id").toString(), sessionId);
    EXPECT_EQ(session.value("status").toString(), "reconnecting");
    EXPECT_TRUE(session.value("keepalive_timeout_seconds").isNull());
    const QUrl reconnectUrl(session.value("reconnect_url").toString());
    EXPECT_EQ(reconnectUrl.host(), "127.0.0.1");
    EXPECT_EQ(reconnectUrl.port(), url.port());
    EXPECT_EQ(reconnectUrl.path(), "/ws");

    send(); // during the hand-over: still the old socket
    ASSERT_TRUE(old.waitForFrame("notification", waitMs, 2).has_value());

    EventSubTestClient fresh;
    ASSERT_TRUE(fresh.open(reconnectUrl));
    const QJsonObject welcome = payloadOf(fresh.welcome()).value("session").toObject();
    EXPECT_EQ(metadataOf(fresh.welcome()).value("message_type").toString(), "session_welcome");
    // Twitch keeps the session (id and subscriptions) across the reconnect.
    EXPECT_EQ(welcome.value("id").toString(), sessionId);
    EXPECT_EQ(welcome.value("status").toString(), "connected");
    ASSERT_TRUE(old.waitForClose(waitMs));
    EXPECT_EQ(old.closeCode(), 4004);

    send(); // after the welcome: the new socket
    ASSERT_TRUE(fresh.waitForFrame("notification", waitMs).has_value());

    QStringList received;
    for (const QJsonObject& frame :
         old.framesOfType("notification") + fresh.framesOfType("notification"))
        received.append(messageIdOf(frame));
    EXPECT_EQ(received, sent); // none lost, none twice, in order
    EXPECT_EQ(old.framesOfType("notification").size(), 2);
    EXPECT_EQ(statusOf(follows.id), "enabled");
    EXPECT_EQ(simulator.subscriptions().find(follows.id)->sessionId, sessionId);
    // Carried-over subscriptions count as use: no 4003 on the new socket.
    EXPECT_FALSE(fresh.waitForClose(700));
}

TEST_F(EventSubServerTest, ClosesWith4004AndDisablesWhenTheClientDoesNotReconnect) {
    simulator.settings().reconnectGraceMs = 300;
    EventSubTestClient client;
    ASSERT_TRUE(client.open(url));
    const Subscription follows = subscribeFollows(client.sessionId(), pixelPioneer);
    ASSERT_EQ(simulator.eventSub().sendReconnect(), 1);
    ASSERT_TRUE(client.waitForFrame("session_reconnect", waitMs).has_value());
    ASSERT_TRUE(client.waitForClose(waitMs));
    EXPECT_EQ(client.closeCode(), 4004);
    EXPECT_EQ(statusOf(follows.id), "websocket_failed_to_reconnect");
}

TEST_F(EventSubServerTest, RefusesAnUnknownReconnectUrlWith4007) {
    EventSubTestClient client;
    EXPECT_FALSE(client.open(urlWithQuery("reconnect_id=forged")));
    ASSERT_TRUE(client.waitForClose(waitMs));
    EXPECT_EQ(client.closeCode(), 4007);
}

TEST_F(EventSubServerTest, RefusesPathsOtherThanWs) {
    EventSubTestClient client;
    QUrl other = url;
    other.setPath("/eventsub");
    EXPECT_FALSE(client.open(other));
    ASSERT_TRUE(client.waitForClose(waitMs));
    EXPECT_EQ(client.closeCode(), 1008);
    EXPECT_TRUE(client.frames().isEmpty());
}

TEST_F(EventSubServerTest, SendsARevocationAndStopsNotifying) {
    EventSubTestClient client;
    ASSERT_TRUE(client.open(url));
    const Subscription follows = subscribeFollows(client.sessionId(), pixelPioneer);
    ASSERT_TRUE(simulator.eventSub().revokeSubscription(follows.id, "authorization_revoked"));
    const std::optional<QJsonObject> revocation = client.waitForFrame("revocation", waitMs);
    ASSERT_TRUE(revocation.has_value());
    JsonShapeRules rules;
    rules.typeOnly.insert("payload.subscription.condition");
    const QStringList differences =
        jsonShapeDifferences(vector("frame.revocation.json"), *revocation, rules);
    EXPECT_TRUE(differences.isEmpty()) << joined(differences);
    const QJsonObject subscription = payloadOf(*revocation).value("subscription").toObject();
    EXPECT_EQ(subscription.value("id").toString(), follows.id);
    EXPECT_EQ(subscription.value("status").toString(), "authorization_revoked");
    EXPECT_EQ(metadataOf(*revocation).value("subscription_type").toString(), "channel.follow");
    EXPECT_TRUE(
        simulator.eventSub().trigger("channel.follow", {}, pixelPioneer).messageIds.isEmpty());
}

TEST_F(EventSubServerTest, AClientCloseDisablesTheSessionsSubscriptions) {
    EventSubTestClient client;
    ASSERT_TRUE(client.open(url));
    const QString sessionId = client.sessionId();
    const Subscription follows = subscribeFollows(sessionId, pixelPioneer);
    QSignalSpy ended(&simulator.eventSub(), &EventSubServer::sessionEnded);
    client.socket().close();
    ASSERT_TRUE(ended.wait(waitMs));
    EXPECT_EQ(ended.first().at(0).toString(), sessionId);
    EXPECT_EQ(statusOf(follows.id), "websocket_disconnected");
    EXPECT_FALSE(simulator.subscriptions().session(sessionId)->isOpen());
}

TEST_F(EventSubServerTest, ADroppedConnectionDisablesTheSessionsSubscriptions) {
    // The raw client tells a close frame from a dropped TCP connection
    // (QWebSocket reports 1000 for both).
    RawWebSocketClient client(/*answerPings=*/true);
    ASSERT_TRUE(client.open(url));
    ASSERT_TRUE(client.waitUntil([&] { return !client.texts().isEmpty(); }, waitMs));
    const QString sessionId =
        payloadOf(QJsonDocument::fromJson(client.texts().first().toUtf8()).object())
            .value("session")
            .toObject()
            .value("id")
            .toString();
    const Subscription follows = subscribeFollows(sessionId, pixelPioneer);
    ASSERT_TRUE(simulator.eventSub().dropSession(sessionId));
    ASSERT_TRUE(client.waitUntil([&] { return client.isClosed(); }, waitMs));
    EXPECT_EQ(client.closeCode(), 0) << "no close frame on a drop";
    EXPECT_EQ(statusOf(follows.id), "websocket_disconnected");
}

TEST_F(EventSubServerTest, ClosesASessionWithTheRequestedCode) {
    EventSubTestClient client;
    ASSERT_TRUE(client.open(url));
    const Subscription follows = subscribeFollows(client.sessionId(), pixelPioneer);
    ASSERT_TRUE(simulator.eventSub().closeSession(client.sessionId(), 4000, "internal error"));
    ASSERT_TRUE(client.waitForClose(waitMs));
    EXPECT_EQ(client.closeCode(), 4000);
    EXPECT_EQ(statusOf(follows.id), "websocket_internal_error");
}

TEST_F(EventSubServerTest, DuplicatedFramesKeepTheirMessageId) {
    EventSubTestClient client;
    ASSERT_TRUE(client.open(url));
    subscribeFollows(client.sessionId(), pixelPioneer);
    simulator.eventSub().duplicateNextNotifications(1);
    simulator.eventSub().trigger("channel.follow", {}, pixelPioneer);
    simulator.eventSub().trigger("channel.follow", {}, pixelPioneer);
    ASSERT_TRUE(client.waitForFrame("notification", waitMs, 3).has_value());
    const QList<QJsonObject> notifications = client.framesOfType("notification");
    EXPECT_EQ(messageIdOf(notifications.at(0)), messageIdOf(notifications.at(1)));
    EXPECT_NE(messageIdOf(notifications.at(1)), messageIdOf(notifications.at(2)));
    EXPECT_EQ(notifications.at(0), notifications.at(1));
}

TEST_F(EventSubServerTest, SendsAMalformedFrameOnRequest) {
    EventSubTestClient client;
    ASSERT_TRUE(client.open(url));
    ASSERT_EQ(simulator.eventSub().sendMalformedFrame(client.sessionId()), 1);
    ASSERT_TRUE(client.waitUntil([&] { return client.texts().size() == 2; }, waitMs));
    QJsonParseError error;
    QJsonDocument::fromJson(client.texts().at(1).toUtf8(), &error);
    EXPECT_NE(error.error, QJsonParseError::NoError);
}

TEST_F(EventSubServerTest, RelaysChatLogMessagesAsChatMessageNotifications) {
    EventSubTestClient client;
    ASSERT_TRUE(client.open(url));
    subscribe(client.sessionId(), "channel.chat.message", "1",
              QJsonObject{{"broadcaster_user_id", pixelPioneer}, {"user_id", "600000001"}});
    ChatMessage line;
    line.broadcasterId = pixelPioneer;
    line.userId = "600000002";
    line.userLogin = "second_viewer";
    line.userName = "SecondViewer";
    line.text = "Cheer100 what a run Kappa";
    line.bits = 100;
    const ChatMessage appended = simulator.context().chat.append(line);

    const std::optional<QJsonObject> frame = client.waitForFrame("notification", waitMs);
    ASSERT_TRUE(frame.has_value());
    const QJsonObject event = payloadOf(*frame).value("event").toObject();
    EXPECT_EQ(event.value("message_id").toString(), appended.id);
    EXPECT_EQ(event.value("chatter_user_login").toString(), "second_viewer");
    EXPECT_EQ(event.value("message").toObject().value("text").toString(), line.text);
    EXPECT_EQ(event.value("cheer").toObject().value("bits").toInt(), 100);
    const QJsonArray fragments = event.value("message").toObject().value("fragments").toArray();
    ASSERT_EQ(fragments.size(), 3);
    EXPECT_EQ(fragments.at(0).toObject().value("type").toString(), "cheermote");
    EXPECT_EQ(fragments.at(1).toObject().value("text").toString(), " what a run ");
    EXPECT_EQ(fragments.at(2).toObject().value("type").toString(), "emote");
}

TEST_F(EventSubServerTest, AnnouncesGoingLiveAndOffline) {
    EventSubTestClient client;
    ASSERT_TRUE(client.open(url));
    const QString nightOwl = QStringLiteral("500000003");
    subscribe(client.sessionId(), "stream.online", "1",
              QJsonObject{{"broadcaster_user_id", nightOwl}});
    subscribe(client.sessionId(), "stream.offline", "1",
              QJsonObject{{"broadcaster_user_id", nightOwl}});
    ASSERT_TRUE(simulator.world().setLive(nightOwl, true));
    EXPECT_EQ(simulator.eventSub().announceLiveState(nightOwl).messageIds.size(), 1);
    ASSERT_TRUE(simulator.world().setLive(nightOwl, false));
    EXPECT_EQ(simulator.eventSub().announceLiveState(nightOwl).messageIds.size(), 1);
    ASSERT_TRUE(client.waitForFrame("notification", waitMs, 2).has_value());
    const QList<QJsonObject> frames = client.framesOfType("notification");
    EXPECT_EQ(metadataOf(frames.at(0)).value("subscription_type").toString(), "stream.online");
    EXPECT_EQ(payloadOf(frames.at(0)).value("event").toObject().value("type").toString(), "live");
    EXPECT_EQ(metadataOf(frames.at(1)).value("subscription_type").toString(), "stream.offline");
}

TEST_F(EventSubServerTest, ControlRoutesTriggerAndSteerSessions) {
    EventSubTestClient client;
    ASSERT_TRUE(client.open(url));
    subscribe(client.sessionId(), "channel.chat.notification", "1",
              QJsonObject{{"broadcaster_user_id", pixelPioneer}, {"user_id", "600000001"}});
    QNetworkAccessManager network;
    const auto call = [&](const QString& path, const QJsonObject* body) {
        QNetworkRequest request(simulator.baseUrl().resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        std::unique_ptr<QNetworkReply> reply(
            body ? network.post(request, QJsonDocument(*body).toJson()) : network.get(request));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        EXPECT_TRUE(finished.wait(waitMs)) << path.toStdString();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        return std::make_pair(status, QJsonDocument::fromJson(reply->readAll()));
    };

    const QJsonObject raid{{"type", "channel.chat.notification"},
                           {"notice_type", "raid"},
                           {"channel", "pixelpioneer"},
                           {"fields", QJsonObject{{"raid", QJsonObject{{"viewer_count", 777}}}}}};
    const auto [triggerStatus, triggered] = call("/_sim/trigger", &raid);
    EXPECT_EQ(triggerStatus, 200);
    EXPECT_EQ(triggered.object().value("delivered").toInt(), 1);
    const std::optional<QJsonObject> frame = client.waitForFrame("notification", waitMs);
    ASSERT_TRUE(frame.has_value());
    const QJsonObject event = payloadOf(*frame).value("event").toObject();
    EXPECT_EQ(event.value("notice_type").toString(), "raid");
    EXPECT_EQ(event.value("raid").toObject().value("viewer_count").toInt(), 777);
    EXPECT_TRUE(event.value("system_message").toString().startsWith("777 raiders from"));

    const QJsonObject unknown{{"type", "channel.nonsense"}, {"channel", "pixelpioneer"}};
    EXPECT_EQ(call("/_sim/trigger", &unknown).first, 400);
    const QJsonObject nobody{{"type", "channel.follow"}, {"channel", "nobody_here"}};
    EXPECT_EQ(call("/_sim/trigger", &nobody).first, 404);

    const auto [sessionsStatus, sessions] = call("/_sim/eventsub/sessions", nullptr);
    EXPECT_EQ(sessionsStatus, 200);
    ASSERT_EQ(sessions.array().size(), 1);
    EXPECT_EQ(sessions.array().at(0).toObject().value("session_id").toString(), client.sessionId());
    EXPECT_EQ(sessions.array().at(0).toObject().value("enabled_subscriptions").toInt(), 1);

    const QJsonObject reconnect{{"session_id", client.sessionId()}};
    EXPECT_EQ(call("/_sim/eventsub/reconnect", &reconnect).second.object().value("sent").toInt(),
              1);
    EXPECT_TRUE(client.waitForFrame("session_reconnect", waitMs).has_value());

    const QJsonObject close{{"session_id", client.sessionId()}, {"code", 4005}};
    EXPECT_EQ(call("/_sim/eventsub/close", &close).first, 200);
    ASSERT_TRUE(client.waitForClose(waitMs));
    EXPECT_EQ(client.closeCode(), 4005);

    const QJsonObject livelyOn{{"enabled", true}, {"rate", 5}};
    const auto [livelyStatus, lively] = call("/_sim/lively", &livelyOn);
    EXPECT_EQ(livelyStatus, 200);
    EXPECT_TRUE(lively.object().value("enabled").toBool());
    EXPECT_EQ(lively.object().value("rate").toDouble(), 5.0);
    EXPECT_TRUE(simulator.lively().isRunning());
    const QJsonObject livelyOff{{"enabled", false}};
    call("/_sim/lively", &livelyOff);
    EXPECT_FALSE(simulator.lively().isRunning());
}

TEST_F(EventSubServerTest, LivelyGeneratorFillsLiveChatsAndNotifies) {
    EventSubTestClient client;
    ASSERT_TRUE(client.open(url));
    for (const SimChannel& channel : simulator.world().channels)
        subscribe(
            client.sessionId(), "channel.chat.message", "1",
            QJsonObject{{"broadcaster_user_id", channel.broadcasterId}, {"user_id", "600000001"}});
    QSignalSpy generated(&simulator.lively(), &LivelyGenerator::generated);
    simulator.lively().setRate(50);
    simulator.lively().start();
    ASSERT_TRUE(client.waitForFrame("notification", waitMs, 5).has_value());
    simulator.lively().stop();
    EXPECT_GE(generated.size(), 5);
    for (const QList<QVariant>& event : generated) {
        const SimChannel* channel = simulator.world().channelById(event.at(1).toString());
        ASSERT_NE(channel, nullptr);
        EXPECT_TRUE(channel->live) << "events only for live channels";
    }
}
