#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace streamside {

// What a login flow ends with: the tokens Twitch issued. The implicit grant
// (loopback flow) gives no refresh token; the device code flow does.
struct TokenGrant {
    QString accessToken;
    QString refreshToken;
    QStringList scopes;
    QDateTime expiresAt; // invalid when Twitch did not say
};

} // namespace streamside
