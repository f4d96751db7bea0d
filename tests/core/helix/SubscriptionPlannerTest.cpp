#include "core/eventsub/SubscriptionPlanner.h"

#include "support/FakeHelix.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <memory>

using streamside::ChannelRole;
using streamside::EventSubMessage;
using streamside::EventSubSubscriptionRequest;
using streamside::HelixError;
using streamside::SubscriptionPlanner;

namespace {

const QString viewer = QStringLiteral("600000001");
const QString pixelpioneer = QStringLiteral("500000001");
const QString cozycoder = QStringLiteral("500000002");
const QString session = QStringLiteral("session-1");
constexpr int waitMs = 5000;

// Runs the event loop until everything queued so far (zero-time timers) ran.
void flushEvents() {
    bool flushed = false;
    QTimer::singleShot(0, [&flushed] { flushed = true; });
    ASSERT_TRUE(QTest::qWaitFor([&flushed] { return flushed; }, waitMs));
}

class SubscriptionPlannerTest : public ::testing::Test {
protected:
    SubscriptionPlannerTest() {
        SubscriptionPlanner::RetryPolicy fast;
        fast.serverBackoffMs = {100, 200};
        fast.minRateLimitDelayMs = 50;
        planner->setRetryPolicy(fast);
    }

    void startViewerOn(const QString& channelId, const QStringList& scopes = {"user:read:chat"},
                       ChannelRole role = ChannelRole::Viewer) {
        planner->setViewer(viewer, scopes);
        planner->setChannel(channelId, role);
        planner->onSessionStarted(session);
    }

    QList<FakeHelix::CreateCall> callsOf(const QString& type) const {
        QList<FakeHelix::CreateCall> calls;
        for (const FakeHelix::CreateCall& call : helix.createCalls)
            if (call.request.type == type)
                calls.append(call);
        return calls;
    }

    FakeHelix helix;
    std::unique_ptr<SubscriptionPlanner> planner = std::make_unique<SubscriptionPlanner>(helix);
    QSignalSpy readySpy{planner.get(), &SubscriptionPlanner::ready};
    QSignalSpy problemSpy{planner.get(), &SubscriptionPlanner::problem};
};

} // namespace

TEST_F(SubscriptionPlannerTest, NothingIsCreatedBeforeTheSessionStarts) {
    planner->setViewer(viewer, {"user:read:chat"});
    planner->setChannel(pixelpioneer, ChannelRole::Viewer);
    flushEvents();
    EXPECT_TRUE(helix.createCalls.isEmpty());
    EXPECT_EQ(planner->state(), SubscriptionPlanner::State::Idle);
    EXPECT_EQ(planner->currentPlan().subscriptions.size(), 7);
}

TEST_F(SubscriptionPlannerTest, TheSessionStartCreatesEveryPlannedSubscriptionAtOnce) {
    helix.answerCreatesAtOnce = false;
    startViewerOn(pixelpioneer);

    // All requests are out before any answer: nothing waits for anything.
    ASSERT_EQ(helix.createCalls.size(), 7);
    for (const FakeHelix::CreateCall& call : helix.createCalls)
        EXPECT_EQ(call.request.sessionId, session);
    EXPECT_EQ(planner->state(), SubscriptionPlanner::State::Subscribing);

    helix.answerPendingCreates();
    ASSERT_TRUE(readySpy.wait(waitMs));
    EXPECT_EQ(planner->state(), SubscriptionPlanner::State::Ready);
    EXPECT_EQ(planner->heldSubscriptions().size(), 7);
    for (const SubscriptionPlanner::Held& held : planner->heldSubscriptions())
        EXPECT_TRUE(helix.live.contains(held.id));
    EXPECT_EQ(problemSpy.count(), 0);
}

