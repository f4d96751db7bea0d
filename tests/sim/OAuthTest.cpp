// The simulated id.twitch.tv over real sockets: consent (implicit and code
// grants), device code grant, refresh rotation, validate, revoke, client
// credentials and the /_sim/ token controls.
#include "LoopbackHttpClient.h"
#include "sim/OAuthService.h"
#include "sim/Simulator.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrlQuery>

#include <gtest/gtest.h>

#include <memory>

using streamside::sim::Simulator;
using streamside::sim::World;

namespace {

const QString demoClient = QLatin1String(World::demoClientId);
const QString demoRedirect = QLatin1String(World::defaultRedirectUri);
const QString confidentialClient = QLatin1String(World::confidentialClientId);
const QString confidentialSecret = QLatin1String(World::confidentialClientSecret);
const QString confidentialRedirect = QStringLiteral("http://localhost:3000/callback");
const QString deviceGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");

QStringList toStrings(const QJsonValue& array) {
    QStringList result;
    for (const QJsonValue& v : array.toArray())
        result.append(v.toString());
    return result;
}

class OAuthTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(simulator.start()) << simulator.errorString().toStdString();
        client = std::make_unique<LoopbackHttpClient>(simulator.baseUrl());
    }

    QString authorizePath(const QString& clientId, const QString& redirectUri,
                          const QString& responseType, const QString& scope, const QString& state,
                          const QString& extra = {}) {
        QString path = "/oauth2/authorize?";
        const FormFields fields{{"client_id", clientId},
                                {"redirect_uri", redirectUri},
                                {"response_type", responseType},
                                {"scope", scope},
                                {"state", state}};
        for (const auto& [key, value] : fields)
            path += key + '=' + QString::fromLatin1(QUrl::toPercentEncoding(value)) + '&';
        path.chop(1);
        if (!extra.isEmpty())
            path += '&' + extra;
        return path;
    }

    LoopbackResponse decide(const QString& decision, const QString& clientId,
                            const QString& redirectUri, const QString& responseType,
                            const QString& scope, const QString& state,
                            const QString& login = "demo_viewer") {
        return client->postForm("/oauth2/authorize", {{"client_id", clientId},
                                                      {"redirect_uri", redirectUri},
                                                      {"response_type", responseType},
                                                      {"scope", scope},
                                                      {"state", state},
                                                      {"login", login},
                                                      {"decision", decision}});
    }

    LoopbackResponse validate(const QString& accessToken) {
        return client->get("/oauth2/validate",
                           {{"Authorization", "OAuth " + accessToken.toLatin1()}});
    }

    LoopbackResponse pollDevice(const QString& deviceCode, const QString& clientId = demoClient) {
        return client->postForm("/oauth2/token", {{"client_id", clientId},
                                                  {"device_code", deviceCode},
                                                  {"grant_type", deviceGrant},
                                                  {"scopes", "user:read:chat"}});
    }

    QJsonObject startDeviceFlow(const QString& scopes) {
        const LoopbackResponse response =
            client->postForm("/oauth2/device", {{"client_id", demoClient}, {"scopes", scopes}});
        EXPECT_EQ(response.status, 200) << response.body.toStdString();
        return response.json();
    }

    LoopbackResponse activate(const QString& userCode, const QString& decision,
                              const QString& login = "demo_viewer") {
        return client->postForm(
            "/activate", {{"user_code", userCode}, {"login", login}, {"decision", decision}});
    }

    Simulator simulator;
    std::unique_ptr<LoopbackHttpClient> client;
};

TEST_F(OAuthTest, AuthorizePageOffersAccountsScopesAndStableButtons) {
    const LoopbackResponse page =
        client->get(authorizePath(demoClient, demoRedirect, "token",
                                  "user:read:chat user:write:chat", "s1", "force_verify=true"));
    ASSERT_EQ(page.status, 200) << page.body.toStdString();
    EXPECT_TRUE(page.header("Content-Type").startsWith("text/html"));
    const QString html = QString::fromUtf8(page.body);
    EXPECT_TRUE(html.contains("id=\"authorize-button\""));
    EXPECT_TRUE(html.contains("id=\"cancel-button\""));
    EXPECT_TRUE(html.contains("method=\"post\""));
    EXPECT_TRUE(html.contains("Streamside (demo)"));
    EXPECT_TRUE(html.contains("Send chat messages as you")) << "scopes are shown in words";
    EXPECT_TRUE(html.contains("<option value=\"demo_viewer\" selected>"));
    EXPECT_TRUE(html.contains("<option value=\"second_viewer\""));
    EXPECT_TRUE(html.contains("name=\"state\" value=\"s1\""));
    EXPECT_FALSE(html.contains("setTimeout")) << "no auto-approval unless asked";
}

