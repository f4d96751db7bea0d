#pragma once

#include "core/auth/OAuthFailure.h"
#include "core/auth/OAuthModels.h"
#include "core/auth/TokenGrant.h"
#include "core/config/EndpointConfig.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrlQuery>

#include <functional>

namespace streamside {

// The HTTP calls to Twitch's /oauth2 endpoints a desktop app (a Public
// client: no secret) makes: device, token (device code and refresh grants),
// validate and revoke, against EndpointConfig::authUrl (Twitch or the
// simulator).
//
// Every call takes a context object; exactly one of its callbacks runs later
// (never inside the call), unless the context has been destroyed by then.
// Tokens travel in form bodies and headers only: never in a URL, a log line
// or an OAuthFailure.
class OAuthClient : public QObject {
    Q_OBJECT
public:
    template <typename T>
    using Success = std::function<void(const T&)>;
    using Done = std::function<void()>;
    using Failed = std::function<void(const OAuthFailure&)>;

    static constexpr int defaultTransferTimeoutMs = 15'000;

    explicit OAuthClient(const EndpointConfig& endpoints, QObject* parent = nullptr);

    // A request with no data moving for this long fails as Kind::Network.
    void setTransferTimeout(int milliseconds) { m_transferTimeoutMs = milliseconds; }

    // POST /oauth2/device: starts a device code sign-in for these scopes.
    void requestDeviceCode(const QString& clientId, const QStringList& scopes,
                           const QObject* context, Success<DeviceAuthorization> onSuccess,
                           Failed onFailure);
    // POST /oauth2/token, device code grant: the tokens once the user approved;
    // until then AuthorizationPending / SlowDown, or ExpiredToken / AccessDenied.
    void pollDeviceToken(const QString& clientId, const QString& deviceCode,
                         const QStringList& scopes, const QObject* context,
                         Success<TokenGrant> onSuccess, Failed onFailure);
    // POST /oauth2/token, refresh grant (no secret). The grant carries the NEW
    // refresh token: refresh tokens rotate, the one sent stops working.
    void refresh(const QString& clientId, const QString& refreshToken, const QObject* context,
                 Success<TokenGrant> onSuccess, Failed onFailure);
    // GET /oauth2/validate: who the token belongs to, or InvalidToken (401).
    void validate(const QString& accessToken, const QObject* context,
                  Success<TokenValidation> onSuccess, Failed onFailure);
    // POST /oauth2/revoke: withdraws the token (and its refresh token) at Twitch.
    void revoke(const QString& clientId, const QString& accessToken, const QObject* context,
                Done onSuccess, Failed onFailure);

private:
    using BodyHandler = std::function<void(const QByteArray& body)>;

    // Sends one request; onSuccess gets the body of a 2xx answer. secrets are
    // the tokens the request carries: scrubbed from any failure message.
    void send(const QByteArray& verb, const QString& endpoint, const QUrlQuery& form,
              const QByteArray& authorization, const QStringList& secrets, const QObject* context,
              BodyHandler onSuccess, Failed onFailure);

    EndpointConfig m_endpoints;
    QNetworkAccessManager m_network;
    int m_transferTimeoutMs = defaultTransferTimeoutMs;
};

} // namespace streamside
