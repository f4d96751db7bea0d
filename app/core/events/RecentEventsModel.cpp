#include "core/events/RecentEventsModel.h"

#include "core/events/EventRecords.h"
#include "core/events/EventSummary.h"
#include "core/storage/EventHistory.h"
#include "core/storage/EventRepository.h"

#include <QCoreApplication>
#include <QEvent>

namespace streamside {

RecentEventsModel::RecentEventsModel(QObject* parent)
    : QAbstractListModel(parent) {
    if (QCoreApplication* app = QCoreApplication::instance())
        app->installEventFilter(this);
}

bool RecentEventsModel::eventFilter(QObject* watched, QEvent* event) {
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange &&
        !m_events.isEmpty())
        emit dataChanged(index(0), index(int(m_events.size()) - 1), {Qt::DisplayRole, SummaryRole});
    return QAbstractListModel::eventFilter(watched, event);
}

void RecentEventsModel::showChannel(const QString& channelId, const EventRepository& history) {
    show(channelId, history.newest(channelId, capacity));
}

void RecentEventsModel::showChannel(const QString& channelId, const EventHistory& history) {
    show(channelId, history.newest(channelId, capacity));
}

void RecentEventsModel::show(const QString& channelId, const QList<EventRecord>& newest) {
    beginResetModel();
    m_channelId = channelId;
    m_events.clear();
    // The pipeline stores only the kinds the list shows; the filter guards
    // histories written by other versions.
    for (const EventRecord& record : newest) {
        ChannelEvent event = fromEventRecord(record);
        if (isNotable(event.kind))
            m_events.append(std::move(event));
    }
    endResetModel();
}

void RecentEventsModel::showChannel(const QString& channelId) {
    beginResetModel();
    m_channelId = channelId;
    m_events.clear();
    endResetModel();
}

void RecentEventsModel::clear() {
    beginResetModel();
    m_channelId.clear();
    m_events.clear();
    endResetModel();
}

bool RecentEventsModel::addEvent(const ChannelEvent& event) {
    if (event.broadcasterId != m_channelId || m_channelId.isEmpty() || !isNotable(event.kind))
        return false;
    // Newest first; an event that arrives late goes below newer ones. Equal
    // times: the one that arrived last is on top.
    int row = 0;
    while (row < m_events.size() && m_events[row].occurredAt > event.occurredAt)
        ++row;
    if (row >= capacity)
        return false;
    if (m_events.size() == capacity) {
        beginRemoveRows({}, capacity - 1, capacity - 1);
        m_events.removeLast();
        endRemoveRows();
    }
    beginInsertRows({}, row, row);
    m_events.insert(row, event);
    endInsertRows();
    return true;
}

int RecentEventsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_events.size());
}

QVariant RecentEventsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const ChannelEvent& e = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SummaryRole:
        return EventSummary::text(e);
    case Qt::ToolTipRole: {
        // The whole line, for rows too narrow to show it.
        const QString summary = EventSummary::text(e);
        return e.text.isEmpty() || summary.contains(e.text) ? summary
                                                            : summary + QLatin1Char('\n') + e.text;
    }
    case KindRole:
        return eventKindName(e.kind);
    case ActorRole:
        return e.actorName;
    case AmountRole:
        return e.amount ? QVariant(*e.amount) : QVariant();
    case OccurredAtRole:
        return e.occurredAt;
    case MessageIdRole:
        return e.messageId;
    case TextRole:
        return e.text;
    case EventRole:
        return QVariant::fromValue(e);
    default:
        return {};
    }
}

QHash<int, QByteArray> RecentEventsModel::roleNames() const {
    return {{SummaryRole, "summary"},
            {KindRole, "kind"},
            {ActorRole, "actor"},
            {AmountRole, "amount"},
            {OccurredAtRole, "occurredAt"},
            {MessageIdRole, "messageId"},
            {TextRole, "text"}};
}

} // namespace streamside
