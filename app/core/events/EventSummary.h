#pragma once

#include "core/events/ChannelEvent.h"

#include <QCoreApplication>

namespace streamside {

// One line that says what happened ("Ada resubscribed for 10 months"), in the
// user's language (tr() with plural forms).
class EventSummary {
    Q_DECLARE_TR_FUNCTIONS(EventSummary)
public:
    static QString text(const ChannelEvent& event);

    // "Tier 1", "Tier 2", "Tier 3", "Prime"; empty for an unknown tier.
    static QString tierName(const QString& tier);
};

} // namespace streamside
