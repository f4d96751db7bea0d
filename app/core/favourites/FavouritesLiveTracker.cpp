#include "core/favourites/FavouritesLiveTracker.h"

#include "core/app/Logging.h"
#include "core/events/Rfc3339.h"
#include "core/helix/IHelix.h"

#include <QDateTime>
#include <QJsonObject>

namespace streamside {

namespace {

const QString streamOnline = QStringLiteral("stream.online");
const QString streamOffline = QStringLiteral("stream.offline");

ChannelLiveInfo liveInfoOf(const HelixStream& stream) {
    ChannelLiveInfo info;
    info.live = true;
    info.viewerCount = stream.viewerCount;
    info.title = stream.title;
    info.gameName = stream.gameName;
    info.startedAt = stream.startedAt;
    return info;
}

// Tells one live period from the next: Twitch's stream id, else its start.
QString periodKey(const QString& streamId, const QDateTime& startedAt) {
    if (!streamId.isEmpty())
        return streamId;
    return startedAt.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

FavouritesLiveTracker::FavouritesLiveTracker(IHelix& helix, QObject* parent)
    : FavouritesLiveTracker(helix, Options{}, parent) {}

FavouritesLiveTracker::FavouritesLiveTracker(IHelix& helix, Options options, QObject* parent)
    : QObject(parent)
    , m_helix(helix)
    , m_options(options)
    , m_costBudget(options.totalCostBudget) {
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &FavouritesLiveTracker::pollRound);
}

void FavouritesLiveTracker::setViewer(const QString& userId) {
    m_viewerId = userId;
    replan();
}

void FavouritesLiveTracker::setFavourites(const QStringList& channelIds) {
    m_favourites = channelIds;
    replan();
}

void FavouritesLiveTracker::setChannelPlan(const SubscriptionPlan& plan) {
    const QStringList shared = channelsWithLiveStatus(plan.subscriptions);
    for (const QString& channel : std::as_const(m_sharedWithChannelPlan))
        if (!shared.contains(channel))
            m_releasedByChannelPlan.insert(channel);
    m_sharedWithChannelPlan = shared;
    m_channelPlanCost = plan.totalCost();
    m_costBudget = qMax(0, m_options.totalCostBudget - m_channelPlanCost);
    replan();
}

void FavouritesLiveTracker::setTotalCostBudget(int budget) {
    m_options.totalCostBudget = qMax(0, budget);
    m_costBudget = qMax(0, m_options.totalCostBudget - m_channelPlanCost);
    replan();
}

QStringList FavouritesLiveTracker::heldSubscriptionIds() const {
    QStringList ids;
    for (const Subscription& subscription : m_subscriptions)
        if (subscription.status == Status::Active && !subscription.id.isEmpty())
            ids.append(subscription.id);
    return ids;
}

void FavouritesLiveTracker::start() {
    if (m_running)
        return;
    m_running = true;
    pollRound();
}

void FavouritesLiveTracker::stop() {
    m_running = false;
    m_pollTimer.stop();
    ++m_generation; // answers to requests under way are ignored
    ++m_round;
    m_roundPending = 0;
    m_awaitingDetails.clear();
    onSessionEnded();
}

QStringList FavouritesLiveTracker::polledChannels() const {
    // Without a session nothing is pushed: poll them all.
    if (m_sessionId.isEmpty())
        return m_split.pushed + m_split.polled;
    QStringList polled = m_split.polled;
    for (const QString& channel : m_split.pushed)
        if (!holdsLiveStatus(channel))
            polled.append(channel);
    return polled;
}

void FavouritesLiveTracker::replan() {
    const FavouritesLiveSplit split = splitFavouritesForLiveStatus(
        m_favourites, m_viewerId, m_costBudget, m_sharedWithChannelPlan);
    if (split == m_split) {
        syncSubscriptions();
        notifyPolledChannels();
        return;
    }
    for (const QString& channel : split.pushed)
        if (!m_split.pushed.contains(channel))
            m_needsRefresh.insert(channel);
    QStringList unseen;
    for (const QString& channel : split.pushed + split.polled)
        if (!m_seen.contains(channel))
            unseen.append(channel);
    // Forget what is no longer a favourite: re-added later, it starts afresh.
    for (auto it = m_info.begin(); it != m_info.end();) {
        if (!m_favourites.contains(it.key()))
            it = m_info.erase(it);
        else
            ++it;
    }
    for (auto it = m_announcedStream.begin(); it != m_announcedStream.end();) {
        if (!m_favourites.contains(it.key()))
            it = m_announcedStream.erase(it);
        else
            ++it;
    }
    for (auto it = m_seen.begin(); it != m_seen.end();) {
        if (!m_favourites.contains(*it))
            it = m_seen.erase(it);
        else
            ++it;
    }
    m_split = split;
    qCInfo(lcEventSub) << "Favourites' live status:" << split.pushed.size() << "pushed (cost"
                       << split.cost << "of" << m_costBudget << ")," << split.polled.size()
                       << "polled";
    emit splitChanged(m_split);
    syncSubscriptions();
    notifyPolledChannels();
    // A new favourite shows its state at once, not a poll interval later.
    if (m_running && !unseen.isEmpty())
        fetchStreams(unseen, true, false);
}

QSet<QString> FavouritesLiveTracker::channelsToSubscribe() const {
    QSet<QString> wanted;
    for (const QString& channel : m_split.pushed) {
        if (!m_split.sharedWithChannelPlan.contains(channel)) {
            wanted.insert(channel);
            continue;
        }
        // The open channel's plan now lists this one, but subscriptions held
        // here stay: that plan's create was answered 409 (it got no id) and
        // relies on them. So do creates still under way: Twitch may already
        // hold them, and the plan's create then gets 409 too.
        for (const Subscription& held : m_subscriptions)
            if (held.channelId == channel &&
                ((held.status == Status::Active && !held.id.isEmpty()) ||
                 held.status == Status::Creating))
                wanted.insert(channel);
    }
    return wanted;
}

bool FavouritesLiveTracker::holdsLiveStatus(const QString& channelId) const {
    if (m_split.sharedWithChannelPlan.contains(channelId))
        return true;
    int held = 0;
    for (const Subscription& subscription : m_subscriptions) {
        if (subscription.channelId != channelId)
            continue;
        if (subscription.status == Status::Failed)
            return false;
        ++held;
    }
    return held == 2;
}

void FavouritesLiveTracker::syncSubscriptions() {
    if (m_sessionId.isEmpty())
        return;
    const QSet<QString> wanted = channelsToSubscribe();
    for (qsizetype i = m_subscriptions.size() - 1; i >= 0; --i) {
        const Subscription& held = m_subscriptions.at(i);
        if (wanted.contains(held.channelId))
            continue;
        // A create still under way is deleted when it answers (onCreated).
        if (held.status == Status::Active && !held.id.isEmpty())
            deleteSubscription(held.id);
        m_subscriptions.removeAt(i);
    }
    QList<quint64> toCreate;
    for (const QString& channel : m_split.pushed) {
        if (!wanted.contains(channel))
            continue;
        for (const QString& type : {streamOnline, streamOffline}) {
            bool exists = false;
            for (const Subscription& held : std::as_const(m_subscriptions))
                exists |= held.channelId == channel && held.type == type;
            if (exists)
                continue;
            Subscription added;
            added.channelId = channel;
            added.type = type;
            added.serial = m_nextSerial++;
            m_subscriptions.append(added);
            toCreate.append(added.serial);
        }
    }
    for (quint64 serial : toCreate)
        create(serial);
}

FavouritesLiveTracker::Subscription* FavouritesLiveTracker::subscription(quint64 serial) {
    for (Subscription& held : m_subscriptions)
        if (held.serial == serial)
            return &held;
    return nullptr;
}

void FavouritesLiveTracker::create(quint64 serial) {
    Subscription* wanted = subscription(serial);
    if (!wanted)
        return;
    wanted->status = Status::Creating;
    const QString sessionId = m_sessionId;
    m_helix.createEventSubSubscription(
        EventSubSubscriptionRequest{
            wanted->type, QStringLiteral("1"),
            QJsonObject{{QStringLiteral("broadcaster_user_id"), wanted->channelId}}, sessionId},
        this,
        [this, serial, sessionId](const CreatedEventSubSubscription& created) {
            onCreated(serial, sessionId, created.id);
        },
        [this, serial, sessionId](const HelixError& error) {
            onCreateFailed(serial, sessionId, error);
        });
}

void FavouritesLiveTracker::onCreated(quint64 serial, const QString& sessionId,
                                      const QString& subscriptionId) {
    if (sessionId != m_sessionId)
        return; // that session is gone, and the subscription with it
    Subscription* created = subscription(serial);
    if (!created) {
        // Planned away while the request was under way.
        deleteSubscription(subscriptionId);
        return;
    }
    created->status = Status::Active;
    created->id = subscriptionId;
    refreshWhenSubscribed();
}

void FavouritesLiveTracker::onCreateFailed(quint64 serial, const QString& sessionId,
                                           const HelixError& error) {
    Subscription* failed = subscription(serial);
    if (sessionId != m_sessionId || !failed)
        return;
    if (error.kind == HelixError::Kind::Conflict) {
        if (m_releasedByChannelPlan.contains(failed->channelId) &&
            failed->conflictRetries < m_options.maxConflictRetries) {
            ++failed->conflictRetries;
            failed->status = Status::WaitingRetry;
            QTimer::singleShot(m_options.conflictRetryMs, this, [this, serial] {
                Subscription* waiting = subscription(serial);
                if (waiting && waiting->status == Status::WaitingRetry)
                    create(serial);
            });
            return;
        }
        failed->status = Status::Active; // it exists on this session; its id is unknown
    } else {
        // Polled instead until the next session tries again.
        qCInfo(lcEventSub).noquote()
            << "Could not subscribe to" << failed->type << "of" << failed->channelId << "-"
            << error.toString() << "- polling it instead";
        failed->status = Status::Failed;
        notifyPolledChannels();
    }
    refreshWhenSubscribed();
}

void FavouritesLiveTracker::deleteSubscription(const QString& subscriptionId) {
    // Best effort: a subscription left behind dies with its session.
    m_helix.deleteEventSubSubscription(
        subscriptionId, this, [] {},
        [subscriptionId](const HelixError& error) {
            qCInfo(lcEventSub).noquote()
                << "Could not delete subscription" << subscriptionId << "-" << error.toString();
        });
}

void FavouritesLiveTracker::refreshWhenSubscribed() {
    for (const Subscription& held : std::as_const(m_subscriptions))
        if (held.status == Status::Creating || held.status == Status::WaitingRetry)
            return;
    // Everything is subscribed: what changed before that (or while the
    // connection was lost: Twitch replays nothing) is read once now.
    QStringList refresh;
    for (const QString& channel : m_split.pushed)
        if (m_needsRefresh.contains(channel))
            refresh.append(channel);
    m_needsRefresh.clear();
    if (m_running && !refresh.isEmpty())
        fetchStreams(refresh, true, false);
}

void FavouritesLiveTracker::notifyPolledChannels() {
    const QStringList polled = polledChannels();
    if (polled == m_lastPolled)
        return;
    m_lastPolled = polled;
    emit polledChannelsChanged(polled);
}

void FavouritesLiveTracker::onSessionStarted(const QString& sessionId) {
    if (sessionId == m_sessionId)
        return; // a session_reconnect hand-over: the subscriptions moved with it
    m_subscriptions.clear();
    m_sessionId = sessionId;
    m_releasedByChannelPlan.clear();
    for (const QString& channel : m_split.pushed)
        m_needsRefresh.insert(channel);
    syncSubscriptions();
    notifyPolledChannels();
    refreshWhenSubscribed();
}

void FavouritesLiveTracker::onSessionEnded() {
    m_subscriptions.clear();
    m_sessionId.clear();
    notifyPolledChannels();
}

void FavouritesLiveTracker::onRevocation(const EventSubMessage& message) {
    for (Subscription& held : m_subscriptions) {
        if (held.id.isEmpty() || held.id != message.subscriptionId)
            continue;
        qCInfo(lcEventSub).noquote()
            << "Live status of" << held.channelId << "revoked:" << message.revocationStatus
            << "- polling it instead";
        held.status = Status::Failed;
        notifyPolledChannels();
        return;
    }
}

void FavouritesLiveTracker::onNotification(const EventSubMessage& message) {
    if (message.subscriptionType != streamOnline && message.subscriptionType != streamOffline)
        return;
    const QJsonObject event = message.payload().value(QStringLiteral("event")).toObject();
    const QString channel = event.value(QStringLiteral("broadcaster_user_id")).toString();
    if (channel.isEmpty() || !m_split.pushed.contains(channel))
        return;
    if (message.subscriptionType == streamOffline) {
        observe(channel, ChannelLiveInfo{}, QString());
        return;
    }
    ChannelLiveInfo info = m_info.value(channel);
    const QString streamId = event.value(QStringLiteral("id")).toString();
    const QDateTime startedAt = parseRfc3339(event.value(QStringLiteral("started_at")).toString());
    if (info.live && info.startedAt != startedAt) {
        // Another stream than the one known: its title and viewers are not these.
        info = ChannelLiveInfo{};
    }
    info.live = true;
    info.startedAt = startedAt;
    observe(channel, info, streamId, true);
}

void FavouritesLiveTracker::observe(const QString& channelId, const ChannelLiveInfo& info,
                                    const QString& streamId, bool announceAfterDetails) {
    const bool firstLook = !m_seen.contains(channelId);
    m_seen.insert(channelId);
    if (!info.live)
        m_awaitingDetails.remove(channelId);
    if (firstLook || m_info.value(channelId) != info) {
        m_info.insert(channelId, info);
        emit liveInfoChanged(channelId, info);
    }
    if (!info.live)
        return;
    const QString period = periodKey(streamId, info.startedAt);
    if (m_announcedStream.value(channelId) == period)
        return;
    m_announcedStream.insert(channelId, period);
    if (firstLook)
        return; // live before Streamside looked: not news
    if (announceAfterDetails) {
        m_awaitingDetails.insert(channelId);
        fetchStreams({channelId}, false, false);
        return;
    }
    emit wentLive(channelId, info);
}

void FavouritesLiveTracker::announcePending(const QStringList& channelIds) {
    for (const QString& channel : channelIds) {
        if (!m_awaitingDetails.remove(channel))
            continue;
        const ChannelLiveInfo info = m_info.value(channel);
        if (info.live)
            emit wentLive(channel, info);
    }
}

void FavouritesLiveTracker::pollRound() {
    if (!m_running || m_roundPending > 0)
        return;
    const QStringList channels = polledChannels();
    if (channels.isEmpty()) {
        m_failedRounds = 0;
        schedulePoll(m_options.pollIntervalMs);
        emit pollFinished(true, m_options.pollIntervalMs);
        return;
    }
    fetchStreams(channels, true, true);
}

void FavouritesLiveTracker::schedulePoll(int delayMs) {
    m_nextPollDelayMs = delayMs;
    if (m_running)
        m_pollTimer.start(delayMs);
}

void FavouritesLiveTracker::fetchStreams(const QStringList& channelIds, bool absentMeansOffline,
                                         bool regularRound) {
    const quint64 generation = m_generation;
    const quint64 round = m_round;
    if (regularRound) {
        m_roundPending =
            int((channelIds.size() + maxIdsPerStreamsRequest - 1) / maxIdsPerStreamsRequest);
        m_roundFailed = false;
    }
    for (qsizetype first = 0; first < channelIds.size(); first += maxIdsPerStreamsRequest) {
        const QStringList batch = channelIds.mid(first, maxIdsPerStreamsRequest);
        m_helix.getStreams(
            batch, this,
            [this, batch, absentMeansOffline, regularRound, generation,
             round](const QList<HelixStream>& streams) {
                if (generation != m_generation)
                    return; // stopped since
                onStreams(batch, streams, absentMeansOffline);
                if (regularRound)
                    onRoundAnswered(round, nullptr);
            },
            [this, batch, regularRound, generation, round](const HelixError& error) {
                if (generation != m_generation)
                    return;
                qCInfo(lcHelix).noquote()
                    << "Live status of" << batch.size() << "favourites:" << error.toString();
                // A go-live pushed without its details is still announced.
                announcePending(batch);
                if (regularRound)
                    onRoundAnswered(round, &error);
            });
    }
}

void FavouritesLiveTracker::onStreams(const QStringList& asked, const QList<HelixStream>& streams,
                                      bool absentMeansOffline) {
    QHash<QString, HelixStream> live;
    for (const HelixStream& stream : streams)
        live.insert(stream.userId, stream);
    for (const QString& channel : asked) {
        if (!m_favourites.contains(channel))
            continue; // removed while asking
        const auto found = live.constFind(channel);
        if (found != live.constEnd())
            observe(channel, liveInfoOf(*found), found->id);
        else if (absentMeansOffline)
            observe(channel, ChannelLiveInfo{}, QString());
    }
    announcePending(asked);
}

void FavouritesLiveTracker::onRoundAnswered(quint64 round, const HelixError* error) {
    if (round != m_round || m_roundPending <= 0)
        return;
    if (error) {
        m_roundFailed = true;
        m_roundError = *error;
    }
    if (--m_roundPending > 0)
        return;
    ++m_round; // the next round's answers are told from this one's
    const bool ok = !m_roundFailed;
    qint64 delay = m_options.pollIntervalMs;
    if (ok) {
        m_failedRounds = 0;
    } else {
        ++m_failedRounds;
        delay = qMin<qint64>(qint64(m_options.pollIntervalMs) << qMin(m_failedRounds, 20),
                             m_options.maxBackoffMs);
        delay = qMax<qint64>(delay, m_options.pollIntervalMs);
        if (m_roundError.kind == HelixError::Kind::RateLimited) {
            // Nothing is answered before the token bucket fills again.
            const qint64 untilReset =
                m_roundError.retryAt.isValid()
                    ? QDateTime::currentDateTimeUtc().msecsTo(m_roundError.retryAt)
                    : 0;
            delay = qMax(delay, qMax<qint64>(untilReset, m_options.minRateLimitDelayMs));
        }
    }
    schedulePoll(int(delay));
    emit pollFinished(ok, int(delay));
}

} // namespace streamside