TEST_F(SubscriptionPlannerTest, TheWelcomeAfterAReconnectKeepsTheSubscriptions) {
    startViewerOn(pixelpioneer);
    ASSERT_TRUE(readySpy.wait(waitMs));
    planner->onSessionStarted(session);
    flushEvents();
    EXPECT_EQ(helix.createCalls.size(), 7);
}

TEST_F(SubscriptionPlannerTest, ANewSessionSubscribesAgain) {
    startViewerOn(pixelpioneer);
    ASSERT_TRUE(readySpy.wait(waitMs));
    planner->onSessionEnded();
    EXPECT_EQ(planner->state(), SubscriptionPlanner::State::Idle);
    planner->onSessionStarted(QStringLiteral("session-2"));
    ASSERT_TRUE(readySpy.wait(waitMs));
    ASSERT_EQ(helix.createCalls.size(), 14);
    EXPECT_EQ(helix.createCalls.last().request.sessionId, "session-2");
    EXPECT_TRUE(helix.deleteCalls.isEmpty()) << "the old session's subscriptions died with it";
}

TEST_F(SubscriptionPlannerTest, A429IsRetriedOnlyAfterTheReset) {
    QDateTime resetAt;
    helix.createFailure = [&resetAt](const EventSubSubscriptionRequest& request,
                                     int attempt) -> std::optional<HelixError> {
        if (request.type != QLatin1String("stream.online") || attempt > 1)
            return std::nullopt;
        HelixError error = FakeHelix::error(429, QStringLiteral("Too Many Requests"));
        resetAt = QDateTime::currentDateTimeUtc().addMSecs(600);
        error.retryAt = resetAt;
        error.rateLimitRemaining = 0;
        return error;
    };
    startViewerOn(pixelpioneer);

    ASSERT_TRUE(readySpy.wait(waitMs));
    const QList<FakeHelix::CreateCall> calls = callsOf(QStringLiteral("stream.online"));
    ASSERT_EQ(calls.size(), 2);
    EXPECT_GE(calls.at(1).atMs - calls.at(0).atMs, 590) << "retried before Ratelimit-Reset";
    EXPECT_EQ(planner->heldSubscriptions().size(), 7);
}

TEST_F(SubscriptionPlannerTest, A429WithPointsLeftIsALimitNotARateAndIsNotRetried) {
    helix.createFailure = [](const EventSubSubscriptionRequest& request,
                             int) -> std::optional<HelixError> {
        if (request.type != QLatin1String("channel.update"))
            return std::nullopt;
        HelixError error = FakeHelix::error(429, QStringLiteral("would exceed max_total_cost"));
        error.retryAt = QDateTime::currentDateTimeUtc();
        error.rateLimitRemaining = 700;
        return error;
    };
    startViewerOn(pixelpioneer);

    ASSERT_TRUE(problemSpy.wait(waitMs));
    EXPECT_EQ(callsOf(QStringLiteral("channel.update")).size(), 1);
    EXPECT_TRUE(problemSpy.first().first().toString().contains("channel.update"));
    EXPECT_EQ(planner->state(), SubscriptionPlanner::State::Problem);
    EXPECT_EQ(readySpy.count(), 0);
}

TEST_F(SubscriptionPlannerTest, ServerErrorsAreRetriedWithAGrowingBackoff) {
    helix.createFailure = [](const EventSubSubscriptionRequest& request,
                             int attempt) -> std::optional<HelixError> {
        if (request.type == QLatin1String("channel.chat.message") && attempt <= 2)
            return FakeHelix::error(503);
        return std::nullopt;
    };
    startViewerOn(pixelpioneer);

    ASSERT_TRUE(readySpy.wait(waitMs));
    const QList<FakeHelix::CreateCall> calls = callsOf(QStringLiteral("channel.chat.message"));
    ASSERT_EQ(calls.size(), 3);
    EXPECT_GE(calls.at(1).atMs - calls.at(0).atMs, 100);
    EXPECT_GE(calls.at(2).atMs - calls.at(1).atMs, 200);
    EXPECT_EQ(problemSpy.count(), 0);
}

