// The history's writer thread: what is stored is committed in order, in
// transactions of several events when they come fast, pruned per channel,
// written before the object goes, and a failure is reported without costing
// the other events.
#include "core/storage/EventHistory.h"

#include "core/storage/Database.h"
#include "core/storage/EventRepository.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>

using namespace streamside;

namespace {

EventRecord event(const QString& id, const QString& channel, qint64 occurredMs) {
    EventRecord r;
    r.messageId = id;
    r.channelId = channel;
    r.kind = "resub";
    r.subscriptionType = "channel.chat.notification";
    r.occurredAt = QDateTime::fromMSecsSinceEpoch(occurredMs, Qt::UTC);
    r.receivedAt = r.occurredAt;
    r.raw = R"({"event":{}})";
    return r;
}

QStringList ids(const QList<EventRecord>& records) {
    QStringList result;
    for (const EventRecord& r : records)
        result << r.messageId;
    return result;
}

// Every id the spy has seen, in the order of the signals.
QStringList idsOf(const QSignalSpy& spy) {
    QStringList result;
    for (const QList<QVariant>& arguments : spy)
        result += arguments.at(0).toStringList();
    return result;
}

} // namespace

class EventHistoryTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_FALSE(db.open());
        events.setRetentionPerChannel(100'000);
    }
    QTemporaryDir dir;
    Database db{dir.filePath("streamside.db")};
    EventRepository events{db};
};

TEST_F(EventHistoryTest, StoredEventsAreCommittedInTheirOrderSeveralPerTransaction) {
    EventHistory history(events);
    QSignalSpy committed(&history, &EventHistory::committed);
    QStringList stored;
    // One time for all: the order in the table is the order of storing.
    for (int i = 0; i < 2000; ++i) {
        stored << QStringLiteral("m%1").arg(i);
        history.store(event(stored.last(), "1", 1000));
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return idsOf(committed).size() == stored.size(); }, 10000))
        << idsOf(committed).size() << " of " << stored.size();
    EXPECT_EQ(idsOf(committed), stored);
    // Storing takes microseconds and a transaction far longer, so events
    // queue up behind one: fewer transactions than events, none too large.
    EXPECT_LT(committed.count(), stored.size());
    EXPECT_GE(committed.count(), stored.size() / EventHistory::maxBatch);
    for (const QList<QVariant>& batch : committed)
        EXPECT_LE(batch.at(0).toStringList().size(), EventHistory::maxBatch);

    QStringList newestFirst = ids(events.newest("1", 5000));
    std::reverse(newestFirst.begin(), newestFirst.end());
    EXPECT_EQ(newestFirst, stored) << "ties in time: the last stored is the newest";
}

TEST_F(EventHistoryTest, StoredEventsAreLookedUpOnceCommitted) {
    EventHistory history(events);
    EXPECT_FALSE(history.contains("m1"));
    history.store(event("m1", "1", 1000));
    history.waitUntilWritten();
    EXPECT_TRUE(history.contains("m1"));
    EXPECT_FALSE(history.contains("m2"));
}

// The pipeline asks for every live event on the UI thread; SQLite is asked
// only while the stored ids are not read yet, or for a likely duplicate.
TEST_F(EventHistoryTest, NewIdsAreAnsweredFromMemoryOnceTheStoredOnesAreKnown) {
    events.setRetentionPerChannel(3);
    ASSERT_FALSE(events.insert(event("earlier-run", "1", 1000)));
    EventHistory history(events);
    history.contains("first"); // starts the writer thread, which reads the ids
    ASSERT_TRUE(QTest::qWaitFor([&] { return history.knowsEveryStoredId(); }, 5000));
    const qint64 lookups = history.databaseLookups();
    for (int i = 0; i < 100; ++i)
        EXPECT_FALSE(history.contains(QStringLiteral("new-%1").arg(i)));
    EXPECT_EQ(history.databaseLookups(), lookups) << "new ids never reach the database";
    EXPECT_TRUE(history.contains("earlier-run"));

    for (const char* id : {"a", "b", "c"})
        history.store(event(id, "1", 2000));
    history.waitUntilWritten();
    EXPECT_TRUE(history.contains("c")) << "committed in this run";
    EXPECT_FALSE(history.contains("earlier-run")) << "pruned";
    const qint64 afterPrune = history.databaseLookups();
    EXPECT_FALSE(history.contains("earlier-run"));
    EXPECT_EQ(history.databaseLookups(), afterPrune) << "a pruned id is forgotten";
}

TEST_F(EventHistoryTest, NewestIncludesEventsNotCommittedYet) {
    EventHistory history(events);
    history.store(event("old", "1", 1000));
    history.store(event("tie-first", "1", 3000));
    history.waitUntilWritten();
    // Another program holds the write lock: what is stored now waits.
    QSqlDatabase other = QSqlDatabase::addDatabase("QSQLITE", "other-program");
    other.setDatabaseName(db.path());
    ASSERT_TRUE(other.open());
    ASSERT_TRUE(QSqlQuery(other).exec("BEGIN EXCLUSIVE"));
    history.store(event("tie-second", "1", 3000));
    history.store(event("middle", "1", 2000));
    history.store(event("newest", "1", 4000));
    history.store(event("other-channel", "2", 5000));

    const QStringList expected{"newest", "tie-second", "tie-first", "middle", "old"};
    EXPECT_EQ(ids(events.newest("1")), QStringList({"tie-first", "old"})) << "not committed yet";
    EXPECT_EQ(ids(history.newest("1", 10)), expected);
    EXPECT_EQ(ids(history.newest("1", 2)), expected.first(2));

    QSqlQuery(other).exec("ROLLBACK");
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase("other-program");
    history.waitUntilWritten();
    EXPECT_EQ(ids(events.newest("1")), expected) << "the same order once committed";
    EXPECT_EQ(ids(history.newest("1", 10)), expected);
}

