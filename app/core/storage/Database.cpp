#include "core/storage/Database.h"

#include "core/app/Logging.h"
#include "core/storage/Migrations.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace streamside {

namespace {

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QStringList companionFiles(const QString& path) {
    return {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")};
}

QString nextConnectionName() {
    static QAtomicInt counter;
    return QStringLiteral("streamside-db-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Runs one statement; returns the error classified for the user.
StorageError exec(QSqlDatabase& db, const QString& statement, const QString& action,
                  QSqlQuery* result = nullptr) {
    QSqlQuery query(db);
    if (!query.exec(statement))
        return StorageError::fromSql(query.lastError(), action);
    if (result)
        *result = std::move(query);
    return {};
}

} // namespace

Database::Database(QString path)
    : m_path(std::move(path))
    , m_connectionName(nextConnectionName()) {}

Database::~Database() {
    close();
}

QSqlDatabase Database::connection() const {
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isOpen() const {
    return connection().isOpen();
}

StorageError Database::open(int targetVersion) {
    if (isOpen())
        return {};
    m_movedAsidePath.clear();
    m_warnings.clear();

    StorageError error = openFile();
    if (!error)
        error = checkIntegrity();
    if (error.kind == StorageError::Kind::Corrupt) {
        qCWarning(lcStorage).noquote() << error.message;
        close();
        if (const StorageError moved = moveAside())
            return moved;
        error = openFile();
    }
    if (!error)
        error = migrate(targetVersion);
    if (error) {
        close();
        return error;
    }
    // SQLite creates the WAL and shared-memory files on first use; check them too.
    enforceOwnerOnlyPermissions();
    return {};
}

StorageError Database::openConnection() {
    if (isOpen())
        return {};
    m_movedAsidePath.clear();
    m_warnings.clear();
    if (!QFileInfo::exists(m_path))
        return {StorageError::Kind::Failed, StorageError::tr("The database could not be opened.")};
    StorageError error = openFile();
    if (!error && schemaVersion() != currentSchemaVersion)
        error = {StorageError::Kind::Failed,
                 StorageError::sentences(StorageError::tr("The database could not be opened."),
                                         StorageError::tr("Cannot read the database's version."))};
    if (error)
        close();
    return error;
}

StorageError Database::openFile() {
    const QFileInfo info(m_path);
    if (!info.exists()) {
        if (!QDir().mkpath(info.absolutePath()))
            return {StorageError::Kind::ReadOnly,
                    StorageError::tr("Cannot create the folder %1 for the database.")
                        .arg(QDir::toNativeSeparators(info.absolutePath()))};
        // Created here, owner-only, before SQLite sees it: SQLite gives its
        // WAL and shared-memory files the permissions of the database file.
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
            !file.setPermissions(ownerOnly))
            return {StorageError::Kind::ReadOnly,
                    StorageError::tr("Cannot create the database %1: %2.")
                        .arg(QDir::toNativeSeparators(m_path), file.errorString())};
    }
    enforceOwnerOnlyPermissions();

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_path);
        if (!db.open())
            return StorageError::fromSql(db.lastError(),
                                         StorageError::tr("The database could not be opened."));
    }
    QSqlDatabase db = connection();
    const QString action = StorageError::tr("The database could not be opened.");
    // The first statement that reads the file: a file that is not a database fails here.
    for (const QString& pragma :
         {QStringLiteral("PRAGMA busy_timeout = %1").arg(m_busyTimeoutMs),
          QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA journal_mode = WAL"),
          // In WAL mode NORMAL never loses a committed transaction when the
          // process crashes; only an operating-system crash can cost the last few.
          QStringLiteral("PRAGMA synchronous = NORMAL")}) {
        if (StorageError error = exec(db, pragma, action))
            return error;
    }
    return {};
}

StorageError Database::checkIntegrity() {
    QSqlDatabase db = connection();
    QSqlQuery result;
    if (StorageError error = exec(db, QStringLiteral("PRAGMA quick_check"),
                                  StorageError::tr("The database could not be checked."), &result))
        return error;
    const QString verdict = result.next() ? result.value(0).toString() : QString();
    if (verdict != QLatin1String("ok"))
        return {StorageError::Kind::Corrupt,
                StorageError::tr("The database failed its integrity check (%1).").arg(verdict)};
    return {};
}

int Database::schemaVersion() const {
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

StorageError Database::migrate(int targetVersion) {
    const int version = schemaVersion();
    if (version < 0)
        return {StorageError::Kind::Failed,
                StorageError::tr("Cannot read the database's version.")};
    if (version > currentSchemaVersion)
        return {StorageError::Kind::NewerSchema,
                StorageError::tr("The database %1 was written by a newer version of Streamside "
                                 "(schema %2; this version knows up to %3). Update Streamside.")
                    .arg(QDir::toNativeSeparators(m_path))
                    .arg(version)
                    .arg(currentSchemaVersion)};
    for (const Migration& migration : schemaMigrations()) {
        if (migration.version <= version || migration.version > targetVersion)
            continue;
        const StorageError error = transaction(
            StorageError::tr("The database could not be updated to version %1.")
                .arg(migration.version),
            [&] {
                QSqlDatabase db = connection();
                for (const QString& statement : migration.statements)
                    if (StorageError e = exec(
                            db, statement, StorageError::tr("The database could not be updated.")))
                        return e;
                return exec(db, QStringLiteral("PRAGMA user_version = %1").arg(migration.version),
                            StorageError::tr("The database could not be updated."));
            });
        if (error)
            return error;
        qCInfo(lcStorage) << "Database migrated to schema version" << migration.version;
    }
    return {};
}

StorageError Database::transaction(const QString& action,
                                   const std::function<StorageError()>& work) {
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return {StorageError::Kind::Failed,
                StorageError::sentences(action, StorageError::tr("The database is not open."))};
    // IMMEDIATE takes the write lock up front, so a busy database is noticed
    // (and retried for busy_timeout) before any work is done.
    if (StorageError error = exec(db, QStringLiteral("BEGIN IMMEDIATE"), action))
        return error;
    StorageError error = work();
    if (!error)
        error = exec(db, QStringLiteral("COMMIT"), action);
    if (error) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        qCWarning(lcStorage).noquote() << error.message;
    }
    return error;
}

StorageError Database::moveAside() {
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString aside = QStringLiteral("%1.corrupt-%2").arg(m_path, stamp);
    const QStringList from = companionFiles(m_path);
    const QStringList to = companionFiles(aside);
    for (int i = 0; i < from.size(); ++i) {
        if (!QFile::exists(from[i]))
            continue;
        QFile::remove(to[i]);
        if (!QFile::rename(from[i], to[i]))
            return {StorageError::Kind::ReadOnly,
                    StorageError::tr("The database %1 is damaged and cannot be moved aside.")
                        .arg(QDir::toNativeSeparators(m_path))};
    }
    m_movedAsidePath = aside;
    qCWarning(lcStorage).noquote()
        << "Moved the damaged database aside to" << aside << "and started a new one";
    return {};
}

void Database::enforceOwnerOnlyPermissions() {
    for (const QString& file : companionFiles(m_path)) {
        if (!QFile::exists(file))
            continue;
        const QFileDevice::Permissions current = QFile::permissions(file);
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther;
        if (current & others) {
            QFile::setPermissions(file, ownerOnly);
            const QString warning =
                StorageError::tr("%1 was readable by other users; it is now private to you.")
                    .arg(QDir::toNativeSeparators(file));
            m_warnings << warning;
            qCWarning(lcStorage).noquote() << warning;
        }
    }
}

void Database::close() {
    removeConnection();
}

void Database::removeConnection() {
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = connection();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

} // namespace streamside
