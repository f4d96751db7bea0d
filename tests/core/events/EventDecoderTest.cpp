#include "core/events/EventDecoder.h"

#include "core/events/EventSummary.h"
#include "core/events/Rfc3339.h"
#include "core/eventsub/EventSubMessage.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace streamside;

namespace {

QByteArray vector(const QString& name) {
    QFile file(QStringLiteral(STREAMSIDE_TWITCH_VECTORS_DIR "/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct Expected {
    const char* file;
    EventKind kind;
    const char* actor; // display name, "" for none
    std::optional<qint64> amount;
    const char* broadcasterId;
};

void PrintTo(const Expected& e, std::ostream* os) {
    *os << e.file;
}

class OfficialVector : public ::testing::TestWithParam<Expected> {};

} // namespace

// Every official example payload decodes to the right kind, actor and amount.
TEST_P(OfficialVector, DecodesKindActorAndAmount) {
    const Expected expected = GetParam();
    const QByteArray json = vector(QLatin1String(expected.file));
    ASSERT_FALSE(json.isEmpty()) << expected.file;
    const EventDecoder::Result result =
        EventDecoder::decode(QJsonDocument::fromJson(json).object());
    ASSERT_TRUE(result.event) << result.error.toStdString();
    const ChannelEvent& e = *result.event;
    EXPECT_EQ(e.kind, expected.kind) << eventKindName(e.kind).toStdString();
    EXPECT_EQ(e.actorName, QLatin1String(expected.actor));
    EXPECT_EQ(e.amount, expected.amount);
    EXPECT_EQ(e.broadcasterId, QLatin1String(expected.broadcasterId));
    EXPECT_FALSE(e.raw.isEmpty());
    EXPECT_FALSE(EventSummary::text(e).isEmpty());
}

INSTANTIATE_TEST_SUITE_P(
    Vectors, OfficialVector,
    ::testing::Values(
        Expected{"payload.channel.channel_points_automatic_reward_redemption.add.v2.json",
                 EventKind::Redemption, "TwitchDev", 100, "12826"},
        Expected{"payload.channel.chat.clear.v1.json", EventKind::ChatCleared, "", std::nullopt,
                 "1337"},
        Expected{"payload.channel.chat.message.v1.json", EventKind::ChatMessage, "viewer32",
                 std::nullopt, "1971641"},
        Expected{"payload.channel.chat.message_delete.v1.json", EventKind::MessageDeleted, "",
                 std::nullopt, "1337"},
        Expected{"payload.channel.chat.notification.v1.json", EventKind::Resubscription, "viewer23",
                 10, "1971641"},
        Expected{"payload.channel.follow.v2.json", EventKind::Follow, "Cool_User", std::nullopt,
                 "1337"},
        Expected{"payload.channel.goal.begin.v1.json", EventKind::GoalBegin, "", 100, "141981764"},
        Expected{"payload.channel.hype_train.begin.v2.json", EventKind::HypeTrainBegin, "", 1,
                 "1337"},
        Expected{"payload.channel.poll.begin.v1.json", EventKind::PollBegin, "", std::nullopt,
                 "1337"},
        Expected{"payload.channel.raid.v1.json", EventKind::Raid, "Cool_User", 9001, "1337"},
        Expected{"payload.channel.subscribe.v1.json", EventKind::Subscription, "Cool_User",
                 std::nullopt, "1337"},
        Expected{"payload.channel.update.v2.json", EventKind::ChannelUpdate, "", std::nullopt,
                 "1337"},
        Expected{"payload.stream.offline.v1.json", EventKind::StreamOffline, "", std::nullopt,
                 "1337"},
        Expected{"payload.stream.online.v1.json", EventKind::StreamOnline, "", std::nullopt,
                 "1337"}));

TEST(OfficialVectors, EveryPayloadFileHasAnExpectation) {
    const QStringList files = QDir(QStringLiteral(STREAMSIDE_TWITCH_VECTORS_DIR))
                                  .entryList({QStringLiteral("payload.*.json")}, QDir::Files);
    EXPECT_EQ(files.size(), 14) << "a new vector needs a line in OfficialVector";
}

TEST(EventDecoder, ReadsTheDetailsOfTheDocumentedQuirks) {
    const auto resub = EventDecoder::decode(
        QJsonDocument::fromJson(vector("payload.channel.chat.notification.v1.json")).object());
    ASSERT_TRUE(resub.event);
    EXPECT_EQ(resub.event->tier, "1000") << "sub_plan read where the table says sub_tier";
    EXPECT_EQ(resub.event->noticeType, "resub");
    // The example's message id is not a valid UUID; ids are opaque.
    EXPECT_EQ(resub.event->messageId, "d62235c8-47ff-a4f4--84e8-5a29a65a9c03");
    EXPECT_EQ(EventSummary::text(*resub.event), "viewer23 resubscribed for 10 months");

    const auto follow = EventDecoder::decode(
        QJsonDocument::fromJson(vector("payload.channel.follow.v2.json")).object());
    ASSERT_TRUE(follow.event);
    EXPECT_EQ(follow.event->occurredAt,
              QDateTime(QDate(2020, 7, 15), QTime(18, 16, 11, 171), Qt::UTC));

    const auto update = EventDecoder::decode(
        QJsonDocument::fromJson(vector("payload.channel.update.v2.json")).object());
    ASSERT_TRUE(update.event);
    EXPECT_EQ(EventSummary::text(*update.event), "New title: Best Stream Ever (Grand Theft Auto)");
}

TEST(EventDecoder, UnknownTypesAndNoticesBecomeOtherEventsWithTwitchsText) {
    QJsonObject payload =
        QJsonDocument::fromJson(vector("payload.channel.chat.notification.v1.json")).object();
    QJsonObject event = payload.value("event").toObject();
    event.insert("notice_type", "brand_new_notice");
    event.insert("brand_new_notice", QJsonObject{{"sparkles", 3}});
    payload.insert("event", event);
    const auto notice = EventDecoder::decode(payload, "m-1");
    ASSERT_TRUE(notice.event);
    EXPECT_EQ(notice.event->kind, EventKind::Other);
    EXPECT_EQ(EventSummary::text(*notice.event),
              "viewer23 subscribed at Tier 1. They've subscribed for 10 months!");

    QJsonObject subscription = payload.value("subscription").toObject();
    subscription.insert("type", "channel.future_thing");
    payload.insert("subscription", subscription);
    payload.insert("event", QJsonObject{{"broadcaster_user_id", "1"}, {"surprise", true}});
    const auto unknown = EventDecoder::decode(payload, "m-2");
    ASSERT_TRUE(unknown.event);
    EXPECT_EQ(unknown.event->kind, EventKind::Other);
    EXPECT_EQ(EventSummary::text(*unknown.event), "Twitch event: channel.future_thing");
}

TEST(EventDecoder, RefusesWhatIsNotANotification) {
    EXPECT_FALSE(EventDecoder::decode(QJsonObject{}).event);
    EXPECT_FALSE(
        EventDecoder::decode(QJsonObject{{"subscription", QJsonObject{{"type", "x"}}}}).event);
    EXPECT_FALSE(EventDecoder::decode(QJsonObject{{"subscription", QJsonObject{{"type", "x"}}},
                                                  {"event", "not an object"}})
                     .error.isEmpty());
}

TEST(EventDecoder, WrongFieldTypesDoNotCrash) {
    const QJsonObject payload{{"subscription", QJsonObject{{"type", "channel.chat.notification"}}},
                              {"event", QJsonObject{{"notice_type", 42},
                                                    {"resub", "not an object"},
                                                    {"chatter_user_name", QJsonArray{1, 2}},
                                                    {"broadcaster_user_id", QJsonObject{}}}}};
    const auto result = EventDecoder::decode(payload);
    ASSERT_TRUE(result.event);
    EXPECT_EQ(result.event->kind, EventKind::Other);
}

TEST(EventSubMessage, ParsesEveryOfficialFrame) {
    QString error;
    const auto welcome = EventSubMessage::parse(vector("frame.welcome.json"), &error);
    ASSERT_TRUE(welcome) << error.toStdString();
    EXPECT_EQ(welcome->type, EventSubMessage::Type::Welcome);
    EXPECT_EQ(welcome->sessionId, "AQoQILE98gtqShGmLD7AM6yJThAB");
    EXPECT_EQ(welcome->keepaliveSeconds, 10);
    EXPECT_EQ(welcome->timestamp, QDateTime(QDate(2023, 7, 19), QTime(14, 56, 51, 634), Qt::UTC));

    const auto keepalive = EventSubMessage::parse(vector("frame.keepalive.json"), &error);
    ASSERT_TRUE(keepalive);
    EXPECT_EQ(keepalive->type, EventSubMessage::Type::Keepalive);

    const auto reconnect = EventSubMessage::parse(vector("frame.reconnect.json"), &error);
    ASSERT_TRUE(reconnect);
    EXPECT_EQ(reconnect->type, EventSubMessage::Type::Reconnect);
    EXPECT_TRUE(reconnect->reconnectUrl.toString().startsWith("wss://eventsub.wss.twitch.tv"));

    const auto revocation = EventSubMessage::parse(vector("frame.revocation.json"), &error);
    ASSERT_TRUE(revocation);
    EXPECT_EQ(revocation->type, EventSubMessage::Type::Revocation);
    EXPECT_FALSE(revocation->subscriptionId.isEmpty());
    EXPECT_FALSE(revocation->revocationStatus.isEmpty());

    const auto follow = EventSubMessage::parse(vector("frame.notification_follow.json"), &error);
    ASSERT_TRUE(follow);
    EXPECT_EQ(follow->type, EventSubMessage::Type::Notification);
    EXPECT_EQ(follow->subscriptionType, "channel.follow");
    const auto decoded =
        EventDecoder::decodeText(follow->payloadText, follow->messageId, follow->timestamp);
    ASSERT_TRUE(decoded.event);
    EXPECT_EQ(decoded.event->messageId, "befa7b53-d79d-478f-86b9-120f112b044e");
    EXPECT_EQ(decoded.event->actorName, "Awesome_User");
}

// An event from a frame keeps its payload as Twitch sent it (whitespace, key
// order and all), not serialized again; it reads back as the same payload.
TEST(EventSubMessage, NotificationsKeepThePayloadAsReceived) {
    const QByteArray frame = vector("frame.notification_follow.json");
    QString error;
    const auto message = EventSubMessage::parse(frame, &error);
    ASSERT_TRUE(message) << error.toStdString();
    const qsizetype start = frame.indexOf('{', frame.indexOf("\"payload\""));
    const QByteArray asSent = frame.mid(start, frame.lastIndexOf('}') - start);
    ASSERT_TRUE(asSent.trimmed().endsWith('}'));
    EXPECT_EQ(message->payloadText, asSent.trimmed());

    const auto decoded =
        EventDecoder::decodeText(message->payloadText, message->messageId, message->timestamp);
    ASSERT_TRUE(decoded.event);
    EXPECT_EQ(decoded.event->raw, message->payloadText);
    EXPECT_EQ(QJsonDocument::fromJson(decoded.event->raw).object(), message->payload());
}

// Where the frame's text cannot be told apart, the payload Qt parsed (the
// last of two) is serialized instead, as for a bare payload.
TEST(EventSubMessage, AmbiguousPayloadTextFallsBackToThePayloadQtParsed) {
    const QByteArray frame =
        R"({"metadata":{"message_id":"m","message_type":"notification"},)"
        R"("payload":{"subscription":{"type":"channel.follow"},"event":{"user_name":"First"}},)"
        R"("payload":{"subscription":{"type":"channel.follow"},"event":{"user_name":"Last"}}})";
    QString error;
    const auto message = EventSubMessage::parse(frame, &error);
    ASSERT_TRUE(message) << error.toStdString();
    EXPECT_EQ(message->payloadText,
              R"({"event":{"user_name":"Last"},"subscription":{"type":"channel.follow"}})");
    const auto decoded =
        EventDecoder::decodeText(message->payloadText, message->messageId, message->timestamp);
    ASSERT_TRUE(decoded.event);
    EXPECT_EQ(decoded.event->actorName, "Last");
}

TEST(EventSubMessage, RejectsMalformedFrames) {
    QString error;
    EXPECT_FALSE(EventSubMessage::parse("", &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(EventSubMessage::parse("{not json", &error));
    EXPECT_FALSE(EventSubMessage::parse("[1,2]", &error));
    EXPECT_FALSE(EventSubMessage::parse(R"({"metadata":{}})", &error));
    EXPECT_FALSE(EventSubMessage::parse(
        R"({"metadata":{"message_id":"1","message_type":"session_welcome"},"payload":{}})",
        &error));
    const auto unknown = EventSubMessage::parse(
        R"({"metadata":{"message_id":"1","message_type":"session_party"},"payload":{}})", &error);
    ASSERT_TRUE(unknown);
    EXPECT_EQ(unknown->type, EventSubMessage::Type::Unknown);
}

TEST(Rfc3339, AcceptsTwitchsTimestamps) {
    const QDateTime expected(QDate(2023, 7, 19), QTime(14, 56, 51, 634), Qt::UTC);
    EXPECT_EQ(parseRfc3339("2023-07-19T14:56:51.634234626Z"), expected);
    EXPECT_EQ(parseRfc3339("2023-07-19T14:56:51.634Z"), expected);
    EXPECT_EQ(parseRfc3339("2023-07-19T14:56:51.6Z"), expected.addMSecs(-34));
    EXPECT_EQ(parseRfc3339("2023-07-19T14:56:51Z"), expected.addMSecs(-634));
    EXPECT_EQ(parseRfc3339("2023-07-19T16:56:51.634+02:00"), expected);
    EXPECT_FALSE(parseRfc3339("").isValid());
    EXPECT_FALSE(parseRfc3339("yesterday").isValid());
    EXPECT_FALSE(parseRfc3339("2023-13-45T99:00:00Z").isValid());
}

// Inputs the fuzzer found to break the decoder (tests/data/fuzz-regressions/
// eventsub-*); each must now decode quietly.
TEST(EventDecoder, FuzzRegressions) {
    const QDir dir(QStringLiteral(STREAMSIDE_FUZZ_REGRESSIONS_DIR));
    const QStringList files = dir.entryList({QStringLiteral("eventsub-*")}, QDir::Files);
    ASSERT_FALSE(files.isEmpty());
    for (const QString& name : files) {
        QFile file(dir.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const auto result = EventDecoder::decode(QJsonDocument::fromJson(file.readAll()).object());
        if (result.event) {
            EXPECT_FALSE(EventSummary::text(*result.event).isEmpty()) << name.toStdString();
        }
    }
}

TEST(EventDecoder, AmountsNoCountCanBeAreIgnored) {
    QJsonObject payload = QJsonDocument::fromJson(vector("payload.channel.raid.v1.json")).object();
    QJsonObject event = payload.value("event").toObject();
    for (double viewers : {1e300, -1e300, 9007199254740993.0 * 4}) {
        event.insert("viewers", viewers);
        payload.insert("event", event);
        const auto result = EventDecoder::decode(payload);
        ASSERT_TRUE(result.event);
        EXPECT_FALSE(result.event->amount.has_value()) << viewers;
    }
    event.insert("viewers", 1234.0);
    payload.insert("event", event);
    EXPECT_EQ(EventDecoder::decode(payload).event->amount, 1234);
}
