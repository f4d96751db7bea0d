// The frame parser and the decoder read frames with simdjson and leave what
// it refuses to Qt. Whichever parser reads a frame, the result must be the
// one Qt alone gives: the same message, the same payload, the same event.
#include "core/events/EventDecoder.h"
#include "core/events/Rfc3339.h"
#include "core/eventsub/EventSubMessage.h"
#include "sim/EventFactory.h"
#include "sim/EventSubFrames.h"
#include "sim/SimContext.h"
#include "support/OfficialVectorFrames.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <gtest/gtest.h>

#include <utility>

using namespace streamside;

namespace {

// The reference: the frame parser as it was with Qt alone.
struct ParsedByQt {
    std::optional<EventSubMessage> message; // every member but the payload's text
    QJsonObject payload;
    QString error;
};

ParsedByQt parsedByQt(const QByteArray& frame) {
    ParsedByQt parsed;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(frame, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        parsed.error = parseError.error != QJsonParseError::NoError
                           ? QStringLiteral("not JSON (%1 at offset %2)")
                                 .arg(parseError.errorString())
                                 .arg(parseError.offset)
                           : QStringLiteral("not a JSON object");
        return parsed;
    }
    const QJsonObject root = document.object();
    const QJsonObject metadata = root.value("metadata").toObject();
    EventSubMessage message;
    message.messageId = metadata.value("message_id").toString();
    message.messageType = metadata.value("message_type").toString();
    if (message.messageId.isEmpty() || message.messageType.isEmpty()) {
        parsed.error = QStringLiteral("no metadata.message_id or metadata.message_type");
        return parsed;
    }
    message.timestamp = parseRfc3339(metadata.value("message_timestamp").toString());
    message.subscriptionType = metadata.value("subscription_type").toString();
    message.subscriptionVersion = metadata.value("subscription_version").toString();
    parsed.payload = root.value("payload").toObject();
    const QJsonObject session = parsed.payload.value("session").toObject();
    const QJsonObject subscription = parsed.payload.value("subscription").toObject();
    using Type = EventSubMessage::Type;
    const QHash<QString, Type> types{{"session_welcome", Type::Welcome},
                                     {"session_keepalive", Type::Keepalive},
                                     {"notification", Type::Notification},
                                     {"session_reconnect", Type::Reconnect},
                                     {"revocation", Type::Revocation}};
    message.type = types.value(message.messageType, Type::Unknown);
    message.sessionId = session.value("id").toString();
    message.keepaliveSeconds = session.value("keepalive_timeout_seconds").toInt();
    message.reconnectUrl = QUrl(session.value("reconnect_url").toString());
    message.subscriptionId = subscription.value("id").toString();
    message.revocationStatus = subscription.value("status").toString();
    if (message.subscriptionType.isEmpty())
        message.subscriptionType = subscription.value("type").toString();
    if ((message.type == Type::Welcome || message.type == Type::Reconnect) &&
        message.sessionId.isEmpty()) {
        parsed.error = QStringLiteral("%1 without payload.session.id").arg(message.messageType);
        return parsed;
    }
    if (message.type == Type::Reconnect && !message.reconnectUrl.isValid()) {
        parsed.error = QStringLiteral("session_reconnect without a valid reconnect_url");
        return parsed;
    }
    parsed.message = message;
    return parsed;
}

// Returns how many frames were notifications that decoded to an event.
int expectAgreement(const QByteArray& frame) {
    SCOPED_TRACE(frame.toStdString());
    QString error;
    const std::optional<EventSubMessage> message = EventSubMessage::parse(frame, &error);
    const ParsedByQt reference = parsedByQt(frame);
    EXPECT_EQ(message.has_value(), reference.message.has_value());
    if (!message || !reference.message) {
        EXPECT_EQ(error, reference.error);
        return 0;
    }
    const EventSubMessage& expected = *reference.message;
    EXPECT_EQ(message->type, expected.type);
    EXPECT_EQ(message->messageId, expected.messageId);
    EXPECT_EQ(message->messageType, expected.messageType);
    EXPECT_EQ(message->timestamp, expected.timestamp);
    EXPECT_EQ(message->timestamp.isValid(), expected.timestamp.isValid());
    EXPECT_EQ(message->subscriptionType, expected.subscriptionType);
    EXPECT_EQ(message->subscriptionVersion, expected.subscriptionVersion);
    EXPECT_EQ(message->sessionId, expected.sessionId);
    EXPECT_EQ(message->keepaliveSeconds, expected.keepaliveSeconds);
    EXPECT_EQ(message->reconnectUrl, expected.reconnectUrl);
    EXPECT_EQ(message->subscriptionId, expected.subscriptionId);
    EXPECT_EQ(message->revocationStatus, expected.revocationStatus);
    EXPECT_EQ(message->payload(), reference.payload);
    if (message->type != EventSubMessage::Type::Notification)
        return 0;

    const auto fromText =
        EventDecoder::decodeText(message->payloadText, message->messageId, message->timestamp);
    auto fromQt = EventDecoder::decode(reference.payload, expected.messageId, expected.timestamp);
    EXPECT_EQ(fromText.error, fromQt.error);
    EXPECT_EQ(fromText.event.has_value(), fromQt.event.has_value());
    if (!fromText.event || !fromQt.event)
        return 0;
    EXPECT_EQ(fromText.event->raw, message->payloadText);
    fromQt.event->raw = fromText.event->raw; // the text as received, against a serialization
    EXPECT_TRUE(*fromText.event == *fromQt.event)
        << "kind " << eventKindName(fromText.event->kind).toStdString() << " / "
        << eventKindName(fromQt.event->kind).toStdString() << ", actor "
        << fromText.event->actorName.toStdString() << " / "
        << fromQt.event->actorName.toStdString();
    return 1;
}

QByteArray compact(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QList<QByteArray> simulatedFrames() {
    sim::SimContext context;
    const sim::EventFactory factory(context);
    QList<QByteArray> frames;
    for (const sim::SimChannel& channel : context.world.channels) {
        for (const QString& type : sim::EventFactory::types()) {
            QStringList variants{QString()};
            if (type == QLatin1String("channel.chat.notification"))
                variants = sim::EventFactory::chatNoticeTypes();
            if (type == QLatin1String("channel.chat.message"))
                variants = sim::EventFactory::chatMessageTypes();
            for (const QString& variant : variants) {
                for (int round = 0; round < 2; ++round) { // the factory draws random values
                    const auto event = factory.event(type, variant, channel.broadcasterId);
                    if (!event)
                        continue;
                    sim::Subscription subscription;
                    subscription.id = QStringLiteral("sub-%1").arg(frames.size());
                    subscription.type = type;
                    subscription.version = sim::EventFactory::versionOf(type);
                    subscription.status = QStringLiteral("enabled");
                    subscription.condition = {
                        {round ? "to_broadcaster_user_id" : "broadcaster_user_id",
                         channel.broadcasterId}};
                    frames << compact(sim::eventsub_frames::notification(subscription, *event));
                }
            }
        }
    }
    return frames;
}

} // namespace

TEST(DecoderAgreement, OnEverySimulatedEvent) {
    const QList<QByteArray> frames = simulatedFrames();
    ASSERT_GE(frames.size(), 100);
    int decoded = 0;
    for (const QByteArray& frame : frames)
        decoded += expectAgreement(frame);
    EXPECT_EQ(decoded, frames.size());
}

TEST(DecoderAgreement, OnEveryOfficialExampleAndFuzzRegression) {
    QList<QByteArray> documents =
        officialNotificationFrames(QStringLiteral(STREAMSIDE_TWITCH_VECTORS_DIR));
    // The fuzz regressions of the other targets (loopback-callback-*,
    // helix-response-*) are not EventSub's.
    for (const auto& [dir, names] :
         {std::pair{QStringLiteral(STREAMSIDE_TWITCH_VECTORS_DIR), QStringLiteral("*")},
          std::pair{QStringLiteral(STREAMSIDE_FUZZ_REGRESSIONS_DIR),
                    QStringLiteral("eventsub-*")}}) {
        for (const QString& name : QDir(dir).entryList({names}, QDir::Files)) {
            QFile file(QDir(dir).filePath(name));
            ASSERT_TRUE(file.open(QIODevice::ReadOnly));
            documents << file.readAll(); // frames, bare payloads: whatever they are
        }
    }
    int decoded = 0;
    for (const QByteArray& document : documents)
        decoded += expectAgreement(document);
    EXPECT_GE(decoded, 15);
}

// What simdjson refuses or cannot tell apart goes to Qt, with Qt's result.
TEST(DecoderAgreement, OnFramesLeftToQt) {
    const QByteArray head =
        R"({"metadata":{"message_id":"m","message_type":"notification","message_timestamp":)"
        R"("2026-11-27T20:00:00.5Z"},"payload":{"subscription":{"type":"channel.follow"},)";
    QByteArray deep = "[";
    for (int i = 0; i < 100; ++i)
        deep = "[" + deep + "]";
    deep += "]";
    const QList<QByteArray> frames{
        head + R"("event":{"user_name":"lone \ud800 surrogate"}}})",
        head + "\"event\":{\"user_name\":\"raw\tcontrol\"}}}",
        head + R"("event":{"user_name":"big","viewers":1e400}}})",
        head + R"("event":{"user_name":"deep","x":)" + deep + "}}}",
        head + R"("event":{"user_name":"First","user_name":"Last"}}})",
        "\xEF\xBB\xBF" + head + R"("event":{"user_name":"after a byte order mark"}}})",
        head + R"("event":{"user_name":"x"}},"payload":{"subscription":)"
               R"({"type":"channel.cheer"},"event":{"bits":5}}})",
        QByteArray(R"({"metadata":{"message_id":"m","message_type":"notification"},)"
                   R"("pay\u006coad":{"subscription":{"type":"channel.raid"},)"
                   R"("event":{"viewers":3}}})"),
        QByteArray(R"({"metadata":{"message_id":"m","message_type":"session_welcome"},)"
                   R"("payload":{"session":{"id":"s","keepalive_timeout_seconds":10.0}}})"),
        QByteArray(R"({"metadata":{"message_id":"m","message_type":"session_keepalive"},)"
                   R"("payload":{}})"),
        QByteArray(R"({"metadata":{"message_id":"m","message_type":"notification"}})"),
        QByteArray(R"({"metadata":{"message_id":"m","message_type":"notification"},)"
                   R"("payload":[1]})"),
        head + R"("event":{"user_name":"numbers","viewers":-0,"bits":18446744073709551616,)"
               R"("total":9223372036854775807,"cumulative_months":"12"}}})",
        head + R"("event":{"user_name":"\u0000\u00e9\ud83d\ude00","user_login":""}}})",
    };
    for (const QByteArray& frame : frames)
        expectAgreement(frame);
}

// Frames broken a byte or a few at a time: both parsers must accept and
// refuse the same ones, and read the accepted ones alike.
TEST(DecoderAgreement, OnMutatedFrames) {
    const QList<QByteArray> frames =
        officialNotificationFrames(QStringLiteral(STREAMSIDE_TWITCH_VECTORS_DIR));
    ASSERT_FALSE(frames.isEmpty());
    const char bytes[] = "{}[]\",:\\ \t\n0123456789.-+eEtrufalsnu\x00\x01\x80\xc3\xed\xef\xff";
    const QByteArray alphabet(bytes, sizeof(bytes) - 1);
    QRandomGenerator random(20261127);
    int decoded = 0;
    for (int i = 0; i < 1500; ++i) {
        QByteArray frame = frames[random.bounded(int(frames.size()))];
        for (int edits = 1 + random.bounded(3); edits > 0; --edits) {
            const int at = random.bounded(int(frame.size()));
            const char c = alphabet[random.bounded(int(alphabet.size()))];
            switch (random.bounded(3)) {
            case 0:
                frame.insert(at, c);
                break;
            case 1:
                frame.remove(at, 1);
                break;
            default:
                frame[at] = c;
            }
        }
        decoded += expectAgreement(frame);
    }
    EXPECT_GT(decoded, 100) << "too few mutations left a frame to decode";
}
