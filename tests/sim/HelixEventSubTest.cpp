// Helix /eventsub/subscriptions over real sockets: Twitch's rules for the
// WebSocket transport (sessions, authorization per type, cost, duplicates,
// limits) and listing and deleting. Sessions are opened directly in the
// registry, as the EventSub WebSocket side does on welcome.
#include "LoopbackHttpClient.h"
#include "sim/OAuthService.h"
#include "sim/Simulator.h"

#include <QJsonArray>

#include <gtest/gtest.h>

#include <memory>

using streamside::sim::Simulator;
using streamside::sim::Subscription;
using streamside::sim::World;

namespace {

const QString demoClient = QLatin1String(World::demoClientId);
const QString demoViewerId = QStringLiteral("600000001");
const QString pixelPioneerId = QStringLiteral("500000001"); // mod_mia moderates this channel
const QString modMiaId = QStringLiteral("600000003");
const QStringList broadcasterIds{"141981764", "500000001", "500000002",
                                 "500000003", "500000004", "500000005"};

QJsonObject request(const QString& type, const QString& version, const QJsonObject& condition,
                    const QString& sessionId) {
    return {{"type", type},
            {"version", version},
            {"condition", condition},
            {"transport", QJsonObject{{"method", "websocket"}, {"session_id", sessionId}}}};
}

class HelixEventSubTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(simulator.start()) << simulator.errorString().toStdString();
        client = std::make_unique<LoopbackHttpClient>(simulator.baseUrl());
        viewerToken = mint("demo_viewer", {"user:read:chat", "channel:read:subscriptions",
                                           "moderator:read:followers"});
        simulator.subscriptions().openSession("session-1");
    }

    QString mint(const QString& login, const QStringList& scopes) {
        const auto token = simulator.oauth().mintUserToken(login, scopes);
        EXPECT_TRUE(token.has_value());
        return token ? token->accessToken : QString();
    }

    LoopbackResponse subscribe(const QString& token, const QJsonObject& body) {
        return client->postJson("/helix/eventsub/subscriptions", body,
                                LoopbackHttpClient::helixHeaders(token, demoClient));
    }

    LoopbackResponse subscribe(const QString& token, const QString& type, const QString& version,
                               const QJsonObject& condition,
                               const QString& sessionId = "session-1") {
        return subscribe(token, request(type, version, condition, sessionId));
    }

    LoopbackResponse chatSubscription(const QString& broadcasterId,
                                      const QString& sessionId = "session-1") {
        return subscribe(viewerToken, "channel.chat.message", "1",
                         {{"broadcaster_user_id", broadcasterId}, {"user_id", demoViewerId}},
                         sessionId);
    }

    LoopbackResponse list(const QString& query = {}, const QString& token = {}) {
        return client->get(
            "/helix/eventsub/subscriptions" + query,
            LoopbackHttpClient::helixHeaders(token.isEmpty() ? viewerToken : token, demoClient));
    }

    Simulator simulator;
    std::unique_ptr<LoopbackHttpClient> client;
    QString viewerToken;
};

TEST_F(HelixEventSubTest, ChatSubscriptionWithTheViewersTokenIsAcceptedAtNoCost) {
    const LoopbackResponse response = chatSubscription(pixelPioneerId);
    ASSERT_EQ(response.status, 202) << response.body.toStdString();
    const QJsonObject body = response.json();
    const QJsonObject created = body.value("data").toArray().at(0).toObject();
    EXPECT_FALSE(created.value("id").toString().isEmpty());
    EXPECT_EQ(created.value("status").toString(), "enabled");
    EXPECT_EQ(created.value("type").toString(), "channel.chat.message");
    EXPECT_EQ(created.value("version").toString(), "1");
    EXPECT_EQ(created.value("cost").toInt(), 0);
    EXPECT_EQ(created.value("condition").toObject(),
              (QJsonObject{{"broadcaster_user_id", pixelPioneerId}, {"user_id", demoViewerId}}));
    const QJsonObject transport = created.value("transport").toObject();
    EXPECT_EQ(transport.value("method").toString(), "websocket");
    EXPECT_EQ(transport.value("session_id").toString(), "session-1");
    EXPECT_TRUE(transport.contains("connected_at"));
    EXPECT_EQ(body.value("total").toInt(), 1);
    EXPECT_EQ(body.value("total_cost").toInt(), 0);
    EXPECT_EQ(body.value("max_total_cost").toInt(), 10);

    const auto stored = simulator.subscriptions().find(created.value("id").toString());
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->userId, demoViewerId);
    EXPECT_EQ(stored->clientId, demoClient);
}

