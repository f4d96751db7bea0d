#include "core/app/UnixSignalWatcher.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

#include <csignal>

TEST(UnixSignalWatcher, DeliversTerminationOnTheEventLoop) {
    streamside::UnixSignalWatcher watcher;
    QSignalSpy spy(&watcher, &streamside::UnixSignalWatcher::terminationRequested);
    ASSERT_EQ(std::raise(SIGTERM), 0);
    // The handler only writes a byte; the Qt signal comes from the event loop.
    EXPECT_EQ(spy.count(), 0);
    ASSERT_TRUE(spy.wait(5000));
    EXPECT_EQ(spy.takeFirst().at(0).toInt(), SIGTERM);
}
