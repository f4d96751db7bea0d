#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlError;

namespace streamside {

// What went wrong in the local database, in words a user can act on: what
// could not be done and why, each a whole translated sentence.
struct StorageError {
    Q_DECLARE_TR_FUNCTIONS(StorageError)

public:
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

    // Classifies a Qt Sql error by SQLite's primary result code. failure is
    // a sentence saying what could not be done ("The account could not be
    // saved."); the reason follows it.
    static StorageError fromSql(const QSqlError& error, const QString& failure);
    // The failure sentence followed by the reason sentence.
    static QString sentences(const QString& failure, const QString& reason);
};

} // namespace streamside
