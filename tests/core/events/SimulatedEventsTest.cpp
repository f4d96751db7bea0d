// The decoder against the simulator's events: the simulator is an independent
// reading of Twitch's docs, so every notice type and subscription type it
// produces must decode to the right kind, actor and amount.
#include "core/events/EventDecoder.h"
#include "core/events/EventSummary.h"
#include "sim/EventFactory.h"
#include "sim/SimContext.h"

#include <QJsonObject>

#include <gtest/gtest.h>

using namespace streamside;

namespace {

const QString broadcasterId = QStringLiteral("500000001");

QJsonObject payloadFor(const QString& type, const QJsonObject& event) {
    return QJsonObject{
        {"subscription",
         QJsonObject{{"id", "sub-1"},
                     {"type", type},
                     {"version", sim::EventFactory::versionOf(type)},
                     {"condition", QJsonObject{{"broadcaster_user_id", broadcasterId},
                                               {"to_broadcaster_user_id", broadcasterId}}}}},
        {"event", event}};
}

EventKind expectedKind(const QString& notice) {
    static const QHash<QString, EventKind> kinds{
        {"sub", EventKind::Subscription},
        {"resub", EventKind::Resubscription},
        {"sub_gift", EventKind::GiftSubscription},
        {"community_sub_gift", EventKind::CommunityGift},
        {"gift_paid_upgrade", EventKind::GiftUpgrade},
        {"prime_paid_upgrade", EventKind::PrimeUpgrade},
        {"pay_it_forward", EventKind::PayItForward},
        {"raid", EventKind::Raid},
        {"unraid", EventKind::Unraid},
        {"announcement", EventKind::Announcement},
        {"bits_badge_tier", EventKind::BitsBadgeTier},
        {"charity_donation", EventKind::CharityDonation},
        {"watch_streak", EventKind::WatchStreak},
    };
    return kinds.value(notice, EventKind::Other);
}

// The amount as the docs' field tables name it, per notice type.
std::optional<qint64> expectedAmount(const QString& notice, const QJsonObject& detail) {
    auto field = [&](const char* key) -> std::optional<qint64> {
        const QJsonValue value = detail.value(key);
        return value.isDouble() ? std::optional<qint64>(qint64(value.toDouble())) : std::nullopt;
    };
    if (notice == "sub" || notice == "sub_gift")
        return field("duration_months");
    if (notice == "resub")
        return field("cumulative_months");
    if (notice == "community_sub_gift")
        return field("total");
    if (notice == "raid")
        return field("viewer_count");
    if (notice == "bits_badge_tier")
        return field("tier");
    if (notice == "charity_donation") {
        const QJsonValue value = detail.value("amount").toObject().value("value");
        return value.isDouble() ? std::optional<qint64>(qint64(value.toDouble())) : std::nullopt;
    }
    if (notice == "watch_streak")
        return field("streak_count");
    return std::nullopt;
}

} // namespace

TEST(SimulatedEvents, EveryChatNoticeDecodesToItsKindActorAndAmount) {
    sim::SimContext context;
    const sim::EventFactory factory(context);
    const QStringList notices = sim::EventFactory::chatNoticeTypes();
    ASSERT_GE(notices.size(), 22);
    for (const QString& notice : notices) {
        SCOPED_TRACE(notice.toStdString());
        for (int round = 0; round < 5; ++round) { // the factory draws random values
            const auto event = factory.event("channel.chat.notification", notice, broadcasterId);
            ASSERT_TRUE(event);
            const auto decoded =
                EventDecoder::decode(payloadFor("channel.chat.notification", *event), "m");
            ASSERT_TRUE(decoded.event);
            const ChannelEvent& e = *decoded.event;
            const QString base = notice.startsWith("shared_chat_") ? notice.mid(12) : notice;
            EXPECT_EQ(e.kind, expectedKind(base)) << eventKindName(e.kind).toStdString();
            EXPECT_EQ(e.noticeType, notice);
            if (event->value("chatter_is_anonymous").toBool()) {
                EXPECT_TRUE(e.actorAnonymous);
            } else if (base != "raid") {
                EXPECT_EQ(e.actorName, event->value("chatter_user_name").toString());
            } else {
                EXPECT_EQ(e.actorName,
                          event->value(notice).toObject().value("user_name").toString());
            }
            EXPECT_EQ(e.amount, expectedAmount(base, event->value(notice).toObject()));
            if (notice.startsWith("shared_chat_")) {
                EXPECT_FALSE(e.sourceBroadcasterId.isEmpty());
                EXPECT_EQ(e.dedupKey, event->value("source_message_id").toString());
            }
            EXPECT_FALSE(EventSummary::text(e).contains("Twitch event:"));
        }
    }
}

TEST(SimulatedEvents, EverySubscriptionTypeIsKnownToTheDecoder) {
    sim::SimContext context;
    const sim::EventFactory factory(context);
    for (const QString& type : sim::EventFactory::types()) {
        SCOPED_TRACE(type.toStdString());
        const auto event = factory.event(type, {}, broadcasterId);
        ASSERT_TRUE(event);
        const auto decoded = EventDecoder::decode(payloadFor(type, *event), "m");
        ASSERT_TRUE(decoded.event);
        EXPECT_NE(decoded.event->kind, EventKind::Other);
        EXPECT_EQ(decoded.event->broadcasterId, broadcasterId);
        EXPECT_FALSE(EventSummary::text(*decoded.event).isEmpty());
    }
}

TEST(SimulatedEvents, CheersComeFromChatMessagesWithBits) {
    sim::SimContext context;
    const sim::EventFactory factory(context);
    const sim::ChatMessage cheer = factory.randomChatMessage(broadcasterId, 250);
    const QJsonObject event = factory.chatMessageEvent(cheer);
    const auto decoded = EventDecoder::decode(payloadFor("channel.chat.message", event), "m");
    ASSERT_TRUE(decoded.event);
    EXPECT_EQ(decoded.event->kind, EventKind::Cheer);
    EXPECT_EQ(decoded.event->amount, 250);
    EXPECT_EQ(decoded.event->actorName, cheer.userName);
}
