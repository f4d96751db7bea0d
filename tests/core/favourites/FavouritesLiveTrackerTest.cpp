// FavouritesLiveTracker with FakeHelix: polling in batches, backoff, one
// go-live per live period, subscriptions following the split.
#include "core/favourites/FavouritesLiveTracker.h"

#include "core/eventsub/SubscriptionPlanner.h"
#include "support/FakeHelix.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace streamside;

namespace {

const QString viewer = QStringLiteral("600000001");
const QString nightOwl = QStringLiteral("500000003");

QStringList channels(int count) {
    QStringList ids;
    for (int i = 0; i < count; ++i)
        ids << QString::number(700000000 + i);
    return ids;
}

HelixStream stream(const QString& userId, const QString& streamId, const QString& title) {
    HelixStream live;
    live.id = streamId;
    live.userId = userId;
    live.title = title;
    live.gameName = QStringLiteral("Celeste");
    live.viewerCount = 42;
    live.startedAt = QDateTime::fromString(QStringLiteral("2026-11-27T20:00:00Z"), Qt::ISODate);
    return live;
}

EventSubMessage notification(const QString& type, const QString& channelId,
                             const QString& streamId = {}) {
    EventSubMessage message;
    message.type = EventSubMessage::Type::Notification;
    message.messageId = QStringLiteral("m-") + type + streamId;
    message.subscriptionType = type;
    message.subscriptionVersion = QStringLiteral("1");
    QJsonObject event{{"broadcaster_user_id", channelId}};
    if (type == QLatin1String("stream.online")) {
        event.insert("id", streamId);
        event.insert("type", "live");
        event.insert("started_at", "2026-11-27T20:00:00.123456789Z");
    }
    message.setPayload(QJsonObject{{"event", event}});
    return message;
}

} // namespace

class FavouritesLiveTrackerTest : public ::testing::Test {
protected:
    FavouritesLiveTrackerTest() {
        options.pollIntervalMs = 50;
        options.maxBackoffMs = 300;
        options.minRateLimitDelayMs = 100;
        helix.streamsResponder = [this](const QStringList& ids) -> FakeHelix::StreamsAnswer {
            if (nextStreamsError) {
                const HelixError error = *nextStreamsError;
                return error;
            }
            QList<HelixStream> answer;
            for (const HelixStream& live : liveNow)
                if (ids.contains(live.userId))
                    answer.append(live);
            return answer;
        };
    }

    // Twitch answers 403 to every subscription for this channel.
    void refuseSubscriptionsFor(const QString& channelId) {
        helix.createFailure = [channelId](const EventSubSubscriptionRequest& request,
                                          int) -> std::optional<HelixError> {
            if (request.condition.value("broadcaster_user_id").toString() == channelId)
                return FakeHelix::error(403);
            return std::nullopt;
        };
    }

    // Waits for the next regular poll round to be answered.
    bool waitForRounds(QSignalSpy& rounds, int count) {
        return QTest::qWaitFor([&] { return rounds.count() >= count; }, 5000);
    }

    FakeHelix helix;
    FavouritesLiveTracker::Options options;
    QList<HelixStream> liveNow;
    std::optional<HelixError> nextStreamsError;
};

TEST_F(FavouritesLiveTrackerTest, PollsInBatchesOfAtMostAHundred) {
    FavouritesLiveTracker tracker(helix, options);
    tracker.setViewer(viewer);
    tracker.setFavourites(channels(250));
    QSignalSpy rounds(&tracker, &FavouritesLiveTracker::pollFinished);
    tracker.start();
    ASSERT_TRUE(waitForRounds(rounds, 1));
    ASSERT_EQ(helix.streamsCalls.size(), 3);
    EXPECT_EQ(helix.streamsCalls[0].size(), 100);
    EXPECT_EQ(helix.streamsCalls[1].size(), 100);
    EXPECT_EQ(helix.streamsCalls[2].size(), 50);
    QStringList asked = helix.streamsCalls[0] + helix.streamsCalls[1] + helix.streamsCalls[2];
    EXPECT_EQ(asked, channels(250)) << "every favourite once, in the user's order";
    EXPECT_TRUE(rounds.first().at(0).toBool());
    EXPECT_EQ(rounds.first().at(1).toInt(), 50);
}

