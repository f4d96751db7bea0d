#pragma once

#include <QCoreApplication>
#include <QDateTime>

namespace streamside {

// "just now", "3 min ago", "2 h ago", then the date: how long ago an event
// happened, as the events list shows it.
class RelativeTime {
    Q_DECLARE_TR_FUNCTIONS(RelativeTime)
public:
    static QString text(const QDateTime& then, const QDateTime& now);
    // When text() will next change: the list repaints then, not more often.
    static qint64 millisecondsUntilChange(const QDateTime& then, const QDateTime& now);
};

} // namespace streamside
