#pragma once

#include "HistoryCheck.h"
#include "ProcessMeasures.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class AppLog;
class QProcess;

namespace realapp {
class SimulatorProcess;
}

// One soak run: the real streamside executable, signed in against the
// simulator in its own process with five favourites, takes a steady load of
// events into the open channel while the simulator's chaos mode injects
// faults; then the run is judged (see README, "Soak test"). Every figure
// goes to the report.
class SoakRun {
public:
    struct Options {
        int durationSeconds = 30 * 60;
        double eventsPerSecond = 20;
        quint64 seed = 0;
        int minFaultIntervalMs = 4000;
        int maxFaultIntervalMs = 20'000;
        int graceMs = 2000; // DeliveryLedger's grace window
        double memoryTolerance = 0.10;
        int maxStallMs = 100;
        QString outputDir; // logs, the ledger and the report go here

        // The memory reference point: after the first 5 minutes, or after
        // the first half of a run shorter than 10 minutes (the 2-minute
        // variant: after 60 s; a sixth of it would still be filling the
        // chat page and the caches). Each point is the median of the
        // samples in a window ending there: a tenth of the run, at least
        // 10 s, at most a minute (30 minutes: 60 s; 2 minutes: 12 s).
        int warmUpSeconds() const { return qMin(300, durationSeconds / 2); }
        int memoryWindowSeconds() const { return qBound(10, durationSeconds / 10, 60); }
        // Every fault kind must have come in runs this long; shorter ones
        // report what did not (the app's reconnect backoff, up to a minute
        // once faults come faster than every 30 s, leaves session faults
        // nothing to act on for long stretches).
        static constexpr int everyFaultFromSeconds = 10 * 60;
        // One memory sample every 10 s of 30 minutes, never more than one a second.
        int sampleIntervalMs() const { return qMax(1000, durationSeconds * 1000 / 180); }
    };

    struct MemorySample {
        double atSeconds = 0; // since the load started
        benchmarks::Memory tree;
        benchmarks::Memory app; // the streamside process alone
    };

    explicit SoakRun(Options options);
    ~SoakRun();

    // Runs and judges; returns the process exit code (0: every check passed).
    int run();

private:
    bool prepare();
    bool startApp();
    bool waitUntilSubscribed(int timeoutMs);
    void soak();
    void finish();
    void judge();
    QString report() const;
    void sample(double atSeconds);
    benchmarks::Memory medianAround(double atSeconds, bool tree) const;
    void say(const QString& line) const;
    void fail(const QString& why);

    Options m_options;
    std::unique_ptr<realapp::SimulatorProcess> m_simulator;
    std::unique_ptr<QProcess> m_app;
    std::unique_ptr<AppLog> m_log;
    qint64 m_appPid = 0;
    QList<MemorySample> m_samples;
    QStringList m_networkOffenders;
    int m_networkSocketsSeen = 0;
    bool m_appDiedEarly = false;
    bool m_exitedCleanly = false;
    QString m_exitDescription;
    bool m_resubscribedAfterChaos = false;
    QJsonObject m_ledger;
    QJsonObject m_chaos;
    QJsonObject m_load;
    HistoryCheck m_history;
    QStringList m_failures;
    QStringList m_notInjected; // fault kinds chaos mode never injected
    double m_ranSeconds = 0;
};
