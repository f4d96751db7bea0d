#pragma once

#include "core/helix/IHelix.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>
#include <variant>

// IHelix without a network, for unit tests of what sits on top of Helix.
// It answers like the real client: later (never inside the call), not at all
// once the caller's context is gone, and with unauthorized() on a 401.
//
// EventSub calls are recorded and answered by the scripted failure functions
// (nullopt: success). The other calls fail with Kind::Other unless a test
// sets their responder.
class FakeHelix : public streamside::IHelix {
    Q_OBJECT
public:
    struct CreateCall {
        streamside::EventSubSubscriptionRequest request;
        qint64 atMs = 0; // since the fake was made
    };
    struct DeleteCall {
        QString subscriptionId;
        qint64 atMs = 0;
    };

    FakeHelix();

    // Scripting. attempt counts the calls for the same (type, version, condition), from 1.
    std::function<std::optional<streamside::HelixError>(
        const streamside::EventSubSubscriptionRequest&, int attempt)>
        createFailure;
    std::function<std::optional<streamside::HelixError>(const QString& subscriptionId)>
        deleteFailure;
    // When false, creates wait in pendingCreates until answerPendingCreates().
    bool answerCreatesAtOnce = true;
    std::function<QList<streamside::HelixUser>(const QStringList& ids, const QStringList& logins)>
        usersResponder;
    // GET /streams: the live streams among the ids, or an error.
    using StreamsAnswer = std::variant<QList<streamside::HelixStream>, streamside::HelixError>;
    std::function<StreamsAnswer(const QStringList& userIds)> streamsResponder;

    // What happened.
    QString clientId;
    QString accessToken;
    QList<CreateCall> createCalls;
    QList<DeleteCall> deleteCalls;
    QList<QStringList> streamsCalls; // the ids of every getStreams call
    // Subscriptions that exist now: id -> request.
    QHash<QString, streamside::EventSubSubscriptionRequest> live;

    void answerPendingCreates();
    qsizetype pendingCreateCount() const { return m_pendingCreates.size(); }
    QStringList liveTypesFor(const QString& broadcasterId) const;

    // IHelix
    void setCredentials(const QString& clientId, const QString& accessToken) override;
    void createEventSubSubscription(const streamside::EventSubSubscriptionRequest& request,
                                    const QObject* context,
                                    Success<streamside::CreatedEventSubSubscription> onSuccess,
                                    Failure onFailure) override;
    void deleteEventSubSubscription(const QString& subscriptionId, const QObject* context,
                                    Done onSuccess, Failure onFailure) override;
    void getUsers(const QStringList& ids, const QStringList& logins, const QObject* context,
                  Success<QList<streamside::HelixUser>> onSuccess, Failure onFailure) override;
    void getStreams(const QStringList& userIds, const QObject* context,
                    Success<QList<streamside::HelixStream>> onSuccess, Failure onFailure) override;
    void searchChannels(const QString& query, int first, const QObject* context,
                        Success<QList<streamside::HelixChannelSearchResult>> onSuccess,
                        Failure onFailure) override;
    void sendChatMessage(const QString& broadcasterId, const QString& senderId,
                         const QString& message, const QObject* context,
                         Success<streamside::SentChatMessage> onSuccess,
                         Failure onFailure) override;

    static streamside::HelixError error(int httpStatus, const QString& message = {});

private:
    struct PendingCreate {
        streamside::EventSubSubscriptionRequest request;
        int attempt = 0;
        const QObject* context = nullptr;
        QPointer<const QObject> guard;
        Success<streamside::CreatedEventSubSubscription> onSuccess;
        Failure onFailure;
    };
    void answerCreate(const PendingCreate& pending);
    // Runs the callback later, unless a given context is gone by then.
    void later(const QObject* context, std::function<void()> callback);
    void failLater(const QObject* context, const streamside::HelixError& error,
                   const Failure& onFailure);

    QElapsedTimer m_clock;
    QHash<QString, int> m_attempts; // by type/version/condition
    QList<PendingCreate> m_pendingCreates;
    int m_nextId = 1;
};
