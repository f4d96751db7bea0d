#include "core/auth/OAuthClient.h"

#include "core/app/Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

namespace streamside {

namespace {

const QString deviceGrantType = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");

QJsonObject jsonObject(const QByteArray& body) {
    return QJsonDocument::fromJson(body).object();
}

// Twitch writes scopes as an array; accept a space-separated string too.
QStringList scopeList(const QJsonValue& value) {
    if (value.isString())
        return value.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList scopes;
    for (const QJsonValue& scope : value.toArray())
        scopes.append(scope.toString());
    return scopes;
}

// Twitch gives 0 for a token that does not expire: no expiry then.
QDateTime expiryIn(const QJsonValue& seconds) {
    if (!seconds.isDouble() || seconds.toDouble() <= 0)
        return {};
    return QDateTime::currentDateTimeUtc().addSecs(qint64(seconds.toDouble()));
}

// application/x-www-form-urlencoded, every byte that is not unreserved
// percent-encoded: a '+' in a value must not turn into a space.
QByteArray formEncoded(const QUrlQuery& form) {
    QByteArray body;
    for (const auto& [key, value] : form.queryItems(QUrl::FullyDecoded)) {
        if (!body.isEmpty())
            body.append('&');
        body.append(QUrl::toPercentEncoding(key));
        body.append('=');
        body.append(QUrl::toPercentEncoding(value));
    }
    return body;
}

TokenGrant grantFrom(const QByteArray& body) {
    const QJsonObject json = jsonObject(body);
    TokenGrant grant;
    grant.accessToken = json.value(QLatin1String("access_token")).toString();
    grant.refreshToken = json.value(QLatin1String("refresh_token")).toString();
    grant.scopes = scopeList(json.value(QLatin1String("scope")));
    grant.expiresAt = expiryIn(json.value(QLatin1String("expires_in")));
    return grant;
}

// Twitch answers /oauth2 errors as {"status":400,"message":"..."}; the
// device grant's "not yet" states are such messages.
OAuthFailure failureFrom(int status, const QByteArray& body) {
    OAuthFailure failure;
    failure.httpStatus = status;
    const QJsonObject json = jsonObject(body);
    failure.message = json.value(QLatin1String("message")).toString().simplified();
    if (failure.message.isEmpty())
        failure.message = json.value(QLatin1String("error")).toString().simplified();
    const QString message = failure.message.toLower();
    using Kind = OAuthFailure::Kind;
    if (message == QLatin1String("authorization_pending"))
        failure.kind = Kind::AuthorizationPending;
    else if (message == QLatin1String("slow_down"))
        failure.kind = Kind::SlowDown;
    else if (message == QLatin1String("expired_token"))
        failure.kind = Kind::ExpiredToken;
    else if (message == QLatin1String("access_denied"))
        failure.kind = Kind::AccessDenied;
    else if (message.contains(QLatin1String("refresh token")))
        failure.kind = Kind::InvalidRefreshToken;
    else if (message.contains(QLatin1String("client")))
        failure.kind = Kind::InvalidClient;
    else if (status == 401 || message == QLatin1String("invalid token"))
        failure.kind = Kind::InvalidToken;
    else
        failure.kind = Kind::Other;
    return failure;
}

QString withoutSecrets(QString text, const QStringList& secrets) {
    for (const QString& secret : secrets)
        if (!secret.isEmpty())
            text.replace(secret, QStringLiteral("[token]"));
    return text;
}

} // namespace

OAuthClient::OAuthClient(const EndpointConfig& endpoints, QObject* parent)
    : QObject(parent)
    , m_endpoints(endpoints) {}

void OAuthClient::requestDeviceCode(const QString& clientId, const QStringList& scopes,
                                    const QObject* context, Success<DeviceAuthorization> onSuccess,
                                    Failed onFailure) {
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("client_id"), clientId);
    form.addQueryItem(QStringLiteral("scopes"), scopes.join(QLatin1Char(' ')));
    send(
        "POST", QStringLiteral("device"), form, {}, {}, context,
        [onSuccess = std::move(onSuccess)](const QByteArray& body) {
            const QJsonObject json = jsonObject(body);
            DeviceAuthorization device;
            device.deviceCode = json.value(QLatin1String("device_code")).toString();
            device.userCode = json.value(QLatin1String("user_code")).toString();
            device.verificationUri = QUrl(json.value(QLatin1String("verification_uri")).toString());
            device.intervalSeconds = json.value(QLatin1String("interval")).toInt(5);
            device.expiresInSeconds = json.value(QLatin1String("expires_in")).toInt();
            onSuccess(device);
        },
        std::move(onFailure));
}

