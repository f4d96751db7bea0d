// The UI thread's watchdog (what the soak test reads): a blocked event loop
// is measured when it comes back, and reported by the watching thread while
// it is still blocked.
#include "core/app/EventLoopWatchdog.h"

#include "helix/LogCapture.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>

using streamside::EventLoopWatchdog;

namespace {

// Keeps the event loop from running (the thing measured, not a wait):
// until done() or for at most ms.
void blockLoop(
    int ms, const std::function<bool()>& done = [] { return false; }) {
    QElapsedTimer blocked;
    blocked.start();
    while (blocked.elapsed() < ms && !done()) {
    }
}

EventLoopWatchdog::Options options(int hangAfterMs = 10'000) {
    EventLoopWatchdog::Options result;
    result.heartbeatMs = 10;
    result.logAboveMs = 50;
    result.reportIntervalMs = 100;
    result.hangAfterMs = hangAfterMs;
    return result;
}

} // namespace

TEST(EventLoopWatchdog, MeasuresHowLongTheLoopWasBlocked) {
    EventLoopWatchdog watchdog(options());
    QSignalSpy stalled(&watchdog, &EventLoopWatchdog::stalled);
    watchdog.start();
    QTimer::singleShot(30, [] { blockLoop(200); });
    ASSERT_TRUE(stalled.wait(5000));
    const qint64 blocked = stalled.first().at(0).toLongLong();
    const qint64 late = stalled.first().at(1).toLongLong();
    // Late: short by at most one heartbeat; never much more than the block
    // (give or take what a loaded machine adds). Blocked: the part of it the
    // thread was not kept waiting for a CPU by other processes.
    EXPECT_GE(late, 190);
    EXPECT_LT(late, 1000);
    EXPECT_GT(blocked, 0);
    EXPECT_LE(blocked, late);
    EXPECT_GE(watchdog.longestStallMs(), late);
    EXPECT_GE(watchdog.longestBlockedMs(), blocked);
}

TEST(EventLoopWatchdog, ASystemCallThatBlocksTheLoopCountsAsBlocked) {
    // Waiting in a system call (as a disk write would) is no CPU wait: all
    // of it is the loop's block, however loaded the machine.
    EventLoopWatchdog watchdog(options());
    QSignalSpy stalled(&watchdog, &EventLoopWatchdog::stalled);
    watchdog.start();
    QTimer::singleShot(30, [] { QThread::msleep(200); });
    ASSERT_TRUE(stalled.wait(5000));
    EXPECT_GE(stalled.first().at(1).toLongLong(), 190);
    if (EventLoopWatchdog::measuresCpuWait())
        // Only the moment between the wake-up and the CPU may be taken out.
        EXPECT_GE(stalled.first().at(0).toLongLong(), 150);
    else
        EXPECT_EQ(stalled.first().at(0), stalled.first().at(1));
}

TEST(EventLoopWatchdog, LogsStallsAndSummariesInItsCategory) {
    LogCapture log;
    QLoggingCategory::setFilterRules(QStringLiteral("streamside.timing.stalls.info=true"));
    EventLoopWatchdog watchdog(options());
    QSignalSpy stalled(&watchdog, &EventLoopWatchdog::stalled);
    watchdog.start();
    QTimer::singleShot(30, [] { blockLoop(120); });
    ASSERT_TRUE(stalled.wait(5000));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return !log.linesContaining(QStringLiteral("event loop: longest block")).isEmpty(); },
        5000));
    EXPECT_FALSE(log.linesContaining(QStringLiteral("event loop watchdog on")).isEmpty());
    const QStringList blocked = log.linesContaining(QStringLiteral("event loop blocked for"));
    ASSERT_FALSE(blocked.isEmpty());
    EXPECT_TRUE(blocked.first().startsWith(QStringLiteral("streamside.timing.stalls:")))
        << blocked.first().toStdString();
    EXPECT_TRUE(blocked.first().contains(QStringLiteral("waiting for a CPU)")))
        << blocked.first().toStdString();
}

TEST(EventLoopWatchdog, ReportsAHangWhileTheLoopIsStillBlocked) {
    LogCapture log;
    QLoggingCategory::setFilterRules(QStringLiteral("streamside.timing.stalls.info=true"));
    EventLoopWatchdog watchdog(options(300));
    QSignalSpy stalled(&watchdog, &EventLoopWatchdog::stalled);
    watchdog.start();
    // Blocked until the watching thread has said so: only a thread of its
    // own can report a loop that does not come back.
    const auto reported = [&] {
        return !log.linesContaining(QStringLiteral("event loop has not run for")).isEmpty();
    };
    QTimer::singleShot(30, [&] { blockLoop(20'000, reported); });
    ASSERT_TRUE(stalled.wait(30'000));
    EXPECT_TRUE(reported());
    EXPECT_GE(stalled.first().at(1).toLongLong(), 300);
}

TEST(EventLoopWatchdog, StopsItsThreadAndTimer) {
    EventLoopWatchdog watchdog(options());
    watchdog.start();
    EXPECT_TRUE(watchdog.isRunning());
    watchdog.stop();
    EXPECT_FALSE(watchdog.isRunning());
    watchdog.stop(); // twice is harmless
    watchdog.start();
    EXPECT_TRUE(watchdog.isRunning());
}
