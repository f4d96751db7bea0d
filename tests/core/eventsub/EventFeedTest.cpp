// The whole live-events path against the simulator over real sockets:
// EventSub connection, subscriptions through Helix, pipeline, history and
// the events list.
#include "core/eventsub/EventFeed.h"

#include "core/config/EndpointConfig.h"
#include "core/events/RecentEventsModel.h"
#include "core/helix/HelixClient.h"
#include "core/storage/Database.h"
#include "core/storage/EventHistory.h"
#include "core/storage/EventRepository.h"
#include "sim/EventSubServer.h"
#include "sim/OAuthService.h"
#include "sim/Simulator.h"

#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace streamside;

namespace {

const QString pixelPioneer = QStringLiteral("500000001");
const QStringList viewerScopes{"user:read:chat", "user:write:chat", "user:read:follows"};

QSet<QString> arrivedIds(const QSignalSpy& spy) {
    QSet<QString> ids;
    for (const QList<QVariant>& arguments : spy)
        ids.insert(arguments.at(0).value<ChannelEvent>().messageId);
    return ids;
}

} // namespace

class EventFeedTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(simulator.start());
        ASSERT_FALSE(database.open());
        const auto token = simulator.oauth().mintUserToken("demo_viewer", viewerScopes);
        ASSERT_TRUE(token);
        EndpointConfig endpoints = EndpointConfig::twitchDefaults(token->clientId);
        endpoints.apiUrl = simulator.baseUrl().resolved(QUrl("/helix"));
        helix = std::make_unique<HelixClient>(endpoints);
        helix->setCredentials(token->clientId, token->accessToken);
        EventSubConnection::Options options;
        options.url = simulator.context().eventSubUrl;
        feed = std::make_unique<EventFeed>(options, *helix, &history, &model);
    }

    // Starts the feed on PixelPioneer's channel and waits until every planned
    // subscription is active.
    void startAndWaitUntilReady() {
        QSignalSpy ready(&feed->planner(), &SubscriptionPlanner::ready);
        feed->showChannel(pixelPioneer, ChannelRole::Viewer);
        feed->start("600000001", viewerScopes);
        ASSERT_TRUE(ready.wait(10000)) << "subscriptions not ready";
    }

    QStringList trigger(int count, const char* notice = "resub") {
        QStringList ids;
        for (int i = 0; i < count; ++i)
            ids << simulator.eventSub()
                       .trigger("channel.chat.notification", notice, pixelPioneer)
                       .messageIds;
        return ids;
    }

    sim::Simulator simulator;
    QTemporaryDir dir;
    Database database{dir.filePath("streamside.db")};
    EventRepository events{database};
    EventHistory history{events};
    RecentEventsModel model;
    std::unique_ptr<HelixClient> helix;
    std::unique_ptr<EventFeed> feed;
};

TEST_F(EventFeedTest, SubscribesWithinTheWindowAndEventsReachTheList) {
    startAndWaitUntilReady();
    // The viewer's plan, in the simulator's registry, on the open session.
    const QString session = feed->connection().sessionId();
    QSet<QString> types;
    for (const sim::Subscription& s : simulator.subscriptions().forSession(session))
        if (s.isEnabled())
            types.insert(s.type);
    EXPECT_EQ(types,
              QSet<QString>({"channel.chat.notification", "channel.chat.message", "stream.online",
                             "stream.offline", "channel.update", "channel.raid"}));

    QSignalSpy arrived(feed.get(), &EventFeed::eventArrived);
    const QStringList sent = trigger(1, "raid");
    ASSERT_EQ(sent.size(), 1);
    ASSERT_TRUE(arrived.wait(1000)) << "the event did not arrive within a second";
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.data(model.index(0), RecentEventsModel::KindRole).toString(), "raid");
    EXPECT_EQ(model.data(model.index(0), RecentEventsModel::MessageIdRole).toString(), sent[0]);
    history.waitUntilWritten();
    EXPECT_TRUE(history.contains(sent[0]));
}

