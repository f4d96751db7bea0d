// Which favourites get EventSub stream.online/offline and which are polled.
#include "core/favourites/FavouritesLiveSplit.h"

#include "core/eventsub/SubscriptionPlanner.h"

#include <gtest/gtest.h>

using namespace streamside;

namespace {

const QString viewer = QStringLiteral("600000001");

QStringList channels(int count) {
    QStringList ids;
    for (int i = 0; i < count; ++i)
        ids << QString::number(500000001 + i);
    return ids;
}

} // namespace

TEST(FavouritesLiveSplit, FewFavouritesAreAllPushed) {
    const QStringList favourites = channels(3);
    const FavouritesLiveSplit split = splitFavouritesForLiveStatus(favourites, viewer, 10);
    EXPECT_EQ(split.pushed, favourites);
    EXPECT_TRUE(split.polled.isEmpty());
    EXPECT_EQ(split.cost, 6);
}

TEST(FavouritesLiveSplit, TheFirstOnesInTheUsersOrderArePushedTheRestPolled) {
    const QStringList favourites = channels(8);
    const FavouritesLiveSplit split = splitFavouritesForLiveStatus(favourites, viewer, 10);
    EXPECT_EQ(split.pushed, favourites.mid(0, 5));
    EXPECT_EQ(split.polled, favourites.mid(5));
    EXPECT_EQ(split.cost, 10);
}

TEST(FavouritesLiveSplit, AnOddBudgetLeavesItsLastPointUnused) {
    const QStringList favourites = channels(4);
    const FavouritesLiveSplit split = splitFavouritesForLiveStatus(favourites, viewer, 5);
    EXPECT_EQ(split.pushed, favourites.mid(0, 2));
    EXPECT_EQ(split.polled, favourites.mid(2));
    EXPECT_EQ(split.cost, 4);
}

TEST(FavouritesLiveSplit, BudgetZeroPollsEverything) {
    const QStringList favourites = channels(4);
    for (int budget : {0, 1, -3}) {
        const FavouritesLiveSplit split = splitFavouritesForLiveStatus(favourites, viewer, budget);
        EXPECT_TRUE(split.pushed.isEmpty()) << budget;
        EXPECT_EQ(split.polled, favourites) << budget;
        EXPECT_EQ(split.cost, 0) << budget;
    }
}

TEST(FavouritesLiveSplit, TheViewersOwnChannelCostsNothingAndIsAlwaysPushed) {
    // The broadcaster's own token: stream.online/offline cost 0 there.
    const QStringList favourites = channels(6) << viewer;
    const FavouritesLiveSplit split = splitFavouritesForLiveStatus(favourites, viewer, 4);
    EXPECT_EQ(split.pushed, (QStringList{favourites[0], favourites[1], viewer}));
    EXPECT_EQ(split.polled, favourites.mid(2, 4));
    EXPECT_EQ(split.cost, 4);

    const FavouritesLiveSplit none = splitFavouritesForLiveStatus(favourites, viewer, 0);
    EXPECT_EQ(none.pushed, QStringList{viewer});
    EXPECT_EQ(none.cost, 0);
}

TEST(FavouritesLiveSplit, ALaterCheapFavouriteNeverOvertakesAnEarlierOne) {
    // Budget 3: the first costs 2, the second does not fit (1 left); the
    // third would not fit either, and must not be pushed in its place.
    const QStringList favourites = channels(3);
    const FavouritesLiveSplit split = splitFavouritesForLiveStatus(favourites, viewer, 3);
    EXPECT_EQ(split.pushed, favourites.mid(0, 1));
    EXPECT_EQ(split.polled, favourites.mid(1));
}

TEST(FavouritesLiveSplit, TheOpenChannelIsNotSubscribedTwice) {
    const QStringList favourites = channels(7);
    // The open channel (the third favourite) on the viewer's plan at full
    // budget: its stream.online/offline are there already.
    const SubscriptionPlan channelPlan = SubscriptionPlanner::plan(
        SubscriptionPlanInput{viewer, {"user:read:chat"}, favourites[2], ChannelRole::Viewer, 10});
    const QStringList shared = channelsWithLiveStatus(channelPlan.subscriptions);
    ASSERT_EQ(shared, QStringList{favourites[2]});
    const int left = 10 - channelPlan.totalCost();
    ASSERT_EQ(left, 5);

    const FavouritesLiveSplit split =
        splitFavouritesForLiveStatus(favourites, viewer, left, shared);
    EXPECT_EQ(split.pushed, favourites.mid(0, 3));
    EXPECT_EQ(split.sharedWithChannelPlan, QStringList{favourites[2]});
    EXPECT_EQ(split.polled, favourites.mid(3));
    EXPECT_EQ(split.cost, 4);
    EXPECT_LE(split.cost + channelPlan.totalCost(), 10);
}

TEST(FavouritesLiveSplit, AChannelPlanThatDroppedTheStreamEventsSharesNothing) {
    // A budget so small that the open channel's plan left stream.offline out.
    const SubscriptionPlan channelPlan = SubscriptionPlanner::plan(
        SubscriptionPlanInput{viewer, {"user:read:chat"}, "500000001", ChannelRole::Viewer, 1});
    EXPECT_TRUE(channelsWithLiveStatus(channelPlan.subscriptions).isEmpty());
}

TEST(FavouritesLiveSplit, DuplicatesAndEmptyIdsAreIgnored) {
    const FavouritesLiveSplit split =
        splitFavouritesForLiveStatus({"500000001", "", "500000001", "500000002"}, viewer, 10);
    EXPECT_EQ(split.pushed, (QStringList{"500000001", "500000002"}));
    EXPECT_EQ(split.cost, 4);
}