TEST_F(OAuthTest, AutoApproveParameterAddsASubmittingScript) {
    const LoopbackResponse page = client->get(authorizePath(
        demoClient, demoRedirect, "token", "user:read:chat", "s", "sim_auto_approve=3"));
    ASSERT_EQ(page.status, 200);
    const QString html = QString::fromUtf8(page.body);
    EXPECT_TRUE(html.contains("setTimeout"));
    EXPECT_TRUE(html.contains("getElementById('authorize-button').click()"));
    EXPECT_TRUE(html.contains("3000"));
}

TEST_F(OAuthTest, ImplicitGrantRedirectsWithATokenInTheFragmentThatValidates) {
    const LoopbackResponse redirect =
        decide("authorize", demoClient, demoRedirect, "token", "user:read:chat user:write:chat",
               "st4te", "second_viewer");
    ASSERT_EQ(redirect.status, 302) << redirect.body.toStdString();
    const QUrl location(QString::fromUtf8(redirect.header("Location")));
    EXPECT_EQ(location.scheme(), "http");
    EXPECT_EQ(location.host(), "localhost");
    EXPECT_EQ(location.port(), 17563);
    EXPECT_FALSE(location.hasQuery()) << "the token must not reach a server in the query";
    const QUrlQuery fragment = LoopbackHttpClient::formQuery(location.fragment(QUrl::FullyEncoded));
    const QString token = fragment.queryItemValue("access_token", QUrl::FullyDecoded);
    EXPECT_TRUE(QRegularExpression("^[a-z0-9]{30}$").match(token).hasMatch())
        << token.toStdString();
    EXPECT_EQ(fragment.queryItemValue("scope", QUrl::FullyDecoded),
              "user:read:chat user:write:chat");
    EXPECT_EQ(fragment.queryItemValue("state"), "st4te");
    EXPECT_EQ(fragment.queryItemValue("token_type"), "bearer");

    const LoopbackResponse validated = validate(token);
    ASSERT_EQ(validated.status, 200) << validated.body.toStdString();
    const QJsonObject body = validated.json();
    EXPECT_EQ(body.value("client_id").toString(), demoClient);
    EXPECT_EQ(body.value("login").toString(), "second_viewer");
    EXPECT_EQ(body.value("user_id").toString(), "600000002");
    EXPECT_EQ(toStrings(body.value("scopes")), QStringList({"user:read:chat", "user:write:chat"}));
    const int expiresIn = body.value("expires_in").toInt();
    EXPECT_GT(expiresIn, 0);
    EXPECT_LE(expiresIn, simulator.settings().accessTokenLifetimeSeconds);
}

TEST_F(OAuthTest, CancelRedirectsWithAccessDeniedAndTheState) {
    const LoopbackResponse redirect =
        decide("cancel", demoClient, demoRedirect, "token", "user:read:chat", "abc");
    ASSERT_EQ(redirect.status, 302);
    const QUrl location(QString::fromUtf8(redirect.header("Location")));
    const QUrlQuery query = LoopbackHttpClient::formQuery(location.query(QUrl::FullyEncoded));
    EXPECT_EQ(query.queryItemValue("error"), "access_denied");
    EXPECT_EQ(query.queryItemValue("error_description", QUrl::FullyDecoded),
              "The user denied you access");
    EXPECT_EQ(query.queryItemValue("state"), "abc");
    EXPECT_FALSE(redirect.header("Location").contains("access_token"));
}

