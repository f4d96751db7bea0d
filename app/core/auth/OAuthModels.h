#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace streamside {

// What POST /oauth2/device answers: the code the app polls with, and what
// the user enters (or opens) in a browser.
struct DeviceAuthorization {
    QString deviceCode; // secret of this sign-in: never shown, never logged
    QString userCode;   // shown to the user
    QUrl verificationUri;
    int intervalSeconds = 5; // poll no faster than this
    int expiresInSeconds = 0;
};

// What GET /oauth2/validate says about a live token.
struct TokenValidation {
    QString clientId;
    QString login;
    QString userId;
    QStringList scopes;
    QDateTime expiresAt; // invalid when Twitch gave no lifetime
};

} // namespace streamside