TEST_F(EventFeedTest, AReconnectInTheMiddleOfABurstLosesNoneAndDuplicatesNone) {
    startAndWaitUntilReady();
    QSignalSpy arrived(feed.get(), &EventFeed::eventArrived);
    QSignalSpy sessionStarted(&feed->connection(), &EventSubConnection::sessionStarted);
    QSignalSpy welcomed(&simulator.eventSub(), &sim::EventSubServer::sessionWelcomed);

    QStringList sent = trigger(40, "sub_gift");
    ASSERT_EQ(simulator.eventSub().sendReconnect(), 1);
    sent += trigger(40, "sub_gift"); // on the old socket, during the hand-over
    ASSERT_TRUE(welcomed.wait(5000)) << "the client did not follow the reconnect";
    sent += trigger(40, "sub_gift"); // on the new socket

    // One more event on the same socket: once it is here, any late copy of
    // the ones before it would have been delivered too (frames keep their order).
    const QStringList sentinel = trigger(1, "sub_gift");
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return arrivedIds(arrived).contains(sentinel.value(0)); }, 10000))
        << arrived.count() << " of " << sent.size() + 1;
    sent += sentinel;
    EXPECT_EQ(arrived.count(), sent.size());
    EXPECT_EQ(arrivedIds(arrived), QSet<QString>(sent.begin(), sent.end()));
    EXPECT_EQ(sessionStarted.count(), 0) << "a hand-over must not resubscribe";
    EXPECT_EQ(feed->pipeline().counters().duplicates, 0);
    history.waitUntilWritten();
    EXPECT_EQ(events.count(pixelPioneer), sent.size());
}

TEST_F(EventFeedTest, ADroppedConnectionReconnectsAndResubscribes) {
    startAndWaitUntilReady();
    const QString firstSession = feed->connection().sessionId();
    QSignalSpy states(feed.get(), &EventFeed::stateChanged);
    QSignalSpy ready(&feed->planner(), &SubscriptionPlanner::ready);
    ASSERT_TRUE(simulator.eventSub().dropSession(firstSession));

    ASSERT_TRUE(ready.wait(10000)) << "did not subscribe again";
    const QString secondSession = feed->connection().sessionId();
    EXPECT_NE(secondSession, firstSession);
    bool sawReconnecting = false;
    for (const QList<QVariant>& change : states)
        sawReconnecting |= change.at(0).value<EventSubConnection::State>() ==
                           EventSubConnection::State::Reconnecting;
    EXPECT_TRUE(sawReconnecting);
    EXPECT_FALSE(simulator.subscriptions().forSession(secondSession).isEmpty());

    QSignalSpy arrived(feed.get(), &EventFeed::eventArrived);
    trigger(1);
    EXPECT_TRUE(arrived.wait(1000));
}

TEST_F(EventFeedTest, DuplicatedFramesAreShownOnce) {
    startAndWaitUntilReady();
    QSignalSpy arrived(feed.get(), &EventFeed::eventArrived);
    simulator.eventSub().duplicateNextNotifications(3);
    const QStringList sent = trigger(3);
    ASSERT_TRUE(QTest::qWaitFor([&] { return feed->pipeline().counters().received >= 6; }, 5000));
    EXPECT_EQ(arrived.count(), 3);
    EXPECT_EQ(feed->pipeline().counters().duplicates, 3);
    EXPECT_EQ(model.rowCount(), 3);
}

TEST_F(EventFeedTest, ARevocationIsExplained) {
    startAndWaitUntilReady();
    QSignalSpy problems(feed.get(), &EventFeed::problem);
    QString chatSubscription;
    for (const sim::Subscription& s :
         simulator.subscriptions().forSession(feed->connection().sessionId()))
        if (s.type == "channel.chat.notification")
            chatSubscription = s.id;
    ASSERT_FALSE(chatSubscription.isEmpty());
    ASSERT_TRUE(simulator.eventSub().revokeSubscription(chatSubscription, "chat_user_banned"));
    ASSERT_TRUE(problems.wait(2000));
    EXPECT_TRUE(problems.first().at(0).toString().contains("banned"))
        << problems.first().at(0).toString().toStdString();
}

TEST_F(EventFeedTest, OpeningAChannelShowsItsHistoryAtOnce) {
    startAndWaitUntilReady();
    QSignalSpy arrived(feed.get(), &EventFeed::eventArrived);
    trigger(12);
    ASSERT_TRUE(QTest::qWaitFor([&] { return arrived.count() == 12; }, 5000));
    feed->showChannel("500000002", ChannelRole::Viewer);
    EXPECT_EQ(model.rowCount(), 0);
    feed->showChannel(pixelPioneer, ChannelRole::Viewer);
    EXPECT_EQ(model.rowCount(), RecentEventsModel::capacity);
}

TEST_F(EventFeedTest, StopLeavesNothingRunning) {
    startAndWaitUntilReady();
    const QString session = feed->connection().sessionId();
    QSignalSpy ended(&simulator.eventSub(), &sim::EventSubServer::sessionEnded);
    feed->stop();
    ASSERT_TRUE(ended.wait(5000));
    EXPECT_EQ(ended.first().at(0).toString(), session);
    EXPECT_EQ(feed->connection().state(), EventSubConnection::State::Offline);
    EXPECT_TRUE(simulator.eventSub().openSessionIds().isEmpty());
}
