// The simulated Helix API over real sockets: each endpoint's happy path, the
// authentication every call needs, rate limiting and the forced-failure controls.
#include "LoopbackHttpClient.h"
#include "sim/HelixService.h"
#include "sim/OAuthService.h"
#include "sim/Simulator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <memory>

using streamside::sim::ChatMessage;
using streamside::sim::Simulator;
using streamside::sim::World;

namespace {

const QString demoClient = QLatin1String(World::demoClientId);
const QString confidentialClient = QLatin1String(World::confidentialClientId);
const QString demoViewerId = QStringLiteral("600000001");

QStringList field(const QJsonArray& items, const char* name) {
    QStringList result;
    for (const QJsonValue& item : items)
        result.append(item.toObject().value(QLatin1String(name)).toString());
    return result;
}

class HelixTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(simulator.start()) << simulator.errorString().toStdString();
        client = std::make_unique<LoopbackHttpClient>(simulator.baseUrl());
        viewerToken =
            mint("demo_viewer", {"user:read:chat", "user:write:chat", "user:read:follows"});
    }

    QString mint(const QString& login, const QStringList& scopes, const QString& clientId = {}) {
        const auto token = simulator.oauth().mintUserToken(login, scopes, clientId);
        EXPECT_TRUE(token.has_value()) << login.toStdString();
        return token ? token->accessToken : QString();
    }

    LoopbackResponse get(const QString& pathAndQuery, const QString& token) {
        return client->get(pathAndQuery, LoopbackHttpClient::helixHeaders(token, demoClient));
    }

    LoopbackResponse sendChat(const QString& token, const QJsonObject& body) {
        return client->postJson("/helix/chat/messages", body,
                                LoopbackHttpClient::helixHeaders(token, demoClient));
    }

    QString avatarUrl(const QString& login) const {
        return simulator.baseUrl().toString() + "/_sim/avatars/" + login + ".svg";
    }

    Simulator simulator;
    std::unique_ptr<LoopbackHttpClient> client;
    QString viewerToken;
};

TEST_F(HelixTest, UsersByIdAndLoginWithTwitchFields) {
    const LoopbackResponse response =
        get("/helix/users?login=PixelPioneer&id=500000002&id=999", viewerToken);
    ASSERT_EQ(response.status, 200) << response.body.toStdString();
    const QJsonArray data = response.json().value("data").toArray();
    EXPECT_EQ(field(data, "id"), QStringList({"500000002", "500000001"}));
    const QJsonObject cozy = data.at(0).toObject();
    EXPECT_EQ(cozy.value("login").toString(), "cozycoder");
    EXPECT_EQ(cozy.value("display_name").toString(), "CozyCoder");
    EXPECT_EQ(cozy.value("broadcaster_type").toString(), "affiliate");
    EXPECT_EQ(cozy.value("type").toString(), "");
    EXPECT_EQ(cozy.value("profile_image_url").toString(), avatarUrl("cozycoder"));
    EXPECT_EQ(cozy.value("created_at").toString(), "2019-07-21T09:45:00Z");
    EXPECT_TRUE(cozy.contains("description"));
    EXPECT_TRUE(cozy.contains("offline_image_url"));
}

TEST_F(HelixTest, UsersWithoutParametersIsTheTokensUser) {
    const QJsonArray data = get("/helix/users", viewerToken).json().value("data").toArray();
    ASSERT_EQ(data.size(), 1);
    EXPECT_EQ(data.at(0).toObject().value("login").toString(), "demo_viewer");
}

TEST_F(HelixTest, UsersAcceptsAtMostOneHundredIdsAndLogins) {
    QString path = "/helix/users?login=twitchdev";
    for (int i = 0; i < 100; ++i)
        path += "&id=" + QString::number(100 + i);
    const LoopbackResponse response = get(path, viewerToken);
    EXPECT_EQ(response.status, 400);
    EXPECT_EQ(response.json().value("error").toString(), "Bad Request");
    EXPECT_EQ(response.json().value("status").toInt(), 400);
    EXPECT_FALSE(response.json().value("message").toString().isEmpty());
}

