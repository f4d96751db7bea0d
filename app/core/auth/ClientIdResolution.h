#pragma once

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

namespace streamside {

struct EndpointConfig;
class SettingsRepository;

// The client id the app logs in with, and where it came from (the settings
// screen shows which one wins, and why an empty one stops the login).
struct ClientIdChoice {
    enum class Source {
        Environment,  // STREAMSIDE_CLIENT_ID
        Settings,     // pasted by the user (setting::clientId)
        BuildDefault, // baked in by the packager (STREAMSIDE_DEFAULT_CLIENT_ID)
        None,         // nothing configured: the login screen explains
    };
    QString clientId;
    Source source = Source::None;

    bool isEmpty() const { return clientId.isEmpty(); }
};

// A client id the user pasted, checked before it is stored.
struct PastedClientId {
    QString clientId; // trimmed; empty when rejected
    QString problem;  // why it was rejected, for the user; empty when accepted

    bool isAccepted() const { return problem.isEmpty(); }
};

// Which client id wins: STREAMSIDE_CLIENT_ID, then the setting, then the
// build default. An environment variable overrides so that a developer or
// the demo can point any installed build at another application.
class ClientIdResolution {
    Q_DECLARE_TR_FUNCTIONS(ClientIdResolution)
public:
    // endpoints is the parsed environment (endpointConfigFromEnvironment): its
    // clientId is STREAMSIDE_CLIENT_ID when set, else the build default.
    static ClientIdChoice resolve(const QProcessEnvironment& environment,
                                  const EndpointConfig& endpoints,
                                  const SettingsRepository& settings);
    // The same from the three candidates; empty means not given.
    static ClientIdChoice resolve(const QString& fromEnvironment, const QString& fromSettings,
                                  const QString& buildDefault);

    static PastedClientId checkPasted(const QString& text);
    static bool isWellFormed(const QString& clientId);

    // What the login screen says when there is no client id; redirectUri is
    // EndpointConfig::redirectUri(), to be registered with the application.
    static QString missingExplanation(const QUrl& redirectUri);
};

} // namespace streamside
