#pragma once

#include "core/eventsub/EventSubMessage.h"
#include "core/eventsub/SubscriptionPlan.h"
#include "core/favourites/ChannelLiveInfo.h"
#include "core/favourites/FavouritesLiveSplit.h"
#include "core/helix/HelixError.h"
#include "core/helix/HelixModels.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace streamside {

class IHelix;

// The live status of every favourite. As many favourites as the EventSub
// cost budget allows (in the user's order, see splitFavouritesForLiveStatus)
// get stream.online/stream.offline on the EventFeed's session; the rest are
// polled with GET /streams, at most 100 ids a request, every poll interval,
// backing off on 429 (until Ratelimit-Reset) and on errors (doubling, capped).
// A pushed favourite whose subscription fails or is revoked is polled too.
//
// The cost budget is shared with the open channel: Twitch allows a total
// cost of 10 per (client, user). The open channel comes first: keep the
// SubscriptionPlanner at its full budget (SubscriptionPlanner::
// defaultCostBudget) and hand each of its plans to setChannelPlan(), e.g.
//     connect(&feed.planner(), &SubscriptionPlanner::planChanged,
//             &tracker, &FavouritesLiveTracker::setChannelPlan);
// The tracker then takes Options::totalCostBudget minus the plan's cost, and
// does not subscribe a second time to the open channel's stream.online/offline.
// Their plans together never exceed the total. In flight they can, briefly:
// when the open channel's plan grows, the tracker's deletes are sent (from
// planChanged) before the planner's creates, but Twitch may answer them in
// any order, and a create it refuses for the cost limit is not retried by
// the planner.
//
// Wire the session like the EventFeed's planner: sessionStarted ->
// onSessionStarted, stateChanged (any state but Connected) -> onSessionEnded,
// notificationReceived -> onNotification, revocationReceived -> onRevocation.
class FavouritesLiveTracker : public QObject {
    Q_OBJECT
public:
    struct Options {
        int totalCostBudget = 10;       // Twitch's max_total_cost
        int pollIntervalMs = 60'000;    // GET /streams for the polled favourites
        int maxBackoffMs = 15 * 60'000; // errors double the interval up to this
        int minRateLimitDelayMs = 1000; // after a 429 whose Ratelimit-Reset has passed
        // A 409 for a favourite the open channel's plan has just given up may
        // be that plan's subscription, deleted a moment later: try again.
        int conflictRetryMs = 1000;
        int maxConflictRetries = 3;
    };

    static constexpr int maxIdsPerStreamsRequest = 100; // Helix's limit for GET /streams

    explicit FavouritesLiveTracker(IHelix& helix, QObject* parent = nullptr);
    FavouritesLiveTracker(IHelix& helix, Options options, QObject* parent = nullptr);

    void setViewer(const QString& userId);
    // The favourites in the user's order.
    void setFavourites(const QStringList& channelIds);

    // Starts polling (at once) and, once a session is started, pushing.
    void start();
    // Stops polling; forgets the session (its subscriptions die with it).
    void stop();