TEST_F(OAuthTest, MismatchedRedirectUriShowsAnErrorPageAndNeverRedirects) {
    for (const QString& wrong :
         {QString("http://localhost:17563/"), QString("http://localhost:17564"),
          QString("https://localhost:17563"), QString("http://127.0.0.1:17563"),
          QString("http://localhost:17563/callback")}) {
        const LoopbackResponse page =
            client->get(authorizePath(demoClient, wrong, "token", "user:read:chat", "s"));
        EXPECT_EQ(page.status, 400) << wrong.toStdString();
        EXPECT_FALSE(page.hasHeader("Location")) << wrong.toStdString();
        EXPECT_TRUE(page.header("Content-Type").startsWith("text/html"));
        // A forged form post with the wrong URI gets no token either.
        const LoopbackResponse post = decide("authorize", demoClient, wrong, "token", "", "s");
        EXPECT_EQ(post.status, 400) << wrong.toStdString();
        EXPECT_FALSE(post.hasHeader("Location"));
    }
}

TEST_F(OAuthTest, UnknownClientShowsAnErrorPage) {
    const LoopbackResponse page =
        client->get(authorizePath("nosuchclient", demoRedirect, "token", "", "s"));
    EXPECT_EQ(page.status, 400);
    EXPECT_FALSE(page.hasHeader("Location"));
    EXPECT_TRUE(QString::fromUtf8(page.body).contains("Invalid client"));
}

TEST_F(OAuthTest, CodeGrantExchangesTheCodeOnceWithTheClientSecret) {
    const LoopbackResponse redirect = decide("authorize", confidentialClient, confidentialRedirect,
                                             "code", "user:read:follows", "xyz");
    ASSERT_EQ(redirect.status, 302) << redirect.body.toStdString();
    const QUrl location(QString::fromUtf8(redirect.header("Location")));
    EXPECT_EQ(location.path(), "/callback");
    EXPECT_TRUE(location.fragment().isEmpty());
    const QUrlQuery query = LoopbackHttpClient::formQuery(location.query(QUrl::FullyEncoded));
    const QString code = query.queryItemValue("code");
    ASSERT_FALSE(code.isEmpty());
    EXPECT_EQ(query.queryItemValue("scope", QUrl::FullyDecoded), "user:read:follows");
    EXPECT_EQ(query.queryItemValue("state"), "xyz");

    FormFields exchange{{"client_id", confidentialClient},
                        {"code", code},
                        {"grant_type", "authorization_code"},
                        {"redirect_uri", confidentialRedirect}};
    const LoopbackResponse noSecret = client->postForm("/oauth2/token", exchange);
    EXPECT_EQ(noSecret.status, 403);
    EXPECT_EQ(noSecret.json().value("message").toString(), "invalid client secret");

    exchange.append({"client_secret", confidentialSecret});
    const LoopbackResponse tokens = client->postForm("/oauth2/token", exchange);
    ASSERT_EQ(tokens.status, 200) << tokens.body.toStdString();
    const QJsonObject body = tokens.json();
    EXPECT_FALSE(body.value("access_token").toString().isEmpty());
    EXPECT_FALSE(body.value("refresh_token").toString().isEmpty());
    EXPECT_GT(body.value("expires_in").toInt(), 0);
    EXPECT_EQ(toStrings(body.value("scope")), QStringList{"user:read:follows"});
    EXPECT_EQ(body.value("token_type").toString(), "bearer");
    const LoopbackResponse validated = validate(body.value("access_token").toString());
    EXPECT_EQ(validated.json().value("login").toString(), "demo_viewer");

    const LoopbackResponse again = client->postForm("/oauth2/token", exchange);
    EXPECT_EQ(again.status, 400) << "a code is single use";
    EXPECT_EQ(again.json().value("status").toInt(), 400);
}

TEST_F(OAuthTest, DeviceFlowAnswersPendingThenSlowDownWhenPolledFasterThanTheInterval) {
    simulator.settings().deviceCodePollIntervalSeconds = 5;
    const QJsonObject device = startDeviceFlow("user:read:chat");
    EXPECT_EQ(device.value("interval").toInt(), 5);
    const QString deviceCode = device.value("device_code").toString();
    const LoopbackResponse first = pollDevice(deviceCode);
    EXPECT_EQ(first.status, 400);
    EXPECT_EQ(first.json(), (QJsonObject{{"status", 400}, {"message", "authorization_pending"}}));
    const LoopbackResponse second = pollDevice(deviceCode);
    EXPECT_EQ(second.status, 400);
    EXPECT_EQ(second.json().value("message").toString(), "slow_down");
}