void OAuthClient::pollDeviceToken(const QString& clientId, const QString& deviceCode,
                                  const QStringList& scopes, const QObject* context,
                                  Success<TokenGrant> onSuccess, Failed onFailure) {
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("client_id"), clientId);
    form.addQueryItem(QStringLiteral("scopes"), scopes.join(QLatin1Char(' ')));
    form.addQueryItem(QStringLiteral("device_code"), deviceCode);
    form.addQueryItem(QStringLiteral("grant_type"), deviceGrantType);
    send(
        "POST", QStringLiteral("token"), form, {}, {deviceCode}, context,
        [onSuccess = std::move(onSuccess)](const QByteArray& body) { onSuccess(grantFrom(body)); },
        std::move(onFailure));
}

void OAuthClient::refresh(const QString& clientId, const QString& refreshToken,
                          const QObject* context, Success<TokenGrant> onSuccess, Failed onFailure) {
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("client_id"), clientId);
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), refreshToken);
    send(
        "POST", QStringLiteral("token"), form, {}, {refreshToken}, context,
        [onSuccess = std::move(onSuccess)](const QByteArray& body) { onSuccess(grantFrom(body)); },
        std::move(onFailure));
}

void OAuthClient::validate(const QString& accessToken, const QObject* context,
                           Success<TokenValidation> onSuccess, Failed onFailure) {
    send(
        "GET", QStringLiteral("validate"), {}, "OAuth " + accessToken.toUtf8(), {accessToken},
        context,
        [onSuccess = std::move(onSuccess)](const QByteArray& body) {
            const QJsonObject json = jsonObject(body);
            TokenValidation validation;
            validation.clientId = json.value(QLatin1String("client_id")).toString();
            validation.login = json.value(QLatin1String("login")).toString();
            validation.userId = json.value(QLatin1String("user_id")).toString();
            validation.scopes = scopeList(json.value(QLatin1String("scopes")));
            validation.expiresAt = expiryIn(json.value(QLatin1String("expires_in")));
            onSuccess(validation);
        },
        std::move(onFailure));
}

void OAuthClient::revoke(const QString& clientId, const QString& accessToken,
                         const QObject* context, Done onSuccess, Failed onFailure) {
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("client_id"), clientId);
    form.addQueryItem(QStringLiteral("token"), accessToken);
    send(
        "POST", QStringLiteral("revoke"), form, {}, {accessToken}, context,
        [onSuccess = std::move(onSuccess)](const QByteArray&) { onSuccess(); },
        std::move(onFailure));
}

void OAuthClient::send(const QByteArray& verb, const QString& endpoint, const QUrlQuery& form,
                       const QByteArray& authorization, const QStringList& secrets,
                       const QObject* context, BodyHandler onSuccess, Failed onFailure) {
    QNetworkRequest request(m_endpoints.authEndpoint(endpoint));
    request.setTransferTimeout(m_transferTimeoutMs);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    QNetworkReply* reply = nullptr;
    if (verb == "POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply = m_network.post(request, formEncoded(form));
    } else {
        reply = m_network.get(request);
    }

    // What the log may show of the request: verb, endpoint and grant type;
    // never the form (it carries tokens and device codes) nor the headers.
    QString what = QString::fromLatin1(verb) + QLatin1Char(' ') + endpoint;
    const QString grantType = form.queryItemValue(QStringLiteral("grant_type"));
    if (!grantType.isEmpty())
        what += QStringLiteral(" (%1)").arg(
            grantType == deviceGrantType ? QStringLiteral("device_code") : grantType);
    const bool hasContext = context != nullptr;
    const QPointer<const QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, what, secrets, hasContext, guard, onSuccess = std::move(onSuccess),
             onFailure = std::move(onFailure)] {
                reply->deleteLater();
                const int status =
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                const QByteArray body = reply->readAll();
                const bool contextGone = hasContext && guard.isNull();
                if (status >= 200 && status <= 299) {
                    qCDebug(lcAuth).noquote() << what << status;
                    if (!contextGone)
                        onSuccess(body);
                    return;
                }
                OAuthFailure failure;
                if (status == 0) {
                    failure.kind = OAuthFailure::Kind::Network;
                    failure.message = reply->error() == QNetworkReply::OperationCanceledError
                                          ? tr("No answer within %n second(s)", nullptr,
                                               (m_transferTimeoutMs + 999) / 1000)
                                          : reply->errorString().simplified();
                } else {
                    failure = failureFrom(status, body);
                }
                failure.message = withoutSecrets(failure.message, secrets);
                // "Not yet" answers of the device grant come every few seconds: debug only.
                if (failure.kind == OAuthFailure::Kind::AuthorizationPending)
                    qCDebug(lcAuth).noquote() << what << failure.toString();
                else
                    qCInfo(lcAuth).noquote() << what << "failed:" << failure.toString();
                if (!contextGone)
                    onFailure(failure);
            });
}

} // namespace streamside
