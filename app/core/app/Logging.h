#pragma once

#include <QLoggingCategory>

// One category per area, so that a user can turn on exactly what a bug report
// needs, e.g. QT_LOGGING_RULES="streamside.eventsub.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcConfig)
Q_DECLARE_LOGGING_CATEGORY(lcEventSub)
Q_DECLARE_LOGGING_CATEGORY(lcHelix)
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcWeb)
// The moments the benchmarks time ("first paint", "channel pages loaded");
// silent unless QT_LOGGING_RULES="streamside.timing.info=true".
Q_DECLARE_LOGGING_CATEGORY(lcTiming)

namespace streamside {

// Installs the message format used by every Streamside process:
// time, category and severity in front of each line.
void installLogFormat();

} // namespace streamside