TEST_F(SubscriptionPlannerTest, ServerErrorsBeyondTheRetriesAreAProblem) {
    helix.createFailure = [](const EventSubSubscriptionRequest& request,
                             int) -> std::optional<HelixError> {
        if (request.type == QLatin1String("stream.offline"))
            return FakeHelix::error(500, QStringLiteral("Internal Server Error"));
        return std::nullopt;
    };
    startViewerOn(pixelpioneer);

    ASSERT_TRUE(problemSpy.wait(waitMs));
    EXPECT_EQ(callsOf(QStringLiteral("stream.offline")).size(), 3) << "first try and 2 retries";
    const QString reason = problemSpy.first().first().toString();
    EXPECT_TRUE(reason.contains("stream.offline")) << reason.toStdString();
    EXPECT_EQ(planner->heldSubscriptions().size(), 6);
}

TEST_F(SubscriptionPlannerTest, A403IsReportedForItsTypeAndTheOthersGoOn) {
    QSignalSpy notAuthorizedSpy(planner.get(), &SubscriptionPlanner::notAuthorized);
    helix.createFailure = [](const EventSubSubscriptionRequest& request,
                             int) -> std::optional<HelixError> {
        if (request.type == QLatin1String("channel.follow"))
            return FakeHelix::error(403,
                                    QStringLiteral("subscription missing proper authorization"));
        return std::nullopt;
    };
    startViewerOn(pixelpioneer, {"user:read:chat", "moderator:read:followers"},
                  ChannelRole::Moderator);

    ASSERT_TRUE(problemSpy.wait(waitMs));
    ASSERT_EQ(notAuthorizedSpy.count(), 1);
    EXPECT_EQ(notAuthorizedSpy.first().first().toString(), "channel.follow");
    EXPECT_EQ(callsOf(QStringLiteral("channel.follow")).size(), 1) << "a 403 is not retried";
    EXPECT_EQ(planner->heldSubscriptions().size(), 7);
    EXPECT_TRUE(problemSpy.first().first().toString().contains("channel.follow"));
}

TEST_F(SubscriptionPlannerTest, A409MeansItExistsAlready) {
    helix.createFailure = [](const EventSubSubscriptionRequest& request,
                             int) -> std::optional<HelixError> {
        if (request.type == QLatin1String("stream.online"))
            return FakeHelix::error(409, QStringLiteral("subscription already exists"));
        return std::nullopt;
    };
    startViewerOn(pixelpioneer);
    ASSERT_TRUE(readySpy.wait(waitMs));
    EXPECT_EQ(planner->heldSubscriptions().size(), 7);
}

TEST_F(SubscriptionPlannerTest, AChannelChangeDeletesTheOldChannelsSubscriptionsAndCreatesTheNew) {
    startViewerOn(pixelpioneer);
    ASSERT_TRUE(readySpy.wait(waitMs));
    const QStringList oldIds = helix.live.keys();

    planner->setChannel(cozycoder, ChannelRole::Viewer);
    ASSERT_TRUE(readySpy.wait(waitMs));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return helix.liveTypesFor(pixelpioneer).isEmpty(); }, waitMs));

    QStringList deleted;
    for (const FakeHelix::DeleteCall& call : helix.deleteCalls)
        deleted.append(call.subscriptionId);
    deleted.sort();
    QStringList expected = oldIds;
    expected.sort();
    EXPECT_EQ(deleted, expected);
    EXPECT_EQ(helix.liveTypesFor(cozycoder).size(), 7);
    for (const SubscriptionPlanner::Held& held : planner->heldSubscriptions())
        EXPECT_FALSE(
            QJsonDocument(held.subscription.condition).toJson().contains(pixelpioneer.toUtf8()));
}

