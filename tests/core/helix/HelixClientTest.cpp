#include "core/helix/HelixClient.h"

#include "helix/SimHelixFixture.h"
#include "helix/TestEventSubSocket.h"
#include "sim/HelixService.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <gtest/gtest.h>

#include <optional>

using streamside::CreatedEventSubSubscription;
using streamside::EventSubSubscriptionRequest;
using streamside::HelixChannelSearchResult;
using streamside::HelixClient;
using streamside::HelixError;
using streamside::HelixStream;
using streamside::HelixUser;
using streamside::SentChatMessage;

namespace {

// The outcome of one asynchronous call.
template <typename T>
struct Outcome {
    std::optional<T> value;
    std::optional<HelixError> error;
    bool done() const { return value || error; }

    streamside::IHelix::Success<T> onSuccess() {
        return [this](const T& result) { value = result; };
    }
    streamside::IHelix::Failure onFailure() {
        return [this](const HelixError& failure) { error = failure; };
    }
    bool wait(int timeoutMs = 5000) {
        return QTest::qWaitFor([this] { return done(); }, timeoutMs);
    }
};

struct Nothing {};

QStringList loginsOf(const QList<HelixUser>& users) {
    QStringList logins;
    for (const HelixUser& user : users)
        logins.append(user.login);
    logins.sort();
    return logins;
}

class HelixClientTest : public SimHelixFixture {
protected:
    Outcome<QList<HelixUser>> getUsers(const QStringList& ids, const QStringList& logins) {
        Outcome<QList<HelixUser>> outcome;
        client->getUsers(ids, logins, nullptr, outcome.onSuccess(), outcome.onFailure());
        EXPECT_TRUE(outcome.wait());
        return outcome;
    }

    Outcome<CreatedEventSubSubscription> create(const EventSubSubscriptionRequest& request) {
        Outcome<CreatedEventSubSubscription> outcome;
        client->createEventSubSubscription(request, nullptr, outcome.onSuccess(),
                                           outcome.onFailure());
        EXPECT_TRUE(outcome.wait());
        return outcome;
    }

    QObject context;
};

EventSubSubscriptionRequest onlineRequest(const QString& sessionId) {
    return EventSubSubscriptionRequest{QStringLiteral("stream.online"), QStringLiteral("1"),
                                       QJsonObject{{"broadcaster_user_id", "500000001"}},
                                       sessionId};
}

} // namespace

TEST_F(HelixClientTest, GetsUsersByLoginAndId) {
    logIn("demo_viewer", {});
    const auto outcome = getUsers({"500000002"}, {"pixelpioneer"});
    ASSERT_TRUE(outcome.value) << outcome.error->toString().toStdString();
    ASSERT_EQ(outcome.value->size(), 2);
    EXPECT_EQ(loginsOf(*outcome.value), QStringList({"cozycoder", "pixelpioneer"}));
    for (const HelixUser& user : *outcome.value) {
        if (user.login != QLatin1String("pixelpioneer"))
            continue;
        EXPECT_EQ(user.id, "500000001");
        EXPECT_EQ(user.displayName, "PixelPioneer");
        EXPECT_EQ(user.broadcasterType, "partner");
        EXPECT_TRUE(user.profileImageUrl.endsWith("/_sim/avatars/pixelpioneer.svg"));
        EXPECT_EQ(user.createdAt, QDateTime(QDate(2017, 3, 2), QTime(18, 11, 5), Qt::UTC));
    }
}

TEST_F(HelixClientTest, WithoutIdsGetUsersAnswersTheTokensUser) {
    logIn("demo_viewer", {});
    const auto outcome = getUsers({}, {});
    ASSERT_TRUE(outcome.value);
    ASSERT_EQ(outcome.value->size(), 1);
    EXPECT_EQ(outcome.value->first().id, "600000001");
}

TEST_F(HelixClientTest, MoreThanAHundredNamesAreSplitIntoRequestsOfAHundred) {
    logIn("demo_viewer", {});
    QStringList logins{"twitchdev", "pixelpioneer", "cozycoder"};
    for (int i = 0; i < 150; ++i)
        logins.append(QStringLiteral("nobody_%1").arg(i));
    logins.append("mod_mia"); // in the second request
    const auto outcome = getUsers({}, logins);
    ASSERT_TRUE(outcome.value) << outcome.error->toString().toStdString();
    EXPECT_EQ(loginsOf(*outcome.value),
              QStringList({"cozycoder", "mod_mia", "pixelpioneer", "twitchdev"}));
}

