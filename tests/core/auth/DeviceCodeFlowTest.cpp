// The device code sign-in against the simulated id.twitch.tv over real
// sockets: approval and denial on its /activate page, slow_down and expiry.
#include "core/auth/DeviceCodeFlow.h"

#include "auth/AuthSimFixture.h"
#include "core/auth/Scopes.h"

#include <QSignalSpy>

using namespace streamside;

class DeviceCodeFlowTest : public AuthSimFixture {
protected:
    void SetUp() override {
        AuthSimFixture::SetUp();
        // Polls come as fast as the simulator allows; the production floor is 1 s.
        options.minimumPollIntervalMs = 50;
    }

    void TearDown() override {
        if (flow)
            remember(flow->userCode());
        AuthSimFixture::TearDown();
    }

    // Starts the flow and waits until the code is shown.
    void startFlow(const QStringList& scopes = scopes::viewer()) {
        flow = std::make_unique<DeviceCodeFlow>(*oauth, clientId(), options);
        succeeded = std::make_unique<QSignalSpy>(flow.get(), &DeviceCodeFlow::succeeded);
        failed = std::make_unique<QSignalSpy>(flow.get(), &DeviceCodeFlow::failed);
        QSignalSpy codeReady(flow.get(), &DeviceCodeFlow::codeReady);
        flow->start(scopes);
        ASSERT_TRUE(codeReady.wait(waitMs)) << "no code";
        if (const sim::DeviceAuthorization* device =
                simulator.tokens().deviceByUserCode(flow->userCode()))
            remember(device->deviceCode);
    }

    AuthError failure() const {
        return failed->isEmpty() ? AuthError{} : failed->first().at(0).value<AuthError>();
    }

    DeviceCodeFlow::Options options;
    std::unique_ptr<DeviceCodeFlow> flow;
    std::unique_ptr<QSignalSpy> succeeded;
    std::unique_ptr<QSignalSpy> failed;
};

TEST_F(DeviceCodeFlowTest, PollsAtTheGivenIntervalUntilApprovedOnTheActivatePage) {
    simulator.settings().deviceCodePollIntervalSeconds = 1;
    startFlow();
    // What the UI shows: the code and a link that carries it.
    EXPECT_EQ(flow->userCode().size(), 8);
    EXPECT_EQ(flow->verificationUri().host(), "127.0.0.1");
    EXPECT_TRUE(flow->verificationUri().query().contains(flow->userCode()));
    EXPECT_GT(flow->expiresAt(), QDateTime::currentDateTimeUtc().addSecs(1700));
    EXPECT_EQ(flow->pollIntervalMs(), 1000);

    // Two answers of authorization_pending, never a slow_down: the interval
    // was respected (a slow_down would have made it longer).
    ASSERT_TRUE(QTest::qWaitFor([&] { return flow->pollCount() >= 3; }, waitMs));
    EXPECT_EQ(flow->pollIntervalMs(), 1000);
    EXPECT_TRUE(succeeded->isEmpty());
    EXPECT_TRUE(failed->isEmpty());
    EXPECT_TRUE(flow->isRunning());

    ASSERT_EQ(decideOnActivatePage(flow->userCode(), true), 200);
    ASSERT_TRUE(succeeded->wait(waitMs));
    const TokenGrant grant = succeeded->first().at(0).value<TokenGrant>();
    remember(grant);
    EXPECT_FALSE(flow->isRunning());
    EXPECT_TRUE(failed->isEmpty());
    const sim::AccessToken* token = simulator.tokens().findUsable(grant.accessToken);
    ASSERT_NE(token, nullptr);
    EXPECT_EQ(token->userId, "600000001");
    EXPECT_FALSE(grant.refreshToken.isEmpty());
    EXPECT_EQ(grant.refreshToken, token->refreshToken);
    EXPECT_EQ(grant.scopes, scopes::viewer());
    EXPECT_GT(grant.expiresAt, QDateTime::currentDateTimeUtc().addSecs(3600));
}