TEST_F(SubscriptionPlannerTest, SubscriptionsCreatedForAChannelLeftMeanwhileAreDeleted) {
    helix.answerCreatesAtOnce = false;
    startViewerOn(pixelpioneer);
    ASSERT_EQ(helix.pendingCreateCount(), 7);
    planner->setChannel(cozycoder, ChannelRole::Viewer);
    helix.answerPendingCreates(); // both channels' creates succeed now

    ASSERT_TRUE(readySpy.wait(waitMs));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return helix.liveTypesFor(pixelpioneer).isEmpty(); }, waitMs));
    EXPECT_EQ(helix.liveTypesFor(cozycoder).size(), 7);
    EXPECT_EQ(helix.deleteCalls.size(), 7);
}

TEST_F(SubscriptionPlannerTest, AFailedDeleteIsRetried) {
    startViewerOn(pixelpioneer);
    ASSERT_TRUE(readySpy.wait(waitMs));
    QHash<QString, int> failures;
    helix.deleteFailure = [&failures](const QString& id) -> std::optional<HelixError> {
        if (failures[id]++ == 0)
            return FakeHelix::error(502);
        return std::nullopt;
    };
    planner->setChannel(cozycoder, ChannelRole::Viewer);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return helix.liveTypesFor(pixelpioneer).isEmpty(); }, waitMs));
    EXPECT_EQ(helix.deleteCalls.size(), 14);
}

TEST_F(SubscriptionPlannerTest, ALowerBudgetDeletesWhatNoLongerFits) {
    QSignalSpy planSpy(planner.get(), &SubscriptionPlanner::planChanged);
    startViewerOn(pixelpioneer);
    ASSERT_TRUE(readySpy.wait(waitMs));
    planner->setCostBudget(3);
    EXPECT_EQ(planner->currentPlan().droppedForBudget.size(), 2);
    EXPECT_EQ(planSpy.last().first().value<streamside::SubscriptionPlan>().totalCost(), 3);
    ASSERT_TRUE(QTest::qWaitFor([&] { return helix.live.size() == 5; }, waitMs));
    EXPECT_FALSE(helix.liveTypesFor(pixelpioneer).contains("channel.raid"));
}

TEST_F(SubscriptionPlannerTest, ARevocationIsToldInTheViewersWords) {
    QSignalSpy revokedSpy(planner.get(), &SubscriptionPlanner::revoked);
    startViewerOn(pixelpioneer);
    ASSERT_TRUE(readySpy.wait(waitMs));
    QString chatId;
    for (const SubscriptionPlanner::Held& held : planner->heldSubscriptions())
        if (held.subscription.type == QLatin1String("channel.chat.message"))
            chatId = held.id;
    ASSERT_FALSE(chatId.isEmpty());

    EventSubMessage revocation;
    revocation.type = EventSubMessage::Type::Revocation;
    revocation.subscriptionType = QStringLiteral("channel.chat.message");
    revocation.subscriptionId = chatId;
    revocation.revocationStatus = QStringLiteral("chat_user_banned");
    planner->onRevocation(revocation);

    ASSERT_EQ(revokedSpy.count(), 1);
    EXPECT_EQ(revokedSpy.first().at(0).toString(), "channel.chat.message");
    EXPECT_EQ(revokedSpy.first().at(1).toString(),
              "You are banned from this channel's chat, so its chat events stopped.");
    EXPECT_EQ(planner->heldSubscriptions().size(), 6);

    revocation.subscriptionId = QStringLiteral("someone-elses");
    planner->onRevocation(revocation);
    EXPECT_EQ(revokedSpy.count(), 1) << "only the planner's own subscriptions are its business";
}

TEST_F(SubscriptionPlannerTest, AnswersAfterThePlannerIsGoneAreIgnored) {
    helix.answerCreatesAtOnce = false;
    startViewerOn(pixelpioneer);
    planner.reset();
    helix.answerPendingCreates();
    flushEvents();
    flushEvents(); // the answers are queued one turn after the creates
    SUCCEED() << "no callback into a destroyed planner";
}
