#include "core/security/TokenProtector.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/Database.h"
#include "core/storage/EventRepository.h"
#include "core/storage/FavouriteRepository.h"
#include "core/storage/SettingsRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace streamside;

namespace {

EventRecord event(const QString& id, const QString& channel, qint64 occurredMs) {
    EventRecord r;
    r.messageId = id;
    r.channelId = channel;
    r.kind = "resub";
    r.subscriptionType = "channel.chat.notification";
    r.occurredAt = QDateTime::fromMSecsSinceEpoch(occurredMs, Qt::UTC);
    r.receivedAt = QDateTime::fromMSecsSinceEpoch(occurredMs + 5, Qt::UTC);
    r.actorLogin = "viewer";
    r.actorName = "Viewer";
    r.amount = 12;
    r.message = "twelve months!";
    r.raw = R"({"event":{}})";
    return r;
}

QStringList ids(const QList<EventRecord>& records) {
    QStringList result;
    for (const EventRecord& r : records)
        result << r.messageId;
    return result;
}

Favourite favourite(const QString& id, const QString& login) {
    Favourite f;
    f.channelId = id;
    f.login = login;
    f.displayName = login.toUpper();
    return f;
}

QStringList logins(const QList<Favourite>& favourites) {
    QStringList result;
    for (const Favourite& f : favourites)
        result << f.login;
    return result;
}

} // namespace

class RepositoryTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_FALSE(db.open()); }
    QTemporaryDir dir;
    Database db{dir.filePath("streamside.db")};
};

TEST_F(RepositoryTest, EventsRoundTripEveryField) {
    EventRepository events(db);
    EventRecord full = event("a", "1", 1000);
    full.targetName = "Target";
    ASSERT_FALSE(events.insert(full));
    EventRecord bare = event("b", "1", 2000);
    bare.amount.reset();
    bare.actorLogin.clear();
    bare.actorName.clear();
    bare.message.clear();
    ASSERT_FALSE(events.insert(bare));

    const QList<EventRecord> stored = events.newest("1");
    ASSERT_EQ(stored.size(), 2);
    EXPECT_EQ(stored[1], full);
    EXPECT_EQ(stored[0].messageId, "b");
    EXPECT_FALSE(stored[0].amount.has_value());
}

TEST_F(RepositoryTest, EventInsertsAreIdempotentOnMessageId) {
    EventRepository events(db);
    bool inserted = false;
    ASSERT_FALSE(events.insert(event("same", "1", 1000), &inserted));
    EXPECT_TRUE(inserted);
    EventRecord again = event("same", "1", 9000);
    again.message = "a redelivery";
    ASSERT_FALSE(events.insert(again, &inserted));
    EXPECT_FALSE(inserted);
    ASSERT_EQ(events.count("1"), 1);
    EXPECT_EQ(events.newest("1").first().message, "twelve months!") << "the first copy wins";
}

TEST_F(RepositoryTest, AnEventMissingRequiredFieldsIsAnErrorNotDropped) {
    EventRepository events(db);
    EventRecord broken = event("broken", "1", 1000);
    broken.kind = QString(); // NOT NULL column
    EXPECT_TRUE(events.insert(broken));
    EXPECT_FALSE(events.contains("broken"));
}

TEST_F(RepositoryTest, NewestAreOrderedByTimeThenArrivalAndPerChannel) {
    EventRepository events(db);
    ASSERT_FALSE(events.insert(event("old", "1", 1000)));
    ASSERT_FALSE(events.insert(event("new", "1", 3000)));
    ASSERT_FALSE(events.insert(event("middle", "1", 2000)));
    ASSERT_FALSE(events.insert(event("tie-first", "1", 3000)));
    ASSERT_FALSE(events.insert(event("other-channel", "2", 5000)));
    EXPECT_EQ(ids(events.newest("1")), QStringList({"tie-first", "new", "middle", "old"}));
    EXPECT_EQ(ids(events.newest("1", 2)), QStringList({"tie-first", "new"}));
    EXPECT_EQ(ids(events.newest("2")), QStringList({"other-channel"}));
    EXPECT_TRUE(events.newest("3").isEmpty());
}

