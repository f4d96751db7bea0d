#pragma once

#include <QString>

namespace streamside {

// Why a call to Twitch's /oauth2 endpoints did not succeed. The device grant
// answers "not yet" through errors, so those are kinds of their own; the
// message is Twitch's (or the network's), never containing a token.
struct OAuthFailure {
    enum class Kind {
        AuthorizationPending, // device grant: the user has not decided yet
        SlowDown,             // device grant: polled too fast, wait longer
        ExpiredToken,         // device grant: the device code ran out
        AccessDenied,         // device grant: the user pressed Deny
        InvalidToken,         // validate 401, revoke of an unknown token: expired or revoked
        InvalidRefreshToken,  // refresh: used, revoked or unknown refresh token
        InvalidClient,        // the client id is not a registered application
        Network,              // no answer (refused, timed out, TLS ...)
        Other,                // any other refusal
    };
    Kind kind = Kind::Other;
    int httpStatus = 0; // 0 when there was no HTTP answer
    QString message;

    QString toString() const;
};

} // namespace streamside
