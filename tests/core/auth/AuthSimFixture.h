#pragma once

#include "core/auth/OAuthClient.h"
#include "core/auth/TokenGrant.h"
#include "core/config/EndpointConfig.h"
#include "helix/LogCapture.h"
#include "sim/OAuthService.h"
#include "sim/Simulator.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStringList>
#include <QTest>
#include <QUrlQuery>

#include <gtest/gtest.h>

#include <memory>
#include <optional>

// What an asynchronous OAuthClient call ended with.
template <typename T>
struct CallOutcome {
    std::optional<T> value;
    std::optional<streamside::OAuthFailure> failure;
    bool done() const { return value.has_value() || failure.has_value(); }
};

// A simulator on 127.0.0.1 with an OAuthClient pointed at it, and a capture
// of the log: whatever a test does, no token or device code it met may show
// up in the log.
class AuthSimFixture : public ::testing::Test {
protected:
    static constexpr int waitMs = 5000;

    void SetUp() override {
        ASSERT_TRUE(simulator.start()) << simulator.errorString().toStdString();
        const QString base = simulator.baseUrl().toString(QUrl::StripTrailingSlash);
        endpoints = streamside::EndpointConfig::twitchDefaults(clientId());
        endpoints.authUrl = QUrl(base + QStringLiteral("/oauth2"));
        endpoints.apiUrl = QUrl(base + QStringLiteral("/helix"));
        endpoints.eventSubUrl = simulator.context().eventSubUrl;
        oauth = std::make_unique<streamside::OAuthClient>(endpoints);
    }

    void TearDown() override {
        ASSERT_FALSE(log.lines().isEmpty()) << "the log capture caught nothing: is it working?";
        for (const QString& secret : secrets)
            EXPECT_EQ(log.linesContaining(secret), QStringList()) << "a secret reached the log";
    }

    static QString clientId() { return QLatin1String(streamside::sim::World::demoClientId); }

    // Remembers a token (or device code) for the log check at the end.
    void remember(const QString& secret) {
        if (!secret.isEmpty() && !secrets.contains(secret))
            secrets.append(secret);
    }
    void remember(const streamside::TokenGrant& grant) {
        remember(grant.accessToken);
        remember(grant.refreshToken);
    }

    // A token for the simulated account, as if the user had consented.
    streamside::sim::AccessToken mint(const QString& login, const QStringList& scopes) {
        const std::optional<streamside::sim::AccessToken> token =
            simulator.oauth().mintUserToken(login, scopes);
        if (!token) {
            ADD_FAILURE() << "could not mint a token for " << login.toStdString();
            return {};
        }
        remember(token->accessToken);
        remember(token->refreshToken);
        return *token;
    }

    static streamside::TokenGrant grantOf(const streamside::sim::AccessToken& token,
                                          bool withRefreshToken = true) {
        return {token.accessToken, withRefreshToken ? token.refreshToken : QString(), token.scopes,
                token.expiresAt};
    }

    // Runs one OAuthClient call and waits for its answer.
    template <typename T, typename Call>
    CallOutcome<T> await(Call call) {
        CallOutcome<T> outcome;
        QObject context;
        call(
            &context, [&outcome](const T& value) { outcome.value = value; },
            [&outcome](const streamside::OAuthFailure& failure) { outcome.failure = failure; });
        EXPECT_TRUE(QTest::qWaitFor([&outcome] { return outcome.done(); }, waitMs)) << "no answer";
        return outcome;
    }

    // Decides a device sign-in on the simulator's /activate page, as the
    // user's browser would: a form POST with the user code.
    int decideOnActivatePage(const QString& userCode, bool approve,
                             const QString& login = QStringLiteral("demo_viewer")) {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("user_code"), userCode);
        form.addQueryItem(QStringLiteral("login"), login);
        form.addQueryItem(QStringLiteral("decision"),
                          approve ? QStringLiteral("authorize") : QStringLiteral("deny"));
        QNetworkRequest request(simulator.baseUrl().resolved(QUrl(QStringLiteral("/activate"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply* reply = browser.post(request, form.toString(QUrl::FullyEncoded).toUtf8());
        EXPECT_TRUE(QTest::qWaitFor([reply] { return reply->isFinished(); }, waitMs));
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    LogCapture log;
    streamside::sim::Simulator simulator;
    streamside::EndpointConfig endpoints;
    std::unique_ptr<streamside::OAuthClient> oauth;
    QNetworkAccessManager browser;
    QStringList secrets;
};
