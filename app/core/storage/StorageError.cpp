#include "core/storage/StorageError.h"

#include <QSqlError>

namespace streamside {

namespace {
// SQLite's primary result codes (https://www.sqlite.org/rescode.html).
constexpr int sqliteReadOnly = 8;
constexpr int sqliteBusy = 5;
constexpr int sqliteLocked = 6;
constexpr int sqliteCorrupt = 11;
constexpr int sqliteFull = 13;
constexpr int sqliteCantOpen = 14;
constexpr int sqliteNotADatabase = 26;
} // namespace

StorageError StorageError::fromSql(const QSqlError& error, const QString& action) {
    // Extended result codes carry the primary code in their low byte.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    switch (code) {
    case sqliteBusy:
    case sqliteLocked:
        return {Kind::Locked,
                QStringLiteral("Could not %1: the database is in use by another program (%2).")
                    .arg(action, detail)};
    case sqliteFull:
        return {Kind::DiskFull,
                QStringLiteral("Could not %1: the disk is full. Free some space; everything saved "
                               "before is kept.")
                    .arg(action)};
    case sqliteReadOnly:
    case sqliteCantOpen:
        return {Kind::ReadOnly, QStringLiteral("Could not %1: the database cannot be written (%2).")
                                    .arg(action, detail)};
    case sqliteCorrupt:
    case sqliteNotADatabase:
        return {Kind::Corrupt,
                QStringLiteral("Could not %1: the database is damaged (%2).").arg(action, detail)};
    default:
        return {Kind::Failed, QStringLiteral("Could not %1: %2.").arg(action, detail)};
    }
}

} // namespace streamside
