#pragma once

#include "core/config/EndpointConfig.h"
#include "core/helix/IHelix.h"

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QUrlQuery>

namespace streamside {

// IHelix over HTTP with QNetworkAccessManager, against
// EndpointConfig::apiUrl (Twitch or the simulator).
//
// The access token goes into the Authorization header only: never into a
// URL, a log line or a HelixError (Twitch's messages are scrubbed of it too).
class HelixClient : public IHelix {
    Q_OBJECT
public:
    static constexpr int defaultTransferTimeoutMs = 15'000;

    explicit HelixClient(const EndpointConfig& endpoints, QObject* parent = nullptr);

    void setCredentials(const QString& clientId, const QString& accessToken) override;
    // A request with no data moving for this long fails as Kind::Network.
    void setTransferTimeout(int milliseconds) { m_transferTimeoutMs = milliseconds; }

    void createEventSubSubscription(const EventSubSubscriptionRequest& request,
                                    const QObject* context,
                                    Success<CreatedEventSubSubscription> onSuccess,
                                    Failure onFailure) override;
    void deleteEventSubSubscription(const QString& subscriptionId, const QObject* context,
                                    Done onSuccess, Failure onFailure) override;
    void getUsers(const QStringList& ids, const QStringList& logins, const QObject* context,
                  Success<QList<HelixUser>> onSuccess, Failure onFailure) override;
    void getStreams(const QStringList& userIds, const QObject* context,
                    Success<QList<HelixStream>> onSuccess, Failure onFailure) override;
    void searchChannels(const QString& query, int first, const QObject* context,
                        Success<QList<HelixChannelSearchResult>> onSuccess,
                        Failure onFailure) override;
    void sendChatMessage(const QString& broadcasterId, const QString& senderId,
                         const QString& message, const QObject* context,
                         Success<SentChatMessage> onSuccess, Failure onFailure) override;

    // Helix takes at most this many ids in one request.
    static constexpr int maxIdsPerRequest = 100;

private:
    using BodyHandler = std::function<void(const QByteArray& body)>;

    // Sends one request; onSuccess gets the body of a 2xx answer. Neither
    // callback runs once a given context is destroyed.
    void send(const QByteArray& verb, const QString& path, const QUrlQuery& query,
              const QByteArray& jsonBody, const QObject* context, BodyHandler onSuccess,
              Failure onFailure);
    // GET path once per query, answers concatenated in order; the first
    // failure fails the whole.
    template <typename T>
    void getAll(const QString& path, const QList<QUrlQuery>& queries, const QObject* context,
                std::function<QList<T>(const QByteArray&)> parse, Success<QList<T>> onSuccess,
                Failure onFailure);
    QString withoutToken(QString text) const;

    EndpointConfig m_endpoints;
    QNetworkAccessManager m_network;
    QString m_clientId;
    QString m_accessToken;
    int m_transferTimeoutMs = defaultTransferTimeoutMs;
};

} // namespace streamside
