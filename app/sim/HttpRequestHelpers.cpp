#include "sim/HttpRequestHelpers.h"

#include <QJsonDocument>
#include <QUrl>

namespace streamside::sim::http {

using StatusCode = QHttpServerResponder::StatusCode;

QByteArray header(const QHttpServerRequest& request, const QByteArray& name) {
    for (const auto& [key, headerValue] : request.headers())
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return headerValue;
    return {};
}

QUrlQuery formBody(const QHttpServerRequest& request) {
    QByteArray body = request.body();
    // A literal '+' arrives as %2B, so every remaining '+' is a space.
    body.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(body));
}

QUrlQuery urlQuery(const QHttpServerRequest& request) {
    QString query = request.url().query(QUrl::FullyEncoded);
    query.replace(QLatin1Char('+'), QLatin1String("%20"));
    return QUrlQuery(query);
}

QString value(const QUrlQuery& query, const QString& key) {
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

QStringList values(const QUrlQuery& query, const QString& key) {
    return query.allQueryItemValues(key, QUrl::FullyDecoded);
}

QString formEncode(const QList<QPair<QString, QString>>& pairs) {
    QStringList parts;
    for (const auto& [key, pairValue] : pairs) {
        QByteArray encoded = QUrl::toPercentEncoding(pairValue);
        encoded.replace("%20", "+");
        parts.append(key + QLatin1Char('=') + QString::fromLatin1(encoded));
    }
    return parts.join(QLatin1Char('&'));
}

QString encodeCursor(qsizetype offset) {
    return QString::fromLatin1(
        QByteArray("offset:" + QByteArray::number(offset))
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

qsizetype decodeCursor(const QString& cursor) {
    if (cursor.isEmpty())
        return 0;
    const QByteArray decoded = QByteArray::fromBase64(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (!decoded.startsWith("offset:"))
        return -1;
    bool ok = false;
    const qsizetype offset = decoded.mid(7).toLongLong(&ok);
    return ok && offset >= 0 ? offset : -1;
}

QString reasonPhrase(int status) {
    switch (status) {
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 409:
        return QStringLiteral("Conflict");
    case 422:
        return QStringLiteral("Unprocessable Entity");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    default:
        return QStringLiteral("Error");
    }
}

QHttpServerResponse oauthError(StatusCode status, const QString& message) {
    return json(
        QJsonObject{{QStringLiteral("status"), int(status)}, {QStringLiteral("message"), message}},
        status);
}

QJsonObject helixErrorBody(int status, const QString& message) {
    return QJsonObject{{QStringLiteral("error"), reasonPhrase(status)},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("message"), message}};
}

QHttpServerResponse helixError(StatusCode status, const QString& message) {
    return json(helixErrorBody(int(status), message), status);
}

QHttpServerResponse json(const QJsonObject& body, StatusCode status) {
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
                               QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

QHttpServerResponse html(const QString& page, StatusCode status) {
    return QHttpServerResponse(QByteArrayLiteral("text/html; charset=utf-8"), page.toUtf8(),
                               status);
}

QHttpServerResponse empty(StatusCode status) {
    return QHttpServerResponse(status);
}

QHttpServerResponse redirect(const QString& location) {
    QHttpServerResponse response(QByteArrayLiteral("text/plain"), QByteArray(), StatusCode::Found);
    response.addHeader(QByteArrayLiteral("Location"), location.toUtf8());
    return response;
}

} // namespace streamside::sim::http
