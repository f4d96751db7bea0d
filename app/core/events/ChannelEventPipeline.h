#pragma once

#include "core/events/ChannelEvent.h"
#include "core/events/RecentIdSet.h"

#include <QObject>

namespace streamside {

class EventRepository;
class RecentEventsModel;
struct EventSubMessage;

// Frame → de-duplicate (message id, then the happening itself for shared-chat
// copies) → decode → store → the events model, and eventArrived() for
// notifications. Every frame it drops is logged with the reason.
class ChannelEventPipeline : public QObject {
    Q_OBJECT
public:
    static constexpr int dedupWindow = 4096;

    // history and model may be null (a tool that only decodes).
    ChannelEventPipeline(EventRepository* history, RecentEventsModel* model,
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
    // Once per happening, after it was stored (or storing failed: see problem()).
    void eventArrived(const streamside::ChannelEvent& event);
    // Something the user should know: the history could not be written.
    void problem(const QString& message);

private:
    EventRepository* m_history;
    RecentEventsModel* m_model;
    RecentIdSet m_messageIds{dedupWindow};
    RecentIdSet m_happenings{dedupWindow};
    Counters m_counters;
};

} // namespace streamside