TEST_F(HelixTest, StreamsListsOnlyLiveChannelsWithTwitchsStreamFields) {
    const LoopbackResponse response =
        get("/helix/streams?user_login=nightowlgaming&user_login=cozycoder&user_id=500000004",
            viewerToken);
    ASSERT_EQ(response.status, 200) << response.body.toStdString();
    const QJsonArray data = response.json().value("data").toArray();
    EXPECT_EQ(field(data, "user_login"), QStringList({"sakura_streams", "cozycoder"}))
        << "offline nightowlgaming left out, most viewers first";
    const QJsonObject cozy = data.at(1).toObject();
    const auto* channel = simulator.world().channelById("500000002");
    EXPECT_EQ(cozy.value("id").toString(), channel->streamId);
    EXPECT_EQ(cozy.value("user_id").toString(), "500000002");
    EXPECT_EQ(cozy.value("user_name").toString(), "CozyCoder");
    EXPECT_EQ(cozy.value("game_id").toString(), "1469308723");
    EXPECT_EQ(cozy.value("game_name").toString(), "Software and Game Development");
    EXPECT_EQ(cozy.value("type").toString(), "live");
    EXPECT_EQ(cozy.value("title").toString(), channel->title);
    EXPECT_EQ(cozy.value("tags").toArray(), QJsonArray({"English", "Rust"}));
    EXPECT_EQ(cozy.value("viewer_count").toInt(), channel->viewerCount);
    EXPECT_EQ(cozy.value("started_at").toString(),
              channel->startedAt.toUTC().toString(Qt::ISODate));
    EXPECT_EQ(cozy.value("language").toString(), "en");
    EXPECT_TRUE(cozy.value("thumbnail_url").toString().contains("{width}x{height}"));
    EXPECT_FALSE(cozy.value("is_mature").toBool(true));

    simulator.world().setLive("500000003", true);
    EXPECT_EQ(get("/helix/streams?user_login=nightowlgaming", viewerToken)
                  .json()
                  .value("data")
                  .toArray()
                  .size(),
              1)
        << "a channel that goes live is listed";
}

TEST_F(HelixTest, StreamsPaginateWithACursor) {
    const QJsonObject first = get("/helix/streams?first=3", viewerToken).json();
    const QJsonArray page = first.value("data").toArray();
    ASSERT_EQ(page.size(), 3);
    const QString cursor = first.value("pagination").toObject().value("cursor").toString();
    ASSERT_FALSE(cursor.isEmpty());
    const QJsonObject second = get("/helix/streams?first=3&after=" + cursor, viewerToken).json();
    const QJsonArray rest = second.value("data").toArray();
    EXPECT_EQ(rest.size(), 1) << "4 of the 6 standard channels are live";
    EXPECT_FALSE(second.value("pagination").toObject().contains("cursor"));
    EXPECT_GE(page.at(0).toObject().value("viewer_count").toInt(),
              page.at(1).toObject().value("viewer_count").toInt());
    EXPECT_EQ(get("/helix/streams?first=101", viewerToken).status, 400);
}

TEST_F(HelixTest, SearchChannelsMatchesNamesAndReportsLiveState) {
    const LoopbackResponse response = get("/helix/search/channels?query=o", viewerToken);
    ASSERT_EQ(response.status, 200) << response.body.toStdString();
    const QJsonArray data = response.json().value("data").toArray();
    const QStringList logins = field(data, "broadcaster_login");
    EXPECT_TRUE(logins.contains("nightowlgaming"));
    EXPECT_TRUE(logins.contains("cozycoder"));
    EXPECT_FALSE(logins.contains("demo_viewer")) << "viewers have no channel";
    for (const QJsonValue& value : data) {
        const QJsonObject channel = value.toObject();
        const QString login = channel.value("broadcaster_login").toString();
        EXPECT_EQ(channel.value("thumbnail_url").toString(), avatarUrl(login));
        EXPECT_EQ(channel.value("is_live").toBool(),
                  simulator.world().channelById(channel.value("id").toString())->live);
        for (const char* key : {"broadcaster_language", "display_name", "game_id", "game_name",
                                "tags", "title", "started_at"})
            EXPECT_TRUE(channel.contains(QLatin1String(key))) << key;
    }

    const QJsonArray live = get("/helix/search/channels?query=o&live_only=true", viewerToken)
                                .json()
                                .value("data")
                                .toArray();
    EXPECT_FALSE(field(live, "broadcaster_login").contains("nightowlgaming"));
    EXPECT_EQ(get("/helix/search/channels?query=o&first=1", viewerToken)
                  .json()
                  .value("data")
                  .toArray()
                  .size(),
              1);
    EXPECT_EQ(get("/helix/search/channels", viewerToken).status, 400);
}

