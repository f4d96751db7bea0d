#pragma once

#include "core/favourites/ChannelLiveInfo.h"
#include "core/storage/Favourite.h"
#include "core/storage/StorageError.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QUrl>

#include <optional>

namespace streamside {

class FavouriteRepository;

// The favourites as the sidebar lists them: live channels first, then the
// others, each group in the user's own order. Reordering by drag and drop
// changes the user's order (stored at once).
class FavouritesModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        ChannelIdRole = Qt::UserRole + 1,
        LoginRole,
        DisplayNameRole,
        LiveRole,
        ViewerCountRole,
        TitleRole,
        GameRole,
        AvatarUrlRole,
        NotifyLiveRole,  // bool: a toast when it goes live
        NotifyKindsRole, // QStringList: the event kinds that toast (eventKindName)
    };

    explicit FavouritesModel(FavouriteRepository& repository, QObject* parent = nullptr);

    // Reads the favourites again from the repository.
    void reload();
    StorageError add(const Favourite& favourite);
    StorageError remove(const QString& channelId);
    // Moves a favourite to a row of the list; returns the error if storing failed.
    StorageError moveToRow(const QString& channelId, int row);
    // Stores what the favourite notifies about, then says so with dataChanged
    // and notificationRulesChanged; returns the error if storing failed (the
    // model keeps the old rules then).
    StorageError setNotificationRules(const QString& channelId, bool notifyLive,
                                      const QStringList& kinds);
    // The favourite with this channel id; nullopt when it is none.
    std::optional<Favourite> favourite(const QString& channelId) const;

    void setLiveInfo(const QString& channelId, const ChannelLiveInfo& info);
    void setAvatarUrl(const QString& channelId, const QUrl& url);
    ChannelLiveInfo liveInfo(const QString& channelId) const { return m_live.value(channelId); }

    int rowOf(const QString& channelId) const;
    QString channelIdAt(int row) const;
    QStringList channelIds() const; // in the user's order

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

signals:
    void storageFailed(const QString& message);
    // A favourite's notification rules were stored: whoever decides about
    // toasts reads the favourites again.
    void notificationRulesChanged(const QString& channelId);

private:
    QList<int> sortedRows() const;
    void resort();

    FavouriteRepository& m_repository;
    QList<Favourite> m_favourites; // the user's order
    QList<int> m_rows;             // display row -> index in m_favourites
    QHash<QString, ChannelLiveInfo> m_live;
    QHash<QString, QUrl> m_avatars;
};

} // namespace streamside