TEST_F(HelixEventSubTest, DuplicateSubscriptionIsAConflict) {
    ASSERT_EQ(chatSubscription(pixelPioneerId).status, 202);
    const LoopbackResponse duplicate = chatSubscription(pixelPioneerId);
    EXPECT_EQ(duplicate.status, 409);
    EXPECT_EQ(duplicate.json().value("error").toString(), "Conflict");
    simulator.subscriptions().openSession("session-2");
    EXPECT_EQ(chatSubscription(pixelPioneerId, "session-2").status, 202)
        << "the same subscription on another session is not a duplicate";
}

TEST_F(HelixEventSubTest, SessionMustBeOpen) {
    const LoopbackResponse unknown = chatSubscription(pixelPioneerId, "no-such-session");
    EXPECT_EQ(unknown.status, 400);
    EXPECT_EQ(unknown.json().value("error").toString(), "Bad Request");
    simulator.subscriptions().openSession("closed");
    simulator.subscriptions().closeSession("closed", "websocket_disconnected");
    EXPECT_EQ(chatSubscription(pixelPioneerId, "closed").status, 400);
    EXPECT_EQ(chatSubscription(pixelPioneerId, "").status, 400);
    EXPECT_TRUE(simulator.subscriptions().all().isEmpty());
}

TEST_F(HelixEventSubTest, RequestShapeIsChecked) {
    EXPECT_EQ(subscribe(viewerToken, "channel.chat.message", "7",
                        {{"broadcaster_user_id", pixelPioneerId}, {"user_id", demoViewerId}})
                  .status,
              400)
        << "unknown version";
    EXPECT_EQ(
        subscribe(viewerToken, "channel.nonsense", "1", {{"broadcaster_user_id", pixelPioneerId}})
            .status,
        400);
    EXPECT_EQ(subscribe(viewerToken, "channel.chat.message", "1",
                        {{"broadcaster_user_id", pixelPioneerId}})
                  .status,
              400)
        << "condition.user_id missing";
    EXPECT_EQ(subscribe(viewerToken, "stream.online", "1", {{"broadcaster_user_id", "42"}}).status,
              400)
        << "no such user";
    EXPECT_EQ(subscribe(viewerToken, "channel.raid", "1",
                        {{"from_broadcaster_user_id", pixelPioneerId},
                         {"to_broadcaster_user_id", "500000002"}})
                  .status,
              400)
        << "channel.raid takes one of from/to";
    QJsonObject webhook =
        request("stream.online", "1", {{"broadcaster_user_id", pixelPioneerId}}, "");
    webhook.insert("transport", QJsonObject{{"method", "webhook"}, {"callback", "https://x"}});
    EXPECT_EQ(subscribe(viewerToken, webhook).status, 400);
}

TEST_F(HelixEventSubTest, AppAccessTokenCannotUseTheWebSocketTransport) {
    const auto app = simulator.tokens().issueAppToken(demoClient, 3600);
    const LoopbackResponse response =
        subscribe(app.accessToken, "stream.online", "1", {{"broadcaster_user_id", pixelPioneerId}});
    EXPECT_EQ(response.status, 400);
    EXPECT_TRUE(simulator.subscriptions().all().isEmpty());
}

