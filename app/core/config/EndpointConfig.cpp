#include "core/config/EndpointConfig.h"

#include <QRegularExpression>

namespace streamside {

namespace {

QUrl withoutTrailingSlash(QUrl url) {
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    return url;
}

QUrl withTrailingSlash(QUrl url) {
    if (!url.path().endsWith(QLatin1Char('/')))
        url.setPath(url.path() + QLatin1Char('/'));
    return url;
}

QUrl appendPath(const QUrl& base, const QString& path) {
    QUrl url = base;
    url.setPath(withoutTrailingSlash(base).path() + QLatin1Char('/') + path);
    return url;
}

// Parses one URL setting; returns an error text when it is not an absolute URL
// with one of the allowed schemes and a host.
std::optional<QUrl> parseUrl(const QString& text, const QStringList& schemes, QString* error) {
    const QUrl url(text, QUrl::StrictMode);
    const bool ok = url.isValid() && schemes.contains(url.scheme()) && !url.host().isEmpty() &&
                    url.userInfo().isEmpty() && !url.hasQuery() && !url.hasFragment();
    if (!ok) {
        *error = QStringLiteral("'%1' is not a valid %2 URL (absolute, with a host, without "
                                "query or fragment)")
                     .arg(text, schemes.join(QStringLiteral(" or ")));
        return std::nullopt;
    }
    return url;
}

} // namespace

EndpointConfig EndpointConfig::twitchDefaults(const QString& clientId) {
    EndpointConfig config;
    config.clientId = clientId;
    config.authUrl = QUrl(QStringLiteral("https://id.twitch.tv/oauth2"));
    config.apiUrl = QUrl(QStringLiteral("https://api.twitch.tv/helix"));
    config.eventSubUrl = QUrl(QStringLiteral("wss://eventsub.wss.twitch.tv/ws"));
    config.playerUrl = QUrl(QStringLiteral("https://player.twitch.tv/"));
    config.chatUrl = QUrl(QStringLiteral("https://www.twitch.tv/embed/"));
    config.redirectPort = 17563;
    return config;
}

QUrl EndpointConfig::authEndpoint(const QString& name) const {
    return appendPath(authUrl, name);
}

QUrl EndpointConfig::helixEndpoint(const QString& path) const {
    return appendPath(apiUrl, path);
}

QUrl EndpointConfig::chatPage(const QString& login) const {
    return appendPath(chatUrl, login + QStringLiteral("/chat"));
}

QUrl EndpointConfig::redirectUri() const {
    return QUrl(QStringLiteral("http://localhost:%1").arg(redirectPort));
}

EndpointConfigResult endpointConfigFromEnvironment(const QProcessEnvironment& environment,
                                                   const QString& defaultClientId) {
    EndpointConfig config = EndpointConfig::twitchDefaults(defaultClientId);
    EndpointConfigResult result;

    auto fail = [&result](const char* variable, const QString& reason) {
        result.error = QStringLiteral("%1: %2.").arg(QLatin1String(variable), reason);
        return result;
    };
    // Returns the value when the variable is set; an empty value counts as malformed.
    auto valueOf = [&environment](const char* variable) -> std::optional<QString> {
        const QString name = QLatin1String(variable);
        if (!environment.contains(name))
            return std::nullopt;
        return environment.value(name).trimmed();
    };

    if (const auto value = valueOf(env::clientId)) {
        static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9]{1,64}$"));
        if (!pattern.match(*value).hasMatch())
            return fail(
                env::clientId,
                QStringLiteral("'%1' is not a Twitch client id (letters and digits)").arg(*value));
        config.clientId = *value;
    }

    struct UrlSetting {
        const char* variable;
        QUrl* target;
        QStringList schemes;
    };
    const QStringList web{QStringLiteral("https"), QStringLiteral("http")};
    const UrlSetting urlSettings[] = {
        {env::authUrl, &config.authUrl, web},
        {env::apiUrl, &config.apiUrl, web},
        {env::eventSubUrl, &config.eventSubUrl, {QStringLiteral("wss"), QStringLiteral("ws")}},
        {env::playerUrl, &config.playerUrl, web},
        {env::chatUrl, &config.chatUrl, web},
    };
    for (const UrlSetting& setting : urlSettings) {
        const auto value = valueOf(setting.variable);
        if (!value)
            continue;
        QString error;
        const auto url = parseUrl(*value, setting.schemes, &error);
        if (!url)
            return fail(setting.variable, error);
        *setting.target = *url;
    }
    config.authUrl = withoutTrailingSlash(config.authUrl);
    config.apiUrl = withoutTrailingSlash(config.apiUrl);
    config.chatUrl = withTrailingSlash(config.chatUrl);

    if (const auto value = valueOf(env::redirectPort)) {
        bool ok = false;
        const uint port = value->toUInt(&ok, 10);
        if (!ok || port == 0 || port > 65535)
            return fail(env::redirectPort,
                        QStringLiteral("'%1' is not a port number from 1 to 65535").arg(*value));
        config.redirectPort = static_cast<quint16>(port);
    }

    result.config = config;
    return result;
}

} // namespace streamside