TEST_F(HelixClientTest, GetsTheLiveStreamsAmongUsers) {
    logIn("demo_viewer", {});
    Outcome<QList<HelixStream>> outcome;
    // pixelpioneer and cozycoder are live, nightowlgaming is not.
    client->getStreams({"500000001", "500000002", "500000003"}, &context, outcome.onSuccess(),
                       outcome.onFailure());
    ASSERT_TRUE(outcome.wait());
    ASSERT_TRUE(outcome.value) << outcome.error->toString().toStdString();
    ASSERT_EQ(outcome.value->size(), 2);
    const HelixStream& top = outcome.value->first();
    EXPECT_EQ(top.userLogin, "pixelpioneer");
    EXPECT_EQ(top.gameName, "Celeste");
    EXPECT_GT(top.viewerCount, 0);
    EXPECT_TRUE(top.startedAt.isValid());
    EXPECT_TRUE(top.thumbnailUrl.contains("{width}x{height}"));
}

TEST_F(HelixClientTest, GetStreamsOfNobodyIsEmptyWithoutAskingTwitch) {
    logIn("demo_viewer", {});
    simulator.helix().failNextRequests(500, 1); // a request would fail
    Outcome<QList<HelixStream>> outcome;
    client->getStreams({}, &context, outcome.onSuccess(), outcome.onFailure());
    ASSERT_TRUE(outcome.wait());
    ASSERT_TRUE(outcome.value);
    EXPECT_TRUE(outcome.value->isEmpty());
}

TEST_F(HelixClientTest, SearchesChannels) {
    logIn("demo_viewer", {});
    Outcome<QList<HelixChannelSearchResult>> pixel;
    client->searchChannels("pixel", 5, &context, pixel.onSuccess(), pixel.onFailure());
    ASSERT_TRUE(pixel.wait());
    ASSERT_TRUE(pixel.value);
    ASSERT_EQ(pixel.value->size(), 1);
    EXPECT_EQ(pixel.value->first().id, "500000001");
    EXPECT_EQ(pixel.value->first().login, "pixelpioneer");
    EXPECT_TRUE(pixel.value->first().isLive);
    EXPECT_TRUE(pixel.value->first().startedAt.isValid());
}

TEST_F(HelixClientTest, SendsAChatMessage) {
    logIn("demo_viewer", {"user:write:chat"});
    Outcome<SentChatMessage> outcome;
    client->sendChatMessage("500000001", "600000001", "Hello & good luck + have fun", &context,
                            outcome.onSuccess(), outcome.onFailure());
    ASSERT_TRUE(outcome.wait());
    ASSERT_TRUE(outcome.value) << outcome.error->toString().toStdString();
    EXPECT_TRUE(outcome.value->isSent);
    EXPECT_FALSE(outcome.value->messageId.isEmpty());
    const QList<streamside::sim::ChatMessage> chat = simulator.chat().messages("500000001");
    ASSERT_FALSE(chat.isEmpty());
    EXPECT_EQ(chat.last().text, "Hello & good luck + have fun");
    EXPECT_EQ(chat.last().userId, "600000001");
}

TEST_F(HelixClientTest, AMissingScopeIsUnauthorizedWithTwitchsMessage) {
    logIn("demo_viewer", {});
    Outcome<SentChatMessage> outcome;
    client->sendChatMessage("500000001", "600000001", "hi", &context, outcome.onSuccess(),
                            outcome.onFailure());
    ASSERT_TRUE(outcome.wait());
    ASSERT_TRUE(outcome.error);
    EXPECT_EQ(outcome.error->kind, HelixError::Kind::Unauthorized);
    EXPECT_EQ(outcome.error->message, "Missing scope: user:write:chat");
}

