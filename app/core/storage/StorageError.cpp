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

QString StorageError::sentences(const QString& failure, const QString& reason) {
    //: %1 says what could not be done, %2 why (two sentences; languages that
    //: write no space between sentences leave it out)
    return tr("%1 %2").arg(failure, reason);
}

StorageError StorageError::fromSql(const QSqlError& error, const QString& failure) {
    // Extended result codes carry the primary code in their low byte.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    switch (code) {
    case sqliteBusy:
    case sqliteLocked:
        return {
            Kind::Locked,
            sentences(failure, tr("The database is in use by another program (%1).").arg(detail))};
    case sqliteFull:
        return {Kind::DiskFull,
                sentences(failure, tr("The disk is full. Free some space; everything saved before "
                                      "is kept."))};
    case sqliteReadOnly:
    case sqliteCantOpen:
        return {Kind::ReadOnly,
                sentences(failure, tr("The database cannot be written (%1).").arg(detail))};
    case sqliteCorrupt:
    case sqliteNotADatabase:
        return {Kind::Corrupt, sentences(failure, tr("The database is damaged (%1).").arg(detail))};
    default:
        //: %1 is the database's own description of the problem
        return {Kind::Failed, sentences(failure, tr("The database said: %1.").arg(detail))};
    }
}

} // namespace streamside
