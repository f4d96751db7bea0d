#include "core/app/Logging.h"

// Debug output is off by default; warnings and information are always shown.
Q_LOGGING_CATEGORY(lcApp, "streamside.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "streamside.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConfig, "streamside.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEventSub, "streamside.eventsub", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHelix, "streamside.helix", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "streamside.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "streamside.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWeb, "streamside.web", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTiming, "streamside.timing", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStalls, "streamside.timing.stalls", QtWarningMsg)

namespace streamside {

void installLogFormat() {
    qSetMessagePattern(QStringLiteral("%{time hh:mm:ss.zzz} %{if-category}%{category} %{endif}"
                                      "%{type}: %{message}"));
}

} // namespace streamside
