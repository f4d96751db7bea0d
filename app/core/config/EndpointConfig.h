#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include <optional>

namespace streamside {

// Every Twitch address the app talks to. The same code runs against Twitch or
// against the simulator: only this configuration differs.
struct EndpointConfig {
    QString clientId;         // empty when none is configured: the login screen asks for one
    QUrl authUrl;             // OAuth base, no trailing slash: <authUrl>/authorize
    QUrl apiUrl;              // Helix base, no trailing slash: <apiUrl>/users
    QUrl eventSubUrl;         // EventSub WebSocket URL, used as is
    QUrl playerUrl;           // player page, query parameters are added
    QUrl chatUrl;             // chat embeds, trailing slash: <chatUrl><login>/chat
    quint16 redirectPort = 0; // loopback OAuth redirect: http://localhost:<port>

    // Twitch's production addresses with the given client id.
    static EndpointConfig twitchDefaults(const QString& clientId);

    // The endpoints for the given Twitch object: appending paths in one place
    // keeps the trailing-slash conventions above from leaking everywhere.
    QUrl authEndpoint(const QString& name) const;  // authEndpoint("token")
    QUrl helixEndpoint(const QString& path) const; // helixEndpoint("users")
    QUrl chatPage(const QString& login) const;
    QUrl redirectUri() const;

    bool operator==(const EndpointConfig&) const = default;
};

// Environment variable names, one per setting.
namespace env {
inline constexpr char clientId[] = "STREAMSIDE_CLIENT_ID";
inline constexpr char authUrl[] = "STREAMSIDE_TWITCH_AUTH_URL";
inline constexpr char apiUrl[] = "STREAMSIDE_TWITCH_API_URL";
inline constexpr char eventSubUrl[] = "STREAMSIDE_EVENTSUB_URL";
inline constexpr char playerUrl[] = "STREAMSIDE_PLAYER_URL";
inline constexpr char chatUrl[] = "STREAMSIDE_CHAT_URL";
inline constexpr char redirectPort[] = "STREAMSIDE_REDIRECT_PORT";
} // namespace env

struct EndpointConfigResult {
    std::optional<EndpointConfig> config;
    QString error; // one line naming the variable, when config is empty
};

// Reads the STREAMSIDE_* variables over Twitch's defaults. A variable that is
// set but malformed (or empty) is an error naming it, never a silent fallback.
EndpointConfigResult endpointConfigFromEnvironment(const QProcessEnvironment& environment,
                                                   const QString& defaultClientId);

} // namespace streamside