TEST_F(HelixTest, ChannelsByBroadcasterId) {
    const LoopbackResponse response =
        get("/helix/channels?broadcaster_id=500000003&broadcaster_id=500000001", viewerToken);
    ASSERT_EQ(response.status, 200);
    const QJsonArray data = response.json().value("data").toArray();
    EXPECT_EQ(field(data, "broadcaster_login"), QStringList({"nightowlgaming", "pixelpioneer"}));
    const QJsonObject owl = data.at(0).toObject();
    EXPECT_EQ(owl.value("title").toString(), simulator.world().channelById("500000003")->title);
    EXPECT_EQ(owl.value("game_name").toString(), "Elden Ring");
    EXPECT_EQ(owl.value("broadcaster_language").toString(), "en");
    EXPECT_EQ(get("/helix/channels", viewerToken).status, 400);
}

TEST_F(HelixTest, FollowedChannelsOfTheTokensUser) {
    const LoopbackResponse response =
        get("/helix/channels/followed?user_id=" + demoViewerId + "&first=3", viewerToken);
    ASSERT_EQ(response.status, 200) << response.body.toStdString();
    const QJsonObject body = response.json();
    EXPECT_EQ(body.value("total").toInt(), simulator.world().follows.value(demoViewerId).size());
    const QJsonArray data = body.value("data").toArray();
    EXPECT_EQ(field(data, "broadcaster_id"),
              simulator.world().follows.value(demoViewerId).mid(0, 3));
    EXPECT_FALSE(data.at(0).toObject().value("followed_at").toString().isEmpty());
    EXPECT_FALSE(body.value("pagination").toObject().value("cursor").toString().isEmpty());

    const LoopbackResponse other = get("/helix/channels/followed?user_id=600000002", viewerToken);
    EXPECT_EQ(other.status, 401) << "user_id must be the token's user";
    const QString noScope = mint("demo_viewer", {"user:read:chat"});
    const LoopbackResponse missingScope =
        get("/helix/channels/followed?user_id=" + demoViewerId, noScope);
    EXPECT_EQ(missingScope.status, 401);
    EXPECT_EQ(missingScope.json().value("message").toString(), "Missing scope: user:read:follows");
}

TEST_F(HelixTest, FollowedStreamsAreTheLiveFollowedChannels) {
    const LoopbackResponse response =
        get("/helix/streams/followed?user_id=" + demoViewerId, viewerToken);
    ASSERT_EQ(response.status, 200) << response.body.toStdString();
    EXPECT_EQ(field(response.json().value("data").toArray(), "user_login"),
              QStringList({"pixelpioneer", "sakura_streams", "cozycoder"}));
    EXPECT_EQ(get("/helix/streams/followed?user_id=600000002", viewerToken).status, 401);
    EXPECT_EQ(
        get("/helix/streams/followed?user_id=" + demoViewerId, mint("demo_viewer", {})).status,
        401);
}

TEST_F(HelixTest, SendChatMessageAppendsToTheChatLog) {
    QSignalSpy added(&simulator.context().chat, &streamside::sim::ChatLog::messageAdded);
    const LoopbackResponse response = sendChat(viewerToken, {{"broadcaster_id", "500000001"},
                                                             {"sender_id", demoViewerId},
                                                             {"message", "hello chat ♥"}});
    ASSERT_EQ(response.status, 200) << response.body.toStdString();
    const QJsonObject sent = response.json().value("data").toArray().at(0).toObject();
    EXPECT_TRUE(sent.value("is_sent").toBool());
    EXPECT_TRUE(sent.contains("drop_reason"));
    EXPECT_TRUE(sent.value("drop_reason").isNull());
    ASSERT_EQ(added.count(), 1);
    const QList<ChatMessage> log = simulator.context().chat.messages("500000001");
    ASSERT_EQ(log.size(), 1);
    EXPECT_EQ(log.at(0).id, sent.value("message_id").toString());
    EXPECT_EQ(log.at(0).text, "hello chat ♥");
    EXPECT_EQ(log.at(0).userId, demoViewerId);
    EXPECT_EQ(log.at(0).userLogin, "demo_viewer");
    EXPECT_EQ(log.at(0).userName, "DemoViewer");
}

