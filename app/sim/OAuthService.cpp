#include "sim/OAuthService.h"

#include "sim/HttpRequestHelpers.h"
#include "sim/OAuthPages.h"

#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace streamside::sim {

using StatusCode = QHttpServerResponder::StatusCode;
using Method = QHttpServerRequest::Method;

namespace {

const QString deviceGrantType = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");
const QString defaultAccountLogin = QStringLiteral("demo_viewer");

QStringList splitScopes(const QString& scopes) {
    return scopes.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QJsonArray scopeArray(const QStringList& scopes) {
    return QJsonArray::fromStringList(scopes);
}

// The body of a successful user token grant, as Twitch answers the code,
// refresh and device flows.
QJsonObject userTokenBody(const AccessToken& token) {
    QJsonObject body{
        {QStringLiteral("access_token"), token.accessToken},
        {QStringLiteral("expires_in"), token.expiresInSeconds(QDateTime::currentDateTimeUtc())},
        {QStringLiteral("scope"), scopeArray(token.scopes)},
        {QStringLiteral("token_type"), QStringLiteral("bearer")}};
    if (!token.refreshToken.isEmpty())
        body.insert(QStringLiteral("refresh_token"), token.refreshToken);
    return body;
}

// The redirect URI with the parameters appended to its query or put in its
// fragment. Twitch writes an empty path as "/" (http://localhost:3000/#access_token=…).
QString redirectWith(const QString& redirectUri, bool inFragment,
                     const QList<QPair<QString, QString>>& parameters) {
    QUrl url(redirectUri);
    if (url.path().isEmpty())
        url.setPath(QStringLiteral("/"));
    url.setFragment(QString());
    const QString base = url.toString(QUrl::FullyEncoded);
    const QString encoded = http::formEncode(parameters);
    if (inFragment)
        return base + QLatin1Char('#') + encoded;
    return base + (url.hasQuery() ? QLatin1Char('&') : QLatin1Char('?')) + encoded;
}

QList<SimUser> signInAccounts(const World& world) {
    // Viewers first: they are who signs in to a desktop companion.
    QList<SimUser> viewers;
    QList<SimUser> broadcasters;
    for (const SimUser& user : world.users)
        (world.channelById(user.id) ? broadcasters : viewers).append(user);
    return viewers + broadcasters;
}

QJsonObject jsonBody(const QHttpServerRequest& request, bool* ok) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &error);
    *ok = error.error == QJsonParseError::NoError && document.isObject();
    return document.object();
}

} // namespace

// The validated parameters of an authorization request (GET query or POST form).
struct OAuthService::AuthorizeRequest {
    const SimClient* client = nullptr;
    QString redirectUri;
    QString responseType;
    QStringList scopes;
    QString state;
    QString errorTitle; // set when the request is invalid
    QString errorMessage;
};

OAuthService::OAuthService(SimContext& context)
    : m_context(context) {}

void OAuthService::addRoutes(QHttpServer& server) {
    server.route(QStringLiteral("/oauth2/authorize"), Method::Get | Method::Post,
                 [this](const QHttpServerRequest& request) { return authorize(request); });
    server.route(QStringLiteral("/oauth2/device"), Method::Post,
                 [this](const QHttpServerRequest& request) { return device(request); });
    server.route(QStringLiteral("/activate"), Method::Get | Method::Post,
                 [this](const QHttpServerRequest& request) { return activate(request); });
    server.route(QStringLiteral("/oauth2/token"), Method::Post,
                 [this](const QHttpServerRequest& request) { return token(request); });
    server.route(QStringLiteral("/oauth2/validate"), Method::Get,
                 [this](const QHttpServerRequest& request) { return validate(request); });
    server.route(QStringLiteral("/oauth2/revoke"), Method::Post,
                 [this](const QHttpServerRequest& request) { return revoke(request); });

    server.route(QStringLiteral("/_sim/tokens"), Method::Post,
                 [this](const QHttpServerRequest& request) { return controlMint(request); });
    server.route(QStringLiteral("/_sim/tokens/revoke"), Method::Post,
                 [this](const QHttpServerRequest& request) { return controlRevoke(request); });
    server.route(QStringLiteral("/_sim/tokens/expire"), Method::Post,
                 [this](const QHttpServerRequest& request) { return controlExpire(request); });
    server.route(
        QStringLiteral("/_sim/oauth/token-lifetime"), Method::Post,
        [this](const QHttpServerRequest& request) { return controlTokenLifetime(request); });
}

