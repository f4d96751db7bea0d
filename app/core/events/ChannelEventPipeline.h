#pragma once

#include "core/events/ChannelEvent.h"
#include "core/events/RecentIdSet.h"

#include <QObject>

namespace streamside {

class EventHistory;
class RecentEventsModel;
struct EventSubMessage;

// Frame → de-duplicate (message id, then the happening itself for shared-chat
// copies) → decode → the events model, and eventArrived() for notifications;
// the history is written behind the row, on its own thread (EventHistory), so
// that a row never waits for SQLite. Every frame it drops is logged with the
// reason.
class ChannelEventPipeline : public QObject {
    Q_OBJECT
public:
    static constexpr int dedupWindow = 4096;

    // history and model may be null (a tool that only decodes).
    ChannelEventPipeline(EventHistory* history, RecentEventsModel* model,
                         QObject* parent = nullptr);

    struct Counters {
        qint64 received = 0;
        qint64 duplicates = 0;
        qint64 undecodable = 0;
        qint64 delivered = 0;
        qint64 storageFailures = 0;
    };
    Counters counters() const { return m_counters; }

public slots:
    void processNotification(const streamside::EventSubMessage& message);

signals:
    // Once per happening, once it is shown; its storing is queued (and a
    // failure to store it comes later, through problem()).
    void eventArrived(const streamside::ChannelEvent& event);
    // Something the user should know: the history could not be written.
    void problem(const QString& message);

private:
    EventHistory* m_history;
    RecentEventsModel* m_model;
    RecentIdSet m_messageIds{dedupWindow};
    RecentIdSet m_happenings{dedupWindow};
    Counters m_counters;
};

} // namespace streamside
