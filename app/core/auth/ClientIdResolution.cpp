#include "core/auth/ClientIdResolution.h"

#include "core/app/Logging.h"
#include "core/config/EndpointConfig.h"
#include "core/storage/SettingsRepository.h"

#include <QRegularExpression>

namespace streamside {

bool ClientIdResolution::isWellFormed(const QString& clientId) {
    // The same rule endpointConfigFromEnvironment applies to STREAMSIDE_CLIENT_ID.
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9]{1,64}$"));
    return pattern.match(clientId).hasMatch();
}

ClientIdChoice ClientIdResolution::resolve(const QString& fromEnvironment,
                                           const QString& fromSettings,
                                           const QString& buildDefault) {
    if (!fromEnvironment.isEmpty())
        return {fromEnvironment, ClientIdChoice::Source::Environment};
    const QString stored = fromSettings.trimmed();
    if (!stored.isEmpty()) {
        if (isWellFormed(stored))
            return {stored, ClientIdChoice::Source::Settings};
        // Only a damaged database gets here: checkPasted() guards what is stored.
        qCWarning(lcConfig) << "Ignoring the stored client id: it is not letters and digits";
    }
    if (!buildDefault.isEmpty())
        return {buildDefault, ClientIdChoice::Source::BuildDefault};
    return {};
}

ClientIdChoice ClientIdResolution::resolve(const QProcessEnvironment& environment,
                                           const EndpointConfig& endpoints,
                                           const SettingsRepository& settings) {
    const bool fromEnvironment = environment.contains(QLatin1String(env::clientId));
    return resolve(fromEnvironment ? endpoints.clientId : QString(),
                   settings.value(setting::clientId),
                   fromEnvironment ? QString() : endpoints.clientId);
}

PastedClientId ClientIdResolution::checkPasted(const QString& text) {
    const QString clientId = text.trimmed();
    if (clientId.isEmpty())
        return {{}, tr("Paste the client id of your Twitch application.")};
    if (!isWellFormed(clientId))
        return {{},
                tr("A Twitch client id is made of letters and digits only (up to 64), "
                   "as shown in the Twitch developer console.")};
    return {clientId, {}};
}

QString ClientIdResolution::missingExplanation(const QUrl& redirectUri) {
    return tr("Streamside needs the client id of a Twitch application to log in. Register one "
              "at dev.twitch.tv (client type: Public, OAuth redirect URL %1) and paste its "
              "client id here.")
        .arg(redirectUri.toString());
}

} // namespace streamside