std::optional<AccessToken> OAuthService::mintUserToken(const QString& login,
                                                       const QStringList& scopes,
                                                       const QString& clientId) {
    const SimUser* user = m_context.world.userByLogin(login);
    const QString client = clientId.isEmpty() ? QLatin1String(World::demoClientId) : clientId;
    if (!user || !m_context.world.client(client))
        return std::nullopt;
    return m_context.tokens.issueUserToken(client, user->id, scopes,
                                           m_context.settings.accessTokenLifetimeSeconds, true);
}

bool OAuthService::revokeToken(const QString& accessToken) {
    return m_context.tokens.revoke(accessToken);
}

bool OAuthService::expireToken(const QString& accessToken) {
    return m_context.tokens.expireNow(accessToken);
}

int OAuthService::expireTokensOf(const QString& login) {
    const SimUser* user = m_context.world.userByLogin(login);
    return user ? m_context.tokens.expireAllOf(user->id) : -1;
}

void OAuthService::setTokenLifetime(int seconds) {
    m_context.settings.accessTokenLifetimeSeconds = seconds;
}

QHttpServerResponse OAuthService::authorize(const QHttpServerRequest& request) {
    const bool isPost = request.method() == Method::Post;
    const QUrlQuery parameters = isPost ? http::formBody(request) : http::urlQuery(request);

    // Validate the client and the redirect URI before anything else: until
    // both are known good, errors are shown here and never redirected.
    AuthorizeRequest authorization;
    authorization.client = m_context.world.client(http::value(parameters, "client_id"));
    authorization.redirectUri = http::value(parameters, "redirect_uri");
    authorization.responseType = http::value(parameters, "response_type");
    authorization.scopes = splitScopes(http::value(parameters, "scope"));
    authorization.state = http::value(parameters, "state");
    if (!authorization.client)
        return http::html(oauth_pages::errorPage(QStringLiteral("Invalid client"),
                                                 QStringLiteral("The client_id is not the id of "
                                                                "a registered application.")),
                          StatusCode::BadRequest);
    if (!authorization.client->redirectUris.contains(authorization.redirectUri))
        return http::html(oauth_pages::errorPage(
                              QStringLiteral("Redirect mismatch"),
                              QStringLiteral("The redirect_uri does not match any redirect URI "
                                             "registered for this application.")),
                          StatusCode::BadRequest);
    if (authorization.responseType != QLatin1String("token") &&
        authorization.responseType != QLatin1String("code"))
        return http::html(
            oauth_pages::errorPage(QStringLiteral("Unsupported response type"),
                                   QStringLiteral("response_type must be token or code.")),
            StatusCode::BadRequest);

    const bool implicit = authorization.responseType == QLatin1String("token");
    if (!isPost) {
        bool hasDelay = false;
        const int autoApprove = http::value(parameters, "sim_auto_approve").toInt(&hasDelay);
        // force_verify is accepted: the simulator always shows the consent page anyway.
        const QList<QPair<QString, QString>> hidden{
            {QStringLiteral("client_id"), authorization.client->clientId},
            {QStringLiteral("redirect_uri"), authorization.redirectUri},
            {QStringLiteral("response_type"), authorization.responseType},
            {QStringLiteral("scope"), authorization.scopes.join(QLatin1Char(' '))},
            {QStringLiteral("state"), authorization.state}};
        return http::html(oauth_pages::consentPage(
            authorization.client->name, authorization.scopes, signInAccounts(m_context.world),
            defaultAccountLogin, hidden, hasDelay && autoApprove >= 0 ? autoApprove : -1));
    }

    const QString decision = http::value(parameters, "decision");
    const QString scope = authorization.scopes.join(QLatin1Char(' '));
    if (decision == QLatin1String("cancel")) {
        QList<QPair<QString, QString>> denial{
            {QStringLiteral("error"), QStringLiteral("access_denied")},
            {QStringLiteral("error_description"), QStringLiteral("The user denied you access")}};
        if (!authorization.state.isEmpty())
            denial.append({QStringLiteral("state"), authorization.state});
        return http::redirect(redirectWith(authorization.redirectUri, false, denial));
    }
    if (decision != QLatin1String("authorize"))
        return http::html(oauth_pages::errorPage(QStringLiteral("Invalid request"),
                                                 QStringLiteral("Choose Authorize or Cancel.")),
                          StatusCode::BadRequest);
    const SimUser* user = m_context.world.userByLogin(http::value(parameters, "login"));
    if (!user)
        return http::html(oauth_pages::errorPage(QStringLiteral("Unknown account"),
                                                 QStringLiteral("No such simulated account.")),
                          StatusCode::BadRequest);

    if (implicit) {
        const AccessToken token = m_context.tokens.issueUserToken(
            authorization.client->clientId, user->id, authorization.scopes,
            m_context.settings.accessTokenLifetimeSeconds, false);
        QList<QPair<QString, QString>> fragment{{QStringLiteral("access_token"), token.accessToken},
                                                {QStringLiteral("scope"), scope}};
        if (!authorization.state.isEmpty())
            fragment.append({QStringLiteral("state"), authorization.state});
        fragment.append({QStringLiteral("token_type"), QStringLiteral("bearer")});
        return http::redirect(redirectWith(authorization.redirectUri, true, fragment));
    }
    const AuthorizationCode code = m_context.tokens.issueAuthorizationCode(
        authorization.client->clientId, user->id, authorization.redirectUri, authorization.scopes);
    QList<QPair<QString, QString>> query{{QStringLiteral("code"), code.code},
                                         {QStringLiteral("scope"), scope}};
    if (!authorization.state.isEmpty())
        query.append({QStringLiteral("state"), authorization.state});
    return http::redirect(redirectWith(authorization.redirectUri, false, query));
}