TEST_F(HelixTest, SendChatMessageEnforcesLengthSenderScopeAndChannel) {
    // 500 characters is the limit; an emoji outside the BMP is one character.
    const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80");
    QString longest;
    for (int i = 0; i < 500; ++i)
        longest += emoji;
    EXPECT_EQ(sendChat(viewerToken, {{"broadcaster_id", "500000001"},
                                     {"sender_id", demoViewerId},
                                     {"message", longest}})
                  .status,
              200);
    const LoopbackResponse tooLong = sendChat(
        viewerToken,
        {{"broadcaster_id", "500000001"}, {"sender_id", demoViewerId}, {"message", longest + "!"}});
    EXPECT_EQ(tooLong.status, 422);
    EXPECT_EQ(sendChat(viewerToken, {{"broadcaster_id", "500000001"},
                                     {"sender_id", "600000002"},
                                     {"message", "spoofed"}})
                  .status,
              401);
    EXPECT_EQ(
        sendChat(mint("demo_viewer", {"user:read:chat"}),
                 {{"broadcaster_id", "500000001"}, {"sender_id", demoViewerId}, {"message", "hi"}})
            .status,
        401);
    EXPECT_EQ(sendChat(viewerToken,
                       {{"broadcaster_id", "123"}, {"sender_id", demoViewerId}, {"message", "hi"}})
                  .status,
              400);
    EXPECT_EQ(sendChat(viewerToken, {{"broadcaster_id", "500000001"}, {"sender_id", demoViewerId}})
                  .status,
              400);
    EXPECT_EQ(simulator.context().chat.messages("500000001").size(), 1) << "only the valid message";
}

// Every Helix endpoint refuses callers without a usable token and matching Client-Id.
TEST_F(HelixTest, EveryEndpointNeedsAUsableTokenAndItsClientId) {
    const QString expired = mint("demo_viewer", {"user:read:follows"});
    simulator.oauth().expireToken(expired);
    const QString revoked = mint("demo_viewer", {"user:read:follows"});
    simulator.oauth().revokeToken(revoked);
    const QString otherClientToken = mint("demo_viewer", {"user:read:follows"}, confidentialClient);

    struct Case {
        const char* what;
        HeaderList headers;
    };
    const QList<Case> cases{
        {"no Authorization", {{"Client-Id", demoClient.toLatin1()}}},
        {"not a Bearer token",
         {{"Authorization", "OAuth " + viewerToken.toLatin1()},
          {"Client-Id", demoClient.toLatin1()}}},
        {"unknown token",
         LoopbackHttpClient::helixHeaders("abcdefghijabcdefghijabcdefghij", demoClient)},
        {"expired token", LoopbackHttpClient::helixHeaders(expired, demoClient)},
        {"revoked token", LoopbackHttpClient::helixHeaders(revoked, demoClient)},
        {"no Client-Id", {{"Authorization", "Bearer " + viewerToken.toLatin1()}}},
        {"another client's Client-Id",
         LoopbackHttpClient::helixHeaders(viewerToken, confidentialClient)},
        {"token of another client", LoopbackHttpClient::helixHeaders(otherClientToken, demoClient)},
    };
    const QStringList gets{"/helix/users",
                           "/helix/streams",
                           "/helix/search/channels?query=a",
                           "/helix/channels?broadcaster_id=500000001",
                           "/helix/channels/followed?user_id=600000001",
                           "/helix/streams/followed?user_id=600000001",
                           "/helix/eventsub/subscriptions"};
    for (const Case& c : cases) {
        for (const QString& path : gets) {
            const LoopbackResponse response = client->get(path, c.headers);
            EXPECT_EQ(response.status, 401) << c.what << " " << path.toStdString();
            EXPECT_EQ(response.json().value("error").toString(), "Unauthorized") << c.what;
        }
        EXPECT_EQ(client
                      ->postJson("/helix/chat/messages",
                                 {{"broadcaster_id", "500000001"},
                                  {"sender_id", demoViewerId},
                                  {"message", "hi"}},
                                 c.headers)
                      .status,
                  401)
            << c.what;
        EXPECT_EQ(client->postJson("/helix/eventsub/subscriptions", {}, c.headers).status, 401)
            << c.what;
        EXPECT_EQ(client->deleteResource("/helix/eventsub/subscriptions?id=x", c.headers).status,
                  401)
            << c.what;
    }
    EXPECT_TRUE(simulator.context().chat.messages("500000001").isEmpty());
}

