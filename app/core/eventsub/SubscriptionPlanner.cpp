#include "core/eventsub/SubscriptionPlanner.h"

#include "core/app/Logging.h"
#include "core/helix/IHelix.h"

#include <QDateTime>
#include <QTimer>

namespace streamside {

namespace {

QJsonObject broadcasterCondition(const QString& channelId) {
    return QJsonObject{{QStringLiteral("broadcaster_user_id"), channelId}};
}

QJsonObject chatCondition(const QString& channelId, const QString& userId) {
    return QJsonObject{{QStringLiteral("broadcaster_user_id"), channelId},
                       {QStringLiteral("user_id"), userId}};
}

QJsonObject moderatorCondition(const QString& channelId, const QString& userId) {
    return QJsonObject{{QStringLiteral("broadcaster_user_id"), channelId},
                       {QStringLiteral("moderator_user_id"), userId}};
}

PlannedSubscription subscription(const char* type, const char* version,
                                 const QJsonObject& condition, int cost,
                                 const QStringList& scopes = {}) {
    return PlannedSubscription{QLatin1String(type), QLatin1String(version), condition, cost,
                               scopes};
}

bool hasAnyScope(const QStringList& granted, const QStringList& needed) {
    if (needed.isEmpty())
        return true;
    for (const QString& scope : needed)
        if (granted.contains(scope))
            return true;
    return false;
}

// The candidates for a channel, most important first: the budget drops paid
// ones from the end of this list.
QList<PlannedSubscription> candidates(const SubscriptionPlanInput& input, bool ownChannel,
                                      ChannelRole role) {
    const QString& channel = input.channelId;
    const QString& user = input.userId;
    const QStringList readChat{QStringLiteral("user:read:chat")};
    // Twitch: subscriptions authorized by the channel's own token cost
    // nothing; those needing no authorization cost 1 on anyone else's channel.
    const int unauthorizedCost = ownChannel ? 0 : 1;

    QList<PlannedSubscription> list{
        // Subs, resubs, gifts, raids, announcements... and every chat line
        // (cheers are chat messages with bits): the heart of the event list.
        subscription("channel.chat.notification", "1", chatCondition(channel, user), 0, readChat),
        subscription("channel.chat.message", "1", chatCondition(channel, user), 0, readChat),
        subscription("stream.online", "1", broadcasterCondition(channel), unauthorizedCost),
        subscription("stream.offline", "1", broadcasterCondition(channel), unauthorizedCost),
        subscription("channel.update", "2", broadcasterCondition(channel), unauthorizedCost),
        // Outgoing raids have no other source.
        subscription("channel.raid", "1",
                     QJsonObject{{QStringLiteral("from_broadcaster_user_id"), channel}},
                     unauthorizedCost),
        // Incoming raids also arrive as the chat notification "raid": this one
        // is the first to go when the budget is short.
        subscription("channel.raid", "1",
                     QJsonObject{{QStringLiteral("to_broadcaster_user_id"), channel}},
                     unauthorizedCost),
    };

    if (role == ChannelRole::Moderator || role == ChannelRole::Broadcaster) {
        // A broadcaster is their own channel's moderator: moderator_user_id = self.
        const QJsonObject moderated = moderatorCondition(channel, user);
        list.append(subscription("channel.follow", "2", moderated, 0,
                                 {QStringLiteral("moderator:read:followers")}));
        const QStringList shoutouts{QStringLiteral("moderator:read:shoutouts"),
                                    QStringLiteral("moderator:manage:shoutouts")};
        list.append(subscription("channel.shoutout.create", "1", moderated, 0, shoutouts));
        list.append(subscription("channel.shoutout.receive", "1", moderated, 0, shoutouts));
    }

    if (role == ChannelRole::Broadcaster) {
        const QJsonObject own = broadcasterCondition(channel);
        const QStringList subscriptions{QStringLiteral("channel:read:subscriptions")};
        list.append(subscription("channel.subscribe", "1", own, 0, subscriptions));
        list.append(subscription("channel.subscription.gift", "1", own, 0, subscriptions));
        list.append(subscription("channel.subscription.message", "1", own, 0, subscriptions));
        list.append(subscription("channel.cheer", "1", own, 0, {QStringLiteral("bits:read")}));
        list.append(subscription("channel.channel_points_custom_reward_redemption.add", "1", own, 0,
                                 {QStringLiteral("channel:read:redemptions"),
                                  QStringLiteral("channel:manage:redemptions")}));
        const QStringList hypeTrain{QStringLiteral("channel:read:hype_train")};
        list.append(subscription("channel.hype_train.begin", "2", own, 0, hypeTrain));
        list.append(subscription("channel.hype_train.progress", "2", own, 0, hypeTrain));
        list.append(subscription("channel.hype_train.end", "2", own, 0, hypeTrain));
        const QStringList polls{QStringLiteral("channel:read:polls"),
                                QStringLiteral("channel:manage:polls")};
        list.append(subscription("channel.poll.begin", "1", own, 0, polls));
        list.append(subscription("channel.poll.end", "1", own, 0, polls));
        const QStringList predictions{QStringLiteral("channel:read:predictions"),
                                      QStringLiteral("channel:manage:predictions")};
        list.append(subscription("channel.prediction.begin", "1", own, 0, predictions));
        list.append(subscription("channel.prediction.end", "1", own, 0, predictions));
        const QStringList goals{QStringLiteral("channel:read:goals")};
        list.append(subscription("channel.goal.begin", "1", own, 0, goals));
        list.append(subscription("channel.goal.end", "1", own, 0, goals));
        list.append(subscription("channel.charity_campaign.donate", "1", own, 0,
                                 {QStringLiteral("channel:read:charity")}));
        list.append(subscription("channel.ad_break.begin", "1", own, 0,
                                 {QStringLiteral("channel:read:ads")}));
    }
    return list;
}

QString statusName(const QString& type, const QString& reason) {
    return QStringLiteral("%1 (%2)").arg(type, reason);
}

} // namespace

SubscriptionPlan SubscriptionPlanner::plan(const SubscriptionPlanInput& input) {
    SubscriptionPlan result;
    if (input.userId.isEmpty() || input.channelId.isEmpty())
        return result;
    // Only the channel's own token can authorize the broadcaster's events,
    // whatever role the caller believes in; and on one's own channel one is
    // the broadcaster.
    const bool ownChannel = input.userId == input.channelId;
    ChannelRole role = input.role;
    if (ownChannel)
        role = ChannelRole::Broadcaster;
    else if (role == ChannelRole::Broadcaster)
        role = ChannelRole::Viewer;

    QList<PlannedSubscription> wanted;
    for (const PlannedSubscription& candidate : candidates(input, ownChannel, role)) {
        if (hasAnyScope(input.scopes, candidate.scopes))
            wanted.append(candidate);
        else
            result.missingScope.append(candidate);
    }

    int total = 0;
    for (const PlannedSubscription& subscription : wanted)
        total += subscription.cost;
    for (qsizetype i = wanted.size() - 1; i >= 0 && total > qMax(0, input.costBudget); --i) {
        if (wanted.at(i).cost == 0)
            continue;
        total -= wanted.at(i).cost;
        result.droppedForBudget.append(wanted.takeAt(i));
    }
    result.subscriptions = wanted;
    return result;
}

QString SubscriptionPlanner::revocationReason(const QString& status) {
    if (status == QLatin1String("chat_user_banned"))
        return tr("You are banned from this channel's chat, so its chat events stopped.");
    if (status == QLatin1String("authorization_revoked"))
        return tr("Streamside's access to your Twitch account was withdrawn, so these events "
                  "stopped. Log in again to get them back.");
    if (status == QLatin1String("user_removed"))
        return tr("This Twitch account was closed or suspended, so its events stopped.");
    if (status == QLatin1String("version_removed"))
        return tr("Twitch no longer offers this kind of event in the form Streamside asks for. "
                  "An update of Streamside will bring it back.");
    if (status == QLatin1String("moderator_removed"))
        return tr("You are no longer a moderator of this channel, so its moderator events "
                  "(follows, shoutouts) stopped.");
    return tr("Twitch stopped sending these events (%1).").arg(status);
}

SubscriptionPlanner::SubscriptionPlanner(IHelix& helix, QObject* parent)
    : QObject(parent)
    , m_helix(helix) {}

void SubscriptionPlanner::setViewer(const QString& userId, const QStringList& scopes) {
    m_userId = userId;
    m_scopes = scopes;
    sync();
}

void SubscriptionPlanner::setChannel(const QString& channelId, ChannelRole role) {
    m_channelId = channelId;
    m_role = role;
    sync();
}

void SubscriptionPlanner::clearChannel() {
    setChannel(QString(), ChannelRole::Viewer);
}

void SubscriptionPlanner::setCostBudget(int budget) {
    m_costBudget = budget;
    sync();
}

QList<SubscriptionPlanner::Held> SubscriptionPlanner::heldSubscriptions() const {
    QList<Held> held;
    for (const Entry& entry : m_entries)
        if (entry.status == Status::Active)
            held.append(Held{entry.subscription, entry.id});
    return held;
}

void SubscriptionPlanner::onSessionStarted(const QString& sessionId) {
    if (sessionId == m_sessionId)
        return;
    // A new session starts empty: whatever the old one held died with it.
    m_entries.clear();
    m_sessionId = sessionId;
    qCInfo(lcEventSub) << "EventSub session started; subscribing";
    sync();
}

void SubscriptionPlanner::onSessionEnded() {
    m_entries.clear();
    m_sessionId.clear();
    updateState();
}

void SubscriptionPlanner::onRevocation(const EventSubMessage& message) {
    for (Entry& entry : m_entries) {
        if (entry.id.isEmpty() || entry.id != message.subscriptionId)
            continue;
        entry.status = Status::Revoked;
        qCInfo(lcEventSub).noquote()
            << "Subscription revoked:"
            << statusName(entry.subscription.type, message.revocationStatus);
        emit revoked(entry.subscription.type, revocationReason(message.revocationStatus));
        return;
    }
    // Not one of ours: another part of the app may subscribe on the same
    // session (live alerts for favourites), and it hears the revocation too.
    qCDebug(lcEventSub).noquote() << "Revocation of a subscription not planned here:"
                                  << message.subscriptionType;
}

void SubscriptionPlanner::sync() {
    const SubscriptionPlan plan = SubscriptionPlanner::plan(
        SubscriptionPlanInput{m_userId, m_scopes, m_channelId, m_role, m_costBudget});
    if (!(plan == m_plan)) {
        m_plan = plan;
        for (const PlannedSubscription& dropped : plan.droppedForBudget)
            qCInfo(lcEventSub).noquote()
                << "Left out for the cost budget" << m_costBudget << ":" << dropped.type;
        emit planChanged(plan);
    }
    if (m_sessionId.isEmpty()) {
        updateState();
        return;
    }

    // Delete what is no longer planned (the old channel's subscriptions).
    QStringList plannedKeys;
    for (const PlannedSubscription& subscription : m_plan.subscriptions)
        plannedKeys.append(subscription.key());
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        const Entry& entry = m_entries.at(i);
        if (plannedKeys.contains(entry.subscription.key()))
            continue;
        // A create still under way is deleted when it answers (onCreated).
        if (entry.status == Status::Active && !entry.id.isEmpty())
            deleteSubscription(entry.id, 0);
        m_entries.removeAt(i);
    }

