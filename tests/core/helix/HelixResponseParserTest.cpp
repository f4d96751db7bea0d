// The Helix answer readers without a network: Twitch's documented answers,
// and what a broken or hostile server could send instead.
#include "core/helix/HelixResponseParser.h"

#include "core/helix/HelixError.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace streamside;

namespace {

// Get Users, the example answer of Twitch's API reference.
constexpr char twitchDevUser[] =
    R"({"data":[{"id":"141981764","login":"twitchdev","display_name":"TwitchDev","type":"",)"
    R"("broadcaster_type":"partner","description":"Supporting third-party developers building )"
    R"(Twitch integrations from chatbots to game integrations.","profile_image_url":)"
    R"("https://static-cdn.jtvnw.net/jtv_user_pictures/8a6381c7-d0c0-4576-b179-38bd5ce1d6af-)"
    R"(profile_image-300x300.png","offline_image_url":"https://static-cdn.jtvnw.net/)"
    R"(jtv_user_pictures/3f13ab61-ec78-4fe6-8481-8682cb3b0ac2-channel_offline_image-1920x1080.png",)"
    R"("view_count":5980557,"email":"not-real@email.com","created_at":"2016-12-14T20:32:28Z"}]})";

TEST(HelixResponseParser, ReadsUsers) {
    const QList<HelixUser> users = HelixResponseParser::users(twitchDevUser);
    ASSERT_EQ(users.size(), 1);
    const HelixUser& user = users.first();
    EXPECT_EQ(user.id, "141981764");
    EXPECT_EQ(user.login, "twitchdev");
    EXPECT_EQ(user.displayName, "TwitchDev");
    EXPECT_EQ(user.broadcasterType, "partner");
    EXPECT_TRUE(user.description.startsWith("Supporting third-party developers"));
    EXPECT_TRUE(user.profileImageUrl.endsWith("-profile_image-300x300.png"));
    EXPECT_TRUE(user.offlineImageUrl.endsWith("-channel_offline_image-1920x1080.png"));
    EXPECT_EQ(user.createdAt, QDateTime(QDate(2016, 12, 14), QTime(20, 32, 28), Qt::UTC));
}

TEST(HelixResponseParser, ReadsStreamsInTheirOrder) {
    const QByteArray body =
        R"({"data":[{"id":"40952121085","user_id":"101051819","user_login":"afro",)"
        R"("user_name":"Afro","game_id":"32982","game_name":"Grand Theft Auto V","type":"live",)"
        R"("title":"Jacob: Digital Den","tags":["English","Roleplay"],"viewer_count":1490,)"
        R"("started_at":"2021-03-10T03:18:11Z","language":"en","thumbnail_url":)"
        R"("https://static-cdn.jtvnw.net/previews-ttv/live_user_afro-{width}x{height}.jpg",)"
        R"("tag_ids":[],"is_mature":true},{"id":"2","user_id":"3","user_login":"second"}],)"
        R"("pagination":{"cursor":"eyJiIjp7fX0"}})";
    const QList<HelixStream> streams = HelixResponseParser::streams(body);
    ASSERT_EQ(streams.size(), 2);
    const HelixStream& first = streams.first();
    EXPECT_EQ(first.id, "40952121085");
    EXPECT_EQ(first.userId, "101051819");
    EXPECT_EQ(first.userLogin, "afro");
    EXPECT_EQ(first.userName, "Afro");
    EXPECT_EQ(first.gameId, "32982");
    EXPECT_EQ(first.gameName, "Grand Theft Auto V");
    EXPECT_EQ(first.title, "Jacob: Digital Den");
    EXPECT_EQ(first.tags, QStringList({"English", "Roleplay"}));
    EXPECT_EQ(first.viewerCount, 1490);
    EXPECT_EQ(first.startedAt, QDateTime(QDate(2021, 3, 10), QTime(3, 18, 11), Qt::UTC));
    EXPECT_EQ(first.language, "en");
    EXPECT_TRUE(first.thumbnailUrl.contains("{width}x{height}"));
    EXPECT_TRUE(first.isMature);
    EXPECT_EQ(streams.at(1).userLogin, "second");
    EXPECT_FALSE(streams.at(1).startedAt.isValid()) << "no started_at, no time";
    EXPECT_EQ(streams.at(1).viewerCount, 0);
}

