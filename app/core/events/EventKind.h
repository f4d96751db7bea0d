#pragma once

#include <QList>
#include <QString>

namespace streamside {

// What happened, independent of how Twitch delivered it (a resub arrives as a
// chat notification for a viewer and as channel.subscription.message for the
// broadcaster; both are a Resubscription).
enum class EventKind {
    Subscription,
    Resubscription,
    GiftSubscription, // one gifted sub, with a recipient
    CommunityGift,    // a batch of gifted subs
    GiftUpgrade,      // a gifted sub continued as paid
    PrimeUpgrade,     // a Prime sub continued as paid
    PayItForward,
    SubscriptionEnd,
    Raid,    // another channel raided this one
    RaidOut, // this channel raided another one
    Unraid,
    Cheer,
    BitsUse,
    BitsBadgeTier,
    Announcement,
    CharityDonation,
    WatchStreak,
    HighlightedMessage, // a channel-points highlighted chat message
    PowerUp,            // a Bits Power-up (gigantified emote, message effect)
    ChatMessage,
    ChatCleared,
    MessageDeleted,
    ChatSettingsChanged,
    StreamOnline,
    StreamOffline,
    ChannelUpdate,
    Follow,
    Redemption,
    HypeTrainBegin,
    HypeTrainProgress,
    HypeTrainEnd,
    PollBegin,
    PollProgress,
    PollEnd,
    PredictionBegin,
    PredictionProgress,
    PredictionLock,
    PredictionEnd,
    AdBreak,
    GoalBegin,
    GoalProgress,
    GoalEnd,
    CharityCampaignStart,
    CharityCampaignProgress,
    CharityCampaignStop,
    ShoutoutSent,
    ShoutoutReceived,
    ShieldModeBegin,
    ShieldModeEnd,
    SharedChatBegin,
    SharedChatUpdate,
    SharedChatEnd,
    Other, // a type or notice Streamside does not know (yet): shown with Twitch's own text
};

// A stable name for storage and the command-line tool ("resub", "raid" ...).
QString eventKindName(EventKind kind);
// The kind for a stored name; Other for an unknown one.
EventKind eventKindFromName(const QString& name);
// Whether the events list shows it: chat messages and moderation noise are
// not "events" to a viewer.
bool isNotable(EventKind kind);
// The notable kinds a viewer's subscriptions bring (SubscriptionPlanner's
// plan for ChannelRole::Viewer), those of a kind together: what a viewer can
// choose to be notified about. Going live is not among them: it has a rule of
// its own (Favourite::notifyLive).
QList<EventKind> viewerEventKinds();

} // namespace streamside