TEST_F(HelixClientTest, CreatesAndDeletesAnEventSubSubscription) {
    TestEventSubSocket socket;
    ASSERT_TRUE(socket.open(simulator.context().eventSubUrl));
    logIn("demo_viewer", {"user:read:chat"});

    const auto created = create(onlineRequest(socket.sessionId()));
    ASSERT_TRUE(created.value) << created.error->toString().toStdString();
    EXPECT_FALSE(created.value->id.isEmpty());
    EXPECT_EQ(created.value->status, "enabled");
    EXPECT_EQ(created.value->type, "stream.online");
    EXPECT_EQ(created.value->cost, 1);
    EXPECT_EQ(created.value->totalCost, 1);
    EXPECT_EQ(created.value->maxTotalCost, 10);
    const auto held = simulator.subscriptions().find(created.value->id);
    ASSERT_TRUE(held);
    EXPECT_EQ(held->sessionId, socket.sessionId());
    EXPECT_EQ(held->condition, QJsonObject({{"broadcaster_user_id", "500000001"}}));

    Outcome<Nothing> deleted;
    client->deleteEventSubSubscription(
        created.value->id, &context, [&deleted] { deleted.value = Nothing{}; },
        deleted.onFailure());
    ASSERT_TRUE(deleted.wait());
    EXPECT_TRUE(deleted.value);
    EXPECT_FALSE(simulator.subscriptions().find(created.value->id));
}

TEST_F(HelixClientTest, TheSameSubscriptionTwiceIsAConflict) {
    TestEventSubSocket socket;
    ASSERT_TRUE(socket.open(simulator.context().eventSubUrl));
    logIn("demo_viewer", {});
    ASSERT_TRUE(create(onlineRequest(socket.sessionId())).value);
    const auto again = create(onlineRequest(socket.sessionId()));
    ASSERT_TRUE(again.error);
    EXPECT_EQ(again.error->kind, HelixError::Kind::Conflict);
    EXPECT_EQ(again.error->httpStatus, 409);
}

TEST_F(HelixClientTest, ASubscriptionTheTokenMayNotCreateIsForbidden) {
    TestEventSubSocket socket;
    ASSERT_TRUE(socket.open(simulator.context().eventSubUrl));
    logIn("demo_viewer", {"moderator:read:followers"}); // but not a moderator of pixelpioneer
    const auto outcome = create(EventSubSubscriptionRequest{
        "channel.follow", "2",
        QJsonObject{{"broadcaster_user_id", "500000001"}, {"moderator_user_id", "600000001"}},
        socket.sessionId()});
    ASSERT_TRUE(outcome.error);
    EXPECT_EQ(outcome.error->kind, HelixError::Kind::Forbidden);
    EXPECT_EQ(outcome.error->message, "subscription missing proper authorization");
}

TEST_F(HelixClientTest, AnUnknownSubscriptionDeletedIsNotFound) {
    logIn("demo_viewer", {});
    Outcome<Nothing> outcome;
    client->deleteEventSubSubscription(
        "no-such-id", &context, [&outcome] { outcome.value = Nothing{}; }, outcome.onFailure());
    ASSERT_TRUE(outcome.wait());
    ASSERT_TRUE(outcome.error);
    EXPECT_EQ(outcome.error->kind, HelixError::Kind::NotFound);
}

TEST_F(HelixClientTest, ARevokedTokenIsUnauthorizedAndSaysSo) {
    const QString token = logIn("demo_viewer", {});
    ASSERT_TRUE(simulator.oauth().revokeToken(token));
    QSignalSpy unauthorizedSpy(client.get(), &HelixClient::unauthorized);

    const auto outcome = getUsers({}, {"pixelpioneer"});
    ASSERT_TRUE(outcome.error);
    EXPECT_EQ(outcome.error->kind, HelixError::Kind::Unauthorized);
    EXPECT_EQ(outcome.error->httpStatus, 401);
    EXPECT_EQ(outcome.error->message, "Invalid OAuth token");
    EXPECT_FALSE(outcome.error->toString().contains(token));
    ASSERT_EQ(unauthorizedSpy.count(), 1);
}

TEST_F(HelixClientTest, AnExpiredTokenIsUnauthorized) {
    const QString token = logIn("demo_viewer", {});
    ASSERT_TRUE(simulator.oauth().expireToken(token));
    QSignalSpy unauthorizedSpy(client.get(), &HelixClient::unauthorized);
    const auto outcome = getUsers({}, {});
    ASSERT_TRUE(outcome.error);
    EXPECT_EQ(outcome.error->kind, HelixError::Kind::Unauthorized);
    EXPECT_EQ(unauthorizedSpy.count(), 1);
}

