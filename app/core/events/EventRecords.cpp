#include "core/events/EventRecords.h"

#include "core/events/EventDecoder.h"

#include <QJsonDocument>

namespace streamside {

EventRecord toEventRecord(const ChannelEvent& event, const QDateTime& receivedAt) {
    EventRecord record;
    // Shared-chat copies of one happening share the key, so the history
    // holds it once; elsewhere the key is the message id.
    record.messageId = event.messageId;
    record.channelId = event.broadcasterId;
    record.kind = eventKindName(event.kind);
    record.subscriptionType = event.subscriptionType;
    record.occurredAt = event.occurredAt;
    record.receivedAt = receivedAt;
    record.actorLogin = event.actorLogin;
    record.actorName = event.actorName;
    record.targetName = event.targetName;
    record.amount = event.amount;
    record.message = event.text;
    record.raw = event.raw;
    return record;
}

ChannelEvent fromEventRecord(const EventRecord& record) {
    const auto decoded = EventDecoder::decode(QJsonDocument::fromJson(record.raw).object(),
                                              record.messageId, record.occurredAt);
    ChannelEvent event = decoded.event.value_or(ChannelEvent{});
    // The row's fields win: they are what was shown when it arrived.
    event.messageId = record.messageId;
    event.broadcasterId = record.channelId;
    event.kind = eventKindFromName(record.kind);
    event.subscriptionType = record.subscriptionType;
    event.occurredAt = record.occurredAt;
    event.actorLogin = record.actorLogin;
    event.actorName = record.actorName;
    event.targetName = record.targetName;
    event.amount = record.amount;
    event.text = record.message;
    event.raw = record.raw;
    return event;
}

} // namespace streamside