TEST_F(DeviceCodeFlowTest, SlowDownMakesEveryLaterPollWaitLonger) {
    simulator.settings().deviceCodePollIntervalSeconds = 0;
    options.slowDownStepMs = 1100;
    startFlow();
    ASSERT_TRUE(QTest::qWaitFor([&] { return flow->pollCount() >= 1; }, waitMs));
    // Twitch now wants a second between polls, without telling the app: the
    // next poll (50 ms later) is answered slow_down.
    sim::DeviceAuthorization* device = simulator.tokens().deviceByUserCode(flow->userCode());
    ASSERT_NE(device, nullptr);
    device->intervalSeconds = 1;
    ASSERT_TRUE(QTest::qWaitFor([&] { return flow->pollIntervalMs() == 50 + 1100; }, waitMs));
    const int pollsAtSlowDown = flow->pollCount();

    ASSERT_EQ(decideOnActivatePage(flow->userCode(), true), 200);
    ASSERT_TRUE(succeeded->wait(waitMs));
    remember(succeeded->first().at(0).value<TokenGrant>());
    // The very next poll, 1150 ms later, got the tokens: no second slow_down.
    EXPECT_EQ(flow->pollCount(), pollsAtSlowDown + 1);
    EXPECT_EQ(flow->pollIntervalMs(), 1150);
}

TEST_F(DeviceCodeFlowTest, ACodeNobodyApprovesExpires) {
    simulator.settings().deviceCodePollIntervalSeconds = 0;
    simulator.settings().deviceCodeLifetimeSeconds = 1;
    startFlow();
    ASSERT_TRUE(failed->wait(waitMs));
    EXPECT_EQ(failure().kind, AuthError::Kind::Expired);
    EXPECT_FALSE(failure().message.isEmpty());
    EXPECT_GT(flow->pollCount(), 1);
    EXPECT_TRUE(succeeded->isEmpty());
    EXPECT_FALSE(flow->isRunning());
}

TEST_F(DeviceCodeFlowTest, DenyingOnTheActivatePageCancels) {
    simulator.settings().deviceCodePollIntervalSeconds = 0;
    startFlow();
    ASSERT_EQ(decideOnActivatePage(flow->userCode(), false), 200);
    ASSERT_TRUE(failed->wait(waitMs));
    EXPECT_EQ(failure().kind, AuthError::Kind::Cancelled);
    EXPECT_TRUE(succeeded->isEmpty());
    EXPECT_EQ(failed->count(), 1);
}

TEST_F(DeviceCodeFlowTest, CancelStopsPolling) {
    simulator.settings().deviceCodePollIntervalSeconds = 0;
    startFlow();
    ASSERT_TRUE(QTest::qWaitFor([&] { return flow->pollCount() >= 1; }, waitMs));
    flow->cancel();
    ASSERT_EQ(failed->count(), 1);
    EXPECT_EQ(failure().kind, AuthError::Kind::Cancelled);
    EXPECT_FALSE(flow->isRunning());
    const int polls = flow->pollCount();
    // The poll timer is stopped and answers still under way are dropped.
    ASSERT_EQ(decideOnActivatePage(flow->userCode(), true), 200);
    EXPECT_TRUE(succeeded->isEmpty());
    EXPECT_EQ(flow->pollCount(), polls);
}

TEST_F(DeviceCodeFlowTest, NoClientIdIsTold) {
    DeviceCodeFlow noClient(*oauth, QString(), options);
    QSignalSpy failedSpy(&noClient, &DeviceCodeFlow::failed);
    noClient.start(scopes::viewer());
    ASSERT_TRUE(failedSpy.wait(waitMs));
    EXPECT_EQ(failedSpy.first().at(0).value<AuthError>().kind, AuthError::Kind::NoClientId);
}

TEST_F(DeviceCodeFlowTest, AnUnknownClientIsRejected) {
    DeviceCodeFlow unknown(*oauth, QStringLiteral("nosuchclient"), options);
    QSignalSpy failedSpy(&unknown, &DeviceCodeFlow::failed);
    unknown.start(scopes::viewer());
    ASSERT_TRUE(failedSpy.wait(waitMs));
    EXPECT_EQ(failedSpy.first().at(0).value<AuthError>().kind, AuthError::Kind::Rejected);
}
