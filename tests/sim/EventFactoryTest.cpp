// The events the simulator builds, compared with Twitch's official example
// payloads (tests/data/twitch-vectors) key by key, and every listed type and
// notice type checked for well-formed frames.
#include "sim/EventFactory.h"

#include "sim/EventSubFrames.h"
#include "sim/JsonShape.h"
#include "sim/SimContext.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace streamside::sim;

namespace {

const QString pixelPioneer = QStringLiteral("500000001");

std::string joined(const QStringList& lines) {
    return lines.join(QLatin1Char('\n')).toStdString();
}

// Where an official example shows null but Twitch's reference documents a
// value in other cases. Ours may then be null or a value; everywhere else a
// null in the example must be a null in ours.
JsonShapeRules documentedNullables() {
    JsonShapeRules rules;
    rules.nullOrValue = {
        // channel.chat.message: "cheer" is an object ({bits}) when the message
        // is a cheer, "reply" an object when it answers another message;
        // channel_points_custom_reward_id is set when a reward sent it; the
        // source_* fields are set when it comes from another channel of a
        // shared chat session; a fragment's cheermote, emote and mention is an
        // object when the fragment is of that type.
        QStringLiteral("cheer"), QStringLiteral("reply"),
        QStringLiteral("channel_points_custom_reward_id"),
        QStringLiteral("message.fragments[].cheermote"),
        QStringLiteral("message.fragments[].emote"), QStringLiteral("message.fragments[].mention"),
        // channel.chat.message and channel.chat.notification: shared chat source.
        QStringLiteral("source_broadcaster_user_id"),
        QStringLiteral("source_broadcaster_user_login"),
        QStringLiteral("source_broadcaster_user_name"), QStringLiteral("source_message_id"),
        QStringLiteral("source_badges"),
        // channel.chat.notification resub: streak_months is set when the user
        // shares their streak; the gifter fields when the sub was a gift.
        QStringLiteral("resub.streak_months"), QStringLiteral("resub.gifter_is_anonymous"),
        QStringLiteral("resub.gifter_user_id"), QStringLiteral("resub.gifter_user_name"),
        QStringLiteral("resub.gifter_user_login"),
        // channel.hype_train.* v2: participants are listed for a shared train.
        QStringLiteral("shared_train_participants"),
        // channel.channel_points_automatic_reward_redemption.add v2: the
        // reward's emote is set for emote rewards (unlock, modify, gigantify).
    };
    rules.nullOrValue.insert(QStringLiteral("reward.emote"));
    return rules;
}

struct Vector {
    QString file;
    QString type;
    QString version;
    QString variant; // notice_type / message_type
    QJsonObject event;
};

QList<Vector> payloadVectors() {
    QList<Vector> result;
    const QDir directory(QStringLiteral(STREAMSIDE_TWITCH_VECTORS_DIR));
    for (const QString& name :
         directory.entryList({QStringLiteral("payload.*.json")}, QDir::Files)) {
        QFile file(directory.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        const QJsonObject payload = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject subscription = payload.value("subscription").toObject();
        const QJsonObject event = payload.value("event").toObject();
        const QString type = subscription.value("type").toString();
        QString variant;
        if (type == "channel.chat.notification")
            variant = event.value("notice_type").toString();
        else if (type == "channel.chat.message")
            variant = event.value("message_type").toString();
        result.append({name, type, subscription.value("version").toString(), variant, event});
    }
    return result;
}

class EventFactoryTest : public ::testing::Test {
protected:
    EventFactoryTest() { context.httpBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:17000")); }

    QJsonObject build(const QString& type, const QString& variant = {},
                      const QJsonObject& overrides = {}) {
        const std::optional<QJsonObject> event =
            factory.event(type, variant, pixelPioneer, overrides);
        EXPECT_TRUE(event.has_value()) << type.toStdString() << " " << variant.toStdString();
        return event.value_or(QJsonObject());
    }

    SimContext context;
    EventFactory factory{context};
};

} // namespace

TEST_F(EventFactoryTest, TheVectorsAreThere) {
    // A fresh clone has the copies under tests/data; without them the
    // comparisons below would pass by comparing nothing.
    EXPECT_GE(payloadVectors().size(), 14);
}

TEST_F(EventFactoryTest, EventsHaveExactlyTheKeysOfTheOfficialExamples) {
    const JsonShapeRules rules = documentedNullables();
    for (const Vector& vector : payloadVectors()) {
        SCOPED_TRACE(vector.file.toStdString());
        EXPECT_EQ(EventFactory::versionOf(vector.type), vector.version)
            << "the simulator delivers another version of " << vector.type.toStdString();
        // Several rounds: events draw random users, tiers and texts.
        for (int round = 0; round < 8; ++round) {
            const QJsonObject ours = build(vector.type, vector.variant);
            const QStringList differences = jsonShapeDifferences(vector.event, ours, rules);
            EXPECT_TRUE(differences.isEmpty()) << joined(differences);
        }
    }
}

TEST_F(EventFactoryTest, TheShapeComparisonCatchesAMissingOrExtraKey) {
    const Vector follow = [] {
        for (const Vector& v : payloadVectors())
            if (v.type == "channel.follow")
                return v;
        return Vector{};
    }();
    ASSERT_FALSE(follow.event.isEmpty());
    QJsonObject ours = build("channel.follow");
    ours.remove("followed_at");
    ours.insert("followed_on", "Tuesday");
    const QStringList differences = jsonShapeDifferences(follow.event, ours);
    EXPECT_EQ(differences.size(), 2) << joined(differences);
    ours = build("channel.follow");
    ours.insert("user_id", 1234); // a number where Twitch sends a string
    EXPECT_EQ(jsonShapeDifferences(follow.event, ours).size(), 1);
}

TEST_F(EventFactoryTest, EveryTypeAndNoticeTypeMakesAWellFormedFrame) {
    const QRegularExpression rfc3339(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z$)");
    QFile envelopeFile(
        QStringLiteral(STREAMSIDE_TWITCH_VECTORS_DIR "/frame.notification_follow.json"));
    ASSERT_TRUE(envelopeFile.open(QIODevice::ReadOnly));
    const QJsonObject envelope = QJsonDocument::fromJson(envelopeFile.readAll()).object();
    JsonShapeRules envelopeRules;
    envelopeRules.typeOnly = {QStringLiteral("payload.subscription.condition"),
                              QStringLiteral("payload.event")};

    int checked = 0;
    for (const QString& type : EventFactory::types()) {
        QStringList variants{QString()};
        if (type == "channel.chat.notification")
            variants = EventFactory::chatNoticeTypes();
        else if (type == "channel.chat.message")
            variants = EventFactory::chatMessageTypes();
        for (const QString& variant : variants) {
            SCOPED_TRACE((type + " " + variant).toStdString());
            const QJsonObject event = build(type, variant);
            ASSERT_FALSE(event.isEmpty());

            Subscription subscription;
            subscription.id = "5a6b0c3e-0000-4000-8000-000000000001";
            subscription.type = type;
            subscription.version = EventFactory::versionOf(type);
            subscription.status = "enabled";
            subscription.condition = QJsonObject{{"broadcaster_user_id", pixelPioneer}};
            subscription.sessionId = "AQoQexampleSession";
            subscription.createdAt = QDateTime::currentDateTimeUtc();
            const QByteArray wire =
                QJsonDocument(eventsub_frames::notification(subscription, event)).toJson();
            QJsonParseError error;
            const QJsonObject frame = QJsonDocument::fromJson(wire, &error).object();
            ASSERT_EQ(error.error, QJsonParseError::NoError);
            const QStringList differences = jsonShapeDifferences(envelope, frame, envelopeRules);
            EXPECT_TRUE(differences.isEmpty()) << joined(differences);
            const QJsonObject metadata = frame.value("metadata").toObject();
            EXPECT_EQ(metadata.value("message_type").toString(), "notification");
            EXPECT_EQ(metadata.value("subscription_type").toString(), type);
            EXPECT_TRUE(rfc3339.match(metadata.value("message_timestamp").toString()).hasMatch());

            // The channel, in whichever key the type names it.
            const QString channel =
                event.value("broadcaster_user_id")
                    .toString(event.value("broadcaster_id")
                                  .toString(event.value("to_broadcaster_user_id").toString()));
            EXPECT_EQ(channel, pixelPioneer);
            // Every user id in the event is a user of the World.
            const QJsonObject flat = event;
            for (auto it = flat.begin(); it != flat.end(); ++it) {
                if (it.key().endsWith("user_id") && it.value().isString()) {
                    EXPECT_NE(context.world.userById(it.value().toString()), nullptr)
                        << it.key().toStdString();
                }
            }

            if (type == "channel.chat.notification") {
                EXPECT_EQ(event.value("notice_type").toString(), variant);
                QStringList present;
                for (const QString& notice : EventFactory::chatNoticeTypes())
                    if (event.contains(notice) && !event.value(notice).isNull())
                        present.append(notice);
                EXPECT_EQ(present, QStringList{variant});
                const bool shared = variant.startsWith("shared_chat_");
                EXPECT_EQ(event.value("source_broadcaster_user_id").isString(), shared);
                EXPECT_EQ(event.value("system_message").toString().isEmpty(),
                          variant.endsWith("announcement"));
            }
            if (type == "channel.chat.message") {
                EXPECT_EQ(event.value("message_type").toString(), variant);
            }
            ++checked;
        }
    }
    EXPECT_GE(checked, 69); // 41 types, 22 notice types, 6 message types
}

TEST_F(EventFactoryTest, ResubFollowsTheExampleAndSharedResubTheFieldTable) {
    const QJsonObject resub = build("channel.chat.notification", "resub").value("resub").toObject();
    EXPECT_TRUE(resub.contains("sub_plan"));
    EXPECT_FALSE(resub.contains("sub_tier"));
    const QJsonObject shared = build("channel.chat.notification", "shared_chat_resub")
                                   .value("shared_chat_resub")
                                   .toObject();
    EXPECT_TRUE(shared.contains("sub_tier"));
    EXPECT_TRUE(shared.contains("is_prime"));
    EXPECT_FALSE(shared.contains("sub_plan"));
}

TEST_F(EventFactoryTest, OverridesAreMergedAndDerivedTextFollowsThem) {
    const QJsonObject resub = build("channel.chat.notification", "resub",
                                    QJsonObject{{"resub", QJsonObject{{"cumulative_months", 24}}}});
    EXPECT_EQ(resub.value("resub").toObject().value("cumulative_months").toInt(), 24);
    EXPECT_TRUE(resub.value("resub").toObject().contains("sub_plan")); // the rest is kept
    EXPECT_TRUE(resub.value("system_message").toString().contains("24 months"));

    const QJsonObject raid = build("channel.raid", {}, QJsonObject{{"viewers", 9001}});
    EXPECT_EQ(raid.value("viewers").toInt(), 9001);
    EXPECT_EQ(raid.value("to_broadcaster_user_id").toString(), pixelPioneer);
    EXPECT_NE(raid.value("from_broadcaster_user_id").toString(), pixelPioneer);

    const QJsonObject quiet =
        build("channel.chat.notification", "sub", QJsonObject{{"system_message", "custom"}});
    EXPECT_EQ(quiet.value("system_message").toString(), "custom");
}

TEST_F(EventFactoryTest, ChatMessagesCarryCheersEmotesAndMentions) {
    ChatMessage message;
    message.broadcasterId = pixelPioneer;
    message.userId = "600000001";
    message.userLogin = "demo_viewer";
    message.userName = "DemoViewer";
    message.text = "Cheer250 nice one @pixelpioneer Kappa";
    message.bits = 250;
    const QJsonObject event = factory.chatMessageEvent(message);
    EXPECT_EQ(event.value("cheer").toObject().value("bits").toInt(), 250);
    const QJsonArray fragments = event.value("message").toObject().value("fragments").toArray();
    QStringList types;
    for (const QJsonValue& fragment : fragments)
        types.append(fragment.toObject().value("type").toString());
    EXPECT_EQ(types, (QStringList{"cheermote", "text", "mention", "text", "emote"}));
    EXPECT_EQ(fragments.at(0).toObject().value("cheermote").toObject().value("tier").toInt(), 100);
    EXPECT_EQ(fragments.at(2).toObject().value("mention").toObject().value("user_id").toString(),
              pixelPioneer);
    EXPECT_EQ(fragments.at(4).toObject().value("emote").toObject().value("id").toString(), "25");
    QString rebuilt;
    for (const QJsonValue& fragment : fragments)
        rebuilt += fragment.toObject().value("text").toString();
    EXPECT_EQ(rebuilt, message.text);
}

TEST_F(EventFactoryTest, RefusesUnknownTypesVariantsAndChannels) {
    EXPECT_FALSE(factory.event("channel.nonsense", {}, pixelPioneer).has_value());
    EXPECT_FALSE(factory.event("channel.chat.notification", "mystery", pixelPioneer).has_value());
    EXPECT_FALSE(factory.event("channel.chat.message", "shouting", pixelPioneer).has_value());
    EXPECT_FALSE(factory.event("channel.follow", {}, "999").has_value());
}