    // Create what is missing, all at once: Twitch closes a session without
    // subscriptions 10 s after its welcome.
    QList<quint64> toCreate;
    for (const PlannedSubscription& subscription : m_plan.subscriptions) {
        if (entryByKey(subscription.key()))
            continue;
        Entry entry;
        entry.subscription = subscription;
        entry.serial = m_nextSerial++;
        m_entries.append(entry);
        toCreate.append(entry.serial);
    }
    if (!toCreate.isEmpty())
        m_settledReported = false;
    for (quint64 serial : toCreate)
        create(serial);
    updateState();
}

void SubscriptionPlanner::create(quint64 serial) {
    Entry* entry = this->entry(serial);
    if (!entry)
        return;
    entry->status = Status::Creating;
    const QString sessionId = m_sessionId;
    const QString key = entry->subscription.key();
    m_helix.createEventSubSubscription(
        EventSubSubscriptionRequest{entry->subscription.type, entry->subscription.version,
                                    entry->subscription.condition, sessionId},
        this,
        [this, serial, sessionId, key](const CreatedEventSubSubscription& created) {
            onCreated(serial, sessionId, key, created.id);
        },
        [this, serial, sessionId](const HelixError& error) {
            onCreateFailed(serial, sessionId, error);
        });
}

void SubscriptionPlanner::onCreated(quint64 serial, const QString& sessionId, const QString& key,
                                    const QString& subscriptionId) {
    if (sessionId != m_sessionId)
        return; // that session is gone, and its subscriptions with it
    Entry* entry = this->entry(serial);
    if (!entry) {
        // Planned away while the request was under way (the channel changed).
        // If it is planned again meanwhile, that entry adopts it; else it goes.
        Entry* again = entryByKey(key);
        if (again && again->id.isEmpty() &&
            (again->status == Status::Creating || again->status == Status::Active)) {
            again->id = subscriptionId;
            again->status = Status::Active;
            updateState();
        } else {
            deleteSubscription(subscriptionId, 0);
        }
        return;
    }
    entry->status = Status::Active;
    entry->id = subscriptionId;
    qCDebug(lcEventSub).noquote() << "Subscribed:" << entry->subscription.type;
    updateState();
}

