#include "core/helix/HelixError.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace streamside {

namespace {

// Twitch's messages are one line, but nothing guarantees it: the message
// ends up in a status bar and a log line.
constexpr qsizetype maxMessageLength = 300;

QString oneLine(QString text) {
    text = text.simplified();
    if (text.size() > maxMessageLength)
        text = text.left(maxMessageLength - 1) + QChar(0x2026);
    return text;
}

} // namespace

HelixError::Kind HelixError::kindForStatus(int httpStatus) {
    switch (httpStatus) {
    case 0:
        return Kind::Network;
    case 400:
        return Kind::BadRequest;
    case 401:
        return Kind::Unauthorized;
    case 403:
        return Kind::Forbidden;
    case 404:
        return Kind::NotFound;
    case 409:
        return Kind::Conflict;
    case 429:
        return Kind::RateLimited;
    default:
        return httpStatus >= 500 && httpStatus <= 599 ? Kind::Server : Kind::Other;
    }
}

HelixError HelixError::fromHttpAnswer(int httpStatus, const QByteArray& body,
                                      const QByteArray& rateLimitReset,
                                      const QByteArray& rateLimitRemaining) {
    HelixError error;
    error.kind = kindForStatus(httpStatus);
    error.httpStatus = httpStatus;
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    // Made one line before the fallbacks are considered: a message of blanks
    // only is no message (found by the helix-response fuzzer).
    QString message = oneLine(json.value(QLatin1String("message")).toString());
    if (message.isEmpty())
        message = oneLine(json.value(QLatin1String("error")).toString());
    if (message.isEmpty())
        message = QStringLiteral("HTTP status %1").arg(httpStatus);
    error.message = message;
    bool ok = false;
    const qint64 reset = rateLimitReset.trimmed().toLongLong(&ok);
    if (ok && reset > 0)
        error.retryAt = QDateTime::fromSecsSinceEpoch(reset, Qt::UTC);
    const int remaining = rateLimitRemaining.trimmed().toInt(&ok);
    if (ok)
        error.rateLimitRemaining = remaining;
    return error;
}

QString HelixError::toString() const {
    if (httpStatus == 0)
        return QStringLiteral("%1: %2").arg(helixErrorKindName(kind), message);
    return QStringLiteral("%1 (%2): %3").arg(helixErrorKindName(kind)).arg(httpStatus).arg(message);
}

QString helixErrorKindName(HelixError::Kind kind) {
    switch (kind) {
    case HelixError::Kind::Network:
        return QStringLiteral("Network");
    case HelixError::Kind::Unauthorized:
        return QStringLiteral("Unauthorized");
    case HelixError::Kind::Forbidden:
        return QStringLiteral("Forbidden");
    case HelixError::Kind::NotFound:
        return QStringLiteral("NotFound");
    case HelixError::Kind::Conflict:
        return QStringLiteral("Conflict");
    case HelixError::Kind::RateLimited:
        return QStringLiteral("RateLimited");
    case HelixError::Kind::Server:
        return QStringLiteral("Server");
    case HelixError::Kind::BadRequest:
        return QStringLiteral("BadRequest");
    case HelixError::Kind::Other:
        return QStringLiteral("Other");
    }
    return QStringLiteral("Other");
}

} // namespace streamside