TEST_F(OAuthTest, DeviceFlowGivesTokensOnceTheUserApproves) {
    simulator.settings().deviceCodePollIntervalSeconds = 0; // poll back to back
    const QJsonObject device = startDeviceFlow("user:read:chat user:read:follows");
    const QString userCode = device.value("user_code").toString();
    EXPECT_TRUE(QRegularExpression("^[A-Z]{8}$").match(userCode).hasMatch());
    EXPECT_EQ(device.value("expires_in").toInt(), simulator.settings().deviceCodeLifetimeSeconds);
    const QUrl verification(device.value("verification_uri").toString());
    EXPECT_EQ(verification.host(), "127.0.0.1");
    EXPECT_EQ(verification.port(), simulator.port());
    EXPECT_EQ(verification.path(), "/activate");
    EXPECT_EQ(QUrlQuery(verification).queryItemValue("device-code"), userCode);

    const LoopbackResponse page = client->getUrl(verification);
    ASSERT_EQ(page.status, 200);
    const QString html = QString::fromUtf8(page.body);
    EXPECT_TRUE(html.contains("value=\"" + userCode + "\""));
    EXPECT_TRUE(html.contains("id=\"authorize-button\""));
    EXPECT_TRUE(html.contains("id=\"deny-button\""));

    const QString deviceCode = device.value("device_code").toString();
    EXPECT_EQ(pollDevice(deviceCode).json().value("message").toString(), "authorization_pending");
    const LoopbackResponse approved = activate(userCode.toLower(), "authorize");
    ASSERT_EQ(approved.status, 200) << approved.body.toStdString();

    const LoopbackResponse tokens = pollDevice(deviceCode);
    ASSERT_EQ(tokens.status, 200) << tokens.body.toStdString();
    const QJsonObject body = tokens.json();
    EXPECT_EQ(toStrings(body.value("scope")), QStringList({"user:read:chat", "user:read:follows"}));
    EXPECT_FALSE(body.value("refresh_token").toString().isEmpty());
    EXPECT_EQ(validate(body.value("access_token").toString()).json().value("user_id").toString(),
              "600000001");
    EXPECT_EQ(pollDevice(deviceCode).status, 400) << "a device code gives tokens once";
}

TEST_F(OAuthTest, DeviceFlowReportsDenial) {
    simulator.settings().deviceCodePollIntervalSeconds = 0;
    const QJsonObject device = startDeviceFlow("user:read:chat");
    ASSERT_EQ(activate(device.value("user_code").toString(), "deny").status, 200);
    const LoopbackResponse denied = pollDevice(device.value("device_code").toString());
    EXPECT_EQ(denied.status, 400);
    EXPECT_EQ(denied.json().value("message").toString(), "access_denied");
}

TEST_F(OAuthTest, DeviceFlowReportsExpiry) {
    simulator.settings().deviceCodeLifetimeSeconds = 0;
    const QJsonObject device = startDeviceFlow("user:read:chat");
    const LoopbackResponse expired = pollDevice(device.value("device_code").toString());
    EXPECT_EQ(expired.status, 400);
    EXPECT_EQ(expired.json().value("message").toString(), "expired_token");
    EXPECT_EQ(activate(device.value("user_code").toString(), "authorize").status, 400);
}

TEST_F(OAuthTest, DeviceCodeOfAnotherClientIsRejected) {
    simulator.settings().deviceCodePollIntervalSeconds = 0;
    const QJsonObject device = startDeviceFlow("user:read:chat");
    const LoopbackResponse other =
        pollDevice(device.value("device_code").toString(), confidentialClient);
    EXPECT_EQ(other.status, 400);
    EXPECT_NE(other.json().value("message").toString(), "authorization_pending");
}

