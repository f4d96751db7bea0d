#include "core/favourites/FavouritesModel.h"

#include "core/storage/FavouriteRepository.h"

#include <QMimeData>

#include <algorithm>

namespace streamside {

namespace {
constexpr char mimeType[] = "application/x-streamside-favourite";
} // namespace

FavouritesModel::FavouritesModel(FavouriteRepository& repository, QObject* parent)
    : QAbstractListModel(parent)
    , m_repository(repository) {
    reload();
}

void FavouritesModel::reload() {
    beginResetModel();
    m_favourites = m_repository.list();
    m_rows = sortedRows();
    endResetModel();
}

// Live first, then the user's order: a stable sort keeps that order within each group.
QList<int> FavouritesModel::sortedRows() const {
    QList<int> rows;
    for (int i = 0; i < m_favourites.size(); ++i)
        rows << i;
    std::stable_sort(rows.begin(), rows.end(), [this](int a, int b) {
        return m_live.value(m_favourites[a].channelId).live &&
               !m_live.value(m_favourites[b].channelId).live;
    });
    return rows;
}

void FavouritesModel::resort() {
    const QList<int> rows = sortedRows();
    if (rows == m_rows)
        return;
    emit layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    QStringList ids;
    for (const QModelIndex& index : before)
        ids << channelIdAt(index.row());
    m_rows = rows;
    QModelIndexList after;
    for (const QString& id : ids)
        after << index(rowOf(id));
    changePersistentIndexList(before, after);
    emit layoutChanged();
}

StorageError FavouritesModel::add(const Favourite& favourite) {
    const StorageError error = m_repository.add(favourite);
    if (error)
        return error;
    reload();
    return {};
}

StorageError FavouritesModel::remove(const QString& channelId) {
    const StorageError error = m_repository.remove(channelId);
    if (error)
        return error;
    reload();
    return {};
}

StorageError FavouritesModel::moveToRow(const QString& channelId, int row) {
    // Place it before the favourite that is shown at `row` now (or last).
    const QString before = row >= 0 && row < m_rows.size() ? channelIdAt(row) : QString();
    QStringList order = channelIds();
    order.removeAll(channelId);
    const qsizetype target = before.isEmpty() ? order.size() : order.indexOf(before);
    const StorageError error =
        m_repository.move(channelId, int(target < 0 ? order.size() : target));
    if (error) {
        emit storageFailed(error.message);
        return error;
    }
    reload();
    return {};
}

StorageError FavouritesModel::setNotificationRules(const QString& channelId, bool notifyLive,
                                                   const QStringList& kinds) {
    const StorageError error = m_repository.setNotificationRules(channelId, notifyLive, kinds);
    if (error)
        return error;
    const auto it = std::find_if(m_favourites.begin(), m_favourites.end(),
                                 [&](const Favourite& f) { return f.channelId == channelId; });
    if (it == m_favourites.end()) { // stored by someone else: read them all again
        reload();
        emit notificationRulesChanged(channelId);
        return {};
    }
    // In place rather than reload(): a reset would lose the sidebar's
    // selection and make the live tracker plan its subscriptions again.
    it->notifyLive = notifyLive;
    it->notifyKinds = kinds;
    const int row = rowOf(channelId);
    emit dataChanged(index(row), index(row), {NotifyLiveRole, NotifyKindsRole});
    emit notificationRulesChanged(channelId);
    return {};
}

std::optional<Favourite> FavouritesModel::favourite(const QString& channelId) const {
    for (const Favourite& f : m_favourites)
        if (f.channelId == channelId)
            return f;
    return std::nullopt;
}

void FavouritesModel::setLiveInfo(const QString& channelId, const ChannelLiveInfo& info) {
    if (m_live.value(channelId) == info)
        return;
    m_live.insert(channelId, info);
    const int row = rowOf(channelId);
    if (row >= 0)
        emit dataChanged(index(row), index(row));
    resort();
}

void FavouritesModel::setAvatarUrl(const QString& channelId, const QUrl& url) {
    m_avatars.insert(channelId, url);
    const int row = rowOf(channelId);
    if (row >= 0)
        emit dataChanged(index(row), index(row), {AvatarUrlRole});
}

int FavouritesModel::rowOf(const QString& channelId) const {
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_favourites[m_rows[row]].channelId == channelId)
            return row;
    return -1;
}

QString FavouritesModel::channelIdAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_favourites[m_rows[row]].channelId : QString();
}

QStringList FavouritesModel::channelIds() const {
    QStringList ids;
    for (const Favourite& f : m_favourites)
        ids << f.channelId;
    return ids;
}

int FavouritesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant FavouritesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Favourite& f = m_favourites[m_rows[index.row()]];
    const ChannelLiveInfo live = m_live.value(f.channelId);
    switch (role) {
    case Qt::DisplayRole:
    case DisplayNameRole:
        return f.displayName.isEmpty() ? f.login : f.displayName;
    case Qt::ToolTipRole:
        return live.live ? QStringLiteral("%1 — %2").arg(live.title, live.gameName) : f.login;
    case ChannelIdRole:
        return f.channelId;
    case LoginRole:
        return f.login;
    case LiveRole:
        return live.live;
    case ViewerCountRole:
        return live.viewerCount;
    case TitleRole:
        return live.title;
    case GameRole:
        return live.gameName;
    case AvatarUrlRole:
        return m_avatars.value(f.channelId);
    case NotifyLiveRole:
        return f.notifyLive;
    case NotifyKindsRole:
        return f.notifyKinds;
    default:
        return {};
    }
}

QHash<int, QByteArray> FavouritesModel::roleNames() const {
    return {{ChannelIdRole, "channelId"},
            {LoginRole, "login"},
            {DisplayNameRole, "displayName"},
            {LiveRole, "live"},
            {ViewerCountRole, "viewerCount"},
            {TitleRole, "title"},
            {GameRole, "game"},
            {AvatarUrlRole, "avatarUrl"},
            {NotifyLiveRole, "notifyLive"},
            {NotifyKindsRole, "notifyKinds"}};
}

Qt::ItemFlags FavouritesModel::flags(const QModelIndex& index) const {
    const Qt::ItemFlags base = QAbstractListModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base | Qt::ItemIsDropEnabled;
}

Qt::DropActions FavouritesModel::supportedDropActions() const {
    return Qt::MoveAction;
}

QStringList FavouritesModel::mimeTypes() const {
    return {QLatin1String(mimeType)};
}

QMimeData* FavouritesModel::mimeData(const QModelIndexList& indexes) const {
    if (indexes.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(QLatin1String(mimeType), channelIdAt(indexes.first().row()).toUtf8());
    return data;
}

bool FavouritesModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int,
                                   const QModelIndex& parent) {
    if (action != Qt::MoveAction || !data->hasFormat(QLatin1String(mimeType)))
        return false;
    const QString channelId = QString::fromUtf8(data->data(QLatin1String(mimeType)));
    const int target = row >= 0 ? row : parent.isValid() ? parent.row() : rowCount();
    moveToRow(channelId, target);
    // The move is done here; returning false keeps the view from removing the source row.
    return false;
}

} // namespace streamside
