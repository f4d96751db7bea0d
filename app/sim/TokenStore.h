#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace streamside::sim {

// An access token as id.twitch.tv issues it. A user access token has a user
// id; an app access token (client credentials) has none.
struct AccessToken {
    QString accessToken;
    QString refreshToken; // empty for implicit-grant and app tokens
    QString clientId;
    QString userId; // empty for app access tokens
    QStringList scopes;
    QDateTime issuedAt;
    QDateTime expiresAt;
    bool revoked = false;

    bool isAppToken() const { return userId.isEmpty(); }
    bool isUsable(const QDateTime& now) const { return !revoked && now < expiresAt; }
    bool hasScope(const QString& scope) const { return scopes.contains(scope); }
    qint64 expiresInSeconds(const QDateTime& now) const {
        return qMax<qint64>(0, now.secsTo(expiresAt));
    }
};

// An authorization code of the authorization code grant flow: single use.
struct AuthorizationCode {
    QString code;
    QString clientId;
    QString userId;
    QString redirectUri;
    QStringList scopes;
    QDateTime expiresAt;
    bool used = false;
};

// A pending sign-in of the device code grant flow.
struct DeviceAuthorization {
    enum class State { Pending, Approved, Denied };

    QString deviceCode; // what the app polls with
    QString userCode;   // what the user types on the activation page
    QString clientId;
    QStringList scopes;
    State state = State::Pending;
    QString userId; // who approved (or denied)
    int intervalSeconds = 5;
    QDateTime expiresAt;
    QDateTime lastPollAt; // for slow_down
    bool redeemed = false;
};

// Every credential the simulated id.twitch.tv has handed out. Plain data, no
// timers: validity is decided when a credential is looked up, against the
// current time, so that tests can expire things by changing them.
class TokenStore {
public:
    // Issues a user access token; withRefreshToken is false for the implicit grant.
    AccessToken issueUserToken(const QString& clientId, const QString& userId,
                               const QStringList& scopes, int lifetimeSeconds,
                               bool withRefreshToken);
    AccessToken issueAppToken(const QString& clientId, int lifetimeSeconds);

    // The token record, whatever its state (revoked, expired) or nullptr.
    const AccessToken* find(const QString& accessToken) const;
    // The token when it may be used now (not revoked, not expired), else nullptr.
    const AccessToken* findUsable(const QString& accessToken) const;

    // Refresh tokens rotate: a successful refresh issues a new access and
    // refresh token and the old refresh token stops working. Returns nullptr
    // when the refresh token is unknown, already used, of another client, or
    // its grant was revoked.
    const AccessToken* refresh(const QString& refreshToken, const QString& clientId,
                               int lifetimeSeconds);

    // Revokes the token and its refresh token. False when the token is unknown.
    bool revoke(const QString& accessToken);
    // Makes the token expire now. False when the token is unknown.
    bool expireNow(const QString& accessToken);
    // Makes every usable access token of the user expire now (their refresh
    // tokens keep working); returns how many there were.
    int expireAllOf(const QString& userId);
    // Successful refresh_token grants so far.
    int refreshCount() const { return m_refreshCount; }

    // Authorization code grant.
    AuthorizationCode issueAuthorizationCode(const QString& clientId, const QString& userId,
                                             const QString& redirectUri, const QStringList& scopes);
    // Marks the code used and returns it when it is unused and unexpired.
    std::optional<AuthorizationCode> redeemAuthorizationCode(const QString& code);

    // Device code grant.
    DeviceAuthorization issueDeviceAuthorization(const QString& clientId, const QStringList& scopes,
                                                 int lifetimeSeconds, int intervalSeconds);
    DeviceAuthorization* deviceByDeviceCode(const QString& deviceCode);
    DeviceAuthorization* deviceByUserCode(const QString& userCode); // case-insensitive

    // A random token of [a-z0-9], as Twitch's tokens look.
    static QString randomToken(int length);

    // Every credential handed out so far, whatever its state: access and
    // refresh tokens, authorization codes and device codes. For tests that
    // check that none of them leaks (into a log line, a file).
    QStringList issuedCredentials() const;

private:
    QHash<QString, AccessToken> m_tokens;      // by access token
    QHash<QString, QString> m_refreshTokens;   // unused refresh token -> access token
    QHash<QString, AuthorizationCode> m_codes; // by code
    QList<DeviceAuthorization> m_devices;
    int m_refreshCount = 0;
};

} // namespace streamside::sim
