// The hand-over to a fresh process after the window has been hidden for a
// while, with a real child process playing the successor (FakeSuccessor.cpp).
#include "ui/app/BackgroundRestart.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <csignal>

using namespace streamside;

namespace {

QByteArrayList markerLines(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().split('\n');
}

bool processExists(qint64 pid) {
    return ::kill(pid_t(pid), 0) == 0;
}

class BackgroundRestartTest : public ::testing::Test {
protected:
    ui::BackgroundRestart::Options options(const char* mode) {
        ui::BackgroundRestart::Options result;
        result.program = QStringLiteral(STREAMSIDE_FAKE_SUCCESSOR);
        result.arguments = {marker, QString::fromLatin1(mode)};
        result.delayMs = 50;
        result.readyTimeoutMs = 10'000;
        return result;
    }
    bool markerSays(const QByteArray& line, int timeoutMs = 10'000) {
        return QTest::qWaitFor([&] { return markerLines(marker).contains(line); }, timeoutMs);
    }

    QTemporaryDir dir;
    QString marker = dir.filePath(QStringLiteral("successor.log"));
};

} // namespace

TEST_F(BackgroundRestartTest, HiddenLongEnoughHandsOverSilencesThenFinishes) {
    ui::BackgroundRestart restart(options("ready"));
    QStringList order;
    QObject::connect(&restart, &ui::BackgroundRestart::silenceRequested,
                     [&] { order << "silence"; });
    QObject::connect(&restart, &ui::BackgroundRestart::finished, [&] { order << "finished"; });
    QSignalSpy finished(&restart, &ui::BackgroundRestart::finished);

    restart.windowHidden();
    EXPECT_TRUE(restart.isWaiting());
    ASSERT_TRUE(finished.wait(15'000));
    EXPECT_EQ(order, QStringList({"silence", "finished"}));
    EXPECT_TRUE(markerSays("left")) << "the successor was not released";
}

TEST_F(BackgroundRestartTest, TheSuccessorIsReleasedOnlyAfterTheStepBeforeLeaving) {
    ui::BackgroundRestart restart(options("ready"));
    std::function<void()> finishStep;
    restart.setBeforeLeaving([&](std::function<void()> done) { finishStep = std::move(done); });
    QSignalSpy silenced(&restart, &ui::BackgroundRestart::silenceRequested);
    QSignalSpy finished(&restart, &ui::BackgroundRestart::finished);
    restart.windowHidden();
    ASSERT_TRUE(silenced.wait(15'000));
    ASSERT_TRUE(finishStep);
    EXPECT_TRUE(finished.isEmpty());
    // Showing the window now changes nothing: this process is already silent.
    restart.windowShown();
    EXPECT_FALSE(markerSays("left", 300)) << "released before the step was done";
    finishStep();
    EXPECT_EQ(finished.size(), 1);
    EXPECT_TRUE(markerSays("left"));
}

TEST_F(BackgroundRestartTest, NotEligibleStartsNothing) {
    ui::BackgroundRestart restart(options("ready"));
    bool asked = false;
    restart.setEligibility([&] {
        asked = true;
        return false; // e.g. Qt WebEngine was never loaded: nothing to give back
    });
    restart.windowHidden();
    ASSERT_TRUE(QTest::qWaitFor([&] { return asked; }, 5000));
    EXPECT_EQ(restart.pendingSuccessor(), 0);
    EXPECT_FALSE(QFile::exists(marker));
}

TEST_F(BackgroundRestartTest, ShowingTheWindowFirstStartsNothing) {
    ui::BackgroundRestart restart(options("ready"));
    restart.windowHidden();
    restart.windowShown();
    EXPECT_FALSE(restart.isWaiting());
    QSignalSpy finished(&restart, &ui::BackgroundRestart::finished);
    EXPECT_FALSE(finished.wait(300));
    EXPECT_FALSE(QFile::exists(marker));
}

TEST_F(BackgroundRestartTest, SuccessorNeverReadyIsStoppedAndTheNextTryWaitsLonger) {
    ui::BackgroundRestart::Options slow = options("never-ready");
    slow.readyTimeoutMs = 300;
    ui::BackgroundRestart restart(slow);
    QSignalSpy failed(&restart, &ui::BackgroundRestart::attemptFailed);
    QSignalSpy finished(&restart, &ui::BackgroundRestart::finished);
    // As it was when the attempt failed (the next one starts 100 ms later).
    int delayAfterFailure = 0;
    bool waitingAfterFailure = false;
    QObject::connect(&restart, &ui::BackgroundRestart::attemptFailed, [&] {
        delayAfterFailure = restart.currentDelayMs();
        waitingAfterFailure = restart.isWaiting();
    });
    restart.windowHidden();
    ASSERT_TRUE(QTest::qWaitFor([&] { return restart.pendingSuccessor() > 0; }, 10'000));
    const qint64 pid = restart.pendingSuccessor();
    ASSERT_TRUE(failed.wait(10'000));
    QObject::disconnect(&restart, &ui::BackgroundRestart::attemptFailed, nullptr, nullptr);
    EXPECT_TRUE(failed.at(0).at(0).toString().contains("not ready in time"));
    EXPECT_TRUE(markerSays("terminated")) << "the successor was left running";
    EXPECT_TRUE(QTest::qWaitFor([&] { return !processExists(pid); }, 10'000));
    EXPECT_EQ(delayAfterFailure, 100);
    EXPECT_TRUE(waitingAfterFailure) << "no second attempt scheduled";
    EXPECT_TRUE(finished.isEmpty());
    restart.windowShown();
}

TEST_F(BackgroundRestartTest, ShowingTheWindowStopsASuccessorThatIsNotReady) {
    ui::BackgroundRestart restart(options("never-ready"));
    restart.windowHidden();
    ASSERT_TRUE(QTest::qWaitFor([&] { return restart.pendingSuccessor() > 0; }, 10'000));
    ASSERT_TRUE(markerSays("started"));
    restart.windowShown();
    EXPECT_EQ(restart.pendingSuccessor(), 0);
    EXPECT_TRUE(markerSays("terminated"));
    EXPECT_FALSE(restart.isWaiting());
}
