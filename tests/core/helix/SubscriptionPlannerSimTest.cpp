// The planner with the real HelixClient against the simulator's Helix and
// EventSub servers, over sockets on 127.0.0.1.
#include "core/eventsub/SubscriptionPlanner.h"
#include "helix/SimHelixFixture.h"
#include "helix/TestEventSubSocket.h"
#include "sim/EventSubServer.h"
#include "sim/HelixService.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using streamside::ChannelRole;
using streamside::PlannedSubscription;
using streamside::SubscriptionPlanner;
using streamside::sim::Subscription;

namespace {

const QString demoViewer = QStringLiteral("600000001");
const QString modMia = QStringLiteral("600000003");
const QString pixelpioneer = QStringLiteral("500000001");
const QString cozycoder = QStringLiteral("500000002");
// Twitch closes a session without subscriptions this long after the welcome.
constexpr int subscribeWindowMs = 10'000;

const QStringList broadcasterScopes{"user:read:chat",
                                    "moderator:read:followers",
                                    "moderator:read:shoutouts",
                                    "channel:read:subscriptions",
                                    "bits:read",
                                    "channel:read:redemptions",
                                    "channel:read:hype_train",
                                    "channel:read:polls",
                                    "channel:read:predictions",
                                    "channel:read:goals",
                                    "channel:read:charity",
                                    "channel:read:ads"};

class SubscriptionPlannerSimTest : public SimHelixFixture {
protected:
    void SetUp() override {
        SimHelixFixture::SetUp();
        SubscriptionPlanner::RetryPolicy fast;
        fast.serverBackoffMs = {50, 100, 200};
        fast.minRateLimitDelayMs = 100;
        planner = std::make_unique<SubscriptionPlanner>(*client);
        planner->setRetryPolicy(fast);
        readySpy = std::make_unique<QSignalSpy>(planner.get(), &SubscriptionPlanner::ready);
        problemSpy = std::make_unique<QSignalSpy>(planner.get(), &SubscriptionPlanner::problem);
        QObject::connect(&socket, &TestEventSubSocket::revocation, planner.get(),
                         &SubscriptionPlanner::onRevocation);
    }

    // Logs in as login, opens an EventSub session and lets the planner
    // subscribe on it; true when everything planned was active within
    // Twitch's subscribe window.
    bool subscribe(const QString& login, const QString& userId, const QStringList& scopes,
                   const QString& channelId, ChannelRole role) {
        logIn(login, scopes);
        planner->setViewer(userId, scopes);
        planner->setChannel(channelId, role);
        if (!socket.open(simulator.context().eventSubUrl))
            return false;
        QElapsedTimer sinceWelcome;
        sinceWelcome.start();
        planner->onSessionStarted(socket.sessionId());
        const bool ready = readySpy->count() > 0 || readySpy->wait(subscribeWindowMs);
        EXPECT_LT(sinceWelcome.elapsed(), subscribeWindowMs);
        EXPECT_TRUE(socket.isOpen()) << "close code " << socket.closeCode();
        return ready;
    }

    QList<Subscription> held(const QString& userId) {
        return simulator.subscriptions().forUser(clientId(), userId);
    }

    // The simulator's subscriptions against the plan: same (type, version,
    // condition) set, all enabled on our session.
    void expectSimulatorHoldsThePlan(const QString& userId) {
        QSet<QString> planned;
        for (const PlannedSubscription& subscription : planner->currentPlan().subscriptions)
            planned.insert(subscription.key());
        QSet<QString> inSimulator;
        int cost = 0;
        for (const Subscription& subscription : held(userId)) {
            EXPECT_TRUE(subscription.isEnabled()) << subscription.type.toStdString();
            EXPECT_EQ(subscription.sessionId, socket.sessionId());
            inSimulator.insert(PlannedSubscription{
                subscription.type, subscription.version, subscription.condition, 0, {}}
                                   .key());
            cost += subscription.cost;
        }
        EXPECT_EQ(inSimulator, planned);
        EXPECT_EQ(simulator.subscriptions().totalCost(clientId(), userId), cost);
        EXPECT_LE(cost, 10);
        EXPECT_EQ(cost, planner->currentPlan().totalCost()) << "the plan's costs are Twitch's";
    }

