#pragma once

#include "core/storage/StorageError.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace streamside {

// The one SQLite database that holds everything Streamside remembers. Opens
// (or creates) the file owner-only, turns on WAL and foreign keys, applies the
// schema migrations, and recovers from a damaged file by moving it aside.
// All access goes through the repositories; no SQL outside core/storage.
class Database {
public:
    static constexpr int currentSchemaVersion = 4;
    static constexpr int defaultBusyTimeoutMs = 2000; // a lock is retried this long, then reported

    explicit Database(QString path);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens the database and migrates it to targetVersion (tests pick an
    // earlier one to build old databases). Safe to call again after close().
    StorageError open(int targetVersion = currentSchemaVersion);
    // Opens one more connection to a database that open() on another Database
    // object has checked and migrated already (the event history's writer
    // thread has its own): the same settings, but no integrity check, no
    // migration, and never moved aside, which only the first may decide.
    StorageError openConnection();
    void close();
    bool isOpen() const;

    // Takes effect at the next open().
    void setBusyTimeout(int milliseconds) { m_busyTimeoutMs = milliseconds; }
    int busyTimeout() const { return m_busyTimeoutMs; }

    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    int schemaVersion() const;

    // Where a damaged database was moved when this open() replaced it with a
    // fresh one; empty otherwise. The UI tells the user.
    QString movedAsidePath() const { return m_movedAsidePath; }
    // Things open() repaired and the user may want to know (e.g. permissions).
    QStringList warnings() const { return m_warnings; }

    // Runs work inside one transaction: commits when it returns no error,
    // rolls back otherwise. Nothing half-written survives a failure or crash.
    StorageError transaction(const QString& action, const std::function<StorageError()>& work);

private:
    StorageError openFile();
    StorageError checkIntegrity();
    StorageError migrate(int targetVersion);
    StorageError moveAside();
    void enforceOwnerOnlyPermissions();
    void removeConnection();

    QString m_path;
    QString m_connectionName;
    QString m_movedAsidePath;
    QStringList m_warnings;
    int m_busyTimeoutMs = defaultBusyTimeoutMs;
};

} // namespace streamside