TEST(HelixResponseParser, ReadsChannelSearchResults) {
    const QByteArray body =
        R"({"data":[{"broadcaster_language":"en","broadcaster_login":"loserfruit",)"
        R"("display_name":"Loserfruit","game_id":"498000","game_name":"House Flipper",)"
        R"("id":"41245072","is_live":false,"tags":[],"thumbnail_url":"https://example/t.jpg",)"
        R"("title":"loserfruit","started_at":""},{"broadcaster_login":"live_one","id":"7",)"
        R"("is_live":true,"started_at":"2024-01-02T03:04:05.123456Z","tags":["a"]}]})";
    const QList<HelixChannelSearchResult> results = HelixResponseParser::channelSearchResults(body);
    ASSERT_EQ(results.size(), 2);
    EXPECT_EQ(results.first().id, "41245072");
    EXPECT_EQ(results.first().login, "loserfruit");
    EXPECT_EQ(results.first().displayName, "Loserfruit");
    EXPECT_EQ(results.first().gameId, "498000");
    EXPECT_EQ(results.first().gameName, "House Flipper");
    EXPECT_EQ(results.first().language, "en");
    EXPECT_EQ(results.first().thumbnailUrl, "https://example/t.jpg");
    EXPECT_FALSE(results.first().isLive);
    EXPECT_FALSE(results.first().startedAt.isValid()) << "offline: Twitch sends an empty time";
    EXPECT_TRUE(results.at(1).isLive);
    EXPECT_EQ(results.at(1).tags, QStringList({"a"}));
    EXPECT_EQ(results.at(1).startedAt, QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5, 123), Qt::UTC));
}

TEST(HelixResponseParser, ReadsACreatedSubscriptionAndItsCosts) {
    const QByteArray body =
        R"({"data":[{"id":"26b1c993-bfcf-44d9-b876-379dacafe75a","status":"enabled",)"
        R"("type":"stream.online","version":"1","condition":{"broadcaster_user_id":"1234"},)"
        R"("created_at":"2020-11-10T14:32:18.730260295Z","transport":{"method":"websocket",)"
        R"("session_id":"AQoQexAWVYKSTIu4ec_2VAxyuhAB"},"cost":1}],"total":1,"total_cost":1,)"
        R"("max_total_cost":10})";
    const CreatedEventSubSubscription created = HelixResponseParser::createdSubscription(body);
    EXPECT_EQ(created.id, "26b1c993-bfcf-44d9-b876-379dacafe75a");
    EXPECT_EQ(created.status, "enabled");
    EXPECT_EQ(created.type, "stream.online");
    EXPECT_EQ(created.version, "1");
    EXPECT_EQ(created.cost, 1);
    EXPECT_EQ(created.totalCost, 1);
    EXPECT_EQ(created.maxTotalCost, 10);
}

TEST(HelixResponseParser, ReadsASentAndADroppedChatMessage) {
    const SentChatMessage sent = HelixResponseParser::sentChatMessage(
        R"({"data":[{"message_id":"abc-123-def","is_sent":true}]})");
    EXPECT_EQ(sent.messageId, "abc-123-def");
    EXPECT_TRUE(sent.isSent);
    EXPECT_TRUE(sent.dropReasonCode.isEmpty());

    const SentChatMessage dropped = HelixResponseParser::sentChatMessage(
        R"({"data":[{"message_id":"","is_sent":false,"drop_reason":)"
        R"({"code":"msg_duplicate","message":"Your message is identical to the previous one."}}]})");
    EXPECT_FALSE(dropped.isSent);
    EXPECT_EQ(dropped.dropReasonCode, "msg_duplicate");
    EXPECT_EQ(dropped.dropReasonMessage, "Your message is identical to the previous one.");
}

// Whatever arrives instead of Helix's JSON: no records, or records with the
// mistyped fields left empty; never a crash.
TEST(HelixResponseParser, AnythingElseGivesEmptyRecords) {
    for (const QByteArray& body : QList<QByteArray>{
             "", "not json", "[]", "{}", R"({"data":{}})", R"({"data":"x"})", R"({"data":null})",
             QByteArray("{\"data\":[\0]}", 12), "{\"data\":[", "\xff\xfe\x00"}) {
        EXPECT_TRUE(HelixResponseParser::users(body).isEmpty()) << body.constData();
        EXPECT_TRUE(HelixResponseParser::streams(body).isEmpty()) << body.constData();
        EXPECT_TRUE(HelixResponseParser::channelSearchResults(body).isEmpty()) << body.constData();
        EXPECT_TRUE(HelixResponseParser::createdSubscription(body).id.isEmpty());
        EXPECT_FALSE(HelixResponseParser::sentChatMessage(body).isSent);
    }
    const QList<HelixStream> mistyped = HelixResponseParser::streams(
        R"({"data":[{"id":7,"user_login":["x"],"tags":"English","viewer_count":"12",)"
        R"("started_at":"yesterday","is_mature":"yes"},3,null]})");
    ASSERT_EQ(mistyped.size(), 3) << "one record per element, objects or not";
    EXPECT_TRUE(mistyped.first().id.isEmpty());
    EXPECT_TRUE(mistyped.first().userLogin.isEmpty());
    EXPECT_TRUE(mistyped.first().tags.isEmpty());
    EXPECT_EQ(mistyped.first().viewerCount, 0);
    EXPECT_FALSE(mistyped.first().startedAt.isValid());
    EXPECT_FALSE(mistyped.first().isMature);
    const CreatedEventSubSubscription huge = HelixResponseParser::createdSubscription(
        R"({"data":[{"id":"x","cost":1e300}],"total_cost":-1e300,"max_total_cost":1.5})");
    EXPECT_EQ(huge.id, "x");
    EXPECT_EQ(huge.cost, 0) << "a cost that is no int is none";
    EXPECT_EQ(huge.totalCost, 0);
    EXPECT_EQ(huge.maxTotalCost, 0);
}

