#include "core/storage/FavouriteRepository.h"

#include "core/app/Logging.h"
#include "core/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace streamside {

namespace {
// Never null: an empty list is stored as '' in the NOT NULL column.
QString joinedKinds(const QStringList& kinds) {
    return kinds.isEmpty() ? QStringLiteral("") : kinds.join(QLatin1Char(','));
}
} // namespace

FavouriteRepository::FavouriteRepository(Database& database)
    : m_database(database) {}

QList<Favourite> FavouriteRepository::list() const {
    QSqlQuery query(m_database.connection());
    QList<Favourite> favourites;
    if (!query.exec(QStringLiteral("SELECT channel_id, login, display_name, position, notify_live,"
                                   " notify_kinds, added_at FROM favourites ORDER BY position"))) {
        qCWarning(lcStorage).noquote()
            << StorageError::fromSql(query.lastError(),
                                     StorageError::tr("The favourites could not be read."))
                   .message;
        return favourites;
    }
    while (query.next()) {
        Favourite f;
        f.channelId = query.value(0).toString();
        f.login = query.value(1).toString();
        f.displayName = query.value(2).toString();
        f.position = query.value(3).toInt();
        f.notifyLive = query.value(4).toInt() != 0;
        f.notifyKinds = query.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        f.addedAt = QDateTime::fromMSecsSinceEpoch(query.value(6).toLongLong(), Qt::UTC);
        favourites.append(f);
    }
    return favourites;
}

StorageError FavouriteRepository::add(const Favourite& favourite) {
    const QString action = StorageError::tr("The favourite could not be added.");
    return m_database.transaction(action, [&] {
        QSqlQuery query(m_database.connection());
        query.prepare(
            QStringLiteral("INSERT INTO favourites (channel_id, login, display_name, position,"
                           " notify_live, notify_kinds, added_at) VALUES (?, ?, ?,"
                           " (SELECT COALESCE(MAX(position) + 1, 0) FROM favourites), ?, ?, ?)"
                           // Only an existing favourite is skipped; OR IGNORE would also
                           // silently drop a row that breaks a NOT NULL constraint.
                           " ON CONFLICT (channel_id) DO NOTHING"));
        query.addBindValue(favourite.channelId);
        query.addBindValue(favourite.login);
        query.addBindValue(favourite.displayName);
        query.addBindValue(favourite.notifyLive ? 1 : 0);
        query.addBindValue(joinedKinds(favourite.notifyKinds));
        query.addBindValue(favourite.addedAt.isValid() ? favourite.addedAt.toMSecsSinceEpoch()
                                                       : QDateTime::currentMSecsSinceEpoch());
        if (!query.exec())
            return StorageError::fromSql(query.lastError(), action);
        return StorageError{};
    });
}

StorageError FavouriteRepository::remove(const QString& channelId) {
    const QString action = StorageError::tr("The favourite could not be removed.");
    return m_database.transaction(action, [&] {
        QStringList order;
        for (const Favourite& f : list())
            if (f.channelId != channelId)
                order << f.channelId;
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("DELETE FROM favourites WHERE channel_id = ?"));
        query.addBindValue(channelId);
        if (!query.exec())
            return StorageError::fromSql(query.lastError(), action);
        return writeOrder(order, action);
    });
}

StorageError FavouriteRepository::move(const QString& channelId, int newPosition) {
    const QString action = StorageError::tr("The favourites could not be reordered.");
    return m_database.transaction(action, [&] {
        QStringList order;
        for (const Favourite& f : list())
            order << f.channelId;
        const qsizetype from = order.indexOf(channelId);
        if (from < 0)
            return StorageError{StorageError::Kind::Failed,
                                StorageError::sentences(
                                    action, StorageError::tr("The channel is not a favourite."))};
        order.move(from, std::clamp<qsizetype>(newPosition, 0, order.size() - 1));
        return writeOrder(order, action);
    });
}

StorageError FavouriteRepository::writeOrder(const QStringList& channelIds, const QString& action) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE favourites SET position = ? WHERE channel_id = ?"));
    for (int i = 0; i < channelIds.size(); ++i) {
        query.addBindValue(i);
        query.addBindValue(channelIds[i]);
        if (!query.exec())
            return StorageError::fromSql(query.lastError(), action);
    }
    return {};
}

StorageError FavouriteRepository::setNotificationRules(const QString& channelId, bool notifyLive,
                                                       const QStringList& kinds) {
    const QString action = StorageError::tr("The notification rules could not be saved.");
    return m_database.transaction(action, [&] {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral(
            "UPDATE favourites SET notify_live = ?, notify_kinds = ? WHERE channel_id = ?"));
        query.addBindValue(notifyLive ? 1 : 0);
        query.addBindValue(joinedKinds(kinds));
        query.addBindValue(channelId);
        if (!query.exec())
            return StorageError::fromSql(query.lastError(), action);
        if (query.numRowsAffected() == 0)
            return StorageError{StorageError::Kind::Failed,
                                StorageError::sentences(
                                    action, StorageError::tr("The channel is not a favourite."))};
        return StorageError{};
    });
}

} // namespace streamside
