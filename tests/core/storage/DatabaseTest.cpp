#include "core/storage/Database.h"

#include "core/storage/EventRepository.h"
#include "core/storage/FavouriteRepository.h"
#include "core/storage/Migrations.h"
#include "core/storage/SettingsRepository.h"
#include "storage/StorageTestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using streamside::Database;
using streamside::StorageError;
using Kind = streamside::StorageError::Kind;

namespace {

constexpr QFileDevice::Permissions groupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                  QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                  QFileDevice::WriteOther | QFileDevice::ExeOther;

QStringList tables(const Database& db) {
    QSqlQuery query(db.connection());
    query.exec("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

} // namespace

class DatabaseTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString path() const { return dir.filePath("streamside.db"); }
};

TEST_F(DatabaseTest, CreatesTheCurrentSchemaWithWalAndForeignKeys) {
    Database db(path());
    ASSERT_FALSE(db.open()) << db.open().message.toStdString();
    EXPECT_EQ(db.schemaVersion(), Database::currentSchemaVersion);
    EXPECT_EQ(tables(db), QStringList({"accounts", "events", "favourites", "settings"}));
    QSqlQuery query(db.connection());
    ASSERT_TRUE(query.exec("PRAGMA journal_mode") && query.next());
    EXPECT_EQ(query.value(0).toString(), "wal");
    ASSERT_TRUE(query.exec("PRAGMA foreign_keys") && query.next());
    EXPECT_EQ(query.value(0).toInt(), 1);
    EXPECT_TRUE(db.movedAsidePath().isEmpty());
}

TEST_F(DatabaseTest, ASecondConnectionSharesTheDataButNeverCreatesOrMigrates) {
    Database missing(path());
    EXPECT_TRUE(missing.openConnection());
    EXPECT_FALSE(QFile::exists(path())) << "only open() creates a database";

    {
        Database old(path());
        ASSERT_FALSE(old.open(2));
    }
    Database early(path());
    EXPECT_TRUE(early.openConnection()) << "a database open() has not migrated";
    EXPECT_EQ(rawQuery(path(), "PRAGMA user_version").toInt(), 2);

    Database first(path());
    ASSERT_FALSE(first.open());
    ASSERT_FALSE(streamside::SettingsRepository(first).setValue(streamside::setting::language,
                                                                QString("fr")));
    Database second(path());
    ASSERT_FALSE(second.openConnection());
    EXPECT_EQ(streamside::SettingsRepository(second).value(streamside::setting::language), "fr");
    QSqlQuery query(second.connection());
    ASSERT_TRUE(query.exec("PRAGMA busy_timeout") && query.next());
    EXPECT_EQ(query.value(0).toInt(), Database::defaultBusyTimeoutMs) << "the same settings";
}

TEST_F(DatabaseTest, TheLastMigrationIsTheCurrentVersion) {
    EXPECT_EQ(streamside::schemaMigrations().constLast().version, Database::currentSchemaVersion);
}

// Builds a database as each earlier version left it, with data in it, and
// checks that opening it with this version migrates it and keeps the data.
TEST_F(DatabaseTest, MigratesFromEveryEarlierVersion) {
    for (int version = 0; version < Database::currentSchemaVersion; ++version) {
        SCOPED_TRACE(version);
        const QString file = dir.filePath(QStringLiteral("v%1.db").arg(version));
        {
            Database old(file);
            ASSERT_FALSE(old.open(version));
            ASSERT_EQ(old.schemaVersion(), version);
            if (version >= 1) {
                QSqlQuery(old.connection())
                    .exec("INSERT INTO settings (key, value) VALUES ('ui/language', 'de')");
            }
            if (version >= 2) {
                QSqlQuery(old.connection())
                    .exec("INSERT INTO favourites (channel_id, login, display_name, position,"
                          " added_at) VALUES ('1', 'one', 'One', 0, 0)");
            }
            if (version >= 3) {
                QSqlQuery(old.connection())
                    .exec("INSERT INTO events (message_id, channel_id, kind, subscription_type,"
                          " occurred_at, received_at, raw) VALUES ('m1', '1', 'raid',"
                          " 'channel.raid', 1000, 1000, '{}')");
            }
        }
        Database current(file);
        ASSERT_FALSE(current.open());
        EXPECT_EQ(current.schemaVersion(), Database::currentSchemaVersion);
        EXPECT_EQ(tables(current), QStringList({"accounts", "events", "favourites", "settings"}));
        streamside::SettingsRepository settings(current);
        streamside::FavouriteRepository favourites(current);
        if (version >= 1) {
            EXPECT_EQ(settings.value(streamside::setting::language), "de");
        }
        if (version >= 2) {
            ASSERT_EQ(favourites.list().size(), 1);
            // Columns added by version 3 get their defaults on old rows.
            EXPECT_TRUE(favourites.list().first().notifyLive);
        }
        if (version >= 3) {
            // Version 4 rebuilt the events' index; the events stay.
            streamside::EventRepository events(current);
            EXPECT_TRUE(events.contains("m1"));
            EXPECT_EQ(events.newest("1").size(), 1);
        }
    }
}

TEST_F(DatabaseTest, RefusesADatabaseFromANewerVersion) {
    {
        Database db(path());
        ASSERT_FALSE(db.open());
    }
    rawQuery(path(), "PRAGMA user_version = 99");
    const QByteArray before = fileBytes(path());

    Database db(path());
    const StorageError error = db.open();
    EXPECT_EQ(error.kind, Kind::NewerSchema);
    EXPECT_TRUE(error.message.contains("newer version")) << error.message.toStdString();
    EXPECT_FALSE(db.isOpen());
    EXPECT_TRUE(db.movedAsidePath().isEmpty()) << "a newer database is not damaged";
    EXPECT_EQ(fileBytes(path()), before);
}

TEST_F(DatabaseTest, MovesAFileThatIsNotADatabaseAsideAndStartsFresh) {
    QFile garbage(path());
    ASSERT_TRUE(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(8192, 'x'));
    garbage.close();

    Database db(path());
    ASSERT_FALSE(db.open());
    EXPECT_EQ(db.schemaVersion(), Database::currentSchemaVersion);
    ASSERT_FALSE(db.movedAsidePath().isEmpty());
    EXPECT_TRUE(db.movedAsidePath().startsWith(path() + ".corrupt-"));
    EXPECT_EQ(fileBytes(db.movedAsidePath()), QByteArray(8192, 'x')) << "the old file is kept";
}

TEST_F(DatabaseTest, MovesADatabaseThatFailsItsIntegrityCheckAside) {
    {
        Database db(path());
        ASSERT_FALSE(db.open());
        streamside::EventRepository events(db);
        for (int i = 0; i < 400; ++i) {
            streamside::EventRecord record;
            record.messageId = QStringLiteral("m%1").arg(i);
            record.channelId = "1";
            record.kind = "chat";
            record.subscriptionType = "channel.chat.message";
            record.occurredAt = QDateTime::currentDateTimeUtc();
            record.raw = QByteArray(200, 'r');
            ASSERT_FALSE(events.insert(record));
        }
        // Fold the WAL into the main file so that the damage below hits real pages.
        QSqlQuery(db.connection()).exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    QFile file(path());
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_GT(file.size(), 40000);
    // Overwrite pages in the middle (past the header page) with noise.
    file.seek(8192);
    QByteArray noise(16384, '\0');
    for (int i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 7919) % 251);
    file.write(noise);
    file.close();

    Database db(path());
    ASSERT_FALSE(db.open());
    EXPECT_FALSE(db.movedAsidePath().isEmpty());
    EXPECT_EQ(streamside::EventRepository(db).count("1"), 0);
}

TEST_F(DatabaseTest, FilesAreOwnerOnly) {
    Database db(path());
    ASSERT_FALSE(db.open());
    streamside::SettingsRepository(db).setValue(streamside::setting::language, QString("fr"));
    for (const QString& file : {path(), path() + "-wal", path() + "-shm"}) {
        ASSERT_TRUE(QFileInfo::exists(file)) << file.toStdString();
        EXPECT_EQ(QFile::permissions(file) & groupOrOther, QFileDevice::Permissions())
            << file.toStdString();
    }
}

TEST_F(DatabaseTest, LoosePermissionsAreRepairedWithAWarning) {
    {
        Database db(path());
        ASSERT_FALSE(db.open());
    }
    QFile::setPermissions(path(), QFile::permissions(path()) | QFileDevice::ReadOther |
                                      QFileDevice::ReadGroup);
    Database db(path());
    ASSERT_FALSE(db.open());
    EXPECT_EQ(QFile::permissions(path()) & groupOrOther, QFileDevice::Permissions());
    ASSERT_EQ(db.warnings().size(), 1);
    EXPECT_TRUE(db.warnings().first().contains("readable by other users"));
}

TEST_F(DatabaseTest, ALockedDatabaseIsRetriedThenReported) {
    Database db(path());
    db.setBusyTimeout(200);
    ASSERT_FALSE(db.open());

    // Another program holds the write lock.
    QSqlDatabase other = QSqlDatabase::addDatabase("QSQLITE", "other-program");
    other.setDatabaseName(path());
    ASSERT_TRUE(other.open());
    ASSERT_TRUE(QSqlQuery(other).exec("BEGIN EXCLUSIVE"));

    streamside::SettingsRepository settings(db);
    const StorageError error = settings.setValue(streamside::setting::language, QString("it"));
    EXPECT_EQ(error.kind, Kind::Locked);
    EXPECT_TRUE(error.message.contains("in use by another program")) << error.message.toStdString();

    QSqlQuery(other).exec("ROLLBACK");
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase("other-program");
    EXPECT_FALSE(settings.setValue(streamside::setting::language, QString("it")))
        << "works again once the lock is gone";
    EXPECT_EQ(settings.value(streamside::setting::language), "it");
}

TEST_F(DatabaseTest, AnUnwritableLocationIsReported) {
    // Not even root can create files in /proc.
    Database db("/proc/self/streamside-test/streamside.db");
    const StorageError error = db.open();
    EXPECT_EQ(error.kind, Kind::ReadOnly);
    EXPECT_TRUE(error.message.contains("/proc/self/streamside-test"))
        << error.message.toStdString();
    EXPECT_FALSE(db.isOpen());
}

TEST_F(DatabaseTest, AFullDiskFailsTheWriteAndKeepsWhatWasStored) {
    Database db(path());
    ASSERT_FALSE(db.open());
    streamside::EventRepository events(db);
    auto record = [](int i) {
        streamside::EventRecord r;
        r.messageId = QStringLiteral("m%1").arg(i);
        r.channelId = "1";
        r.kind = "chat";
        r.subscriptionType = "channel.chat.message";
        r.occurredAt = QDateTime::fromMSecsSinceEpoch(1000000 + i, Qt::UTC);
        r.raw = QByteArray(3000, 'r');
        return r;
    };
    ASSERT_FALSE(events.insert(record(0)));
    // SQLite reports SQLITE_FULL when the file may not grow: the same error
    // as a full disk, without filling one.
    QSqlQuery query(db.connection());
    ASSERT_TRUE(query.exec("PRAGMA page_count") && query.next());
    ASSERT_TRUE(
        QSqlQuery(db.connection())
            .exec(QStringLiteral("PRAGMA max_page_count = %1").arg(query.value(0).toInt() + 2)));
    StorageError error;
    int stored = 1;
    for (int i = 1; i < 100 && !error; ++i) {
        error = events.insert(record(i));
        if (!error)
            ++stored;
    }
    EXPECT_EQ(error.kind, Kind::DiskFull);
    EXPECT_TRUE(error.message.contains("disk is full")) << error.message.toStdString();
    EXPECT_EQ(events.count("1"), stored) << "everything committed before the failure is kept";
    EXPECT_TRUE(events.contains("m0"));
}