    QStringList heldTypes(const QString& userId) {
        QStringList types;
        for (const Subscription& subscription : held(userId))
            types.append(subscription.type);
        types.sort();
        return types;
    }

    TestEventSubSocket socket;
    std::unique_ptr<SubscriptionPlanner> planner;
    std::unique_ptr<QSignalSpy> readySpy;
    std::unique_ptr<QSignalSpy> problemSpy;
};

} // namespace

TEST_F(SubscriptionPlannerSimTest, AViewerTokenSubscribesWithinTheWindow) {
    ASSERT_TRUE(subscribe("demo_viewer", demoViewer, {"user:read:chat"}, pixelpioneer,
                          ChannelRole::Viewer));
    EXPECT_EQ(held(demoViewer).size(), 7);
    expectSimulatorHoldsThePlan(demoViewer);
    EXPECT_EQ(simulator.subscriptions().totalCost(clientId(), demoViewer), 5);
    EXPECT_EQ(problemSpy->count(), 0);
}

TEST_F(SubscriptionPlannerSimTest, AModeratorTokenAddsFollowsAndShoutouts) {
    ASSERT_TRUE(
        subscribe("mod_mia", modMia,
                  {"user:read:chat", "moderator:read:followers", "moderator:read:shoutouts"},
                  pixelpioneer, ChannelRole::Moderator));
    expectSimulatorHoldsThePlan(modMia);
    const QStringList types = heldTypes(modMia);
    EXPECT_TRUE(types.contains("channel.follow"));
    EXPECT_TRUE(types.contains("channel.shoutout.create"));
    EXPECT_TRUE(types.contains("channel.shoutout.receive"));
    for (const Subscription& subscription : held(modMia))
        if (subscription.type == QLatin1String("channel.follow")) {
            EXPECT_EQ(subscription.condition.value("moderator_user_id").toString(), modMia);
        }
    EXPECT_EQ(simulator.subscriptions().totalCost(clientId(), modMia), 5);
}

TEST_F(SubscriptionPlannerSimTest, TheBroadcastersOwnTokenGetsEverythingForFree) {
    ASSERT_TRUE(subscribe("pixelpioneer", pixelpioneer, broadcasterScopes, pixelpioneer,
                          ChannelRole::Broadcaster));
    expectSimulatorHoldsThePlan(pixelpioneer);
    EXPECT_EQ(held(pixelpioneer).size(), 26);
    EXPECT_EQ(simulator.subscriptions().totalCost(clientId(), pixelpioneer), 0);
    const QStringList types = heldTypes(pixelpioneer);
    for (const char* type : {"channel.subscribe", "channel.cheer", "channel.hype_train.begin",
                             "channel.ad_break.begin", "channel.charity_campaign.donate",
                             "channel.channel_points_custom_reward_redemption.add"})
        EXPECT_TRUE(types.contains(QLatin1String(type))) << type;
}

TEST_F(SubscriptionPlannerSimTest, RateLimitedRequestsAreRetriedAndEndWell) {
    simulator.helix().failNextRequests(429, 4);
    ASSERT_TRUE(subscribe("demo_viewer", demoViewer, {"user:read:chat"}, pixelpioneer,
                          ChannelRole::Viewer));
    expectSimulatorHoldsThePlan(demoViewer);
    EXPECT_EQ(problemSpy->count(), 0);
}

TEST_F(SubscriptionPlannerSimTest, ServerErrorsAreRetriedAndEndWell) {
    simulator.helix().failNextRequests(503, 5);
    ASSERT_TRUE(subscribe("demo_viewer", demoViewer, {"user:read:chat"}, pixelpioneer,
                          ChannelRole::Viewer));
    expectSimulatorHoldsThePlan(demoViewer);
    EXPECT_EQ(problemSpy->count(), 0);
}

