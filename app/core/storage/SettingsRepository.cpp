#include "core/storage/SettingsRepository.h"

#include "core/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace streamside {

SettingsRepository::SettingsRepository(Database& database)
    : m_database(database) {}

QVariant SettingsRepository::read(const QString& name) const {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(name);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

StorageError SettingsRepository::write(const QString& name, const QString& value) {
    const QString action = StorageError::tr("The setting %1 could not be saved.").arg(name);
    return m_database.transaction(action, [&] {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"));
        query.addBindValue(name);
        query.addBindValue(value);
        if (!query.exec())
            return StorageError::fromSql(query.lastError(), action);
        return StorageError{};
    });
}

StorageError SettingsRepository::reset(const QString& name) {
    const QString action = StorageError::tr("The setting %1 could not be reset.").arg(name);
    return m_database.transaction(action, [&] {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
        query.addBindValue(name);
        if (!query.exec())
            return StorageError::fromSql(query.lastError(), action);
        return StorageError{};
    });
}

} // namespace streamside
