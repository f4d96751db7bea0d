#include "core/app/EventLoopWatchdog.h"

#include "core/app/Logging.h"

#include <QFile>

#include <chrono>

namespace streamside {

namespace {

// How often the watching thread looks at the heartbeat: often enough to
// report a hang within a fraction of hangAfterMs, rarely enough to cost
// nothing.
constexpr int watchPeriodMs = 250;

// Nanoseconds the calling thread has spent ready to run but waiting for a
// CPU, since it started (the second field of /proc/thread-self/schedstat);
// -1 where that is not known.
qint64 cpuWaitNs() {
    QFile file(QStringLiteral("/proc/thread-self/schedstat"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return -1;
    const QList<QByteArray> fields = file.readLine(128).simplified().split(' ');
    bool ok = false;
    const qint64 waited = fields.value(1).toLongLong(&ok);
    return ok ? waited : -1;
}

} // namespace

bool EventLoopWatchdog::measuresCpuWait() {
    return cpuWaitNs() >= 0;
}

EventLoopWatchdog::EventLoopWatchdog(QObject* parent)
    : EventLoopWatchdog(Options{}, parent) {}

EventLoopWatchdog::EventLoopWatchdog(Options options, QObject* parent)
    : QObject(parent)
    , m_options(options) {
    m_heartbeat.setTimerType(Qt::PreciseTimer);
    m_heartbeat.setInterval(m_options.heartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &EventLoopWatchdog::beat);
}

EventLoopWatchdog::~EventLoopWatchdog() {
    if (isRunning())
        qCInfo(lcStalls).noquote()
            << QStringLiteral("event loop: longest block %1 ms (late %2 ms) over %3 s")
                   .arg(m_longestBlockedMs)
                   .arg(m_longestMs)
                   .arg(m_clock.elapsed() / 1000);
    stop();
}

void EventLoopWatchdog::start() {
    if (isRunning())
        return;
    m_clock.start();
    m_lastBeatMs = 0;
    m_lastReportMs = 0;
    m_lastCpuWaitNs = qMax<qint64>(0, cpuWaitNs());
    m_intervalLongestMs = 0;
    m_intervalLongestBlockedMs = 0;
    m_longestMs = 0;
    m_longestBlockedMs = 0;
    m_lastBeatSeen = 0;
    m_stopping = false;
    m_heartbeat.start();
    m_watcher = std::thread([this] { watch(); });
    qCInfo(lcStalls).noquote() << QStringLiteral(
                                      "event loop watchdog on: heartbeat %1 ms, CPU waits %2")
                                      .arg(m_options.heartbeatMs)
                                      .arg(measuresCpuWait() ? QStringLiteral("taken out")
                                                             : QStringLiteral("not measured here"));
}

void EventLoopWatchdog::stop() {
    m_heartbeat.stop();
    if (!m_watcher.joinable())
        return;
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_watcher.join();
}

void EventLoopWatchdog::beat() {
    const qint64 now = m_clock.elapsed();
    const qint64 stall = qMax<qint64>(0, now - m_lastBeatMs - m_options.heartbeatMs);
    // The time since the last beat the thread was ready but had no CPU.
    const qint64 waitedNs = cpuWaitNs();
    const qint64 waitedMs = waitedNs >= 0 ? (waitedNs - m_lastCpuWaitNs) / 1'000'000 : 0;
    if (waitedNs >= 0)
        m_lastCpuWaitNs = waitedNs;
    const qint64 blocked = qMax<qint64>(0, stall - waitedMs);
    m_lastBeatMs = now;
    m_lastBeatSeen.store(now, std::memory_order_relaxed);
    m_intervalLongestMs = qMax(m_intervalLongestMs, stall);
    m_intervalLongestBlockedMs = qMax(m_intervalLongestBlockedMs, blocked);
    m_longestMs = qMax(m_longestMs, stall);
    m_longestBlockedMs = qMax(m_longestBlockedMs, blocked);
    if (stall >= m_options.logAboveMs) {
        qCInfo(lcStalls).noquote()
            << QStringLiteral("event loop blocked for %1 ms (late %2 ms, %3 ms waiting for a CPU)")
                   .arg(blocked)
                   .arg(stall)
                   .arg(qMin(waitedMs, stall));
        emit stalled(blocked, stall);
    }
    if (now - m_lastReportMs >= m_options.reportIntervalMs) {
        qCInfo(lcStalls).noquote()
            << QStringLiteral("event loop: longest block %1 ms (late %2 ms) in the last %3 s, "
                              "%4 ms (late %5 ms) since start")
                   .arg(m_intervalLongestBlockedMs)
                   .arg(m_intervalLongestMs)
                   .arg((now - m_lastReportMs) / 1000)
                   .arg(m_longestBlockedMs)
                   .arg(m_longestMs);
        m_lastReportMs = now;
        m_intervalLongestMs = 0;
        m_intervalLongestBlockedMs = 0;
    }
}

void EventLoopWatchdog::watch() {
    // The thread only reads the clock (QElapsedTimer is safe to read from
    // any thread once started) and the heartbeat's atomic.
    qint64 reportedBeat = -1;
    std::unique_lock lock(m_mutex);
    while (!m_wake.wait_for(lock, std::chrono::milliseconds(watchPeriodMs),
                            [this] { return m_stopping; })) {
        const qint64 lastBeat = m_lastBeatSeen.load(std::memory_order_relaxed);
        const qint64 silentMs = m_clock.elapsed() - lastBeat;
        if (silentMs >= m_options.hangAfterMs && lastBeat != reportedBeat) {
            reportedBeat = lastBeat; // once per hang
            qCWarning(lcStalls).noquote()
                << QStringLiteral("event loop has not run for %1 ms").arg(silentMs);
        }
    }
}

} // namespace streamside
