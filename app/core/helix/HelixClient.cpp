#include "core/helix/HelixClient.h"

#include "core/app/Logging.h"
#include "core/helix/HelixResponseParser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace streamside {

namespace {

// Splits values into queries of at most HelixClient::maxIdsPerRequest
// key=value pairs; the keys of one query may differ (id= and login=).
QList<QUrlQuery> batchedQueries(const QList<QPair<QString, QString>>& pairs,
                                const QUrlQuery& common) {
    QList<QUrlQuery> queries;
    for (qsizetype i = 0; i < pairs.size(); i += HelixClient::maxIdsPerRequest) {
        QUrlQuery query = common;
        for (qsizetype j = i; j < qMin(pairs.size(), i + HelixClient::maxIdsPerRequest); ++j)
            query.addQueryItem(pairs.at(j).first,
                               QString::fromLatin1(QUrl::toPercentEncoding(pairs.at(j).second)));
        queries.append(query);
    }
    return queries;
}

QString encoded(const QString& value) {
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

HelixClient::HelixClient(const EndpointConfig& endpoints, QObject* parent)
    : IHelix(parent)
    , m_endpoints(endpoints) {}

void HelixClient::setCredentials(const QString& clientId, const QString& accessToken) {
    m_clientId = clientId;
    m_accessToken = accessToken;
}

QString HelixClient::withoutToken(QString text) const {
    if (!m_accessToken.isEmpty())
        text.replace(m_accessToken, QStringLiteral("[token]"));
    return text;
}

void HelixClient::send(const QByteArray& verb, const QString& path, const QUrlQuery& query,
                       const QByteArray& jsonBody, const QObject* context, BodyHandler onSuccess,
                       Failure onFailure) {
    QUrl url = m_endpoints.helixEndpoint(path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_accessToken.toUtf8());
    request.setRawHeader("Client-Id", m_clientId.toUtf8());
    request.setTransferTimeout(m_transferTimeoutMs);
    if (!jsonBody.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    QNetworkReply* reply = m_network.sendCustomRequest(request, verb, jsonBody);

    // What the log may show of the request: verb and path, never headers.
    const QString what = QString::fromLatin1(verb) + QLatin1Char(' ') + path;
    const bool hasContext = context != nullptr;
    const QPointer<const QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, what, hasContext, guard, onSuccess = std::move(onSuccess),
             onFailure = std::move(onFailure)] {
                reply->deleteLater();
                const int status =
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                const QByteArray body = reply->readAll();
                const bool contextGone = hasContext && guard.isNull();
                if (status >= 200 && status <= 299) {
                    qCDebug(lcHelix).noquote() << what << status;
                    if (!contextGone)
                        onSuccess(body);
                    return;
                }
                HelixError error;
                if (status == 0) {
                    error.kind = HelixError::Kind::Network;
                    error.message = reply->error() == QNetworkReply::OperationCanceledError
                                        ? tr("No answer within %n second(s)", nullptr,
                                             (m_transferTimeoutMs + 999) / 1000)
                                        : reply->errorString().simplified();
                } else {
                    error = HelixError::fromHttpAnswer(status, body,
                                                       reply->rawHeader("Ratelimit-Reset"),
                                                       reply->rawHeader("Ratelimit-Remaining"));
                }
                error.message = withoutToken(error.message);
                qCInfo(lcHelix).noquote() << what << "failed:" << error.toString();
                if (error.kind == HelixError::Kind::Unauthorized)
                    emit unauthorized(error);
                if (!contextGone)
                    onFailure(error);
            });
}

template <typename T>
void HelixClient::getAll(const QString& path, const QList<QUrlQuery>& queries,
                         const QObject* context, std::function<QList<T>(const QByteArray&)> parse,
                         Success<QList<T>> onSuccess, Failure onFailure) {
    struct Progress {
        QList<QList<T>> parts;
        qsizetype pending = 0;
        bool failed = false;
    };
    auto progress = std::make_shared<Progress>();
    progress->parts.resize(queries.size());
    progress->pending = queries.size();
    for (qsizetype i = 0; i < queries.size(); ++i) {
        send(
            "GET", path, queries.at(i), {}, context,
            [progress, i, parse, onSuccess](const QByteArray& body) {
                progress->parts[i] = parse(body);
                if (--progress->pending > 0 || progress->failed)
                    return;
                QList<T> all;
                for (const QList<T>& part : progress->parts)
                    all.append(part);
                onSuccess(all);
            },
            [progress, onFailure](const HelixError& error) {
                if (progress->failed)
                    return;
                progress->failed = true;
                onFailure(error);
            });
    }
}

void HelixClient::createEventSubSubscription(const EventSubSubscriptionRequest& request,
                                             const QObject* context,
                                             Success<CreatedEventSubSubscription> onSuccess,
                                             Failure onFailure) {
    const QJsonObject body{{QStringLiteral("type"), request.type},
                           {QStringLiteral("version"), request.version},
                           {QStringLiteral("condition"), request.condition},
                           {QStringLiteral("transport"),
                            QJsonObject{{QStringLiteral("method"), QStringLiteral("websocket")},
                                        {QStringLiteral("session_id"), request.sessionId}}}};
    send(
        "POST", QStringLiteral("eventsub/subscriptions"), {},
        QJsonDocument(body).toJson(QJsonDocument::Compact), context,
        [onSuccess = std::move(onSuccess)](const QByteArray& answer) {
            onSuccess(HelixResponseParser::createdSubscription(answer));
        },
        std::move(onFailure));
}

void HelixClient::deleteEventSubSubscription(const QString& subscriptionId, const QObject* context,
                                             Done onSuccess, Failure onFailure) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("id"), encoded(subscriptionId));
    send(
        "DELETE", QStringLiteral("eventsub/subscriptions"), query, {}, context,
        [onSuccess = std::move(onSuccess)](const QByteArray&) { onSuccess(); },
        std::move(onFailure));
}