    FavouritesLiveSplit split() const { return m_split; }
    int costBudget() const { return m_costBudget; }
    // Twitch's max_total_cost, which costBudget() shares with the open channel.
    int totalCostBudget() const { return m_options.totalCostBudget; }
    // Changes that total (a Streamside taking over from another keeps 0
    // until the other has released its subscriptions: they share Twitch's
    // limit); the favourites are split again.
    void setTotalCostBudget(int budget);
    // The ids of the subscriptions Twitch holds for this tracker now.
    QStringList heldSubscriptionIds() const;
    ChannelLiveInfo liveInfo(const QString& channelId) const { return m_info.value(channelId); }
    // The favourites that are polled now: the split's, plus pushed ones whose
    // subscriptions failed.
    QStringList polledChannels() const;
    // The delay before the next regular poll, as last scheduled.
    int nextPollDelayMs() const { return m_nextPollDelayMs; }

public slots:
    // The open channel's plan changed: the budget left and the channels it
    // already pushes.
    void setChannelPlan(const streamside::SubscriptionPlan& plan);
    void onSessionStarted(const QString& sessionId);
    void onSessionEnded();
    void onNotification(const streamside::EventSubMessage& message);
    void onRevocation(const streamside::EventSubMessage& message);

signals:
    void liveInfoChanged(const QString& channelId, const streamside::ChannelLiveInfo& info);
    // Once per live period (one stream id): not again for the same stream
    // after a reconnect, a duplicate notification or another poll. Streams
    // that were already live when a favourite was first looked at are not
    // announced.
    void wentLive(const QString& channelId, const streamside::ChannelLiveInfo& info);
    void splitChanged(const streamside::FavouritesLiveSplit& split);
    // polledChannels() changed: the split, a subscription failing or
    // revoked, or a session starting or ending.
    void polledChannelsChanged(const QStringList& channelIds);
    // A regular poll round answered (all its requests; at once when nothing
    // is polled); ok is false when one failed. nextDelayMs is when the next
    // one starts.
    void pollFinished(bool ok, int nextDelayMs);

private:
    enum class Status { Creating, WaitingRetry, Active, Failed };
    struct Subscription {
        QString channelId;
        QString type; // stream.online or stream.offline
        Status status = Status::Creating;
        QString id; // empty when Twitch answered 409
        int conflictRetries = 0;
        quint64 serial = 0;
    };

    void replan();
    void syncSubscriptions();
    void create(quint64 serial);
    void onCreated(quint64 serial, const QString& sessionId, const QString& subscriptionId);
    void onCreateFailed(quint64 serial, const QString& sessionId, const HelixError& error);
    void deleteSubscription(const QString& subscriptionId);
    Subscription* subscription(quint64 serial);
    QSet<QString> channelsToSubscribe() const;
    bool holdsLiveStatus(const QString& channelId) const;
    void refreshWhenSubscribed();
    void notifyPolledChannels();

    void pollRound();
    void schedulePoll(int delayMs);
    // Looks up channels in requests of at most 100; absentMeansOffline is
    // false for a details look-up right after stream.online (GET /streams
    // may not list the stream yet).
    void fetchStreams(const QStringList& channelIds, bool absentMeansOffline, bool regularRound);
    void onStreams(const QStringList& asked, const QList<HelixStream>& streams,
                   bool absentMeansOffline);
    void onRoundAnswered(quint64 round, const HelixError* error);

    // Records what is known of a channel now; emits liveInfoChanged when it
    // changed and wentLive for a new live period (deferred until the details
    // are fetched when announceAfterDetails).
    void observe(const QString& channelId, const ChannelLiveInfo& info, const QString& streamId,
                 bool announceAfterDetails = false);
    void announcePending(const QStringList& channelIds);

    IHelix& m_helix;
    Options m_options;
    QString m_viewerId;
    QStringList m_favourites;
    QStringList m_sharedWithChannelPlan;
    int m_costBudget;
    int m_channelPlanCost = 0;
    FavouritesLiveSplit m_split;
    QStringList m_lastPolled; // as last announced by polledChannelsChanged
    bool m_running = false;

    QString m_sessionId;
    QList<Subscription> m_subscriptions;
    quint64 m_nextSerial = 1;
    QSet<QString> m_releasedByChannelPlan; // during this session
    QSet<QString> m_needsRefresh; // pushed, but what happened while unsubscribed is unknown

    QTimer m_pollTimer;
    quint64 m_generation = 0; // stop() ignores the answers of requests sent before it
    quint64 m_round = 0;      // the regular poll round under way
    int m_roundPending = 0;
    bool m_roundFailed = false;
    HelixError m_roundError;
    int m_failedRounds = 0;
    int m_nextPollDelayMs = 0;

    QHash<QString, ChannelLiveInfo> m_info;
    QSet<QString> m_seen;                      // looked at at least once (baseline taken)
    QHash<QString, QString> m_announcedStream; // the last stream announced by wentLive
    QSet<QString> m_awaitingDetails;           // gone live by push; wentLive once titled
};

} // namespace streamside
