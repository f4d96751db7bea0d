#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

class QNetworkReply;
class QNetworkRequest;

// What a request to the simulator answered.
struct LoopbackResponse {
    int status = -1; // -1: no answer within the timeout
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(const QByteArray& name) const; // case-insensitive, empty when absent
    bool hasHeader(const QByteArray& name) const;
    QJsonObject json() const;
};

using HeaderList = QList<QPair<QByteArray, QByteArray>>;
using FormFields = QList<QPair<QString, QString>>;

// A plain QNetworkAccessManager client for the simulator tests: one request
// at a time, waited for with QSignalSpy (never a sleep). Redirects are not
// followed, so that tests see the 302 and its Location.
class LoopbackHttpClient {
public:
    explicit LoopbackHttpClient(const QUrl& baseUrl);

    LoopbackResponse get(const QString& pathAndQuery, const HeaderList& headers = {});
    LoopbackResponse getUrl(const QUrl& url, const HeaderList& headers = {});
    LoopbackResponse postForm(const QString& path, const FormFields& fields,
                              const HeaderList& headers = {});
    LoopbackResponse postJson(const QString& path, const QJsonObject& body,
                              const HeaderList& headers = {});
    LoopbackResponse deleteResource(const QString& pathAndQuery, const HeaderList& headers = {});

    // The Helix headers for a token: Authorization: Bearer and Client-Id.
    static HeaderList helixHeaders(const QString& accessToken, const QString& clientId);
    // Reads a query or fragment written as a form (spaces as '+').
    static QUrlQuery formQuery(const QString& encoded);

private:
    QNetworkRequest request(const QUrl& url, const HeaderList& headers) const;
    LoopbackResponse wait(QNetworkReply* reply);

    QUrl m_baseUrl;
    QNetworkAccessManager m_network;
};
