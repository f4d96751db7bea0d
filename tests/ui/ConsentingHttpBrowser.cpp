#include "ConsentingHttpBrowser.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace {

const QByteArray formType = "application/x-www-form-urlencoded";

} // namespace

ConsentingHttpBrowser::ConsentingHttpBrowser(QString login)
    : m_login(std::move(login)) {}

bool ConsentingHttpBrowser::open(const QUrl& url) {
    ++m_opened;
    // The consent form posts the authorization request's own parameters back,
    // with the account and the button pressed.
    QUrlQuery form(url.query(QUrl::FullyEncoded));
    form.addQueryItem(QStringLiteral("login"), m_login);
    form.addQueryItem(QStringLiteral("decision"), QStringLiteral("authorize"));
    QUrl action = url;
    action.setQuery(QString());
    QNetworkRequest request(action);
    request.setHeader(QNetworkRequest::ContentTypeHeader, formType);
    // The answer is a redirect to the loopback listener: read it, do not follow.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply* reply = m_network.post(request, form.query(QUrl::FullyEncoded).toUtf8());
    QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply] {
        reply->deleteLater();
        const QUrl redirect = reply->header(QNetworkRequest::LocationHeader).toUrl();
        if (!redirect.isValid() || !redirect.hasFragment()) {
            m_problem =
                QStringLiteral("the consent did not redirect with an answer (HTTP %1)")
                    .arg(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
            return;
        }
        relay(redirect);
    });
    return true;
}

void ConsentingHttpBrowser::relay(const QUrl& redirect) {
    // What the relay page's script does: post the fragment, from its origin.
    QUrl callback = redirect.adjusted(QUrl::RemoveFragment | QUrl::RemoveQuery);
    callback.setPath(QStringLiteral("/callback"));
    QNetworkRequest request(callback);
    request.setHeader(QNetworkRequest::ContentTypeHeader, formType);
    request.setRawHeader(
        "Origin", redirect.adjusted(QUrl::RemovePath | QUrl::RemoveFragment | QUrl::RemoveQuery)
                      .toString()
                      .toUtf8());
    QNetworkReply* reply = m_network.post(request, redirect.fragment(QUrl::FullyEncoded).toUtf8());
    QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError)
            m_problem = QStringLiteral("the loopback listener refused the answer: %1")
                            .arg(reply->errorString());
    });
}
