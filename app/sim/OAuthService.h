#pragma once

#include "sim/SimContext.h"
#include "sim/TokenStore.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QString>
#include <QStringList>

#include <optional>

class QHttpServer;

namespace streamside::sim {

// The simulated id.twitch.tv: /oauth2/{authorize,device,token,validate,revoke},
// the device activation page /activate, and the control routes /_sim/tokens…
// and /_sim/oauth/… that tests and the demo use to get tokens without a
// browser. Credentials live in SimContext::tokens.
class OAuthService {
public:
    explicit OAuthService(SimContext& context);

    void addRoutes(QHttpServer& server);

    // Control: a user access token (with a refresh token) for the account,
    // as if the user had gone through consent. nullopt when the login or the
    // client is unknown. An empty clientId means the demo client.
    std::optional<AccessToken> mintUserToken(const QString& login, const QStringList& scopes,
                                             const QString& clientId = {});
    bool revokeToken(const QString& accessToken);
    bool expireToken(const QString& accessToken);
    // Every usable access token of the account expires now; -1 for an
    // unknown login, else how many did.
    int expireTokensOf(const QString& login);
    // Lifetime of tokens issued from now on.
    void setTokenLifetime(int seconds);

private:
    struct AuthorizeRequest;

    QHttpServerResponse authorize(const QHttpServerRequest& request);
    QHttpServerResponse device(const QHttpServerRequest& request);
    QHttpServerResponse activate(const QHttpServerRequest& request);
    QHttpServerResponse token(const QHttpServerRequest& request);
    QHttpServerResponse tokenFromAuthorizationCode(const QUrlQuery& form, const SimClient& client);
    QHttpServerResponse tokenFromRefreshToken(const QUrlQuery& form, const SimClient& client);
    QHttpServerResponse tokenFromDeviceCode(const QUrlQuery& form, const SimClient& client);
    QHttpServerResponse tokenFromClientCredentials(const QUrlQuery& form, const SimClient& client);
    QHttpServerResponse validate(const QHttpServerRequest& request);
    QHttpServerResponse revoke(const QHttpServerRequest& request);

    QHttpServerResponse controlMint(const QHttpServerRequest& request);
    QHttpServerResponse controlRevoke(const QHttpServerRequest& request);
    QHttpServerResponse controlExpire(const QHttpServerRequest& request);
    QHttpServerResponse controlTokenLifetime(const QHttpServerRequest& request);

    SimContext& m_context;
};

} // namespace streamside::sim