TEST_F(OAuthTest, RefreshTokensRotateAndTheOldOneStopsWorking) {
    const auto minted = simulator.oauth().mintUserToken("demo_viewer", {"user:read:chat"});
    ASSERT_TRUE(minted);
    const FormFields refresh{{"client_id", demoClient},
                             {"grant_type", "refresh_token"},
                             {"refresh_token", minted->refreshToken}};
    const LoopbackResponse first = client->postForm("/oauth2/token", refresh);
    ASSERT_EQ(first.status, 200) << first.body.toStdString();
    const QJsonObject rotated = first.json();
    EXPECT_NE(rotated.value("access_token").toString(), minted->accessToken);
    EXPECT_NE(rotated.value("refresh_token").toString(), minted->refreshToken);
    EXPECT_EQ(toStrings(rotated.value("scope")), QStringList{"user:read:chat"});
    EXPECT_EQ(validate(rotated.value("access_token").toString()).status, 200);

    const LoopbackResponse reused = client->postForm("/oauth2/token", refresh);
    EXPECT_EQ(reused.status, 400);
    EXPECT_EQ(reused.json(), (QJsonObject{{"error", "Bad Request"},
                                          {"status", 400},
                                          {"message", "Invalid refresh token"}}));

    const LoopbackResponse next = client->postForm(
        "/oauth2/token", {{"client_id", demoClient},
                          {"grant_type", "refresh_token"},
                          {"refresh_token", rotated.value("refresh_token").toString()}});
    EXPECT_EQ(next.status, 200) << "the new refresh token works";
    EXPECT_EQ(client
                  ->postForm("/oauth2/token", {{"client_id", demoClient},
                                               {"grant_type", "refresh_token"},
                                               {"refresh_token", "garbage"}})
                  .status,
              400);
}

TEST_F(OAuthTest, ConfidentialClientsRefreshOnlyWithTheirSecret) {
    const auto minted = simulator.oauth().mintUserToken("demo_viewer", {}, confidentialClient);
    ASSERT_TRUE(minted);
    FormFields refresh{{"client_id", confidentialClient},
                       {"grant_type", "refresh_token"},
                       {"refresh_token", minted->refreshToken}};
    EXPECT_EQ(client->postForm("/oauth2/token", refresh).status, 403);
    refresh.append({"client_secret", confidentialSecret});
    EXPECT_EQ(client->postForm("/oauth2/token", refresh).status, 200);
}

TEST_F(OAuthTest, ValidateRejectsExpiredRevokedMissingAndBearerTokens) {
    const auto live = simulator.oauth().mintUserToken("demo_viewer", {});
    const auto expired = simulator.oauth().mintUserToken("demo_viewer", {});
    const auto revoked = simulator.oauth().mintUserToken("demo_viewer", {});
    ASSERT_TRUE(live && expired && revoked);
    ASSERT_TRUE(simulator.oauth().expireToken(expired->accessToken));
    ASSERT_TRUE(simulator.oauth().revokeToken(revoked->accessToken));

    EXPECT_EQ(validate(live->accessToken).status, 200);
    const QJsonObject invalid{{"status", 401}, {"message", "invalid access token"}};
    for (const QString& token : {expired->accessToken, revoked->accessToken, QString("nope")}) {
        const LoopbackResponse response = validate(token);
        EXPECT_EQ(response.status, 401);
        EXPECT_EQ(response.json(), invalid);
    }
    EXPECT_EQ(client->get("/oauth2/validate").status, 401);
    EXPECT_EQ(
        client
            ->get("/oauth2/validate", {{"Authorization", "Bearer " + live->accessToken.toLatin1()}})
            .status,
        401)
        << "the documented scheme is OAuth";
}

TEST_F(OAuthTest, TokenLifetimeSettingShortensNewTokens) {
    simulator.oauth().setTokenLifetime(0);
    const auto token = simulator.oauth().mintUserToken("demo_viewer", {});
    ASSERT_TRUE(token);
    EXPECT_EQ(validate(token->accessToken).status, 401);
    simulator.oauth().setTokenLifetime(120);
    const auto fresh = simulator.oauth().mintUserToken("demo_viewer", {});
    const int expiresIn = validate(fresh->accessToken).json().value("expires_in").toInt();
    EXPECT_GT(expiresIn, 100);
    EXPECT_LE(expiresIn, 120);
}