TEST_F(RepositoryTest, OnlyTheNewestNPerChannelAreKept) {
    EventRepository events(db);
    events.setRetentionPerChannel(5);
    for (int i = 0; i < 12; ++i)
        ASSERT_FALSE(events.insert(event(QStringLiteral("c1-%1").arg(i), "1", 1000 + i)));
    for (int i = 0; i < 3; ++i)
        ASSERT_FALSE(events.insert(event(QStringLiteral("c2-%1").arg(i), "2", 1000 + i)));
    EXPECT_EQ(events.count("1"), 5);
    EXPECT_EQ(events.count("2"), 3) << "pruning one channel leaves the others alone";
    EXPECT_EQ(ids(events.newest("1", 10)), QStringList({"c1-11", "c1-10", "c1-9", "c1-8", "c1-7"}));
    // An event older than everything kept is pruned at once, and said so.
    QStringList pruned;
    ASSERT_FALSE(
        events.insertAll({event("ancient", "1", 1), event("c1-12", "1", 1012)}, nullptr, &pruned));
    EXPECT_EQ(pruned, QStringList({"c1-7", "ancient"}));
    EXPECT_FALSE(events.contains("ancient"));
    EXPECT_EQ(events.count("1"), 5);
    EXPECT_EQ(ids(events.newest("1", 10)),
              QStringList({"c1-12", "c1-11", "c1-10", "c1-9", "c1-8"}));
}

TEST_F(RepositoryTest, TiesAtTheRetentionBoundaryKeepTheLastStored) {
    EventRepository events(db);
    events.setRetentionPerChannel(3);
    ASSERT_FALSE(events.insert(event("a", "1", 1000)));
    ASSERT_FALSE(events.insert(event("b", "1", 2000)));
    ASSERT_FALSE(events.insert(event("c", "1", 2000)));
    ASSERT_FALSE(events.insert(event("d", "1", 2000)));
    ASSERT_FALSE(events.insert(event("e", "1", 3000)));
    EXPECT_EQ(ids(events.newest("1")), QStringList({"e", "d", "c"}));
    EXPECT_EQ(events.count("1"), 3);
}

namespace {

QString queryPlan(Database& db, const QString& statement) {
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + statement);
    for (int i = 0; i < statement.count(QLatin1Char('?')); ++i)
        query.bindValue(i, QStringLiteral("1"));
    if (!query.exec())
        return QStringLiteral("(failed: %1)").arg(query.lastError().text());
    QString plan;
    while (query.next())
        plan += query.value(3).toString() + '\n';
    return plan;
}

} // namespace

// The newest events are read on every channel switch (on the UI thread) and
// the prune runs after every commit: both walk the channel's index and sort
// nothing. A sort (a temporary b-tree) allocates and releases pages per run.
TEST_F(RepositoryTest, NewestAndPruneWalkTheIndexWithoutSorting) {
    for (const QString& statement :
         {EventRepository::newestStatement(), EventRepository::pruneStatement()}) {
        const QString plan = queryPlan(db, statement);
        EXPECT_TRUE(plan.contains("USING INDEX events_channel_time") ||
                    plan.contains("USING COVERING INDEX events_channel_time"))
            << plan.toStdString();
        EXPECT_FALSE(plan.contains("TEMP B-TREE")) << plan.toStdString();
        EXPECT_FALSE(plan.contains("LIST SUBQUERY")) << plan.toStdString();
    }
}

