#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace streamside {

// Measures how long the event loop of the thread that starts it (the UI
// thread, in the app) was kept from running, for soak tests and bug
// reports; the app starts one only when its category is enabled
// (QT_LOGGING_RULES="streamside.timing.stalls.info=true").
//
// A heartbeat timer on the watched loop notes how late each of its ticks
// comes: a tick due after heartbeatMs that comes after heartbeatMs + N ms
// means the loop could not run for N ms (the stall, or lateness; the true
// time lies between N and N + heartbeatMs). Part of that time the thread may
// have been ready to run but waiting for a CPU that other processes held (a
// loaded machine); where Linux tells (/proc/thread-self/schedstat), that
// wait is taken out: what is left is the time the thread was BLOCKED, busy
// with our code or waiting in a system call it made (a disk write, a lock).
// Elsewhere blocked equals late. Stalls of at least logAboveMs late are
// logged one by one ("blocked for B ms (late L ms, W ms waiting for a
// CPU)"), and every reportIntervalMs a line gives the longest of that
// interval and of the whole run. A thread of its own watches the heartbeat,
// so that a loop that hangs (or never comes back) is reported while it
// hangs, which the loop itself cannot do. Everything goes to the
// streamside.timing.stalls category, at info level (warning for a hang).
class EventLoopWatchdog : public QObject {
    Q_OBJECT
public:
    struct Options {
        int heartbeatMs = 10;
        int logAboveMs = 50;
        int reportIntervalMs = 10'000;
        int hangAfterMs = 1000; // no heartbeat for this long: reported as a hang
    };

    explicit EventLoopWatchdog(QObject* parent = nullptr);
    explicit EventLoopWatchdog(Options options, QObject* parent = nullptr);
    // Stops and logs the run's longest stall.
    ~EventLoopWatchdog() override;

    // Call from the thread whose event loop is watched.
    void start();
    void stop();
    bool isRunning() const { return m_heartbeat.isActive(); }

    // Since start(), in milliseconds: the longest time the loop was blocked
    // (CPU waits taken out), and the longest it was late (wall clock).
    qint64 longestBlockedMs() const { return m_longestBlockedMs; }
    qint64 longestStallMs() const { return m_longestMs; }
    // Whether CPU waits are measured here (else blocked equals late).
    static bool measuresCpuWait();

signals:
    // A stall of at least logAboveMs (late) just ended.
    void stalled(qint64 blockedMs, qint64 lateMs);

private:
    void beat();
    void watch();

    Options m_options;
    QTimer m_heartbeat;
    QElapsedTimer m_clock;
    qint64 m_lastBeatMs = 0;
    qint64 m_lastReportMs = 0;
    qint64 m_lastCpuWaitNs = 0;
    qint64 m_intervalLongestMs = 0;
    qint64 m_intervalLongestBlockedMs = 0;
    qint64 m_longestMs = 0;
    qint64 m_longestBlockedMs = 0;

    // Shared with the watching thread.
    std::atomic<qint64> m_lastBeatSeen{0};
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_watcher;
};

} // namespace streamside