QHttpServerResponse OAuthService::device(const QHttpServerRequest& request) {
    const QUrlQuery form = http::formBody(request);
    const SimClient* client = m_context.world.client(http::value(form, "client_id"));
    if (!client)
        return http::oauthError(StatusCode::BadRequest, QStringLiteral("invalid client"));
    const DeviceAuthorization device = m_context.tokens.issueDeviceAuthorization(
        client->clientId, splitScopes(http::value(form, "scopes")),
        m_context.settings.deviceCodeLifetimeSeconds,
        m_context.settings.deviceCodePollIntervalSeconds);
    QUrl verification = m_context.httpBaseUrl.resolved(QUrl(QStringLiteral("/activate")));
    verification.setQuery(QStringLiteral("device-code=") + device.userCode);
    return http::json(QJsonObject{
        {QStringLiteral("device_code"), device.deviceCode},
        {QStringLiteral("expires_in"), m_context.settings.deviceCodeLifetimeSeconds},
        {QStringLiteral("interval"), device.intervalSeconds},
        {QStringLiteral("user_code"), device.userCode},
        {QStringLiteral("verification_uri"), verification.toString(QUrl::FullyEncoded)}});
}

QHttpServerResponse OAuthService::activate(const QHttpServerRequest& request) {
    if (request.method() == Method::Get)
        return http::html(
            oauth_pages::activationPage(http::value(http::urlQuery(request), "device-code"),
                                        signInAccounts(m_context.world), defaultAccountLogin));

    const QUrlQuery form = http::formBody(request);
    DeviceAuthorization* device = m_context.tokens.deviceByUserCode(http::value(form, "user_code"));
    if (!device || device->redeemed || device->state != DeviceAuthorization::State::Pending)
        return http::html(oauth_pages::errorPage(QStringLiteral("Invalid code"),
                                                 QStringLiteral("That code is not valid. Check "
                                                                "the code on your device.")),
                          StatusCode::BadRequest);
    if (QDateTime::currentDateTimeUtc() >= device->expiresAt)
        return http::html(oauth_pages::errorPage(QStringLiteral("Code expired"),
                                                 QStringLiteral("That code has expired. Start "
                                                                "again on your device.")),
                          StatusCode::BadRequest);
    const SimUser* user = m_context.world.userByLogin(http::value(form, "login"));
    if (!user)
        return http::html(oauth_pages::errorPage(QStringLiteral("Unknown account"),
                                                 QStringLiteral("No such simulated account.")),
                          StatusCode::BadRequest);
    const bool approved = http::value(form, "decision") == QLatin1String("authorize");
    device->state =
        approved ? DeviceAuthorization::State::Approved : DeviceAuthorization::State::Denied;
    device->userId = user->id;
    const SimClient* client = m_context.world.client(device->clientId);
    return http::html(
        oauth_pages::activationDonePage(client ? client->name : device->clientId, approved));
}