TEST(HelixError, ReadsTwitchsErrorAnswerAndItsRateLimitHeaders) {
    const HelixError error = HelixError::fromHttpAnswer(
        429, R"({"error":"Too Many Requests","status":429,"message":"Slow down"})", " 1700000000 ",
        "0");
    EXPECT_EQ(error.kind, HelixError::Kind::RateLimited);
    EXPECT_EQ(error.httpStatus, 429);
    EXPECT_EQ(error.message, "Slow down");
    EXPECT_EQ(error.retryAt, QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
    EXPECT_EQ(error.rateLimitRemaining, 0);
    EXPECT_TRUE(error.isTokenBucketEmpty());
    EXPECT_EQ(error.toString(), "RateLimited (429): Slow down");

    const HelixError otherLimit = HelixError::fromHttpAnswer(429, "{}", "", "12");
    EXPECT_FALSE(otherLimit.retryAt.isValid());
    EXPECT_FALSE(otherLimit.isTokenBucketEmpty()) << "points left: not the token bucket";
    EXPECT_EQ(otherLimit.message, "HTTP status 429");
}

TEST(HelixError, AnyAnswerBecomesOneBoundedLine) {
    const HelixError noMessage =
        HelixError::fromHttpAnswer(401, R"({"error":"Unauthorized","status":401})", {}, {});
    EXPECT_EQ(noMessage.kind, HelixError::Kind::Unauthorized);
    EXPECT_EQ(noMessage.message, "Unauthorized");
    EXPECT_EQ(noMessage.rateLimitRemaining, -1);

    const HelixError multiLine =
        HelixError::fromHttpAnswer(503, R"({"message":"line one\n\tline two\r\n"})", "x", "y");
    EXPECT_EQ(multiLine.kind, HelixError::Kind::Server);
    EXPECT_EQ(multiLine.message, "line one line two");
    EXPECT_FALSE(multiLine.retryAt.isValid());
    EXPECT_EQ(multiLine.rateLimitRemaining, -1);

    const HelixError longOne = HelixError::fromHttpAnswer(
        400, "{\"message\":\"" + QByteArray(5000, 'a') + "\"}", "-5", "99999999999999");
    EXPECT_EQ(longOne.kind, HelixError::Kind::BadRequest);
    EXPECT_EQ(longOne.message.size(), 300);
    EXPECT_TRUE(longOne.message.endsWith(QChar(0x2026)));
    EXPECT_FALSE(longOne.retryAt.isValid()) << "a reset in the past is none";
    EXPECT_EQ(longOne.rateLimitRemaining, -1) << "no int";

    EXPECT_EQ(HelixError::fromHttpAnswer(418, "<html>", {}, {}).kind, HelixError::Kind::Other);
    EXPECT_EQ(HelixError::fromHttpAnswer(404, {}, {}, {}).kind, HelixError::Kind::NotFound);
    EXPECT_EQ(HelixError::fromHttpAnswer(409, {}, {}, {}).kind, HelixError::Kind::Conflict);
    EXPECT_EQ(HelixError::fromHttpAnswer(403, {}, {}, {}).kind, HelixError::Kind::Forbidden);
}

// A message of blanks only is no message: the error's name, or the status,
// says what happened instead.
TEST(HelixError, ABlankMessageIsNoMessage) {
    EXPECT_EQ(HelixError::fromHttpAnswer(400, R"({"error":"\n"})", {}, {}).message,
              "HTTP status 400");
    EXPECT_EQ(HelixError::fromHttpAnswer(503, R"({"error":"Service Unavailable","message":" \t"})",
                                         {}, {})
                  .message,
              "Service Unavailable");
}

// Inputs the fuzzer found (tests/data/fuzz-regressions/helix-response-*), in
// its format: the request's path, the status, Ratelimit-Reset and
// Ratelimit-Remaining on a line each, then the body.
TEST(HelixError, FuzzRegressions) {
    const QDir dir(QStringLiteral(STREAMSIDE_FUZZ_REGRESSIONS_DIR));
    const QStringList files = dir.entryList({QStringLiteral("helix-response-*")}, QDir::Files);
    ASSERT_FALSE(files.isEmpty());
    for (const QString& name : files) {
        QFile file(dir.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> parts = file.readAll().split('\n');
        ASSERT_GE(parts.size(), 5) << name.toStdString();
        const int status = parts.at(1).trimmed().toInt();
        const HelixError error =
            HelixError::fromHttpAnswer(status, parts.mid(4).join('\n'), parts.at(2), parts.at(3));
        EXPECT_FALSE(error.message.isEmpty()) << name.toStdString();
        EXPECT_EQ(error.message, error.message.simplified()) << name.toStdString();
        EXPECT_LE(error.message.size(), 300) << name.toStdString();
    }
}

} // namespace