void SubscriptionPlanner::onCreateFailed(quint64 serial, const QString& sessionId,
                                         const HelixError& error) {
    Entry* entry = this->entry(serial);
    if (sessionId != m_sessionId || !entry)
        return;
    const QString& type = entry->subscription.type;
    switch (error.kind) {
    case HelixError::Kind::Conflict:
        // It exists already on this session (an earlier attempt that seemed
        // to fail did arrive): as good as created, but its id is unknown.
        if (entry->id.isEmpty())
            qCInfo(lcEventSub).noquote() << "Already subscribed:" << type;
        entry->status = Status::Active;
        break;
    case HelixError::Kind::Forbidden:
        qCInfo(lcEventSub).noquote() << "Not authorized:" << type << "-" << error.message;
        entry->status = Status::NotAuthorized;
        emit notAuthorized(type);
        break;
    case HelixError::Kind::RateLimited:
        if (error.isTokenBucketEmpty() &&
            entry->rateLimitRetries < m_retryPolicy.maxRateLimitRetries) {
            ++entry->rateLimitRetries;
            const qint64 untilReset = error.retryAt.isValid()
                                          ? QDateTime::currentDateTimeUtc().msecsTo(error.retryAt)
                                          : 0;
            retryLater(serial, int(qMax<qint64>(m_retryPolicy.minRateLimitDelayMs, untilReset)));
            return;
        }
        entry->status = Status::Failed;
        entry->failure = error.isTokenBucketEmpty()
                             ? tr("Twitch kept asking Streamside to slow down.")
                             : tr("Twitch's limit on event subscriptions is reached.");
        break;
    case HelixError::Kind::Unauthorized:
        // An expired token: IHelix::unauthorized has the session refresh it
        // meanwhile, and the retry goes with the new one. A token that stays
        // refused fails like a server that keeps failing.
    case HelixError::Kind::Server:
    case HelixError::Kind::Network:
        if (entry->serverRetries < m_retryPolicy.serverBackoffMs.size()) {
            const int delay = m_retryPolicy.serverBackoffMs.at(entry->serverRetries);
            ++entry->serverRetries;
            retryLater(serial, delay);
            return;
        }
        entry->status = Status::Failed;
        entry->failure = tr("Twitch did not answer properly (%1).").arg(error.message);
        break;
    default:
        entry->status = Status::Failed;
        entry->failure = error.message;
        break;
    }
    if (entry->status == Status::Failed)
        qCInfo(lcEventSub).noquote() << "Could not subscribe to" << type << "-" << error.toString();
    updateState();
}

