#pragma once

#include "core/config/EndpointConfig.h"
#include "core/helix/HelixClient.h"
#include "helix/LogCapture.h"
#include "sim/OAuthService.h"
#include "sim/Simulator.h"

#include <QStringList>

#include <gtest/gtest.h>

#include <memory>

// A simulator on 127.0.0.1, a HelixClient pointed at it, and a capture of the
// log: whatever a test does, no token it minted may show up in the log.
class SimHelixFixture : public ::testing::Test {
protected:
    static constexpr int waitMs = 5000;

    void SetUp() override {
        ASSERT_TRUE(simulator.start()) << simulator.errorString().toStdString();
        endpoints = streamside::EndpointConfig::twitchDefaults(clientId());
        endpoints.apiUrl =
            QUrl(simulator.baseUrl().toString(QUrl::StripTrailingSlash) + QStringLiteral("/helix"));
        endpoints.eventSubUrl = simulator.context().eventSubUrl;
        client = std::make_unique<streamside::HelixClient>(endpoints);
    }

    void TearDown() override {
        for (const QString& token : mintedTokens)
            EXPECT_EQ(log.linesContaining(token), QStringList()) << "a token reached the log";
    }

    static QString clientId() { return QLatin1String(streamside::sim::World::demoClientId); }

    // A token for the simulated account, remembered for the log check.
    QString mintToken(const QString& login, const QStringList& scopes) {
        const std::optional<streamside::sim::AccessToken> token =
            simulator.oauth().mintUserToken(login, scopes);
        if (!token)
            return {};
        mintedTokens.append(token->accessToken);
        return token->accessToken;
    }

    // Sets the client's credentials to a fresh token of the account.
    QString logIn(const QString& login, const QStringList& scopes) {
        const QString token = mintToken(login, scopes);
        client->setCredentials(clientId(), token);
        return token;
    }

    LogCapture log;
    streamside::sim::Simulator simulator;
    streamside::EndpointConfig endpoints;
    std::unique_ptr<streamside::HelixClient> client;
    QStringList mintedTokens;
};