TEST_F(HelixEventSubTest, ChatSubscriptionsNeedTheViewersOwnIdAndScope) {
    const LoopbackResponse otherUser =
        subscribe(viewerToken, "channel.chat.message", "1",
                  {{"broadcaster_user_id", pixelPioneerId}, {"user_id", "600000002"}});
    EXPECT_EQ(otherUser.status, 403);
    EXPECT_EQ(otherUser.json().value("error").toString(), "Forbidden");
    const QString noScope = mint("demo_viewer", {"user:write:chat"});
    EXPECT_EQ(subscribe(noScope, "channel.chat.notification", "1",
                        {{"broadcaster_user_id", pixelPioneerId}, {"user_id", demoViewerId}})
                  .status,
              403);
}

TEST_F(HelixEventSubTest, BroadcasterOnlyTypesRefuseAViewerToken) {
    const LoopbackResponse viewer =
        subscribe(viewerToken, "channel.subscribe", "1", {{"broadcaster_user_id", pixelPioneerId}});
    EXPECT_EQ(viewer.status, 403) << "the viewer has the scope but is not the broadcaster";
    for (const auto& [type, version] :
         QList<QPair<QString, QString>>{{"channel.cheer", "1"},
                                        {"channel.hype_train.begin", "2"},
                                        {"channel.poll.begin", "1"},
                                        {"channel.ad_break.begin", "1"},
                                        {"channel.goal.begin", "1"}})
        EXPECT_EQ(
            subscribe(viewerToken, type, version, {{"broadcaster_user_id", pixelPioneerId}}).status,
            403)
            << type.toStdString();

    const QString ownNoScope = mint("pixelpioneer", {"user:read:chat"});
    EXPECT_EQ(
        subscribe(ownNoScope, "channel.subscribe", "1", {{"broadcaster_user_id", pixelPioneerId}})
            .status,
        403)
        << "the broadcaster's token without channel:read:subscriptions";

    const QString own = mint("pixelpioneer", {"channel:read:subscriptions", "bits:read"});
    const LoopbackResponse accepted =
        subscribe(own, "channel.subscribe", "1", {{"broadcaster_user_id", pixelPioneerId}});
    ASSERT_EQ(accepted.status, 202) << accepted.body.toStdString();
    EXPECT_EQ(accepted.json().value("data").toArray().at(0).toObject().value("cost").toInt(), 0);
    EXPECT_EQ(
        subscribe(own, "channel.bits.use", "1", {{"broadcaster_user_id", pixelPioneerId}}).status,
        202);
}

TEST_F(HelixEventSubTest, FollowNeedsTheBroadcasterOrAModerator) {
    const QJsonObject modCondition{{"broadcaster_user_id", pixelPioneerId},
                                   {"moderator_user_id", modMiaId}};
    const QString mia = mint("mod_mia", {"moderator:read:followers"});
    const LoopbackResponse moderator = subscribe(mia, "channel.follow", "2", modCondition);
    ASSERT_EQ(moderator.status, 202) << moderator.body.toStdString();
    EXPECT_EQ(moderator.json().value("data").toArray().at(0).toObject().value("cost").toInt(), 0);

    EXPECT_EQ(subscribe(mia, "channel.follow", "2",
                        {{"broadcaster_user_id", "500000002"}, {"moderator_user_id", modMiaId}})
                  .status,
              403)
        << "mod_mia does not moderate cozycoder";
    EXPECT_EQ(
        subscribe(viewerToken, "channel.follow", "2",
                  {{"broadcaster_user_id", pixelPioneerId}, {"moderator_user_id", demoViewerId}})
            .status,
        403)
        << "demo_viewer is no moderator";
    EXPECT_EQ(subscribe(viewerToken, "channel.follow", "2", modCondition).status, 403)
        << "moderator_user_id must be the token's user";
    EXPECT_EQ(
        subscribe(mint("mod_mia", {}), "channel.follow", "2", modCondition, "session-1").status,
        403)
        << "without moderator:read:followers";
    const QString owner = mint("pixelpioneer", {"moderator:read:followers"});
    EXPECT_EQ(
        subscribe(owner, "channel.follow", "2",
                  {{"broadcaster_user_id", pixelPioneerId}, {"moderator_user_id", pixelPioneerId}})
            .status,
        202);
}

