#pragma once

#include "core/eventsub/EventSubMessage.h"
#include "core/eventsub/SubscriptionPlan.h"
#include "core/helix/HelixError.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace streamside {

class IHelix;

// Decides which EventSub subscriptions the viewer needs for the channel on
// screen (plan(), a pure function) and keeps them on the current EventSub
// WebSocket session through IHelix: creates them all as soon as the session
// is welcomed (Twitch closes an unused session with 4003 after 10 s),
// replaces them when the channel changes, retries what Twitch asks to retry,
// and turns revocations into sentences a viewer understands.
class SubscriptionPlanner : public QObject {
    Q_OBJECT
public:
    static constexpr int defaultCostBudget = 10; // Twitch's max_total_cost

    // Delays between attempts. Tests shorten them.
    struct RetryPolicy {
        // After a 5xx, a network error or a 401 (the token is refreshed
        // meanwhile), one delay per retry.
        QList<int> serverBackoffMs{500, 1000, 2000};
        // After a 429 from an empty token bucket: retries, and the shortest wait
        // (Ratelimit-Reset has whole seconds, and may already have passed).
        int maxRateLimitRetries = 5;
        int minRateLimitDelayMs = 250;
    };

    enum class State {
        Idle,        // no session, viewer or channel: nothing to hold
        Subscribing, // requests or retries under way
        Ready,       // every planned subscription is active
        Problem,     // settled, but some are missing (see problem())
    };
    Q_ENUM(State)

    // One subscription as Twitch holds it.
    struct Held {
        PlannedSubscription subscription;
        QString id; // empty when Twitch answered 409 (it existed already)
    };

    explicit SubscriptionPlanner(IHelix& helix, QObject* parent = nullptr);

    // The subscriptions for a viewer on a channel, within input.costBudget:
    // free ones always; paid ones (cost 1: stream state, title, raids on
    // someone else's channel) dropped least important first; extras of the
    // role only as far as the token's scopes allow.
    static SubscriptionPlan plan(const SubscriptionPlanInput& input);
    // A sentence for the viewer about a revocation status.
    static QString revocationReason(const QString& status);

    void setViewer(const QString& userId, const QStringList& scopes);
    void setChannel(const QString& channelId, ChannelRole role);
    void clearChannel();
    // The share of Twitch's max_total_cost this channel may use.
    void setCostBudget(int budget);
    int costBudget() const { return m_costBudget; }
    void setRetryPolicy(const RetryPolicy& policy) { m_retryPolicy = policy; }

    State state() const { return m_state; }
    SubscriptionPlan currentPlan() const { return m_plan; }
    QList<Held> heldSubscriptions() const;
    QString sessionId() const { return m_sessionId; }

public slots:
    // The EventSub session was welcomed: subscribe everything on it. The
    // welcome that follows a session_reconnect keeps the same id and changes
    // nothing (subscriptions move with the session).
    void onSessionStarted(const QString& sessionId);
    // The session is gone (not a reconnect): its subscriptions died with it.
    void onSessionEnded();
    void onRevocation(const streamside::EventSubMessage& message);

signals:
    void planChanged(const streamside::SubscriptionPlan& plan);
    // Every planned subscription is active.
    void ready();
    // Settled with some planned subscriptions missing; reason is one line.
    void problem(const QString& reason);
    // Twitch answered 403 for this type: the token may not subscribe to it.
    void notAuthorized(const QString& type);
    // Twitch stopped one of the planned subscriptions; reason is for the viewer.
    void revoked(const QString& type, const QString& reason);

private:
    enum class Status { Creating, WaitingRetry, Active, NotAuthorized, Failed, Revoked };
    struct Entry {
        PlannedSubscription subscription;
        Status status = Status::Creating;
        QString id;
        quint64 serial = 0; // tells this entry from a later one with the same key
        int serverRetries = 0;
        int rateLimitRetries = 0;
        QString failure; // why it is Failed
    };

    void sync();
    void create(quint64 serial);
    void onCreated(quint64 serial, const QString& sessionId, const QString& key,
                   const QString& subscriptionId);
    void onCreateFailed(quint64 serial, const QString& sessionId, const HelixError& error);
    void retryLater(quint64 serial, int delayMs);
    void deleteSubscription(const QString& subscriptionId, int attempt);
    void updateState();
    Entry* entry(quint64 serial);
    Entry* entryByKey(const QString& key);

    IHelix& m_helix;
    QString m_userId;
    QStringList m_scopes;
    QString m_channelId;
    ChannelRole m_role = ChannelRole::Viewer;
    int m_costBudget = defaultCostBudget;
    RetryPolicy m_retryPolicy;
    QString m_sessionId;
    SubscriptionPlan m_plan;
    QList<Entry> m_entries;
    quint64 m_nextSerial = 1;
    State m_state = State::Idle;
    bool m_settledReported = false;
};

} // namespace streamside