TEST_F(EventHistoryTest, ARedeliveryIsSkippedAndTheFirstCopyKept) {
    EventHistory history(events);
    QSignalSpy failed(&history, &EventHistory::failed);
    history.store(event("same", "1", 1000));
    EventRecord again = event("same", "1", 9000);
    again.message = "a redelivery";
    history.store(again);
    history.waitUntilWritten();
    EXPECT_EQ(events.count("1"), 1);
    EXPECT_TRUE(events.newest("1").first().message.isEmpty()) << "the first copy wins";
    QCoreApplication::processEvents();
    EXPECT_EQ(failed.count(), 0);
}

TEST_F(EventHistoryTest, OnlyTheNewestNPerChannelAreKept) {
    events.setRetentionPerChannel(5);
    EventHistory history(events);
    for (int i = 0; i < 12; ++i)
        history.store(event(QStringLiteral("c1-%1").arg(i), "1", 1000 + i));
    for (int i = 0; i < 3; ++i)
        history.store(event(QStringLiteral("c2-%1").arg(i), "2", 1000 + i));
    history.waitUntilWritten();
    EXPECT_EQ(events.count("1"), 5);
    EXPECT_EQ(events.count("2"), 3) << "pruning one channel leaves the others alone";
    EXPECT_EQ(ids(events.newest("1", 10)), QStringList({"c1-11", "c1-10", "c1-9", "c1-8", "c1-7"}));
}

TEST_F(EventHistoryTest, WhatIsQueuedIsWrittenBeforeTheHistoryGoes) {
    {
        EventHistory history(events);
        for (int i = 0; i < 1000; ++i)
            history.store(event(QStringLiteral("m%1").arg(i), "1", 1000 + i));
    }
    EXPECT_EQ(events.count("1"), 1000);
    EXPECT_EQ(events.newest("1", 1).first().messageId, "m999");
}

TEST_F(EventHistoryTest, AnEventTheDatabaseRefusesCostsNoOther) {
    EventHistory history(events);
    QSignalSpy committed(&history, &EventHistory::committed);
    QSignalSpy failed(&history, &EventHistory::failed);
    EventRecord broken = event("broken", "1", 1500);
    broken.kind = QString(); // NOT NULL column
    history.store(event("before", "1", 1000));
    history.store(broken);
    history.store(event("after", "1", 2000));
    ASSERT_TRUE(failed.wait(5000));
    EXPECT_EQ(failed.first().at(0).toStringList(), QStringList({"broken"}));
    EXPECT_TRUE(failed.first().at(1).toString().contains("An event could not be saved."));
    history.waitUntilWritten();
    EXPECT_EQ(ids(events.newest("1")), QStringList({"after", "before"}));
    ASSERT_TRUE(QTest::qWaitFor([&] { return idsOf(committed).size() == 2; }, 5000));
    EXPECT_EQ(idsOf(committed), QStringList({"before", "after"}));
}

TEST_F(EventHistoryTest, ALockedDatabaseIsReportedAndWritingGoesOnOnceItIsFree) {
    db.setBusyTimeout(50); // the writer thread takes it when it starts
    EventHistory history(events);
    QSignalSpy committed(&history, &EventHistory::committed);
    QSignalSpy failed(&history, &EventHistory::failed);
    QSqlDatabase other = QSqlDatabase::addDatabase("QSQLITE", "other-program");
    other.setDatabaseName(db.path());
    ASSERT_TRUE(other.open());
    ASSERT_TRUE(QSqlQuery(other).exec("BEGIN EXCLUSIVE"));

    history.store(event("while-locked", "1", 1000));
    ASSERT_TRUE(failed.wait(5000));
    EXPECT_EQ(failed.first().at(0).toStringList(), QStringList({"while-locked"}));
    EXPECT_TRUE(failed.first().at(1).toString().contains("in use by another program"))
        << failed.first().at(1).toString().toStdString();

    QSqlQuery(other).exec("ROLLBACK");
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase("other-program");
    history.store(event("after", "1", 2000));
    ASSERT_TRUE(committed.wait(5000));
    EXPECT_EQ(idsOf(committed), QStringList({"after"}));
    EXPECT_EQ(ids(events.newest("1")), QStringList({"after"}));
}

TEST_F(EventHistoryTest, ADatabaseThatCannotBeOpenedIsReported) {
    Database missing(dir.filePath("never-opened.db"));
    EventRepository missingEvents(missing);
    EventHistory history(missingEvents);
    QSignalSpy failed(&history, &EventHistory::failed);
    history.store(event("m1", "1", 1000));
    ASSERT_TRUE(failed.wait(5000));
    EXPECT_EQ(failed.first().at(0).toStringList(), QStringList({"m1"}));
    EXPECT_TRUE(failed.first().at(1).toString().contains("could not be opened"));
    EXPECT_FALSE(QFile::exists(dir.filePath("never-opened.db")))
        << "only Database::open() creates (and checks) a database";
}
