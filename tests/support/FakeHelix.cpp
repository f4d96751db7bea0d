#include "support/FakeHelix.h"

#include <QJsonDocument>
#include <QPointer>
#include <QTimer>

using streamside::HelixError;

namespace {

QString requestKey(const streamside::EventSubSubscriptionRequest& request) {
    return request.type + QLatin1Char('/') + request.version + QLatin1Char('/') +
           QString::fromUtf8(QJsonDocument(request.condition).toJson(QJsonDocument::Compact));
}

HelixError notScripted(const char* call) {
    HelixError error;
    error.kind = HelixError::Kind::Other;
    error.message = QStringLiteral("%1 is not scripted in FakeHelix").arg(QLatin1String(call));
    return error;
}

} // namespace

FakeHelix::FakeHelix() {
    m_clock.start();
}

HelixError FakeHelix::error(int httpStatus, const QString& message) {
    HelixError error;
    error.kind = HelixError::kindForStatus(httpStatus);
    error.httpStatus = httpStatus;
    error.message = message.isEmpty() ? QStringLiteral("fake %1").arg(httpStatus) : message;
    return error;
}

void FakeHelix::later(const QObject* context, std::function<void()> callback) {
    const bool hasContext = context != nullptr;
    const QPointer<const QObject> guard(context);
    QTimer::singleShot(0, this, [hasContext, guard, callback = std::move(callback)] {
        if (!hasContext || guard)
            callback();
    });
}

void FakeHelix::failLater(const QObject* context, const HelixError& error,
                          const Failure& onFailure) {
    const bool hasContext = context != nullptr;
    const QPointer<const QObject> guard(context);
    QTimer::singleShot(0, this, [this, hasContext, guard, error, onFailure] {
        if (error.kind == HelixError::Kind::Unauthorized)
            emit unauthorized(error);
        if (!hasContext || guard)
            onFailure(error);
    });
}

void FakeHelix::setCredentials(const QString& newClientId, const QString& newAccessToken) {
    clientId = newClientId;
    accessToken = newAccessToken;
}

void FakeHelix::createEventSubSubscription(
    const streamside::EventSubSubscriptionRequest& request, const QObject* context,
    Success<streamside::CreatedEventSubSubscription> onSuccess, Failure onFailure) {
    createCalls.append(CreateCall{request, m_clock.elapsed()});
    PendingCreate pending{request,  ++m_attempts[requestKey(request)], context, context, onSuccess,
                          onFailure};
    if (answerCreatesAtOnce)
        answerCreate(pending);
    else
        m_pendingCreates.append(pending);
}

void FakeHelix::answerPendingCreates() {
    const QList<PendingCreate> pending = m_pendingCreates;
    m_pendingCreates.clear();
    for (const PendingCreate& create : pending)
        answerCreate(create);
}

void FakeHelix::answerCreate(const PendingCreate& pending) {
    if (createFailure) {
        if (const std::optional<HelixError> failure =
                createFailure(pending.request, pending.attempt)) {
            failLater(pending.context, *failure, pending.onFailure);
            return;
        }
    }
    // Created now, as Twitch would, even if nobody hears the answer.
    streamside::CreatedEventSubSubscription created;
    created.id = QStringLiteral("fake-subscription-%1").arg(m_nextId++);
    created.status = QStringLiteral("enabled");
    created.type = pending.request.type;
    created.version = pending.request.version;
    created.maxTotalCost = 10;
    live.insert(created.id, pending.request);
    const bool hasContext = pending.context != nullptr;
    QTimer::singleShot(0, this,
                       [hasContext, guard = pending.guard, created, onSuccess = pending.onSuccess] {
                           if (!hasContext || guard)
                               onSuccess(created);
                       });
}

void FakeHelix::deleteEventSubSubscription(const QString& subscriptionId, const QObject* context,
                                           Done onSuccess, Failure onFailure) {
    deleteCalls.append(DeleteCall{subscriptionId, m_clock.elapsed()});
    if (deleteFailure) {
        if (const std::optional<HelixError> failure = deleteFailure(subscriptionId)) {
            failLater(context, *failure, onFailure);
            return;
        }
    }
    if (!live.remove(subscriptionId)) {
        failLater(context, error(404, QStringLiteral("The subscription was not found.")),
                  onFailure);
        return;
    }
    later(context, onSuccess);
}

QStringList FakeHelix::liveTypesFor(const QString& broadcasterId) const {
    QStringList types;
    for (const streamside::EventSubSubscriptionRequest& request : live) {
        const QJsonObject& condition = request.condition;
        for (auto it = condition.constBegin(); it != condition.constEnd(); ++it)
            if (it.key().endsWith(QLatin1String("broadcaster_user_id")) &&
                it.value().toString() == broadcasterId) {
                types.append(request.type);
                break;
            }
    }
    types.sort();
    return types;
}

void FakeHelix::getUsers(const QStringList& ids, const QStringList& logins, const QObject* context,
                         Success<QList<streamside::HelixUser>> onSuccess, Failure onFailure) {
    if (!usersResponder) {
        failLater(context, notScripted("getUsers"), onFailure);
        return;
    }
    const QList<streamside::HelixUser> users = usersResponder(ids, logins);
    later(context, [onSuccess, users] { onSuccess(users); });
}

void FakeHelix::getStreams(const QStringList& userIds, const QObject* context,
                           Success<QList<streamside::HelixStream>> onSuccess, Failure onFailure) {
    streamsCalls.append(userIds);
    if (!streamsResponder) {
        failLater(context, notScripted("getStreams"), onFailure);
        return;
    }
    const StreamsAnswer answer = streamsResponder(userIds);
    if (const auto* failure = std::get_if<HelixError>(&answer)) {
        failLater(context, *failure, onFailure);
        return;
    }
    const QList<streamside::HelixStream> streams = std::get<QList<streamside::HelixStream>>(answer);
    later(context, [onSuccess, streams] { onSuccess(streams); });
}

void FakeHelix::searchChannels(const QString&, int, const QObject* context,
                               Success<QList<streamside::HelixChannelSearchResult>>,
                               Failure onFailure) {
    failLater(context, notScripted("searchChannels"), onFailure);
}

void FakeHelix::sendChatMessage(const QString&, const QString&, const QString&,
                                const QObject* context, Success<streamside::SentChatMessage>,
                                Failure onFailure) {
    failLater(context, notScripted("sendChatMessage"), onFailure);
}