void SubscriptionPlanner::retryLater(quint64 serial, int delayMs) {
    Entry* entry = this->entry(serial);
    entry->status = Status::WaitingRetry;
    qCDebug(lcEventSub).noquote() << "Retrying" << entry->subscription.type << "in" << delayMs
                                  << "ms";
    QTimer::singleShot(delayMs, this, [this, serial] {
        Entry* waiting = this->entry(serial);
        if (waiting && waiting->status == Status::WaitingRetry)
            create(serial);
    });
}

void SubscriptionPlanner::deleteSubscription(const QString& subscriptionId, int attempt) {
    const QString sessionId = m_sessionId;
    m_helix.deleteEventSubSubscription(
        subscriptionId, this, [] {},
        [this, subscriptionId, sessionId, attempt](const HelixError& error) {
            // A subscription left behind would keep its cost: retry what may pass.
            const bool retryable = error.kind == HelixError::Kind::Server ||
                                   error.kind == HelixError::Kind::Network ||
                                   error.isTokenBucketEmpty();
            if (!retryable || sessionId != m_sessionId ||
                attempt >= m_retryPolicy.serverBackoffMs.size()) {
                if (error.kind != HelixError::Kind::NotFound)
                    qCInfo(lcEventSub).noquote()
                        << "Could not delete a subscription:" << error.toString();
                return;
            }
            int delay = m_retryPolicy.serverBackoffMs.at(attempt);
            if (error.isTokenBucketEmpty() && error.retryAt.isValid())
                delay = int(
                    qMax<qint64>(delay, QDateTime::currentDateTimeUtc().msecsTo(error.retryAt)));
            QTimer::singleShot(delay, this, [this, subscriptionId, sessionId, attempt] {
                if (sessionId == m_sessionId)
                    deleteSubscription(subscriptionId, attempt + 1);
            });
        });
}