TEST_F(HelixClientTest, AnEmptyTokenBucketIsRateLimitedUntilItsReset) {
    logIn("demo_viewer", {});
    simulator.helix().setPointsPerMinute(1);
    ASSERT_TRUE(getUsers({}, {}).value);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const auto limited = getUsers({}, {});
    ASSERT_TRUE(limited.error);
    EXPECT_EQ(limited.error->kind, HelixError::Kind::RateLimited);
    EXPECT_EQ(limited.error->httpStatus, 429);
    EXPECT_TRUE(limited.error->isTokenBucketEmpty());
    EXPECT_EQ(limited.error->rateLimitRemaining, 0);
    ASSERT_TRUE(limited.error->retryAt.isValid());
    // One point a minute: full again about a minute from now (whole seconds).
    EXPECT_GT(limited.error->retryAt, before.addSecs(30));
    EXPECT_LE(limited.error->retryAt, before.addSecs(61));
}

TEST_F(HelixClientTest, ServerErrorsAreServerErrors) {
    logIn("demo_viewer", {});
    simulator.helix().failNextRequests(503, 1);
    const auto failed = getUsers({}, {});
    ASSERT_TRUE(failed.error);
    EXPECT_EQ(failed.error->kind, HelixError::Kind::Server);
    EXPECT_EQ(failed.error->httpStatus, 503);
    EXPECT_EQ(failed.error->message, "Service Unavailable");
    EXPECT_TRUE(getUsers({}, {}).value) << "only the next request failed";
}

TEST_F(HelixClientTest, NoAnswerWithinTheTransferTimeoutIsANetworkError) {
    QTcpServer silent; // accepts and never answers
    ASSERT_TRUE(silent.listen(QHostAddress::LocalHost));
    streamside::EndpointConfig config = endpoints;
    config.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/helix").arg(silent.serverPort()));
    HelixClient slow(config);
    slow.setCredentials(clientId(), mintToken("demo_viewer", {}));
    slow.setTransferTimeout(300);
    Outcome<QList<HelixUser>> outcome;
    slow.getUsers({}, {}, &context, outcome.onSuccess(), outcome.onFailure());
    ASSERT_TRUE(outcome.wait());
    ASSERT_TRUE(outcome.error);
    EXPECT_EQ(outcome.error->kind, HelixError::Kind::Network);
    EXPECT_EQ(outcome.error->httpStatus, 0);
    EXPECT_TRUE(outcome.error->message.contains("No answer within 1 second"))
        << outcome.error->message.toStdString();
}

TEST_F(HelixClientTest, ARefusedConnectionIsANetworkError) {
    QTcpServer closed;
    ASSERT_TRUE(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    streamside::EndpointConfig config = endpoints;
    config.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/helix").arg(port));
    HelixClient refused(config);
    refused.setCredentials(clientId(), mintToken("demo_viewer", {}));
    Outcome<QList<HelixUser>> outcome;
    refused.getUsers({}, {}, &context, outcome.onSuccess(), outcome.onFailure());
    ASSERT_TRUE(outcome.wait());
    ASSERT_TRUE(outcome.error);
    EXPECT_EQ(outcome.error->kind, HelixError::Kind::Network);
}

TEST_F(HelixClientTest, NoCallbackRunsOnceTheContextIsGone) {
    const QString token = logIn("demo_viewer", {});
    ASSERT_TRUE(simulator.oauth().revokeToken(token));
    QSignalSpy unauthorizedSpy(client.get(), &HelixClient::unauthorized);
    bool called = false;
    {
        QObject shortLived;
        client->getUsers(
            {}, {}, &shortLived, [&called](const QList<HelixUser>&) { called = true; },
            [&called](const HelixError&) { called = true; });
    }
    // The answer still arrives (and tells the session layer about the 401).
    ASSERT_TRUE(unauthorizedSpy.wait(waitMs));
    EXPECT_FALSE(called);
}

TEST_F(HelixClientTest, TheTokenIsSentAsBearerAndNeverLogged) {
    const QString token = logIn("demo_viewer", {});
    ASSERT_TRUE(getUsers({}, {}).value) << "the simulator accepted the headers";
    simulator.helix().failNextRequests(500, 1);
    ASSERT_TRUE(getUsers({}, {}).error);
    EXPECT_FALSE(log.linesContaining("streamside.helix").isEmpty())
        << "debug logging was on and the client wrote lines";
    EXPECT_EQ(log.linesContaining(token), QStringList());
}
