#include "core/events/EventSummary.h"

#include <QLocale>

namespace streamside {

namespace {

int count(const ChannelEvent& e) {
    return int(e.amount.value_or(0));
}

} // namespace

QString EventSummary::tierName(const QString& tier) {
    if (tier == QLatin1String("prime"))
        return tr("Prime");
    if (tier == QLatin1String("1000"))
        return tr("Tier 1");
    if (tier == QLatin1String("2000"))
        return tr("Tier 2");
    if (tier == QLatin1String("3000"))
        return tr("Tier 3");
    return {};
}

QString EventSummary::text(const ChannelEvent& e) {
    // The person who did it; viewers may gift or cheer anonymously.
    const QString actor = e.actorAnonymous || e.actorName.isEmpty()
                              ? (e.actorAnonymous ? tr("An anonymous viewer") : tr("Someone"))
                              : e.actorName;
    const QString target = e.targetName.isEmpty() ? tr("someone") : e.targetName;
    const QString channel = e.broadcasterName.isEmpty() ? e.broadcasterLogin : e.broadcasterName;
    const QString tier = tierName(e.tier);

    switch (e.kind) {
    case EventKind::Subscription:
        //: %1 is a viewer, %2 a subscription tier such as "Tier 1" or "Prime"
        return tier.isEmpty() ? tr("%1 subscribed").arg(actor)
                              : tr("%1 subscribed with %2").arg(actor, tier);
    case EventKind::Resubscription:
        //: %1 is a viewer; %Ln the total months subscribed
        return e.amount ? tr("%1 resubscribed for %Ln month(s)", nullptr, count(e)).arg(actor)
                        : tr("%1 resubscribed").arg(actor);
    case EventKind::GiftSubscription:
        //: %1 gave a subscription to %2
        return tr("%1 gifted a sub to %2").arg(actor, target);
    case EventKind::CommunityGift:
        return tr("%1 gifted %Ln sub(s) to the community", nullptr, count(e)).arg(actor);
    case EventKind::GiftUpgrade:
        //: %1 now pays for the subscription that %2 had gifted them
        return tr("%1 is continuing the gift sub from %2").arg(actor, target);
    case EventKind::PrimeUpgrade:
        return tr("%1 upgraded their Prime sub").arg(actor);
    case EventKind::PayItForward:
        return tr("%1 is paying forward the gift from %2").arg(actor, target);
    case EventKind::SubscriptionEnd:
        return tr("%1's subscription ended").arg(actor);
    case EventKind::Raid:
        //: %1 is the raiding channel; %Ln the number of viewers it brought
        return tr("%1 raided with %Ln viewer(s)", nullptr, count(e)).arg(actor);
    case EventKind::RaidOut:
        return tr("Raiding %1 with %Ln viewer(s)", nullptr, count(e)).arg(target);
    case EventKind::Unraid:
        return tr("The raid was cancelled");
    case EventKind::Cheer:
        return tr("%1 cheered %Ln bit(s)", nullptr, count(e)).arg(actor);
    case EventKind::BitsUse:
        return tr("%1 used %Ln bit(s)", nullptr, count(e)).arg(actor);
    case EventKind::BitsBadgeTier:
        //: %1 is a viewer, %2 a number of bits such as 1,000
        return tr("%1 unlocked the %2 bits badge").arg(actor, QLocale().toString(count(e)));
    case EventKind::Announcement:
        return e.text.isEmpty() ? tr("Announcement from %1").arg(actor)
                                : tr("Announcement: %1").arg(e.text);
    case EventKind::CharityDonation: {
        double value = double(count(e));
        for (int i = 0; i < e.decimalPlaces; ++i)
            value /= 10.0;
        //: %1 is a viewer, %2 an amount of money, %3 the charity
        return tr("%1 donated %2 to %3")
            .arg(actor, QLocale().toCurrencyString(value, e.currency), target);
    }
    case EventKind::WatchStreak:
        return e.amount ? tr("%1 watched %Ln stream(s) in a row", nullptr, count(e)).arg(actor)
                        : tr("%1 shared a watch streak").arg(actor);
    case EventKind::HighlightedMessage:
        return tr("%1 highlighted a message").arg(actor);
    case EventKind::PowerUp:
        return tr("%1 used a Power-up").arg(actor);
    case EventKind::ChatMessage:
        return tr("%1: %2").arg(actor, e.text);
    case EventKind::ChatCleared:
        return tr("The chat was cleared");
    case EventKind::MessageDeleted:
        return tr("A message from %1 was deleted").arg(target);
    case EventKind::ChatSettingsChanged:
        return tr("The chat settings changed");
    case EventKind::StreamOnline:
        return tr("%1 went live").arg(channel);
    case EventKind::StreamOffline:
        return tr("%1 went offline").arg(channel);
    case EventKind::ChannelUpdate:
        //: %1 is the new stream title, %2 the category (game)
        return e.targetName.isEmpty() ? tr("New title: %1").arg(e.text)
                                      : tr("New title: %1 (%2)").arg(e.text, e.targetName);
    case EventKind::Follow:
        return tr("%1 followed").arg(actor);
    case EventKind::Redemption:
        //: %1 is a viewer, %2 a channel-points reward
        return tr("%1 redeemed %2").arg(actor, target);
    case EventKind::HypeTrainBegin:
        return tr("A hype train started");
    case EventKind::HypeTrainProgress:
        return tr("The hype train reached level %Ln", nullptr, count(e));
    case EventKind::HypeTrainEnd:
        return tr("The hype train ended at level %Ln", nullptr, count(e));
    case EventKind::PollBegin:
        return tr("Poll: %1").arg(e.text);
    case EventKind::PollProgress:
        return tr("Poll update: %1").arg(e.text);
    case EventKind::PollEnd:
        return tr("Poll ended: %1").arg(e.text);
    case EventKind::PredictionBegin:
        return tr("Prediction: %1").arg(e.text);
    case EventKind::PredictionProgress:
        return tr("Prediction update: %1").arg(e.text);
    case EventKind::PredictionLock:
        return tr("Prediction locked: %1").arg(e.text);
    case EventKind::PredictionEnd:
        return tr("Prediction ended: %1").arg(e.text);
    case EventKind::AdBreak:
        return tr("An ad break of %Ln second(s) started", nullptr, count(e));
    case EventKind::GoalBegin:
        return tr("Goal started: %1").arg(e.text);
    case EventKind::GoalProgress:
        return tr("Goal progress: %1").arg(e.text);
    case EventKind::GoalEnd:
        return tr("Goal ended: %1").arg(e.text);
    case EventKind::CharityCampaignStart:
        return tr("A charity campaign for %1 started").arg(target);
    case EventKind::CharityCampaignProgress:
        return tr("The charity campaign for %1 progressed").arg(target);
    case EventKind::CharityCampaignStop:
        return tr("The charity campaign for %1 ended").arg(target);
    case EventKind::ShoutoutSent:
        return tr("Shoutout to %1").arg(target);
    case EventKind::ShoutoutReceived:
        return tr("%1 gave this channel a shoutout").arg(actor);
    case EventKind::ShieldModeBegin:
        return tr("Shield mode is on");
    case EventKind::ShieldModeEnd:
        return tr("Shield mode is off");
    case EventKind::SharedChatBegin:
        return tr("A shared chat started");
    case EventKind::SharedChatUpdate:
        return tr("The shared chat changed");
    case EventKind::SharedChatEnd:
        return tr("The shared chat ended");
    case EventKind::Other:
        break;
    }
    if (!e.systemMessage.isEmpty())
        return e.systemMessage;
    //: %1 is a Twitch event type Streamside does not know, e.g. "channel.new_thing"
    return tr("Twitch event: %1").arg(e.noticeType.isEmpty() ? e.subscriptionType : e.noticeType);
}

} // namespace streamside