TEST_F(RepositoryTest, FavouritesKeepTheUsersOrder) {
    FavouriteRepository favourites(db);
    for (const char* login : {"alpha", "bravo", "charlie", "delta"})
        ASSERT_FALSE(favourites.add(favourite(QString("id-") + login, login)));
    ASSERT_FALSE(favourites.add(favourite("id-alpha", "alpha"))) << "adding twice is no error";
    EXPECT_EQ(logins(favourites.list()), QStringList({"alpha", "bravo", "charlie", "delta"}));

    ASSERT_FALSE(favourites.move("id-delta", 0));
    EXPECT_EQ(logins(favourites.list()), QStringList({"delta", "alpha", "bravo", "charlie"}));
    ASSERT_FALSE(favourites.move("id-delta", 99));
    EXPECT_EQ(logins(favourites.list()), QStringList({"alpha", "bravo", "charlie", "delta"}));
    EXPECT_TRUE(favourites.move("id-nobody", 0));

    ASSERT_FALSE(favourites.remove("id-bravo"));
    const QList<Favourite> left = favourites.list();
    EXPECT_EQ(logins(left), QStringList({"alpha", "charlie", "delta"}));
    for (int i = 0; i < left.size(); ++i)
        EXPECT_EQ(left[i].position, i) << "positions stay contiguous";
}

TEST_F(RepositoryTest, FavouriteNotificationRules) {
    FavouriteRepository favourites(db);
    ASSERT_FALSE(favourites.add(favourite("1", "one")));
    ASSERT_EQ(favourites.list().size(), 1);
    EXPECT_TRUE(favourites.list().first().notifyLive);
    EXPECT_TRUE(favourites.list().first().notifyKinds.isEmpty());
    ASSERT_FALSE(favourites.setNotificationRules("1", false, {"raid", "sub_gift"}));
    EXPECT_FALSE(favourites.list().first().notifyLive);
    EXPECT_EQ(favourites.list().first().notifyKinds, QStringList({"raid", "sub_gift"}));
    EXPECT_TRUE(favourites.setNotificationRules("2", true, {}));
}

TEST_F(RepositoryTest, SettingsAreTypedWithDefaults) {
    SettingsRepository settings(db);
    EXPECT_EQ(settings.value(setting::eventRetentionPerChannel), 500);
    EXPECT_FALSE(settings.value(setting::ownChannelFullEvents));
    EXPECT_TRUE(settings.value(setting::language).isEmpty());

    ASSERT_FALSE(settings.setValue(setting::eventRetentionPerChannel, 120));
    ASSERT_FALSE(settings.setValue(setting::ownChannelFullEvents, true));
    ASSERT_FALSE(settings.setValue(setting::language, QStringLiteral("pt_BR")));
    EXPECT_EQ(settings.value(setting::eventRetentionPerChannel), 120);
    EXPECT_TRUE(settings.value(setting::ownChannelFullEvents));
    EXPECT_EQ(settings.value(setting::language), "pt_BR");

    ASSERT_FALSE(settings.reset(setting::eventRetentionPerChannel.name));
    EXPECT_EQ(settings.value(setting::eventRetentionPerChannel), 500);
}

TEST_F(RepositoryTest, AUnreadableSettingFallsBackToItsDefault) {
    SettingsRepository settings(db);
    QSqlQuery(db.connection())
        .exec("INSERT INTO settings (key, value) VALUES ('events/retentionPerChannel', 'many')");
    EXPECT_EQ(settings.value(setting::eventRetentionPerChannel), 500);
}

TEST_F(RepositoryTest, OneActiveAccountAtATime) {
    TokenProtector protector;
    AccountRepository accounts(db, protector);
    Account first{"1", "first", "First", {"user:read:chat"}, {}, "token-one", "", true};
    Account second{"2",
                   "second",
                   "Second",
                   {"user:read:chat", "user:write:chat"},
                   QDateTime::fromMSecsSinceEpoch(1800000000000, Qt::UTC),
                   "token-two",
                   "refresh-two",
                   true};
    ASSERT_FALSE(accounts.save(first));
    ASSERT_FALSE(accounts.save(second));
    ASSERT_TRUE(accounts.active());
    EXPECT_EQ(*accounts.active(), second);
    EXPECT_FALSE(accounts.find("1")->isActive);
    ASSERT_FALSE(accounts.remove("2"));
    EXPECT_FALSE(accounts.active());
    EXPECT_FALSE(accounts.find("2"));
}
