#pragma once

#include "core/storage/Favourite.h"
#include "core/storage/StorageError.h"

#include <QList>

namespace streamside {

class Database;

// The user's favourite channels, in the user's order.
class FavouriteRepository {
public:
    explicit FavouriteRepository(Database& database);

    QList<Favourite> list() const;
    // Appends at the end; adding a channel that is already a favourite
    // changes nothing and is not an error.
    StorageError add(const Favourite& favourite);
    StorageError remove(const QString& channelId);
    // Moves a favourite to a position in the list (clamped), shifting the others.
    StorageError move(const QString& channelId, int newPosition);
    StorageError setNotificationRules(const QString& channelId, bool notifyLive,
                                      const QStringList& kinds);

private:
    StorageError writeOrder(const QStringList& channelIds, const QString& action);

    Database& m_database;
};

} // namespace streamside