QHttpServerResponse OAuthService::token(const QHttpServerRequest& request) {
    const QUrlQuery form = http::formBody(request);
    const QString clientId = http::value(form, "client_id");
    if (clientId.isEmpty())
        return http::oauthError(StatusCode::BadRequest, QStringLiteral("missing client id"));
    const SimClient* client = m_context.world.client(clientId);
    if (!client)
        return http::oauthError(StatusCode::BadRequest, QStringLiteral("invalid client"));
    const QString grantType = http::value(form, "grant_type");
    if (grantType == QLatin1String("authorization_code"))
        return tokenFromAuthorizationCode(form, *client);
    if (grantType == QLatin1String("refresh_token"))
        return tokenFromRefreshToken(form, *client);
    if (grantType == deviceGrantType)
        return tokenFromDeviceCode(form, *client);
    if (grantType == QLatin1String("client_credentials"))
        return tokenFromClientCredentials(form, *client);
    if (grantType.isEmpty())
        return http::oauthError(StatusCode::BadRequest, QStringLiteral("missing grant_type"));
    return http::oauthError(StatusCode::BadRequest, QStringLiteral("unsupported grant_type"));
}

QHttpServerResponse OAuthService::tokenFromAuthorizationCode(const QUrlQuery& form,
                                                             const SimClient& client) {
    // A confidential client proves itself with its secret; a public one cannot keep one.
    if (!client.clientSecret.isEmpty() && http::value(form, "client_secret") != client.clientSecret)
        return http::oauthError(StatusCode::Forbidden, QStringLiteral("invalid client secret"));
    const std::optional<AuthorizationCode> code =
        m_context.tokens.redeemAuthorizationCode(http::value(form, "code"));
    if (!code || code->clientId != client.clientId)
        return http::oauthError(StatusCode::BadRequest,
                                QStringLiteral("Invalid authorization code"));
    if (http::value(form, "redirect_uri") != code->redirectUri)
        return http::oauthError(
            StatusCode::BadRequest,
            QStringLiteral("Parameter redirect_uri does not match registered URI"));
    const AccessToken token =
        m_context.tokens.issueUserToken(client.clientId, code->userId, code->scopes,
                                        m_context.settings.accessTokenLifetimeSeconds, true);
    return http::json(userTokenBody(token));
}

