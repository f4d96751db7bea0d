#pragma once

#include "core/helix/HelixError.h"
#include "core/helix/HelixModels.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace streamside {

// The Helix API as the rest of the app uses it: small, asynchronous, and
// behind an interface so that tests can put a fake in its place (as
// Chatterino's IHelix does).
//
// Every call takes a context object. Exactly one of the callbacks runs later
// (never inside the call), unless the context has been destroyed by then: a
// caller that goes away needs no cancelling. Callbacks run on the thread of
// the IHelix.
class IHelix : public QObject {
    Q_OBJECT
public:
    template <typename T>
    using Success = std::function<void(const T&)>;
    using Done = std::function<void()>;
    using Failure = std::function<void(const HelixError&)>;

    using QObject::QObject;
    ~IHelix() override = default;

    // The app's client id and the user's access token, sent with every request.
    virtual void setCredentials(const QString& clientId, const QString& accessToken) = 0;

    // EventSub (WebSocket transport).
    virtual void createEventSubSubscription(const EventSubSubscriptionRequest& request,
                                            const QObject* context,
                                            Success<CreatedEventSubSubscription> onSuccess,
                                            Failure onFailure) = 0;
    virtual void deleteEventSubSubscription(const QString& subscriptionId, const QObject* context,
                                            Done onSuccess, Failure onFailure) = 0;

    // Users by id and by login; any number (split into requests of 100).
    virtual void getUsers(const QStringList& ids, const QStringList& logins, const QObject* context,
                          Success<QList<HelixUser>> onSuccess, Failure onFailure) = 0;
    // The live streams among these users; any number (split into requests of 100).
    virtual void getStreams(const QStringList& userIds, const QObject* context,
                            Success<QList<HelixStream>> onSuccess, Failure onFailure) = 0;
    // Channels whose name matches; first is 1..100.
    virtual void searchChannels(const QString& query, int first, const QObject* context,
                                Success<QList<HelixChannelSearchResult>> onSuccess,
                                Failure onFailure) = 0;
    // Sends a chat message as senderId (the token's user) in broadcasterId's chat.
    virtual void sendChatMessage(const QString& broadcasterId, const QString& senderId,
                                 const QString& message, const QObject* context,
                                 Success<SentChatMessage> onSuccess, Failure onFailure) = 0;

signals:
    // Helix answered 401. Also emitted when the caller's context is gone.
    // Twitch answers 401 for a token that expired or was revoked, but also for
    // a missing scope: the session layer validates the token before logging out.
    void unauthorized(const streamside::HelixError& error);
};

} // namespace streamside
