#include "core/config/EndpointConfig.h"

#include <QUrl>

#include <gtest/gtest.h>

#include <ostream>

using streamside::EndpointConfig;
using streamside::endpointConfigFromEnvironment;
using streamside::EndpointConfigResult;

namespace {
EndpointConfigResult fromVariables(const QList<QPair<QString, QString>>& variables,
                                   const QString& defaultClientId = {}) {
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin"));
    for (const auto& [name, value] : variables)
        environment.insert(name, value);
    return endpointConfigFromEnvironment(environment, defaultClientId);
}
} // namespace

TEST(EndpointConfig, DefaultsAreTwitch) {
    const EndpointConfigResult result = fromVariables({}, QStringLiteral("baked1n"));
    ASSERT_TRUE(result.config) << result.error.toStdString();
    const EndpointConfig& config = *result.config;
    EXPECT_EQ(config.clientId, "baked1n");
    EXPECT_EQ(config.authUrl, QUrl("https://id.twitch.tv/oauth2"));
    EXPECT_EQ(config.apiUrl, QUrl("https://api.twitch.tv/helix"));
    EXPECT_EQ(config.eventSubUrl, QUrl("wss://eventsub.wss.twitch.tv/ws"));
    EXPECT_EQ(config.playerUrl, QUrl("https://player.twitch.tv/"));
    EXPECT_EQ(config.chatUrl, QUrl("https://www.twitch.tv/embed/"));
    EXPECT_EQ(config.redirectPort, 17563);
    EXPECT_EQ(config, EndpointConfig::twitchDefaults("baked1n"));
}

TEST(EndpointConfig, NoClientIdAnywhereLeavesItEmpty) {
    const EndpointConfigResult result = fromVariables({});
    ASSERT_TRUE(result.config);
    EXPECT_TRUE(result.config->clientId.isEmpty());
}

TEST(EndpointConfig, EveryVariableOverridesItsDefault) {
    const EndpointConfigResult result =
        fromVariables({{"STREAMSIDE_CLIENT_ID", "abc123"},
                       {"STREAMSIDE_TWITCH_AUTH_URL", "http://127.0.0.1:4000/oauth2/"},
                       {"STREAMSIDE_TWITCH_API_URL", "http://127.0.0.1:4000/helix"},
                       {"STREAMSIDE_EVENTSUB_URL", "ws://127.0.0.1:4000/ws"},
                       {"STREAMSIDE_PLAYER_URL", "http://127.0.0.1:4000/embed/player"},
                       {"STREAMSIDE_CHAT_URL", "http://127.0.0.1:4000/embed"},
                       {"STREAMSIDE_REDIRECT_PORT", "18000"}},
                      QStringLiteral("baked"));
    ASSERT_TRUE(result.config) << result.error.toStdString();
    const EndpointConfig& config = *result.config;
    EXPECT_EQ(config.clientId, "abc123");
    EXPECT_EQ(config.authUrl, QUrl("http://127.0.0.1:4000/oauth2"));
    EXPECT_EQ(config.apiUrl, QUrl("http://127.0.0.1:4000/helix"));
    EXPECT_EQ(config.eventSubUrl, QUrl("ws://127.0.0.1:4000/ws"));
    EXPECT_EQ(config.playerUrl, QUrl("http://127.0.0.1:4000/embed/player"));
    EXPECT_EQ(config.chatUrl, QUrl("http://127.0.0.1:4000/embed/"));
    EXPECT_EQ(config.redirectPort, 18000);
}

TEST(EndpointConfig, EndpointsAreJoinedWithOneSlash) {
    const EndpointConfigResult result =
        fromVariables({{"STREAMSIDE_TWITCH_AUTH_URL", "http://127.0.0.1:4000/oauth2/"},
                       {"STREAMSIDE_CHAT_URL", "http://127.0.0.1:4000/embed"}});
    ASSERT_TRUE(result.config);
    const EndpointConfig& config = *result.config;
    EXPECT_EQ(config.authEndpoint("token"), QUrl("http://127.0.0.1:4000/oauth2/token"));
    EXPECT_EQ(config.helixEndpoint("eventsub/subscriptions"),
              QUrl("https://api.twitch.tv/helix/eventsub/subscriptions"));
    EXPECT_EQ(config.chatPage("somebody"), QUrl("http://127.0.0.1:4000/embed/somebody/chat"));
    EXPECT_EQ(config.redirectUri(), QUrl("http://localhost:17563"));
}

struct MalformedCase {
    const char* variable;
    const char* value;
};

// ctest names each case after its printed value: this one reads well and is
// the same in every build (the default printed the bytes of the pointers),
// with nothing a test name cannot carry (a ';' would split it in CMake).
static void PrintTo(const MalformedCase& c, std::ostream* out) {
    *out << c.variable << '='
         << QUrl::toPercentEncoding(QString::fromUtf8(c.value), ":/@").toStdString();
}

class MalformedVariable : public ::testing::TestWithParam<MalformedCase> {};

TEST_P(MalformedVariable, IsAnErrorNamingTheVariable) {
    const MalformedCase c = GetParam();
    const EndpointConfigResult result = fromVariables({{c.variable, c.value}});
    EXPECT_FALSE(result.config) << c.variable << "=" << c.value;
    EXPECT_TRUE(result.error.startsWith(QLatin1String(c.variable) + ':'))
        << result.error.toStdString();
    EXPECT_FALSE(result.error.contains('\n'));
}

INSTANTIATE_TEST_SUITE_P(
    Endpoints, MalformedVariable,
    ::testing::Values(MalformedCase{"STREAMSIDE_CLIENT_ID", ""},
                      MalformedCase{"STREAMSIDE_CLIENT_ID", "has space"},
                      MalformedCase{"STREAMSIDE_CLIENT_ID", "semi;colon"},
                      MalformedCase{"STREAMSIDE_TWITCH_AUTH_URL", "not a url"},
                      MalformedCase{"STREAMSIDE_TWITCH_AUTH_URL", "ftp://127.0.0.1/oauth2"},
                      MalformedCase{"STREAMSIDE_TWITCH_AUTH_URL", ""},
                      MalformedCase{"STREAMSIDE_TWITCH_API_URL", "/helix"},
                      MalformedCase{"STREAMSIDE_TWITCH_API_URL", "http://"},
                      MalformedCase{"STREAMSIDE_TWITCH_API_URL", "http://127.0.0.1/helix?x=1"},
                      MalformedCase{"STREAMSIDE_EVENTSUB_URL", "https://127.0.0.1/ws"},
                      MalformedCase{"STREAMSIDE_EVENTSUB_URL", "ws://user:pw@127.0.0.1/ws"},
                      MalformedCase{"STREAMSIDE_PLAYER_URL", "ws://127.0.0.1/player"},
                      MalformedCase{"STREAMSIDE_CHAT_URL", "http://127.0.0.1/embed#chat"},
                      MalformedCase{"STREAMSIDE_REDIRECT_PORT", "0"},
                      MalformedCase{"STREAMSIDE_REDIRECT_PORT", "65536"},
                      MalformedCase{"STREAMSIDE_REDIRECT_PORT", "-1"},
                      MalformedCase{"STREAMSIDE_REDIRECT_PORT", "80a"},
                      MalformedCase{"STREAMSIDE_REDIRECT_PORT", ""}));
