#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace streamside {

struct PlannedSubscription;

// Which favourites learn of going live and offline from EventSub (pushed)
// and which from polling GET /streams (polled). Plain data.
struct FavouritesLiveSplit {
    // EventSub stream.online + stream.offline, in the user's order. Includes
    // sharedWithChannelPlan.
    QStringList pushed;
    // GET /streams every poll interval, in the user's order.
    QStringList polled;
    // The pushed favourites whose stream.online/offline the open channel's
    // plan already holds: nobody subscribes to them twice.
    QStringList sharedWithChannelPlan;
    // What the pushed favourites add to Twitch's max_total_cost.
    int cost = 0;

    bool operator==(const FavouritesLiveSplit&) const = default;
};

// What one favourite's stream.online + stream.offline cost: nothing on the
// viewer's own channel (the token is the broadcaster's), else 1 each.
constexpr int liveStatusCostOnOwnChannel = 0;
constexpr int liveStatusCostElsewhere = 2;

// Splits the favourites (in the user's order, the first ones first) within
// costBudget (what Twitch's max_total_cost of 10 leaves after the open
// channel's plan). The viewer's own channel and the channels in
// sharedWithChannelPlan cost nothing and are always pushed; the others are
// pushed while their cost fits, and polled from the first that does not fit
// on (a later one is never pushed in place of an earlier one).
FavouritesLiveSplit splitFavouritesForLiveStatus(const QStringList& favourites,
                                                 const QString& viewerUserId, int costBudget,
                                                 const QStringList& sharedWithChannelPlan = {});

// The channels whose stream.online AND stream.offline are both in these
// subscriptions (the open channel's plan, when its budget kept them).
QStringList channelsWithLiveStatus(const QList<PlannedSubscription>& subscriptions);

} // namespace streamside

Q_DECLARE_METATYPE(streamside::FavouritesLiveSplit)
