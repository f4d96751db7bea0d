#include "sim/TokenStore.h"

#include <QRandomGenerator>

namespace streamside::sim {

namespace {

// Authorization codes are short-lived, as in OAuth 2.0 (RFC 6749 §4.1.2 advises 10 minutes).
constexpr int authorizationCodeLifetimeSeconds = 600;

QString randomFrom(QLatin1String alphabet, int length) {
    QString result;
    result.reserve(length);
    for (int i = 0; i < length; ++i)
        result.append(QLatin1Char(
            alphabet[int(QRandomGenerator::global()->bounded(quint32(alphabet.size())))]));
    return result;
}

} // namespace

QString TokenStore::randomToken(int length) {
    return randomFrom(QLatin1String("abcdefghijklmnopqrstuvwxyz0123456789"), length);
}

AccessToken TokenStore::issueUserToken(const QString& clientId, const QString& userId,
                                       const QStringList& scopes, int lifetimeSeconds,
                                       bool withRefreshToken) {
    AccessToken token;
    token.accessToken = randomToken(30);
    if (withRefreshToken)
        token.refreshToken = randomToken(50);
    token.clientId = clientId;
    token.userId = userId;
    token.scopes = scopes;
    token.issuedAt = QDateTime::currentDateTimeUtc();
    token.expiresAt = token.issuedAt.addSecs(lifetimeSeconds);
    m_tokens.insert(token.accessToken, token);
    if (withRefreshToken)
        m_refreshTokens.insert(token.refreshToken, token.accessToken);
    return token;
}

AccessToken TokenStore::issueAppToken(const QString& clientId, int lifetimeSeconds) {
    return issueUserToken(clientId, QString(), {}, lifetimeSeconds, false);
}

const AccessToken* TokenStore::find(const QString& accessToken) const {
    const auto it = m_tokens.constFind(accessToken);
    return it == m_tokens.constEnd() ? nullptr : &*it;
}

const AccessToken* TokenStore::findUsable(const QString& accessToken) const {
    const AccessToken* token = find(accessToken);
    return token && token->isUsable(QDateTime::currentDateTimeUtc()) ? token : nullptr;
}

const AccessToken* TokenStore::refresh(const QString& refreshToken, const QString& clientId,
                                       int lifetimeSeconds) {
    const auto it = m_refreshTokens.find(refreshToken);
    if (it == m_refreshTokens.end())
        return nullptr;
    const AccessToken* previous = find(*it);
    if (!previous || previous->revoked || previous->clientId != clientId)
        return nullptr;
    const AccessToken old = *previous;
    m_refreshTokens.erase(it); // rotation: the old refresh token is spent
    const AccessToken fresh =
        issueUserToken(old.clientId, old.userId, old.scopes, lifetimeSeconds, true);
    ++m_refreshCount;
    return find(fresh.accessToken);
}

bool TokenStore::revoke(const QString& accessToken) {
    const auto it = m_tokens.find(accessToken);
    if (it == m_tokens.end())
        return false;
    it->revoked = true;
    if (!it->refreshToken.isEmpty())
        m_refreshTokens.remove(it->refreshToken);
    return true;
}

bool TokenStore::expireNow(const QString& accessToken) {
    const auto it = m_tokens.find(accessToken);
    if (it == m_tokens.end())
        return false;
    it->expiresAt = QDateTime::currentDateTimeUtc();
    return true;
}

int TokenStore::expireAllOf(const QString& userId) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int expired = 0;
    for (AccessToken& token : m_tokens) {
        if (userId.isEmpty() || token.userId != userId || !token.isUsable(now))
            continue;
        token.expiresAt = now;
        ++expired;
    }
    return expired;
}

AuthorizationCode TokenStore::issueAuthorizationCode(const QString& clientId, const QString& userId,
                                                     const QString& redirectUri,
                                                     const QStringList& scopes) {
    AuthorizationCode code{
        randomToken(30),
        clientId,
        userId,
        redirectUri,
        scopes,
        QDateTime::currentDateTimeUtc().addSecs(authorizationCodeLifetimeSeconds),
        false};
    m_codes.insert(code.code, code);
    return code;
}

std::optional<AuthorizationCode> TokenStore::redeemAuthorizationCode(const QString& code) {
    const auto it = m_codes.find(code);
    if (it == m_codes.end() || it->used || QDateTime::currentDateTimeUtc() >= it->expiresAt)
        return std::nullopt;
    it->used = true;
    return *it;
}

DeviceAuthorization TokenStore::issueDeviceAuthorization(const QString& clientId,
                                                         const QStringList& scopes,
                                                         int lifetimeSeconds, int intervalSeconds) {
    DeviceAuthorization device;
    device.deviceCode = randomFrom(
        QLatin1String("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), 40);
    do {
        device.userCode = randomFrom(QLatin1String("ABCDEFGHJKLMNPQRSTUVWXYZ"), 8);
    } while (deviceByUserCode(device.userCode));
    device.clientId = clientId;
    device.scopes = scopes;
    device.intervalSeconds = intervalSeconds;
    device.expiresAt = QDateTime::currentDateTimeUtc().addSecs(lifetimeSeconds);
    m_devices.append(device);
    return device;
}

DeviceAuthorization* TokenStore::deviceByDeviceCode(const QString& deviceCode) {
    for (DeviceAuthorization& d : m_devices)
        if (d.deviceCode == deviceCode)
            return &d;
    return nullptr;
}

DeviceAuthorization* TokenStore::deviceByUserCode(const QString& userCode) {
    for (DeviceAuthorization& d : m_devices)
        if (d.userCode.compare(userCode.trimmed(), Qt::CaseInsensitive) == 0)
            return &d;
    return nullptr;
}

QStringList TokenStore::issuedCredentials() const {
    QStringList credentials;
    for (const AccessToken& token : m_tokens) {
        credentials.append(token.accessToken);
        if (!token.refreshToken.isEmpty())
            credentials.append(token.refreshToken);
    }
    for (const AuthorizationCode& code : m_codes)
        credentials.append(code.code);
    for (const DeviceAuthorization& device : m_devices)
        credentials.append(device.deviceCode);
    return credentials;
}

} // namespace streamside::sim
