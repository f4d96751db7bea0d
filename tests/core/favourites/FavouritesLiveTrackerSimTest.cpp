// FavouritesLiveTracker beside the EventFeed, against the simulator over
// real sockets on 127.0.0.1: pushed favourites subscribed on the feed's
// session within the shared cost budget, a go-live pushed and announced once,
// and not again after a dropped connection; polling in batches and backing
// off on errors.
#include "core/config/EndpointConfig.h"
#include "core/eventsub/EventFeed.h"
#include "core/favourites/FavouritesLiveTracker.h"
#include "core/helix/HelixClient.h"
#include "sim/EventSubServer.h"
#include "sim/HelixService.h"
#include "sim/OAuthService.h"
#include "sim/Simulator.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace streamside;

namespace {

const QString viewer = QStringLiteral("600000001");
const QString pixelPioneer = QStringLiteral("500000001"); // the open channel, live
const QString cozyCoder = QStringLiteral("500000002");    // live
const QString nightOwl = QStringLiteral("500000003");     // offline
const QString sakura = QStringLiteral("500000004");       // live
const QString retroRachel = QStringLiteral("500000005");  // offline
const QStringList viewerScopes{"user:read:chat", "user:write:chat", "user:read:follows"};

} // namespace

class FavouritesLiveTrackerSimTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(simulator.start());
        token = simulator.oauth().mintUserToken("demo_viewer", viewerScopes);
        ASSERT_TRUE(token);
        EndpointConfig endpoints = EndpointConfig::twitchDefaults(token->clientId);
        endpoints.apiUrl = simulator.baseUrl().resolved(QUrl("/helix"));
        helix = std::make_unique<HelixClient>(endpoints);
        helix->setCredentials(token->clientId, token->accessToken);
        EventSubConnection::Options options;
        options.url = simulator.context().eventSubUrl;
        feed = std::make_unique<EventFeed>(options, *helix, nullptr, nullptr);
        tracker = std::make_unique<FavouritesLiveTracker>(*helix);

        // As AppController wires them: the open channel's plan first, the
        // tracker within what it leaves, on the same session.
        EventSubConnection& connection = feed->connection();
        QObject::connect(&feed->planner(), &SubscriptionPlanner::planChanged, tracker.get(),
                         &FavouritesLiveTracker::setChannelPlan);
        QObject::connect(&connection, &EventSubConnection::sessionStarted, tracker.get(),
                         &FavouritesLiveTracker::onSessionStarted);
        QObject::connect(&connection, &EventSubConnection::stateChanged, tracker.get(),
                         [this](EventSubConnection::State state) {
                             if (state != EventSubConnection::State::Connected)
                                 tracker->onSessionEnded();
                         });
        QObject::connect(&connection, &EventSubConnection::notificationReceived, tracker.get(),
                         &FavouritesLiveTracker::onNotification);
        QObject::connect(&connection, &EventSubConnection::revocationReceived, tracker.get(),
                         &FavouritesLiveTracker::onRevocation);
    }

    // The enabled stream.online/offline of a channel on a session.
    QStringList streamSubscriptions(const QString& session, const QString& channel) {
        QStringList types;
        for (const sim::Subscription& s : simulator.subscriptions().forSession(session))
            if (s.isEnabled() && s.type.startsWith("stream.") &&
                s.condition.value("broadcaster_user_id").toString() == channel)
                types << s.type;
        types.sort();
        return types;
    }

    // Waits until the session holds stream.online/offline for these channels.
    bool waitForStreamSubscriptions(const QStringList& channels) {
        return QTest::qWaitFor(
            [&] {
                const QString session = feed->connection().sessionId();
                if (session.isEmpty() ||
                    feed->planner().state() != SubscriptionPlanner::State::Ready)
                    return false;
                for (const QString& channel : channels)
                    if (streamSubscriptions(session, channel) !=
                        QStringList{"stream.offline", "stream.online"})
                        return false;
                return true;
            },
            10000);
    }

    void startAll() {
        tracker->setViewer(viewer);
        tracker->setFavourites({nightOwl, pixelPioneer, cozyCoder, sakura, retroRachel});
        feed->showChannel(pixelPioneer, ChannelRole::Viewer);
        QSignalSpy firstLook(tracker.get(), &FavouritesLiveTracker::pollFinished);
        tracker->start();
        ASSERT_TRUE(firstLook.wait(5000));
        feed->start(viewer, viewerScopes);
        ASSERT_TRUE(waitForStreamSubscriptions({nightOwl, pixelPioneer, cozyCoder}));
    }

    sim::Simulator simulator;
    std::optional<sim::AccessToken> token;
    std::unique_ptr<HelixClient> helix;
    std::unique_ptr<EventFeed> feed;
    std::unique_ptr<FavouritesLiveTracker> tracker;
};

TEST_F(FavouritesLiveTrackerSimTest, PushedFavouritesAreSubscribedWithinTheSharedBudget) {
    startAll();
    // The open channel's plan costs 5 (stream.online/offline, channel.update,
    // two raids); 5 are left: NightOwl (2), PixelPioneer (in the channel's
    // plan already), CozyCoder (2); the rest are polled.
    const FavouritesLiveSplit split = tracker->split();
    EXPECT_EQ(split.pushed, (QStringList{nightOwl, pixelPioneer, cozyCoder}));
    EXPECT_EQ(split.sharedWithChannelPlan, QStringList{pixelPioneer});
    EXPECT_EQ(split.polled, (QStringList{sakura, retroRachel}));
    EXPECT_EQ(split.cost, 4);
    EXPECT_EQ(tracker->polledChannels(), (QStringList{sakura, retroRachel}));

    const QString session = feed->connection().sessionId();
    EXPECT_TRUE(streamSubscriptions(session, sakura).isEmpty());
    int pixelOnline = 0;
    for (const sim::Subscription& s : simulator.subscriptions().forSession(session))
        pixelOnline += s.type == "stream.online" &&
                       s.condition.value("broadcaster_user_id").toString() == pixelPioneer;
    EXPECT_EQ(pixelOnline, 1) << "the open channel's stream.online is not doubled";
    EXPECT_LE(simulator.subscriptions().totalCost(token->clientId, viewer), 10);

    // The first look found the live ones by polling.
    EXPECT_TRUE(tracker->liveInfo(sakura).live);
    EXPECT_TRUE(tracker->liveInfo(cozyCoder).live);
    EXPECT_FALSE(tracker->liveInfo(nightOwl).live);
}

