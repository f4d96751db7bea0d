#include "core/events/EventKind.h"

#include <QHash>

#include <array>
#include <utility>

namespace streamside {

namespace {

constexpr std::array kindNames{
    std::pair{EventKind::Subscription, "sub"},
    std::pair{EventKind::Resubscription, "resub"},
    std::pair{EventKind::GiftSubscription, "sub_gift"},
    std::pair{EventKind::CommunityGift, "community_sub_gift"},
    std::pair{EventKind::GiftUpgrade, "gift_paid_upgrade"},
    std::pair{EventKind::PrimeUpgrade, "prime_paid_upgrade"},
    std::pair{EventKind::PayItForward, "pay_it_forward"},
    std::pair{EventKind::SubscriptionEnd, "sub_end"},
    std::pair{EventKind::Raid, "raid"},
    std::pair{EventKind::RaidOut, "raid_out"},
    std::pair{EventKind::Unraid, "unraid"},
    std::pair{EventKind::Cheer, "cheer"},
    std::pair{EventKind::BitsUse, "bits_use"},
    std::pair{EventKind::BitsBadgeTier, "bits_badge_tier"},
    std::pair{EventKind::Announcement, "announcement"},
    std::pair{EventKind::CharityDonation, "charity_donation"},
    std::pair{EventKind::WatchStreak, "watch_streak"},
    std::pair{EventKind::HighlightedMessage, "highlighted_message"},
    std::pair{EventKind::PowerUp, "power_up"},
    std::pair{EventKind::ChatMessage, "chat_message"},
    std::pair{EventKind::ChatCleared, "chat_clear"},
    std::pair{EventKind::MessageDeleted, "message_delete"},
    std::pair{EventKind::ChatSettingsChanged, "chat_settings"},
    std::pair{EventKind::StreamOnline, "stream_online"},
    std::pair{EventKind::StreamOffline, "stream_offline"},
    std::pair{EventKind::ChannelUpdate, "channel_update"},
    std::pair{EventKind::Follow, "follow"},
    std::pair{EventKind::Redemption, "redemption"},
    std::pair{EventKind::HypeTrainBegin, "hype_train_begin"},
    std::pair{EventKind::HypeTrainProgress, "hype_train_progress"},
    std::pair{EventKind::HypeTrainEnd, "hype_train_end"},
    std::pair{EventKind::PollBegin, "poll_begin"},
    std::pair{EventKind::PollProgress, "poll_progress"},
    std::pair{EventKind::PollEnd, "poll_end"},
    std::pair{EventKind::PredictionBegin, "prediction_begin"},
    std::pair{EventKind::PredictionProgress, "prediction_progress"},
    std::pair{EventKind::PredictionLock, "prediction_lock"},
    std::pair{EventKind::PredictionEnd, "prediction_end"},
    std::pair{EventKind::AdBreak, "ad_break"},
    std::pair{EventKind::GoalBegin, "goal_begin"},
    std::pair{EventKind::GoalProgress, "goal_progress"},
    std::pair{EventKind::GoalEnd, "goal_end"},
    std::pair{EventKind::CharityCampaignStart, "charity_start"},
    std::pair{EventKind::CharityCampaignProgress, "charity_progress"},
    std::pair{EventKind::CharityCampaignStop, "charity_stop"},
    std::pair{EventKind::ShoutoutSent, "shoutout_sent"},
    std::pair{EventKind::ShoutoutReceived, "shoutout_received"},
    std::pair{EventKind::ShieldModeBegin, "shield_mode_begin"},
    std::pair{EventKind::ShieldModeEnd, "shield_mode_end"},
    std::pair{EventKind::SharedChatBegin, "shared_chat_begin"},
    std::pair{EventKind::SharedChatUpdate, "shared_chat_update"},
    std::pair{EventKind::SharedChatEnd, "shared_chat_end"},
    std::pair{EventKind::Other, "other"},
};

} // namespace

QString eventKindName(EventKind kind) {
    for (const auto& [k, name] : kindNames)
        if (k == kind)
            return QLatin1String(name);
    return QStringLiteral("other");
}

EventKind eventKindFromName(const QString& name) {
    static const QHash<QString, EventKind> byName = [] {
        QHash<QString, EventKind> map;
        for (const auto& [kind, text] : kindNames)
            map.insert(QLatin1String(text), kind);
        return map;
    }();
    return byName.value(name, EventKind::Other);
}

bool isNotable(EventKind kind) {
    switch (kind) {
    case EventKind::ChatMessage:
    case EventKind::ChatCleared:
    case EventKind::MessageDeleted:
    case EventKind::ChatSettingsChanged:
    case EventKind::HypeTrainProgress:
    case EventKind::PollProgress:
    case EventKind::PredictionProgress:
    case EventKind::GoalProgress:
    case EventKind::CharityCampaignProgress:
    case EventKind::SharedChatUpdate:
        return false;
    default:
        return true;
    }
}

QList<EventKind> viewerEventKinds() {
    return {
        EventKind::Subscription,    EventKind::Resubscription, EventKind::GiftSubscription,
        EventKind::CommunityGift,   EventKind::GiftUpgrade,    EventKind::PrimeUpgrade,
        EventKind::PayItForward,    EventKind::Raid,           EventKind::RaidOut,
        EventKind::Unraid,          EventKind::Cheer,          EventKind::BitsBadgeTier,
        EventKind::PowerUp,         EventKind::Announcement,   EventKind::HighlightedMessage,
        EventKind::CharityDonation, EventKind::WatchStreak,    EventKind::StreamOffline,
        EventKind::ChannelUpdate,
    };
}

} // namespace streamside
