#pragma once

#include <QList>
#include <QStringList>

namespace streamside {

// One step of the schema: applied inside a transaction together with
// PRAGMA user_version = version. Steps are never edited once released: a
// change is a new step, so every older database can be brought up to date.
struct Migration {
    int version;
    QStringList statements;
};

const QList<Migration>& schemaMigrations();

} // namespace streamside
