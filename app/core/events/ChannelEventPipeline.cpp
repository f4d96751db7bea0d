#include "core/events/ChannelEventPipeline.h"

#include "core/app/Logging.h"
#include "core/events/EventDecoder.h"
#include "core/events/EventRecords.h"
#include "core/events/RecentEventsModel.h"
#include "core/eventsub/EventSubMessage.h"
#include "core/storage/EventHistory.h"

namespace streamside {

ChannelEventPipeline::ChannelEventPipeline(EventHistory* history, RecentEventsModel* model,
                                           QObject* parent)
    : QObject(parent)
    , m_history(history)
    , m_model(model) {
    if (m_history)
        connect(m_history, &EventHistory::failed, this,
                [this](const QStringList& messageIds, const QString& message) {
                    // The events stay shown: losing them from the screen would not save them.
                    m_counters.storageFailures += messageIds.size();
                    emit problem(message);
                });
}

void ChannelEventPipeline::processNotification(const EventSubMessage& message) {
    ++m_counters.received;
    // Delivery is at least once: the same message id may come again.
    if (!m_messageIds.insert(message.messageId)) {
        ++m_counters.duplicates;
        qCDebug(lcEventSub) << "Duplicate message" << message.messageId << "dropped";
        return;
    }
    const EventDecoder::Result decoded =
        EventDecoder::decodeText(message.payloadText, message.messageId, message.timestamp);
    if (!decoded.event) {
        ++m_counters.undecodable;
        qCWarning(lcEventSub).noquote() << "Notification" << message.messageId << "of type"
                                        << message.subscriptionType << "dropped:" << decoded.error;
        return;
    }
    ChannelEvent event = *decoded.event;
    if (!event.occurredAt.isValid())
        event.occurredAt = QDateTime::currentDateTimeUtc();
    // A shared chat delivers one happening to several channels, each copy
    // with its own message id but naming the same source message.
    if (!m_happenings.insert(event.dedupKey)) {
        ++m_counters.duplicates;
        qCDebug(lcEventSub) << "Shared-chat copy" << message.messageId << "of" << event.dedupKey
                            << "dropped";
        return;
    }
    if (!isNotable(event.kind)) {
        qCDebug(lcEventSub) << "Not shown:" << eventKindName(event.kind);
        ++m_counters.delivered;
        emit eventArrived(event);
        return;
    }
    if (m_history) {
        // Stored before: a redelivery across a restart. (One from this run
        // that is not written yet was caught by m_messageIds above.)
        if (m_history->contains(event.messageId)) {
            ++m_counters.duplicates;
            qCDebug(lcEventSub) << "Message" << message.messageId << "stored before; dropped";
            return;
        }
    }
    if (m_model)
        m_model->addEvent(event);
    // Shown first, then written: the history's thread commits it within
    // milliseconds (see EventHistory for what a crash can cost).
    if (m_history)
        m_history->store(toEventRecord(event, QDateTime::currentDateTimeUtc()));
    ++m_counters.delivered;
    emit eventArrived(event);
}

} // namespace streamside