void SubscriptionPlanner::updateState() {
    if (m_sessionId.isEmpty() || m_entries.isEmpty()) {
        m_state = State::Idle;
        return;
    }
    QStringList missing;
    for (const Entry& entry : m_entries) {
        switch (entry.status) {
        case Status::Creating:
        case Status::WaitingRetry:
            m_state = State::Subscribing;
            return;
        case Status::Active:
        case Status::Revoked: // told through revoked()
            break;
        case Status::NotAuthorized:
            missing.append(statusName(entry.subscription.type, tr("not authorized")));
            break;
        case Status::Failed:
            missing.append(statusName(entry.subscription.type, entry.failure));
            break;
        }
    }
    m_state = missing.isEmpty() ? State::Ready : State::Problem;
    if (m_settledReported)
        return;
    m_settledReported = true;
    if (missing.isEmpty()) {
        qCInfo(lcEventSub) << "All" << m_entries.size() << "subscriptions active";
        emit ready();
    } else {
        emit problem(tr("Some events of this channel are unavailable: %1")
                         .arg(missing.join(QStringLiteral("; "))));
    }
}

SubscriptionPlanner::Entry* SubscriptionPlanner::entry(quint64 serial) {
    for (Entry& entry : m_entries)
        if (entry.serial == serial)
            return &entry;
    return nullptr;
}

SubscriptionPlanner::Entry* SubscriptionPlanner::entryByKey(const QString& key) {
    for (Entry& entry : m_entries)
        if (entry.subscription.key() == key)
            return &entry;
    return nullptr;
}

} // namespace streamside
