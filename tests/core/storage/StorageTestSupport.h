#pragma once

#include "core/storage/Database.h"

#include <QFile>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

// Runs one statement through a separate raw connection (as another program
// would) and returns the first column of the first row.
inline QVariant rawQuery(const QString& path, const QString& statement) {
    const QString name = QStringLiteral("raw-%1").arg(qHash(statement));
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(statement) && query.next())
                result = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

inline QByteArray fileBytes(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
