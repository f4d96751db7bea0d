#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace streamside {

// The signed-in Twitch account and its credentials.
struct Account {
    QString userId;
    QString login;
    QString displayName;
    QStringList scopes;
    QDateTime tokenExpiresAt; // invalid when unknown
    QString accessToken;
    QString refreshToken; // empty for implicit-grant logins
    bool isActive = false;

    bool operator==(const Account&) const = default;
};

} // namespace streamside