TEST_F(OAuthTest, RevokeInvalidatesTheTokenAndItsRefreshToken) {
    const auto token = simulator.oauth().mintUserToken("demo_viewer", {"user:read:chat"});
    ASSERT_TRUE(token);
    const LoopbackResponse unknownClient = client->postForm(
        "/oauth2/revoke", {{"client_id", "nosuchclient"}, {"token", token->accessToken}});
    EXPECT_EQ(unknownClient.status, 404);
    EXPECT_EQ(unknownClient.json(),
              (QJsonObject{{"status", 404}, {"message", "client does not exist"}}));
    const LoopbackResponse otherClient = client->postForm(
        "/oauth2/revoke", {{"client_id", confidentialClient}, {"token", token->accessToken}});
    EXPECT_EQ(otherClient.status, 400);
    EXPECT_EQ(validate(token->accessToken).status, 200) << "a failed revoke changes nothing";

    const LoopbackResponse revoked = client->postForm(
        "/oauth2/revoke", {{"client_id", demoClient}, {"token", token->accessToken}});
    EXPECT_EQ(revoked.status, 200);
    EXPECT_TRUE(revoked.body.isEmpty());
    EXPECT_EQ(validate(token->accessToken).status, 401);
    const LoopbackResponse again = client->postForm(
        "/oauth2/revoke", {{"client_id", demoClient}, {"token", token->accessToken}});
    EXPECT_EQ(again.status, 400);
    EXPECT_EQ(again.json(), (QJsonObject{{"status", 400}, {"message", "Invalid token"}}));
    EXPECT_EQ(client
                  ->postForm("/oauth2/token", {{"client_id", demoClient},
                                               {"grant_type", "refresh_token"},
                                               {"refresh_token", token->refreshToken}})
                  .status,
              400);
}

TEST_F(OAuthTest, ClientCredentialsGiveAnAppTokenToConfidentialClientsOnly) {
    const LoopbackResponse app =
        client->postForm("/oauth2/token", {{"client_id", confidentialClient},
                                           {"client_secret", confidentialSecret},
                                           {"grant_type", "client_credentials"}});
    ASSERT_EQ(app.status, 200) << app.body.toStdString();
    EXPECT_FALSE(app.json().contains("refresh_token"));
    EXPECT_EQ(app.json().value("token_type").toString(), "bearer");
    const QJsonObject validated = validate(app.json().value("access_token").toString()).json();
    EXPECT_EQ(validated.value("client_id").toString(), confidentialClient);
    EXPECT_FALSE(validated.contains("user_id"));

    EXPECT_EQ(client
                  ->postForm("/oauth2/token",
                             {{"client_id", demoClient}, {"grant_type", "client_credentials"}})
                  .status,
              403);
}

TEST_F(OAuthTest, ControlRoutesMintExpireAndRevokeTokens) {
    const LoopbackResponse minted = client->postJson(
        "/_sim/tokens", {{"login", "mod_mia"},
                         {"scopes", QJsonArray{"user:read:chat", "moderator:read:followers"}}});
    ASSERT_EQ(minted.status, 200) << minted.body.toStdString();
    const QJsonObject body = minted.json();
    EXPECT_EQ(body.value("user_id").toString(), "600000003");
    EXPECT_EQ(body.value("client_id").toString(), demoClient);
    EXPECT_FALSE(body.value("refresh_token").toString().isEmpty());
    const QString token = body.value("access_token").toString();
    const QJsonObject validated = validate(token).json();
    EXPECT_EQ(validated.value("login").toString(), "mod_mia");
    EXPECT_EQ(toStrings(validated.value("scopes")),
              QStringList({"user:read:chat", "moderator:read:followers"}));

    EXPECT_EQ(client->postJson("/_sim/tokens", {{"login", "nobody_here"}}).status, 400);
    EXPECT_EQ(
        client->postJson("/_sim/tokens", {{"login", "mod_mia"}, {"client_id", "nope"}}).status,
        400);

    EXPECT_EQ(client->postJson("/_sim/tokens/expire", {{"access_token", token}}).status, 204);
    EXPECT_EQ(validate(token).status, 401);

    const QString other = client
                              ->postJson("/_sim/tokens", {{"login", "demo_viewer"},
                                                          {"client_id", confidentialClient}})
                              .json()
                              .value("access_token")
                              .toString();
    EXPECT_EQ(validate(other).json().value("client_id").toString(), confidentialClient);
    EXPECT_EQ(client->postJson("/_sim/tokens/revoke", {{"access_token", other}}).status, 204);
    EXPECT_EQ(validate(other).status, 401);
    EXPECT_EQ(client->postJson("/_sim/tokens/revoke", {{"access_token", "unknown"}}).status, 404);

    EXPECT_EQ(client->postJson("/_sim/oauth/token-lifetime", {{"seconds", 60}}).status, 204);
    EXPECT_EQ(simulator.settings().accessTokenLifetimeSeconds, 60);
    EXPECT_EQ(client->postJson("/_sim/oauth/token-lifetime", {{"seconds", -1}}).status, 400);
}

} // namespace