TEST_F(FavouritesLiveTrackerTest, OnceSessionIsUpOnlyThePolledOnesArePolled) {
    FavouritesLiveTracker tracker(helix, options);
    tracker.setViewer(viewer);
    tracker.setFavourites(channels(250));
    tracker.onSessionStarted("session-1");
    ASSERT_TRUE(QTest::qWaitFor([&] { return helix.live.size() == 10; }, 5000));
    EXPECT_EQ(tracker.split().pushed, channels(5));
    EXPECT_EQ(tracker.polledChannels(), channels(250).mid(5));

    QSignalSpy rounds(&tracker, &FavouritesLiveTracker::pollFinished);
    helix.streamsCalls.clear();
    tracker.start();
    ASSERT_TRUE(waitForRounds(rounds, 1));
    // The refresh of the five pushed favourites (their state before the
    // subscriptions) comes with start, in its own request.
    int polled = 0;
    for (const QStringList& call : std::as_const(helix.streamsCalls)) {
        EXPECT_LE(call.size(), 100);
        if (!call.contains(channels(5).first()))
            polled += int(call.size());
    }
    EXPECT_EQ(polled, 245);
}

TEST_F(FavouritesLiveTrackerTest, ErrorsDoubleTheIntervalUpToTheCap) {
    FavouritesLiveTracker tracker(helix, options);
    tracker.setFavourites(channels(3));
    nextStreamsError = FakeHelix::error(503);
    QSignalSpy rounds(&tracker, &FavouritesLiveTracker::pollFinished);
    tracker.start();
    ASSERT_TRUE(waitForRounds(rounds, 4));
    QList<int> delays;
    for (int i = 0; i < 4; ++i) {
        EXPECT_FALSE(rounds.at(i).at(0).toBool());
        delays << rounds.at(i).at(1).toInt();
    }
    EXPECT_EQ(delays, (QList<int>{100, 200, 300, 300}));

    nextStreamsError.reset();
    ASSERT_TRUE(waitForRounds(rounds, 5));
    EXPECT_TRUE(rounds.at(4).at(0).toBool());
    EXPECT_EQ(rounds.at(4).at(1).toInt(), 50) << "back to the normal interval";
}

TEST_F(FavouritesLiveTrackerTest, A429WaitsUntilTheRateLimitResets) {
    FavouritesLiveTracker tracker(helix, options);
    tracker.setFavourites(channels(3));
    HelixError limited = FakeHelix::error(429);
    limited.rateLimitRemaining = 0;
    limited.retryAt = QDateTime::currentDateTimeUtc().addSecs(3);
    nextStreamsError = limited;
    QSignalSpy rounds(&tracker, &FavouritesLiveTracker::pollFinished);
    tracker.start();
    ASSERT_TRUE(waitForRounds(rounds, 1));
    EXPECT_FALSE(rounds.first().at(0).toBool());
    const int delay = rounds.first().at(1).toInt();
    EXPECT_GT(delay, 2000);
    EXPECT_LE(delay, 3000);
    EXPECT_EQ(tracker.nextPollDelayMs(), delay);
    EXPECT_EQ(helix.streamsCalls.size(), 1);
}

TEST_F(FavouritesLiveTrackerTest, WentLiveOncePerLivePeriodWhenPolled) {
    FavouritesLiveTracker tracker(helix, options);
    tracker.setFavourites({nightOwl});
    QSignalSpy rounds(&tracker, &FavouritesLiveTracker::pollFinished);
    QSignalSpy changed(&tracker, &FavouritesLiveTracker::liveInfoChanged);
    QSignalSpy wentLive(&tracker, &FavouritesLiveTracker::wentLive);
    tracker.start();
    ASSERT_TRUE(waitForRounds(rounds, 1));
    EXPECT_EQ(changed.count(), 1) << "the first look tells the sidebar";
    EXPECT_FALSE(tracker.liveInfo(nightOwl).live);

    liveNow = {stream(nightOwl, "stream-1", "Blind run")};
    ASSERT_TRUE(waitForRounds(rounds, 2));
    ASSERT_EQ(wentLive.count(), 1);
    EXPECT_EQ(wentLive.first().at(0).toString(), nightOwl);
    const ChannelLiveInfo info = wentLive.first().at(1).value<ChannelLiveInfo>();
    EXPECT_TRUE(info.live);
    EXPECT_EQ(info.title, "Blind run");
    EXPECT_EQ(info.gameName, "Celeste");

    // The same stream, also with a new title: not news.
    liveNow = {stream(nightOwl, "stream-1", "Blind run, part 2")};
    ASSERT_TRUE(waitForRounds(rounds, 4));
    EXPECT_EQ(wentLive.count(), 1);
    EXPECT_EQ(tracker.liveInfo(nightOwl).title, "Blind run, part 2");

    liveNow.clear();
    ASSERT_TRUE(waitForRounds(rounds, 5));
    EXPECT_FALSE(tracker.liveInfo(nightOwl).live);
    EXPECT_FALSE(changed.last().at(1).value<ChannelLiveInfo>().live);

    liveNow = {stream(nightOwl, "stream-2", "Back again")};
    ASSERT_TRUE(waitForRounds(rounds, 6));
    ASSERT_EQ(wentLive.count(), 2) << "a new stream is a new live period";
    EXPECT_EQ(wentLive.last().at(1).value<ChannelLiveInfo>().title, "Back again");
}

