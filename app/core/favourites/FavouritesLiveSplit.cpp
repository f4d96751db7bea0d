#include "core/favourites/FavouritesLiveSplit.h"

#include "core/eventsub/SubscriptionPlan.h"

#include <QSet>

namespace streamside {

FavouritesLiveSplit splitFavouritesForLiveStatus(const QStringList& favourites,
                                                 const QString& viewerUserId, int costBudget,
                                                 const QStringList& sharedWithChannelPlan) {
    FavouritesLiveSplit split;
    int left = qMax(0, costBudget);
    // Once one favourite is polled for want of budget, the ones after it are
    // too: the user's order says who matters more, and a cheaper later one
    // must not overtake it.
    bool budgetExhausted = false;
    QSet<QString> seen;
    for (const QString& channelId : favourites) {
        if (channelId.isEmpty() || seen.contains(channelId))
            continue;
        seen.insert(channelId);
        if (sharedWithChannelPlan.contains(channelId)) {
            split.pushed.append(channelId);
            split.sharedWithChannelPlan.append(channelId);
            continue;
        }
        const int cost = !viewerUserId.isEmpty() && channelId == viewerUserId
                             ? liveStatusCostOnOwnChannel
                             : liveStatusCostElsewhere;
        if (cost == 0 || (!budgetExhausted && cost <= left)) {
            split.pushed.append(channelId);
            left -= cost;
            split.cost += cost;
        } else {
            budgetExhausted = true;
            split.polled.append(channelId);
        }
    }
    return split;
}

QStringList channelsWithLiveStatus(const QList<PlannedSubscription>& subscriptions) {
    QSet<QString> online;
    QSet<QString> offline;
    for (const PlannedSubscription& subscription : subscriptions) {
        const QString channel =
            subscription.condition.value(QStringLiteral("broadcaster_user_id")).toString();
        if (channel.isEmpty())
            continue;
        if (subscription.type == QLatin1String("stream.online"))
            online.insert(channel);
        else if (subscription.type == QLatin1String("stream.offline"))
            offline.insert(channel);
    }
    QStringList both;
    for (const QString& channel : online)
        if (offline.contains(channel))
            both.append(channel);
    both.sort();
    return both;
}

} // namespace streamside