void HelixClient::getUsers(const QStringList& ids, const QStringList& logins,
                           const QObject* context, Success<QList<HelixUser>> onSuccess,
                           Failure onFailure) {
    QList<QPair<QString, QString>> pairs;
    for (const QString& id : ids)
        pairs.append({QStringLiteral("id"), id});
    for (const QString& login : logins)
        pairs.append({QStringLiteral("login"), login});
    // No ids and no logins: Helix answers with the token's own user.
    const QList<QUrlQuery> queries =
        pairs.isEmpty() ? QList<QUrlQuery>{QUrlQuery()} : batchedQueries(pairs, QUrlQuery());
    getAll<HelixUser>(QStringLiteral("users"), queries, context, &HelixResponseParser::users,
                      std::move(onSuccess), std::move(onFailure));
}

void HelixClient::getStreams(const QStringList& userIds, const QObject* context,
                             Success<QList<HelixStream>> onSuccess, Failure onFailure) {
    if (userIds.isEmpty()) {
        // Without user ids Helix would list the most watched streams instead.
        const QPointer<const QObject> guard(context);
        const bool hasContext = context != nullptr;
        QTimer::singleShot(0, this, [guard, hasContext, onSuccess = std::move(onSuccess)] {
            if (!hasContext || guard)
                onSuccess({});
        });
        return;
    }
    QList<QPair<QString, QString>> pairs;
    for (const QString& id : userIds)
        pairs.append({QStringLiteral("user_id"), id});
    // first=100: the default page of 20 would cut off live streams of a full batch.
    QUrlQuery common;
    common.addQueryItem(QStringLiteral("first"), QString::number(maxIdsPerRequest));
    getAll<HelixStream>(QStringLiteral("streams"), batchedQueries(pairs, common), context,
                        &HelixResponseParser::streams, std::move(onSuccess), std::move(onFailure));
}

void HelixClient::searchChannels(const QString& query, int first, const QObject* context,
                                 Success<QList<HelixChannelSearchResult>> onSuccess,
                                 Failure onFailure) {
    QUrlQuery urlQuery;
    urlQuery.addQueryItem(QStringLiteral("query"), encoded(query));
    urlQuery.addQueryItem(QStringLiteral("first"), QString::number(qBound(1, first, 100)));
    getAll<HelixChannelSearchResult>(QStringLiteral("search/channels"), {urlQuery}, context,
                                     &HelixResponseParser::channelSearchResults,
                                     std::move(onSuccess), std::move(onFailure));
}

void HelixClient::sendChatMessage(const QString& broadcasterId, const QString& senderId,
                                  const QString& message, const QObject* context,
                                  Success<SentChatMessage> onSuccess, Failure onFailure) {
    const QJsonObject body{{QStringLiteral("broadcaster_id"), broadcasterId},
                           {QStringLiteral("sender_id"), senderId},
                           {QStringLiteral("message"), message}};
    send(
        "POST", QStringLiteral("chat/messages"), {},
        QJsonDocument(body).toJson(QJsonDocument::Compact), context,
        [onSuccess = std::move(onSuccess)](const QByteArray& answer) {
            onSuccess(HelixResponseParser::sentChatMessage(answer));
        },
        std::move(onFailure));
}

} // namespace streamside