TEST_F(HelixEventSubTest, UnauthorizedTypesCostOneExceptOnTheOwnChannel) {
    const LoopbackResponse other =
        subscribe(viewerToken, "stream.online", "1", {{"broadcaster_user_id", pixelPioneerId}});
    ASSERT_EQ(other.status, 202);
    EXPECT_EQ(other.json().value("data").toArray().at(0).toObject().value("cost").toInt(), 1);
    EXPECT_EQ(other.json().value("total_cost").toInt(), 1);
    const LoopbackResponse update =
        subscribe(viewerToken, "channel.update", "2", {{"broadcaster_user_id", pixelPioneerId}});
    EXPECT_EQ(update.json().value("total_cost").toInt(), 2);

    const QString own = mint("pixelpioneer", {});
    const LoopbackResponse mine =
        subscribe(own, "stream.online", "1", {{"broadcaster_user_id", pixelPioneerId}});
    ASSERT_EQ(mine.status, 202);
    EXPECT_EQ(mine.json().value("data").toArray().at(0).toObject().value("cost").toInt(), 0);
    EXPECT_EQ(mine.json().value("total_cost").toInt(), 0) << "costs are per (client, user)";
}

TEST_F(HelixEventSubTest, TotalCostIsLimitedToTen) {
    int accepted = 0;
    for (const QString& type : {QString("stream.online"), QString("stream.offline")})
        for (const QString& broadcaster : broadcasterIds) {
            const LoopbackResponse response =
                subscribe(viewerToken, type, "1", {{"broadcaster_user_id", broadcaster}});
            if (accepted < 10) {
                ASSERT_EQ(response.status, 202) << accepted;
                EXPECT_EQ(response.json().value("total_cost").toInt(), accepted + 1);
                ++accepted;
            } else {
                EXPECT_EQ(response.status, 429) << type.toStdString() << broadcaster.toStdString();
                EXPECT_EQ(response.json().value("error").toString(), "Too Many Requests");
            }
        }
    EXPECT_EQ(accepted, 10);
    EXPECT_EQ(chatSubscription(pixelPioneerId).status, 202) << "cost-0 subscriptions still fit";

    // Deleting one frees its cost.
    const QString first = simulator.subscriptions().all().first().id;
    ASSERT_EQ(client
                  ->deleteResource("/helix/eventsub/subscriptions?id=" + first,
                                   LoopbackHttpClient::helixHeaders(viewerToken, demoClient))
                  .status,
              204);
    EXPECT_EQ(
        subscribe(viewerToken, "channel.update", "2", {{"broadcaster_user_id", pixelPioneerId}})
            .status,
        202);
}

TEST_F(HelixEventSubTest, AtMostThreeSessionsWithEnabledSubscriptions) {
    for (const char* session : {"s1", "s2", "s3", "s4"})
        simulator.subscriptions().openSession(session);
    EXPECT_EQ(chatSubscription(pixelPioneerId, "s1").status, 202);
    EXPECT_EQ(chatSubscription(pixelPioneerId, "s2").status, 202);
    EXPECT_EQ(chatSubscription(pixelPioneerId, "s3").status, 202);
    EXPECT_EQ(chatSubscription(pixelPioneerId, "s4").status, 429);
    EXPECT_EQ(chatSubscription("500000002", "s3").status, 202) << "more on an existing session";
    simulator.subscriptions().closeSession("s1", "websocket_disconnected");
    EXPECT_EQ(chatSubscription(pixelPioneerId, "s4").status, 202)
        << "a closed session frees a place";
}

TEST_F(HelixEventSubTest, AtMostThreeHundredEnabledSubscriptionsPerSession) {
    for (int i = 0; i < 300; ++i) {
        Subscription filler;
        filler.type = "channel.chat.message";
        filler.version = "1";
        filler.status = "enabled";
        filler.condition = {{"broadcaster_user_id", QString::number(i)}, {"user_id", demoViewerId}};
        filler.sessionId = "session-1";
        filler.clientId = demoClient;
        filler.userId = demoViewerId;
        simulator.subscriptions().add(filler);
    }
    EXPECT_EQ(chatSubscription(pixelPioneerId).status, 429);
}