QHttpServerResponse OAuthService::tokenFromRefreshToken(const QUrlQuery& form,
                                                        const SimClient& client) {
    if (!client.clientSecret.isEmpty() && http::value(form, "client_secret") != client.clientSecret)
        return http::oauthError(StatusCode::Forbidden, QStringLiteral("invalid client secret"));
    const AccessToken* token =
        m_context.tokens.refresh(http::value(form, "refresh_token"), client.clientId,
                                 m_context.settings.accessTokenLifetimeSeconds);
    if (!token)
        return http::helixError(StatusCode::BadRequest, QStringLiteral("Invalid refresh token"));
    return http::json(userTokenBody(*token));
}

QHttpServerResponse OAuthService::tokenFromDeviceCode(const QUrlQuery& form,
                                                      const SimClient& client) {
    DeviceAuthorization* device =
        m_context.tokens.deviceByDeviceCode(http::value(form, "device_code"));
    if (!device || device->clientId != client.clientId || device->redeemed)
        return http::oauthError(StatusCode::BadRequest, QStringLiteral("invalid device code"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (now >= device->expiresAt)
        return http::oauthError(StatusCode::BadRequest, QStringLiteral("expired_token"));
    const QDateTime previousPoll = device->lastPollAt;
    device->lastPollAt = now;
    if (previousPoll.isValid() &&
        previousPoll.msecsTo(now) < qint64(device->intervalSeconds) * 1000)
        return http::oauthError(StatusCode::BadRequest, QStringLiteral("slow_down"));
    switch (device->state) {
    case DeviceAuthorization::State::Pending:
        return http::oauthError(StatusCode::BadRequest, QStringLiteral("authorization_pending"));
    case DeviceAuthorization::State::Denied:
        return http::oauthError(StatusCode::BadRequest, QStringLiteral("access_denied"));
    case DeviceAuthorization::State::Approved:
        break;
    }
    device->redeemed = true;
    const AccessToken token =
        m_context.tokens.issueUserToken(client.clientId, device->userId, device->scopes,
                                        m_context.settings.accessTokenLifetimeSeconds, true);
    return http::json(userTokenBody(token));
}

QHttpServerResponse OAuthService::tokenFromClientCredentials(const QUrlQuery& form,
                                                             const SimClient& client) {
    // App access tokens need the secret: a public client has none to give.
    if (client.clientSecret.isEmpty() || http::value(form, "client_secret") != client.clientSecret)
        return http::oauthError(StatusCode::Forbidden, QStringLiteral("invalid client secret"));
    const AccessToken token = m_context.tokens.issueAppToken(
        client.clientId, m_context.settings.accessTokenLifetimeSeconds);
    return http::json(QJsonObject{
        {QStringLiteral("access_token"), token.accessToken},
        {QStringLiteral("expires_in"), token.expiresInSeconds(QDateTime::currentDateTimeUtc())},
        {QStringLiteral("token_type"), QStringLiteral("bearer")}});
}

QHttpServerResponse OAuthService::validate(const QHttpServerRequest& request) {
    const QByteArray authorization = http::header(request, "Authorization");
    if (authorization.isEmpty())
        return http::oauthError(StatusCode::Unauthorized,
                                QStringLiteral("missing authorization token"));
    // The documented form is "OAuth <token>".
    const QByteArray prefix = QByteArrayLiteral("OAuth ");
    const AccessToken* token = authorization.startsWith(prefix)
                                   ? m_context.tokens.findUsable(QString::fromLatin1(
                                         authorization.mid(prefix.size()).trimmed()))
                                   : nullptr;
    if (!token)
        return http::oauthError(StatusCode::Unauthorized, QStringLiteral("invalid access token"));
    QJsonObject body{
        {QStringLiteral("client_id"), token->clientId},
        {QStringLiteral("scopes"), scopeArray(token->scopes)},
        {QStringLiteral("expires_in"), token->expiresInSeconds(QDateTime::currentDateTimeUtc())}};
    if (const SimUser* user = m_context.world.userById(token->userId)) {
        body.insert(QStringLiteral("login"), user->login);
        body.insert(QStringLiteral("user_id"), user->id);
    }
    return http::json(body);
}

QHttpServerResponse OAuthService::revoke(const QHttpServerRequest& request) {
    const QUrlQuery form = http::formBody(request);
    const QString clientId = http::value(form, "client_id");
    if (!m_context.world.client(clientId))
        return http::oauthError(StatusCode::NotFound, QStringLiteral("client does not exist"));
    const QString accessToken = http::value(form, "token");
    const AccessToken* token = m_context.tokens.find(accessToken);
    if (!token || token->revoked || token->clientId != clientId)
        return http::oauthError(StatusCode::BadRequest, QStringLiteral("Invalid token"));
    m_context.tokens.revoke(accessToken);
    return http::empty(StatusCode::Ok);
}

QHttpServerResponse OAuthService::controlMint(const QHttpServerRequest& request) {
    bool ok = false;
    const QJsonObject body = jsonBody(request, &ok);
    if (!ok)
        return http::oauthError(StatusCode::BadRequest, QStringLiteral("body must be JSON"));
    const QString login = body.value(QStringLiteral("login")).toString();
    QStringList scopes;
    for (const QJsonValue& scope : body.value(QStringLiteral("scopes")).toArray())
        scopes.append(scope.toString());
    const QString clientId = body.value(QStringLiteral("client_id")).toString();
    if (!m_context.world.userByLogin(login))
        return http::oauthError(StatusCode::BadRequest,
                                QStringLiteral("unknown login: %1").arg(login));
    if (!clientId.isEmpty() && !m_context.world.client(clientId))
        return http::oauthError(StatusCode::BadRequest, QStringLiteral("unknown client_id"));
    const std::optional<AccessToken> token = mintUserToken(login, scopes, clientId);
    QJsonObject result = userTokenBody(*token);
    result.insert(QStringLiteral("client_id"), token->clientId);
    result.insert(QStringLiteral("user_id"), token->userId);
    result.insert(QStringLiteral("login"), m_context.world.userById(token->userId)->login);
    return http::json(result);
}

QHttpServerResponse OAuthService::controlRevoke(const QHttpServerRequest& request) {
    bool ok = false;
    const QJsonObject body = jsonBody(request, &ok);
    if (!ok || !revokeToken(body.value(QStringLiteral("access_token")).toString()))
        return http::oauthError(StatusCode::NotFound, QStringLiteral("no such access_token"));
    return http::empty(StatusCode::NoContent);
}

QHttpServerResponse OAuthService::controlExpire(const QHttpServerRequest& request) {
    bool ok = false;
    const QJsonObject body = jsonBody(request, &ok);
    if (ok && body.contains(QStringLiteral("login"))) {
        // Whatever tokens the account's client holds now (it may have
        // refreshed since anyone looked).
        const int expired = expireTokensOf(body.value(QStringLiteral("login")).toString());
        if (expired < 0)
            return http::oauthError(StatusCode::NotFound, QStringLiteral("no such login"));
        return http::json(QJsonObject{{QStringLiteral("expired"), expired}});
    }
    if (!ok || !expireToken(body.value(QStringLiteral("access_token")).toString()))
        return http::oauthError(StatusCode::NotFound, QStringLiteral("no such access_token"));
    return http::empty(StatusCode::NoContent);
}

QHttpServerResponse OAuthService::controlTokenLifetime(const QHttpServerRequest& request) {
    bool ok = false;
    const QJsonObject body = jsonBody(request, &ok);
    const QJsonValue seconds = body.value(QStringLiteral("seconds"));
    if (!ok || !seconds.isDouble() || seconds.toInt(-1) < 0)
        return http::oauthError(StatusCode::BadRequest,
                                QStringLiteral("seconds must be a number >= 0"));
    setTokenLifetime(seconds.toInt());
    return http::empty(StatusCode::NoContent);
}

} // namespace streamside::sim
