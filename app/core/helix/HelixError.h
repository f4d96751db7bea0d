#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace streamside {

// Why a Helix request failed, in the terms a caller decides on: retry (and
// when), report, or ask the user to log in again. Never carries the token.
struct HelixError {
    enum class Kind {
        Network,      // no HTTP answer: connection refused, TLS, transfer timeout
        Unauthorized, // 401: token expired, revoked, missing, or lacking a scope
        Forbidden,    // 403: e.g. an EventSub subscription the token may not create
        NotFound,     // 404
        Conflict,     // 409: e.g. the EventSub subscription already exists
        RateLimited,  // 429: see retryAt and rateLimitRemaining
        Server,       // 5xx
        BadRequest,   // 400
        Other,        // any other status, or an answer that could not be read
    };

    Kind kind = Kind::Other;
    int httpStatus = 0; // 0 when there was no HTTP answer
    QString message;    // one line: Twitch's error message, or what went wrong locally
    // RateLimited: when the token bucket is full again (Ratelimit-Reset);
    // invalid when the answer had no such header.
    QDateTime retryAt;
    // Ratelimit-Remaining of the answer, -1 when absent. A 429 with points
    // left is not the token bucket but another limit (EventSub's cost or
    // session limits): waiting does not help there.
    int rateLimitRemaining = -1;

    static Kind kindForStatus(int httpStatus);
    // The error for an HTTP answer: message from Twitch's error JSON
    // {"error":"…","status":N,"message":"…"}, else the reason phrase.
    static HelixError fromHttpAnswer(int httpStatus, const QByteArray& body,
                                     const QByteArray& rateLimitReset,
                                     const QByteArray& rateLimitRemaining);

    // Whether a 429 means the token bucket is empty (worth waiting for).
    bool isTokenBucketEmpty() const { return kind == Kind::RateLimited && rateLimitRemaining <= 0; }
    // "Forbidden (403): subscription missing proper authorization"
    QString toString() const;
};

QString helixErrorKindName(HelixError::Kind kind);

} // namespace streamside
