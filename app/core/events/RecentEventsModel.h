#pragma once

#include "core/events/ChannelEvent.h"

#include <QAbstractListModel>
#include <QList>

namespace streamside {

class EventHistory;
class EventRepository;
struct EventRecord;

// The newest events of the channel on screen, newest first, at most ten: what
// the events panel shows. Filled from the history when a channel opens, then
// pushed one event at a time as they arrive.
class RecentEventsModel : public QAbstractListModel {
    Q_OBJECT
public:
    static constexpr int capacity = 10;

    enum Role {
        SummaryRole = Qt::UserRole + 1, // QString: the one-line summary
        KindRole,                       // QString: eventKindName()
        ActorRole,                      // QString: display name
        AmountRole,                     // qint64, or invalid when none
        OccurredAtRole,                 // QDateTime (UTC)
        MessageIdRole,                  // QString
        TextRole,                       // QString: the viewer's message, title ...
        EventRole,                      // streamside::ChannelEvent
    };

    explicit RecentEventsModel(QObject* parent = nullptr);

    QString channelId() const { return m_channelId; }
    // Shows another channel: its newest events from the history (one indexed query).
    void showChannel(const QString& channelId, const EventRepository& history);
    // The same, with the events stored and not committed yet (the live feed's way).
    void showChannel(const QString& channelId, const EventHistory& history);
    // Shows another channel, starting empty (no history kept).
    void showChannel(const QString& channelId);
    void clear();

    // Adds an event of the channel on screen at its place by time (usually the
    // top); events of other channels and the ones the list does not show are
    // ignored. Returns whether a row was added.
    bool addEvent(const ChannelEvent& event);

    const ChannelEvent& event(int row) const { return m_events.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    // A language switch (the application hears of it): the summaries are
    // worded anew, so every row says it changed.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void show(const QString& channelId, const QList<EventRecord>& newest);

    QString m_channelId;
    QList<ChannelEvent> m_events; // newest first
};

} // namespace streamside
