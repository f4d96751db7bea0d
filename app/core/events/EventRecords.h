#pragma once

#include "core/events/ChannelEvent.h"
#include "core/storage/EventRecord.h"

namespace streamside {

// Between the event model and the history's rows. The raw payload is kept,
// so what a row does not hold (tier, currency ...) is decoded again on the
// way back.
EventRecord toEventRecord(const ChannelEvent& event, const QDateTime& receivedAt);
ChannelEvent fromEventRecord(const EventRecord& record);

} // namespace streamside
