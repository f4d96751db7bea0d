// OAuthClient against the simulated id.twitch.tv over real sockets.
#include "auth/AuthSimFixture.h"
#include "auth/ClosedPort.h"
#include "core/auth/Scopes.h"

using namespace streamside;
using Kind = OAuthFailure::Kind;

class OAuthClientTest : public AuthSimFixture {};

TEST_F(OAuthClientTest, ADeviceCodeComesWithTheUserCodeAndPollingSaysPending) {
    simulator.settings().deviceCodePollIntervalSeconds = 0;
    const auto device = await<DeviceAuthorization>([&](auto* context, auto ok, auto failed) {
        oauth->requestDeviceCode(clientId(), scopes::viewer(), context, ok, failed);
    });
    ASSERT_TRUE(device.value) << device.failure->toString().toStdString();
    remember(device.value->deviceCode);
    EXPECT_FALSE(device.value->deviceCode.isEmpty());
    EXPECT_EQ(device.value->userCode.size(), 8);
    EXPECT_TRUE(device.value->verificationUri.toString().contains(device.value->userCode));
    EXPECT_EQ(device.value->intervalSeconds, 0);
    EXPECT_EQ(device.value->expiresInSeconds, simulator.settings().deviceCodeLifetimeSeconds);
    // Twitch received the scopes as one space-separated field.
    const sim::DeviceAuthorization* stored =
        simulator.tokens().deviceByUserCode(device.value->userCode);
    ASSERT_NE(stored, nullptr);
    EXPECT_EQ(stored->scopes, scopes::viewer());

    const auto poll = await<TokenGrant>([&](auto* context, auto ok, auto failed) {
        oauth->pollDeviceToken(clientId(), device.value->deviceCode, scopes::viewer(), context, ok,
                               failed);
    });
    ASSERT_TRUE(poll.failure);
    EXPECT_EQ(poll.failure->kind, Kind::AuthorizationPending);
    EXPECT_EQ(poll.failure->httpStatus, 400);
}

TEST_F(OAuthClientTest, ValidateSaysWhoTheTokenBelongsToAndRejectsAnExpiredOne) {
    const sim::AccessToken token = mint("demo_viewer", scopes::viewer());
    const auto valid = await<TokenValidation>([&](auto* context, auto ok, auto failed) {
        oauth->validate(token.accessToken, context, ok, failed);
    });
    ASSERT_TRUE(valid.value);
    EXPECT_EQ(valid.value->clientId, clientId());
    EXPECT_EQ(valid.value->login, "demo_viewer");
    EXPECT_EQ(valid.value->userId, "600000001");
    EXPECT_EQ(valid.value->scopes, scopes::viewer());
    EXPECT_GT(valid.value->expiresAt, QDateTime::currentDateTimeUtc().addSecs(3600));

    ASSERT_TRUE(simulator.oauth().expireToken(token.accessToken));
    const auto expired = await<TokenValidation>([&](auto* context, auto ok, auto failed) {
        oauth->validate(token.accessToken, context, ok, failed);
    });
    ASSERT_TRUE(expired.failure);
    EXPECT_EQ(expired.failure->kind, Kind::InvalidToken);
    EXPECT_EQ(expired.failure->httpStatus, 401);
}

TEST_F(OAuthClientTest, RefreshRotatesTheRefreshToken) {
    const sim::AccessToken token = mint("demo_viewer", scopes::viewer());
    const auto refreshed = await<TokenGrant>([&](auto* context, auto ok, auto failed) {
        oauth->refresh(clientId(), token.refreshToken, context, ok, failed);
    });
    ASSERT_TRUE(refreshed.value);
    remember(*refreshed.value);
    EXPECT_NE(refreshed.value->accessToken, token.accessToken);
    EXPECT_FALSE(refreshed.value->refreshToken.isEmpty());
    EXPECT_NE(refreshed.value->refreshToken, token.refreshToken);
    EXPECT_EQ(refreshed.value->scopes, scopes::viewer());
    EXPECT_GT(refreshed.value->expiresAt, QDateTime::currentDateTimeUtc());
    EXPECT_NE(simulator.tokens().findUsable(refreshed.value->accessToken), nullptr);

    // The old refresh token is spent.
    const auto again = await<TokenGrant>([&](auto* context, auto ok, auto failed) {
        oauth->refresh(clientId(), token.refreshToken, context, ok, failed);
    });
    ASSERT_TRUE(again.failure);
    EXPECT_EQ(again.failure->kind, Kind::InvalidRefreshToken);
}

TEST_F(OAuthClientTest, RevokeWithdrawsTheToken) {
    const sim::AccessToken token = mint("demo_viewer", scopes::viewer());
    const auto revoked = await<bool>([&](auto* context, auto ok, auto failed) {
        oauth->revoke(
            clientId(), token.accessToken, context, [ok] { ok(true); }, failed);
    });
    ASSERT_TRUE(revoked.value);
    EXPECT_EQ(simulator.tokens().findUsable(token.accessToken), nullptr);

    const auto twice = await<bool>([&](auto* context, auto ok, auto failed) {
        oauth->revoke(
            clientId(), token.accessToken, context, [ok] { ok(true); }, failed);
    });
    ASSERT_TRUE(twice.failure);
    EXPECT_EQ(twice.failure->kind, Kind::InvalidToken);
}

TEST_F(OAuthClientTest, AnUnknownClientIdIsTold) {
    const auto device = await<DeviceAuthorization>([&](auto* context, auto ok, auto failed) {
        oauth->requestDeviceCode("nosuchclient", scopes::viewer(), context, ok, failed);
    });
    ASSERT_TRUE(device.failure);
    EXPECT_EQ(device.failure->kind, Kind::InvalidClient);
}

TEST_F(OAuthClientTest, AClosedPortIsANetworkFailure) {
    EndpointConfig offline = endpoints;
    offline.authUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/oauth2").arg(closedLoopbackPort()));
    OAuthClient client(offline);
    const sim::AccessToken token = mint("demo_viewer", scopes::viewer());
    const auto result = await<TokenValidation>([&](auto* context, auto ok, auto failed) {
        client.validate(token.accessToken, context, ok, failed);
    });
    ASSERT_TRUE(result.failure);
    EXPECT_EQ(result.failure->kind, Kind::Network);
    EXPECT_EQ(result.failure->httpStatus, 0);
}