TEST_F(FavouritesLiveTrackerTest, AStreamAlreadyLiveAtTheFirstLookIsNotAnnounced) {
    liveNow = {stream(nightOwl, "stream-1", "Blind run")};
    FavouritesLiveTracker tracker(helix, options);
    tracker.setFavourites({nightOwl});
    QSignalSpy rounds(&tracker, &FavouritesLiveTracker::pollFinished);
    QSignalSpy wentLive(&tracker, &FavouritesLiveTracker::wentLive);
    tracker.start();
    ASSERT_TRUE(waitForRounds(rounds, 2));
    EXPECT_TRUE(tracker.liveInfo(nightOwl).live);
    EXPECT_EQ(wentLive.count(), 0);
}

TEST_F(FavouritesLiveTrackerTest, PushedGoLiveIsAnnouncedOnceWithItsDetails) {
    FavouritesLiveTracker tracker(helix, options);
    tracker.setViewer(viewer);
    tracker.setFavourites({nightOwl});
    QSignalSpy rounds(&tracker, &FavouritesLiveTracker::pollFinished);
    tracker.start();
    ASSERT_TRUE(waitForRounds(rounds, 1)); // the first look: offline
    tracker.onSessionStarted("session-1");
    ASSERT_TRUE(QTest::qWaitFor([&] { return helix.live.size() == 2; }, 5000));
    EXPECT_EQ(helix.liveTypesFor(nightOwl), (QStringList{"stream.offline", "stream.online"}));

    QSignalSpy wentLive(&tracker, &FavouritesLiveTracker::wentLive);
    liveNow = {stream(nightOwl, "stream-1", "Blind run")};
    tracker.onNotification(notification("stream.online", nightOwl, "stream-1"));
    EXPECT_TRUE(tracker.liveInfo(nightOwl).live) << "the sidebar knows at once";
    ASSERT_TRUE(wentLive.wait(5000));
    EXPECT_EQ(wentLive.first().at(1).value<ChannelLiveInfo>().title, "Blind run");

    // Delivered twice (at least once), and a new session that reads the state again.
    tracker.onNotification(notification("stream.online", nightOwl, "stream-1"));
    const qsizetype callsBefore = helix.streamsCalls.size();
    tracker.onSessionEnded();
    tracker.onSessionStarted("session-2");
    ASSERT_TRUE(QTest::qWaitFor([&] { return helix.streamsCalls.size() > callsBefore; }, 5000));
    ASSERT_TRUE(waitForRounds(rounds, rounds.count() + 1));
    EXPECT_EQ(wentLive.count(), 1);

    tracker.onNotification(notification("stream.offline", nightOwl));
    EXPECT_FALSE(tracker.liveInfo(nightOwl).live);
    liveNow = {stream(nightOwl, "stream-2", "Again")};
    tracker.onNotification(notification("stream.online", nightOwl, "stream-2"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return wentLive.count() == 2; }, 5000));
}

TEST_F(FavouritesLiveTrackerTest, ReplanningDeletesWhatIsNoLongerNeeded) {
    FavouritesLiveTracker tracker(helix, options);
    tracker.setViewer(viewer);
    tracker.setFavourites(channels(4));
    QSignalSpy splits(&tracker, &FavouritesLiveTracker::splitChanged);
    tracker.onSessionStarted("session-1");
    ASSERT_TRUE(QTest::qWaitFor([&] { return helix.live.size() == 8; }, 5000));

    // The open channel's plan takes 5: two favourites fit, not four.
    tracker.setChannelPlan(SubscriptionPlanner::plan(
        SubscriptionPlanInput{viewer, {"user:read:chat"}, "500000001", ChannelRole::Viewer, 10}));
    EXPECT_EQ(tracker.costBudget(), 5);
    ASSERT_EQ(splits.count(), 1);
    const auto split = splits.last().at(0).value<FavouritesLiveSplit>();
    EXPECT_EQ(split.pushed, channels(2));
    EXPECT_EQ(split.polled, channels(4).mid(2));
    ASSERT_TRUE(QTest::qWaitFor([&] { return helix.live.size() == 4; }, 5000));
    EXPECT_TRUE(helix.liveTypesFor(channels(4)[2]).isEmpty());

    tracker.setFavourites(channels(1));
    ASSERT_TRUE(QTest::qWaitFor([&] { return helix.live.size() == 2; }, 5000));
    EXPECT_EQ(helix.liveTypesFor(channels(1)[0]).size(), 2);
}

