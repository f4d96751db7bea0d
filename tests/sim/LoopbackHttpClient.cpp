#include "LoopbackHttpClient.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>

#include <memory>

namespace {
constexpr int replyTimeoutMs = 5000;
}

QByteArray LoopbackResponse::header(const QByteArray& name) const {
    for (const auto& [key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

bool LoopbackResponse::hasHeader(const QByteArray& name) const {
    for (const auto& pair : headers)
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QJsonObject LoopbackResponse::json() const {
    return QJsonDocument::fromJson(body).object();
}

LoopbackHttpClient::LoopbackHttpClient(const QUrl& baseUrl)
    : m_baseUrl(baseUrl) {}

QNetworkRequest LoopbackHttpClient::request(const QUrl& url, const HeaderList& headers) const {
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    return request;
}

LoopbackResponse LoopbackHttpClient::wait(QNetworkReply* rawReply) {
    std::unique_ptr<QNetworkReply> reply(rawReply);
    LoopbackResponse response;
    if (!reply->isFinished()) {
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!finished.wait(replyTimeoutMs))
            return response;
    }
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    response.headers = reply->rawHeaderPairs();
    return response;
}

LoopbackResponse LoopbackHttpClient::get(const QString& pathAndQuery, const HeaderList& headers) {
    return getUrl(m_baseUrl.resolved(QUrl(pathAndQuery)), headers);
}

LoopbackResponse LoopbackHttpClient::getUrl(const QUrl& url, const HeaderList& headers) {
    return wait(m_network.get(request(url, headers)));
}

LoopbackResponse LoopbackHttpClient::postForm(const QString& path, const FormFields& fields,
                                              const HeaderList& headers) {
    QByteArray body;
    for (const auto& [key, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    QNetworkRequest r = request(m_baseUrl.resolved(QUrl(path)), headers);
    r.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
    return wait(m_network.post(r, body));
}

LoopbackResponse LoopbackHttpClient::postJson(const QString& path, const QJsonObject& body,
                                              const HeaderList& headers) {
    QNetworkRequest r = request(m_baseUrl.resolved(QUrl(path)), headers);
    r.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    return wait(m_network.post(r, QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

LoopbackResponse LoopbackHttpClient::deleteResource(const QString& pathAndQuery,
                                                    const HeaderList& headers) {
    return wait(m_network.deleteResource(request(m_baseUrl.resolved(QUrl(pathAndQuery)), headers)));
}

HeaderList LoopbackHttpClient::helixHeaders(const QString& accessToken, const QString& clientId) {
    return {{"Authorization", "Bearer " + accessToken.toLatin1()},
            {"Client-Id", clientId.toLatin1()}};
}

QUrlQuery LoopbackHttpClient::formQuery(const QString& encoded) {
    QString text = encoded;
    text.replace(QLatin1Char('+'), QLatin1String("%20"));
    return QUrlQuery(text);
}
