#pragma once

#include <QString>

class QSqlError;

namespace streamside {

// What went wrong in the local database, in words a user can act on.
struct StorageError {
    enum class Kind {
        None,
        Corrupt,     // the file is damaged or not a database
        Locked,      // another program holds the database
        ReadOnly,    // the location cannot be written
        DiskFull,    // no space left
        NewerSchema, // written by a newer Streamside
        Failed,      // anything else
    };
    Kind kind = Kind::None;
    QString message;

    explicit operator bool() const { return kind != Kind::None; }

    // Classifies a Qt Sql error by SQLite's primary result code.
    static StorageError fromSql(const QSqlError& error, const QString& action);
};

} // namespace streamside