// The open channel's plan lists a favourite whose subscriptions are still
// being created: Twitch answers the plan's creates 409 (they exist), so the
// tracker must not delete them when they are answered.
TEST_F(FavouritesLiveTrackerTest, CreatesUnderWayAreKeptForTheChannelPlan) {
    helix.answerCreatesAtOnce = false;
    FavouritesLiveTracker tracker(helix, options);
    tracker.setViewer(viewer);
    tracker.setFavourites({"500000001"});
    tracker.onSessionStarted("session-1");
    ASSERT_TRUE(QTest::qWaitFor([&] { return helix.pendingCreateCount() == 2; }, 5000));
    tracker.setChannelPlan(SubscriptionPlanner::plan(
        SubscriptionPlanInput{viewer, {"user:read:chat"}, "500000001", ChannelRole::Viewer, 10}));
    helix.answerPendingCreates();
    // Answered and kept: the plan's own creates get 409 and rely on these.
    EXPECT_TRUE(QTest::qWaitFor([&] { return tracker.heldSubscriptionIds().size() == 2; }, 5000));
    EXPECT_TRUE(helix.deleteCalls.isEmpty()) << "deleted what the channel plan relies on";
    EXPECT_EQ(helix.liveTypesFor("500000001").size(), 2);
}

// Taking over from another Streamside: nothing costly until it has let go,
// then the usual split; the ids held are what the other one deletes.
TEST_F(FavouritesLiveTrackerTest, ABudgetOfZeroPollsEverythingUntilItIsRaised) {
    FavouritesLiveTracker tracker(helix, options);
    tracker.setViewer(viewer);
    tracker.setFavourites(channels(3));
    tracker.setTotalCostBudget(0);
    tracker.onSessionStarted("session-1");
    EXPECT_EQ(tracker.split().polled, channels(3));
    EXPECT_TRUE(helix.createCalls.isEmpty());
    EXPECT_TRUE(tracker.heldSubscriptionIds().isEmpty());

    tracker.setTotalCostBudget(10);
    EXPECT_EQ(tracker.split().pushed, channels(3));
    ASSERT_TRUE(QTest::qWaitFor([&] { return tracker.heldSubscriptionIds().size() == 6; }, 5000));
    QStringList liveIds = helix.live.keys();
    QStringList held = tracker.heldSubscriptionIds();
    liveIds.sort();
    held.sort();
    EXPECT_EQ(held, liveIds);
}

TEST_F(FavouritesLiveTrackerTest, AFailedSubscriptionIsPolledInstead) {
    refuseSubscriptionsFor("700000001");
    FavouritesLiveTracker tracker(helix, options);
    tracker.setViewer(viewer);
    tracker.setFavourites(channels(3));
    tracker.onSessionStarted("session-1");
    ASSERT_TRUE(QTest::qWaitFor([&] { return helix.createCalls.size() == 6; }, 5000));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return tracker.polledChannels() == QStringList{"700000001"}; }, 5000));
}

TEST_F(FavouritesLiveTrackerTest, SaysWhenThePolledChannelsChange) {
    refuseSubscriptionsFor("700000001");
    FavouritesLiveTracker tracker(helix, options);
    QSignalSpy polled(&tracker, &FavouritesLiveTracker::polledChannelsChanged);
    tracker.setViewer(viewer);
    tracker.setFavourites(channels(3));
    ASSERT_EQ(polled.count(), 1);
    EXPECT_EQ(polled.last().at(0).toStringList(), channels(3)) << "no session: all polled";

    tracker.onSessionStarted("session-1");
    ASSERT_EQ(polled.count(), 2);
    EXPECT_EQ(polled.last().at(0).toStringList(), QStringList{}) << "subscribing to all three";
    ASSERT_TRUE(polled.wait(5000)) << "the failing subscription";
    EXPECT_EQ(polled.last().at(0).toStringList(), QStringList{"700000001"});
    EXPECT_EQ(polled.last().at(0).toStringList(), tracker.polledChannels());

    tracker.onSessionEnded();
    EXPECT_EQ(polled.last().at(0).toStringList(), channels(3));
}