TEST_F(HelixTest, EveryResponseCarriesRateLimitHeaders) {
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const LoopbackResponse first = get("/helix/users", viewerToken);
    const LoopbackResponse second = get("/helix/users", viewerToken);
    EXPECT_EQ(first.header("Ratelimit-Limit"), "800");
    EXPECT_EQ(first.header("Ratelimit-Remaining"), "799");
    EXPECT_EQ(second.header("Ratelimit-Remaining"), "798");
    const qint64 reset = second.header("Ratelimit-Reset").toLongLong();
    EXPECT_GE(reset, now);
    EXPECT_LE(reset, now + 61);
    const LoopbackResponse unauthorized = client->get("/helix/users", {{"Client-Id", "x"}});
    EXPECT_EQ(unauthorized.status, 401);
    EXPECT_TRUE(unauthorized.hasHeader("Ratelimit-Remaining"));
    // Buckets are per (client, user): another user has a full one.
    EXPECT_EQ(get("/helix/users", mint("second_viewer", {})).header("Ratelimit-Remaining"), "799");
}

TEST_F(HelixTest, AnEmptyBucketAnswers429) {
    simulator.helix().setPointsPerMinute(3);
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(get("/helix/users", viewerToken).status, 200) << i;
    const LoopbackResponse limited = get("/helix/users", viewerToken);
    EXPECT_EQ(limited.status, 429);
    EXPECT_EQ(limited.header("Ratelimit-Limit"), "3");
    EXPECT_EQ(limited.header("Ratelimit-Remaining"), "0");
    EXPECT_EQ(limited.json().value("error").toString(), "Too Many Requests");

    ASSERT_EQ(client->postJson("/_sim/helix/rate-limit", {{"points_per_minute", 5}}).status, 204);
    EXPECT_EQ(simulator.settings().helixPointsPerMinute, 5);
    const LoopbackResponse refilled = get("/helix/users", viewerToken);
    EXPECT_EQ(refilled.status, 200);
    EXPECT_EQ(refilled.header("Ratelimit-Remaining"), "4");
}

TEST_F(HelixTest, ControlRouteForcesFailuresForTheNextRequests) {
    ASSERT_EQ(client->postJson("/_sim/helix/failures", {{"status", 503}, {"count", 2}}).status,
              204);
    for (int i = 0; i < 2; ++i) {
        const LoopbackResponse failed = get("/helix/users", viewerToken);
        EXPECT_EQ(failed.status, 503) << i;
        EXPECT_EQ(failed.json().value("status").toInt(), 503);
        EXPECT_TRUE(failed.hasHeader("Ratelimit-Limit"));
    }
    EXPECT_EQ(get("/helix/users", viewerToken).status, 200);

    EXPECT_EQ(client->postJson("/_sim/helix/failures", {{"status", 404}, {"count", 1}}).status,
              400);
    EXPECT_EQ(client->postJson("/_sim/helix/failures", {{"status", 500}}).status, 400);
}

TEST_F(HelixTest, ControlRouteForcesFailuresForADuration) {
    ASSERT_EQ(
        client->postJson("/_sim/helix/failures", {{"status", 429}, {"duration_ms", 60000}}).status,
        204);
    for (int i = 0; i < 3; ++i) {
        const LoopbackResponse limited = get("/helix/streams", viewerToken);
        EXPECT_EQ(limited.status, 429);
        EXPECT_EQ(limited.header("Ratelimit-Remaining"), "0");
    }
    ASSERT_EQ(client->deleteResource("/_sim/helix/failures").status, 204);
    EXPECT_EQ(get("/helix/streams", viewerToken).status, 200);

    simulator.helix().failRequestsFor(500, 60000);
    EXPECT_EQ(get("/helix/streams", viewerToken).status, 500);
    simulator.helix().clearForcedFailures();
    EXPECT_EQ(get("/helix/streams", viewerToken).status, 200);
}

} // namespace