TEST_F(FavouritesLiveTrackerSimTest, GoingLiveIsPushedAndAnnouncedOnceAcrossADrop) {
    startAll();
    QSignalSpy changed(tracker.get(), &FavouritesLiveTracker::liveInfoChanged);
    QSignalSpy wentLive(tracker.get(), &FavouritesLiveTracker::wentLive);
    ASSERT_TRUE(simulator.setChannelLive("nightowlgaming", true));

    ASSERT_TRUE(wentLive.wait(5000)) << "no go-live pushed";
    EXPECT_EQ(wentLive.first().at(0).toString(), nightOwl);
    const ChannelLiveInfo info = wentLive.first().at(1).value<ChannelLiveInfo>();
    EXPECT_TRUE(info.live);
    EXPECT_EQ(info.title, "Elden Ring blind — no guides, no spoilers");
    EXPECT_EQ(info.gameName, "Elden Ring");
    bool sidebarTold = false;
    for (const QList<QVariant>& change : changed)
        sidebarTold |=
            change.at(0).toString() == nightOwl && change.at(1).value<ChannelLiveInfo>().live;
    EXPECT_TRUE(sidebarTold);

    // The connection drops: a new session, subscriptions made again, the
    // state read again; the same stream is not announced twice.
    const QString firstSession = feed->connection().sessionId();
    QSignalSpy sessions(&feed->connection(), &EventSubConnection::sessionStarted);
    ASSERT_TRUE(simulator.eventSub().dropSession(firstSession));
    ASSERT_TRUE(sessions.wait(10000)) << "did not reconnect";
    ASSERT_TRUE(waitForStreamSubscriptions({nightOwl, pixelPioneer, cozyCoder}));
    EXPECT_NE(feed->connection().sessionId(), firstSession);
    // The same stream announced again on the new session (as a client that
    // missed nothing would see a repeated delivery): still not news.
    simulator.eventSub().announceLiveState(nightOwl);
    // CozyCoder going offline and back on marks a point after both have
    // been delivered (frames keep their order).
    QSignalSpy cozy(tracker.get(), &FavouritesLiveTracker::wentLive);
    ASSERT_TRUE(simulator.setChannelLive("cozycoder", false));
    ASSERT_TRUE(simulator.setChannelLive("cozycoder", true));
    ASSERT_TRUE(cozy.wait(5000));
    EXPECT_EQ(cozy.first().at(0).toString(), cozyCoder);
    int nightOwlAnnouncements = 0;
    for (const QList<QVariant>& announced : wentLive)
        nightOwlAnnouncements += announced.at(0).toString() == nightOwl;
    EXPECT_EQ(nightOwlAnnouncements, 1);
    EXPECT_TRUE(tracker->liveInfo(nightOwl).live);
}

// Polling over real sockets: 250 favourites need three GET /streams requests
// (the simulator, like Twitch, answers 400 to more than 100 ids), and Helix
// failing makes the tracker wait longer each time, then return to its
// interval.
TEST_F(FavouritesLiveTrackerSimTest, PollsInBatchesAndBacksOffOnErrors) {
    FavouritesLiveTracker::Options options;
    options.totalCostBudget = 0; // everything polled
    options.pollIntervalMs = 100;
    options.maxBackoffMs = 400;
    FavouritesLiveTracker polling(*helix, options);
    // Unknown ids first, so that the live ones sit in the second and third
    // request of a round.
    QStringList favourites;
    for (int i = 0; i < 150; ++i)
        favourites << QString::number(700000000 + i);
    favourites << cozyCoder;
    for (int i = 150; i < 248; ++i)
        favourites << QString::number(700000000 + i);
    favourites << sakura;
    ASSERT_EQ(favourites.size(), 250);
    polling.setViewer(viewer);
    polling.setFavourites(favourites);

    QSignalSpy rounds(&polling, &FavouritesLiveTracker::pollFinished);
    polling.start();
    ASSERT_TRUE(rounds.wait(5000));
    EXPECT_TRUE(rounds.first().at(0).toBool()) << "a request of more than 100 ids was refused";
    EXPECT_TRUE(polling.liveInfo(cozyCoder).live) << "found in the second request";
    EXPECT_TRUE(polling.liveInfo(sakura).live) << "found in the third request";

    // Helix fails the next three rounds (three requests each): the interval
    // doubles up to the cap, and comes back once Helix answers again.
    simulator.helix().failNextRequests(503, 9);
    QList<int> delays;
    QList<bool> answered;
    while (answered.size() < 4) {
        const qsizetype seen = rounds.size();
        ASSERT_TRUE(QTest::qWaitFor([&] { return rounds.size() > seen; }, 5000));
        answered << rounds.last().at(0).toBool();
        delays << rounds.last().at(1).toInt();
    }
    EXPECT_EQ(answered, (QList<bool>{false, false, false, true}));
    EXPECT_EQ(delays, (QList<int>{200, 400, 400, 100}));
}
