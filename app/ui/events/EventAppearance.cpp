#include "ui/events/EventAppearance.h"

namespace streamside::ui {

EventAppearance EventAppearance::of(EventKind kind) {
    const QColor purple(0x91, 0x46, 0xff);
    const QColor gold(0xe0, 0x9b, 0x1a);
    const QColor red(0xe9, 0x19, 0x16);
    const QColor green(0x00, 0xa3, 0x6c);
    const QColor blue(0x1f, 0x69, 0xff);
    const QColor grey(0x7a, 0x7a, 0x85);
    switch (kind) {
    case EventKind::Subscription:
    case EventKind::Resubscription:
    case EventKind::PrimeUpgrade:
    case EventKind::SubscriptionEnd:
        return {QStringLiteral("\u2605"), purple}; // ★
    case EventKind::GiftSubscription:
    case EventKind::CommunityGift:
    case EventKind::GiftUpgrade:
    case EventKind::PayItForward:
        return {QStringLiteral("\u2756"), purple}; // ❖
    case EventKind::Raid:
    case EventKind::RaidOut:
    case EventKind::Unraid:
        return {QStringLiteral("\u279c"), red}; // ➜
    case EventKind::Cheer:
    case EventKind::BitsUse:
    case EventKind::BitsBadgeTier:
    case EventKind::PowerUp:
        return {QStringLiteral("\u2666"), gold}; // ♦
    case EventKind::Announcement:
    case EventKind::HighlightedMessage:
        return {QStringLiteral("!"), blue};
    case EventKind::CharityDonation:
    case EventKind::CharityCampaignStart:
    case EventKind::CharityCampaignProgress:
    case EventKind::CharityCampaignStop:
    case EventKind::Follow:
        return {QStringLiteral("\u2665"), green}; // ♥
    case EventKind::StreamOnline:
        return {QStringLiteral("\u25cf"), red}; // ●
    case EventKind::StreamOffline:
        return {QStringLiteral("\u25cb"), grey}; // ○
    case EventKind::ChannelUpdate:
        return {QStringLiteral("\u270e"), grey}; // ✎
    case EventKind::WatchStreak:
    case EventKind::Redemption:
    case EventKind::ShoutoutSent:
    case EventKind::ShoutoutReceived:
        return {QStringLiteral("\u2726"), blue}; // ✦
    case EventKind::HypeTrainBegin:
    case EventKind::HypeTrainProgress:
    case EventKind::HypeTrainEnd:
    case EventKind::GoalBegin:
    case EventKind::GoalProgress:
    case EventKind::GoalEnd:
        return {QStringLiteral("\u25b2"), gold}; // ▲
    default:
        return {QStringLiteral("i"), grey};
    }
}

} // namespace streamside::ui
