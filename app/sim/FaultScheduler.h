#pragma once

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <random>

namespace streamside::sim {

class Simulator;

// Chaos mode: injects faults at random intervals, all drawn from one seeded
// generator so that a run can be replayed with the same seed (the schedule
// and the choices are the seed's; what the client is doing at each moment is
// not). Faults are dealt like cards: every kind once per round, in an order
// shuffled anew each round, so that even a short run meets each kind.
//
// The kinds (faultNames()), each acting on every open EventSub session:
//   drop            TCP abort without a close frame
//   reconnect       session_reconnect (the client must move without a loss)
//   close_4000 ... close_4007
//                   a close frame with that code
//   keepalives_off  keepalives stop on the session (its other frames still
//                   flow, and prove it alive)
//   silence         the session goes half-open: no frame, keepalive or ping
//                   reaches the client until it gives up on it
//   duplicate       the next 1-20 notifications are each sent twice
//   revoke          one enabled subscription of the session is revoked
//   helix_429, helix_5xx
//                   every Helix request answers 429 (bucket empty), or 500,
//                   502 or 503, for 2-10 s; half of the time the session is
//                   dropped at the same moment, so that the client's
//                   subscribing meets the failures
//   token_expiry    every access token of the user expires (its refresh
//                   token keeps working); half of the time with a drop
//   live_on, live_off
//                   one of Options::liveChannels goes live or offline
// A fault that finds nothing to act on (no open session, no channel to
// switch) is tried again a second later, up to ten times, then skipped.
class FaultScheduler : public QObject {
    Q_OBJECT
public:
    struct Options {
        quint64 seed = 0;
        int minIntervalMs = 5000;
        int maxIntervalMs = 30'000;
        QStringList faults;       // names of faultNames(); empty: all
        QStringList liveChannels; // logins that live_on / live_off switch
        QString login;            // whose tokens token_expiry expires
    };

    static QStringList faultNames();

    explicit FaultScheduler(Simulator& simulator, QObject* parent = nullptr);

    // False (and *error set) for an unknown fault name, channel or login,
    // or an interval that is not 0 < min <= max.
    bool start(const Options& options, QString* error);
    // Stops injecting and undoes what lasts: Helix failures end, keepalives
    // are on again for new sessions. (Silenced and closed sessions stay as
    // they are; the client recovers from them on its own.)
    void stop();
    bool isRunning() const { return m_timer.isActive() || m_retry.isActive(); }
    Options options() const { return m_options; }

    // Injects one fault now; false when it found nothing to act on.
    bool inject(const QString& fault);

    // {running, seed, min_interval_ms, max_interval_ms, faults, injected:
    // {kind: n}, skipped: {kind: n}, log: [{at_ms, fault, detail}], observed:
    // {sessions_started, hand_overs, token_refreshes, helix_forced_failures}}
    QJsonObject state() const;

signals:
    void injected(const QString& fault, const QString& detail);

private:
    void scheduleNext();
    void fire();
    QString draw();
    int uniform(int lowest, int highest); // inclusive
    bool helixFault(const QString& fault);
    bool switchLive(bool live);
    bool revokeOne();
    void record(const QString& fault, const QString& detail);

    Simulator& m_simulator;
    Options m_options;
    std::mt19937_64 m_random;
    QStringList m_deck;
    QString m_pending; // the fault being retried
    int m_attempts = 0;
    QTimer m_timer;
    QTimer m_retry;
    QElapsedTimer m_since;
    QMap<QString, int> m_injected;
    QMap<QString, int> m_skipped;
    QJsonArray m_log;
};

} // namespace streamside::sim