TEST_F(SubscriptionPlannerSimTest, AnExpiredTokenIsRetriedOnceTheSessionHasRefreshedIt) {
    // What the auth session does on IHelix::unauthorized, played here: a
    // fresh token of the same account, as a refresh gives it.
    int refreshes = 0;
    QObject::connect(client.get(), &streamside::IHelix::unauthorized, client.get(), [&] {
        if (refreshes++ == 0)
            logIn("demo_viewer", {"user:read:chat"});
    });
    const QString expired = logIn("demo_viewer", {"user:read:chat"});
    ASSERT_TRUE(simulator.oauth().expireToken(expired));
    planner->setViewer(demoViewer, {"user:read:chat"});
    planner->setChannel(pixelpioneer, ChannelRole::Viewer);
    ASSERT_TRUE(socket.open(simulator.context().eventSubUrl));
    planner->onSessionStarted(socket.sessionId());
    ASSERT_TRUE(readySpy->count() > 0 || readySpy->wait(subscribeWindowMs));
    EXPECT_GE(refreshes, 1);
    expectSimulatorHoldsThePlan(demoViewer);
    EXPECT_EQ(problemSpy->count(), 0);
}

TEST_F(SubscriptionPlannerSimTest, WhatTheTokenMayNotHaveIsReportedAndTheRestWorks) {
    QSignalSpy notAuthorizedSpy(planner.get(), &SubscriptionPlanner::notAuthorized);
    // demo_viewer holds the scope but moderates nothing: Twitch answers 403.
    logIn("demo_viewer", {"user:read:chat", "moderator:read:followers"});
    planner->setViewer(demoViewer, {"user:read:chat", "moderator:read:followers"});
    planner->setChannel(pixelpioneer, ChannelRole::Moderator);
    ASSERT_TRUE(socket.open(simulator.context().eventSubUrl));
    planner->onSessionStarted(socket.sessionId());

    ASSERT_TRUE(problemSpy->wait(subscribeWindowMs));
    ASSERT_EQ(notAuthorizedSpy.count(), 1);
    EXPECT_EQ(notAuthorizedSpy.first().first().toString(), "channel.follow");
    EXPECT_EQ(held(demoViewer).size(), 7);
    EXPECT_FALSE(heldTypes(demoViewer).contains("channel.follow"));
}

TEST_F(SubscriptionPlannerSimTest, AChannelChangeReplacesTheSubscriptionsInTheSimulator) {
    ASSERT_TRUE(subscribe("demo_viewer", demoViewer, {"user:read:chat"}, pixelpioneer,
                          ChannelRole::Viewer));
    planner->setChannel(cozycoder, ChannelRole::Viewer);
    ASSERT_TRUE(readySpy->wait(5000));
    const auto namesOldChannel = [this] {
        for (const Subscription& subscription : held(demoViewer))
            for (const QJsonValue& value : subscription.condition)
                if (value.toString() == pixelpioneer)
                    return true;
        return false;
    };
    ASSERT_TRUE(QTest::qWaitFor([&] { return !namesOldChannel(); }, 5000));
    EXPECT_EQ(held(demoViewer).size(), 7);
    expectSimulatorHoldsThePlan(demoViewer);
}

TEST_F(SubscriptionPlannerSimTest, ARevocationFromTwitchReachesTheViewerInWords) {
    QSignalSpy revokedSpy(planner.get(), &SubscriptionPlanner::revoked);
    ASSERT_TRUE(subscribe("demo_viewer", demoViewer, {"user:read:chat"}, pixelpioneer,
                          ChannelRole::Viewer));
    QString chatId;
    for (const Subscription& subscription : held(demoViewer))
        if (subscription.type == QLatin1String("channel.chat.message"))
            chatId = subscription.id;
    ASSERT_TRUE(simulator.eventSub().revokeSubscription(chatId, "chat_user_banned"));

    ASSERT_TRUE(revokedSpy.wait(5000));
    EXPECT_EQ(revokedSpy.first().at(0).toString(), "channel.chat.message");
    EXPECT_EQ(revokedSpy.first().at(1).toString(),
              "You are banned from this channel's chat, so its chat events stopped.");
}
