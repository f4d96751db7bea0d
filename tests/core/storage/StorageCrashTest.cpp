// Kills a writing process with SIGKILL at random moments and checks after each
// kill that the database is intact and holds every event that the history's
// writer thread had announced as committed.
#include "core/storage/Database.h"
#include "core/storage/EventRepository.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>
#include <cstdio>

namespace {

constexpr int kills = 50;

// Reads the child's acknowledgements until at least `wanted` arrived (or it died).
void readAcknowledgements(QProcess& child, QByteArray& buffer, QSet<qint64>& acknowledged,
                          qint64* last, int wanted) {
    QSignalSpy output(&child, &QProcess::readyReadStandardOutput);
    int seen = 0;
    while (seen < wanted && child.state() == QProcess::Running) {
        if (!child.bytesAvailable() && !output.wait(10000))
            break;
        buffer += child.readAllStandardOutput();
        qsizetype newline;
        while ((newline = buffer.indexOf('\n')) >= 0) {
            const qint64 n = buffer.left(newline).toLongLong();
            buffer.remove(0, newline + 1);
            acknowledged.insert(n);
            *last = qMax(*last, n);
            ++seen;
        }
    }
}

} // namespace

TEST(StorageCrash, EveryAcknowledgedEventSurvivesSigkill) {
    QTemporaryDir dir;
    const QString path = dir.filePath("streamside.db");
    QSet<qint64> acknowledged;
    qint64 last = -1;
    QRandomGenerator random(20261127);

    for (int round = 0; round < kills; ++round) {
        SCOPED_TRACE(round);
        QProcess child;
        child.start(QStringLiteral(STREAMSIDE_CRASH_WRITER), {path, QString::number(last + 1)});
        ASSERT_TRUE(child.waitForStarted());
        QByteArray buffer;
        // A random number of acknowledged events, then SIGKILL at once: the
        // child's writer thread is usually in the middle of its next transaction.
        readAcknowledgements(child, buffer, acknowledged, &last, 1 + int(random.bounded(400)));
        ASSERT_EQ(child.state(), QProcess::Running) << child.readAllStandardError().toStdString();
        ::kill(pid_t(child.processId()), SIGKILL);
        ASSERT_TRUE(child.waitForFinished(10000));
        ASSERT_EQ(child.exitStatus(), QProcess::CrashExit);
        // Acknowledgements written before the kill are still in the pipe.
        buffer += child.readAllStandardOutput();
        for (const QByteArray& line : buffer.split('\n'))
            if (!line.isEmpty()) {
                acknowledged.insert(line.toLongLong());
                last = qMax(last, line.toLongLong());
            }

        streamside::Database db(path);
        ASSERT_FALSE(db.open());
        ASSERT_TRUE(db.movedAsidePath().isEmpty()) << "the database was found damaged";
        QSqlQuery check(db.connection());
        ASSERT_TRUE(check.exec("PRAGMA integrity_check") && check.next());
        EXPECT_EQ(check.value(0).toString(), "ok");
        QSqlQuery ids(db.connection());
        ASSERT_TRUE(ids.exec("SELECT message_id FROM events"));
        QSet<qint64> stored;
        while (ids.next())
            stored.insert(ids.value(0).toString().mid(6).toLongLong());
        for (qint64 n : acknowledged)
            ASSERT_TRUE(stored.contains(n)) << "acknowledged event " << n << " is missing";
        // The events after the last acknowledgement (the child keeps up to 200
        // queued) may or may not have committed; the next child starts after them.
        last =
            qMax(last, stored.isEmpty() ? last : *std::max_element(stored.begin(), stored.end()));
    }
    EXPECT_GE(acknowledged.size(), kills);
    std::printf("%d kills, %lld acknowledged events, all present and the database intact\n", kills,
                qint64(acknowledged.size()));
}
