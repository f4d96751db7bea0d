#pragma once

#include <QByteArray>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

// Small pieces of HTTP that the OAuth and Helix services share: form bodies,
// headers, Twitch's error shapes and form-style URL encoding.
namespace streamside::sim::http {

// A header of the request, matched case-insensitively (HTTP header names are).
QByteArray header(const QHttpServerRequest& request, const QByteArray& name);

// An application/x-www-form-urlencoded body. '+' means a space there, which
// QUrlQuery alone does not know.
QUrlQuery formBody(const QHttpServerRequest& request);
// The URL query, read the same way (a browser's GET form also writes '+').
QUrlQuery urlQuery(const QHttpServerRequest& request);
// A value from a form or query, fully decoded.
QString value(const QUrlQuery& query, const QString& key);
// Every value given for a repeated query key (id=1&id=2), fully decoded.
QStringList values(const QUrlQuery& query, const QString& key);

// Encodes pairs as a browser submits a form: percent-encoding, spaces as '+'.
// Twitch builds its redirect queries and fragments this way.
QString formEncode(const QList<QPair<QString, QString>>& pairs);

// Helix pagination cursors: opaque to clients, an offset for the simulator.
QString encodeCursor(qsizetype offset);
// The offset of a cursor; 0 for an empty cursor; -1 when it is not one of ours.
qsizetype decodeCursor(const QString& cursor);

// id.twitch.tv's error shape: {"status":N,"message":"..."}.
QHttpServerResponse oauthError(QHttpServerResponder::StatusCode status, const QString& message);
// Helix's error shape: {"error":"Bad Request","status":N,"message":"..."}.
QHttpServerResponse helixError(QHttpServerResponder::StatusCode status, const QString& message);
QJsonObject helixErrorBody(int status, const QString& message);
// The reason phrase of a status code ("Bad Request").
QString reasonPhrase(int status);

QHttpServerResponse
json(const QJsonObject& body,
     QHttpServerResponder::StatusCode status = QHttpServerResponder::StatusCode::Ok);
QHttpServerResponse
html(const QString& page,
     QHttpServerResponder::StatusCode status = QHttpServerResponder::StatusCode::Ok);
// An empty response (204, or 200 with no body as /oauth2/revoke answers).
QHttpServerResponse empty(QHttpServerResponder::StatusCode status);
QHttpServerResponse redirect(const QString& location);

} // namespace streamside::sim::http
