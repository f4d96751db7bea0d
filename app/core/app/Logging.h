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
// How long the UI thread's event loop was kept from running
// (EventLoopWatchdog); off, and the watchdog not even started, unless
// QT_LOGGING_RULES="streamside.timing.stalls.info=true".
Q_DECLARE_LOGGING_CATEGORY(lcStalls)

namespace streamside {

// Installs the message format used by every Streamside process:
// time, category and severity in front of each line.
void installLogFormat();

} // namespace streamside