TEST_F(HelixEventSubTest, ListShowsTheCallersSubscriptionsWithFilters) {
    ASSERT_EQ(chatSubscription(pixelPioneerId).status, 202);
    ASSERT_EQ(
        subscribe(viewerToken, "stream.online", "1", {{"broadcaster_user_id", "500000002"}}).status,
        202);
    const QString other = mint("second_viewer", {});
    ASSERT_EQ(subscribe(other, "stream.online", "1", {{"broadcaster_user_id", "500000004"}}).status,
              202);

    const QJsonObject all = list().json();
    EXPECT_EQ(all.value("data").toArray().size(), 2) << "only the caller's subscriptions";
    EXPECT_EQ(all.value("total").toInt(), 2);
    EXPECT_EQ(all.value("total_cost").toInt(), 1);
    EXPECT_EQ(all.value("max_total_cost").toInt(), 10);
    EXPECT_TRUE(all.contains("pagination"));

    const QJsonArray online = list("?type=stream.online").json().value("data").toArray();
    ASSERT_EQ(online.size(), 1);
    const QString onlineId = online.at(0).toObject().value("id").toString();
    EXPECT_EQ(list("?user_id=" + pixelPioneerId).json().value("data").toArray().size(), 1);
    EXPECT_EQ(list("?subscription_id=" + onlineId).json().value("data").toArray().size(), 1);
    EXPECT_EQ(list("?status=enabled").json().value("data").toArray().size(), 2);
    simulator.subscriptions().closeSession("session-1", "websocket_disconnected");
    EXPECT_EQ(list("?status=websocket_disconnected").json().value("data").toArray().size(), 2);
    EXPECT_EQ(list("?status=enabled").json().value("data").toArray().size(), 0);
    EXPECT_EQ(list("?status=enabled&type=stream.online").status, 400) << "one filter at a time";
}

TEST_F(HelixEventSubTest, ListPaginatesByOneHundred) {
    for (int i = 0; i < 150; ++i) {
        Subscription filler;
        filler.type = "stream.online";
        filler.version = "1";
        filler.status = "enabled";
        filler.condition = {{"broadcaster_user_id", QString::number(i)}};
        filler.sessionId = "session-1";
        filler.clientId = demoClient;
        filler.userId = demoViewerId;
        simulator.subscriptions().add(filler);
    }
    const QJsonObject first = list().json();
    EXPECT_EQ(first.value("data").toArray().size(), 100);
    const QString cursor = first.value("pagination").toObject().value("cursor").toString();
    ASSERT_FALSE(cursor.isEmpty());
    const QJsonObject second = list("?after=" + cursor).json();
    EXPECT_EQ(second.value("data").toArray().size(), 50);
    EXPECT_FALSE(second.value("pagination").toObject().contains("cursor"));
}

TEST_F(HelixEventSubTest, DeleteRemovesOnlyTheCallersSubscription) {
    const LoopbackResponse created = chatSubscription(pixelPioneerId);
    const QString id =
        created.json().value("data").toArray().at(0).toObject().value("id").toString();
    const HeaderList otherUser =
        LoopbackHttpClient::helixHeaders(mint("second_viewer", {}), demoClient);
    EXPECT_EQ(client->deleteResource("/helix/eventsub/subscriptions?id=" + id, otherUser).status,
              404);

    const HeaderList mine = LoopbackHttpClient::helixHeaders(viewerToken, demoClient);
    EXPECT_EQ(client->deleteResource("/helix/eventsub/subscriptions?id=" + id, mine).status, 204);
    EXPECT_FALSE(simulator.subscriptions().find(id).has_value());
    EXPECT_EQ(client->deleteResource("/helix/eventsub/subscriptions?id=" + id, mine).status, 404);
    EXPECT_EQ(client->deleteResource("/helix/eventsub/subscriptions", mine).status, 400);
}

} // namespace
