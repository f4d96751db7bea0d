#include "core/events/RelativeTime.h"

#include <QLocale>

namespace streamside {

QString RelativeTime::text(const QDateTime& then, const QDateTime& now) {
    const qint64 seconds = qMax<qint64>(0, then.secsTo(now));
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        //: minutes ago, in a narrow column
        return tr("%Ln min ago", nullptr, int(seconds / 60));
    if (seconds < 24 * 3600)
        //: hours ago, in a narrow column
        return tr("%Ln h ago", nullptr, int(seconds / 3600));
    return QLocale().toString(then.toLocalTime().date(), QLocale::ShortFormat);
}

qint64 RelativeTime::millisecondsUntilChange(const QDateTime& then, const QDateTime& now) {
    const qint64 elapsed = qMax<qint64>(0, then.msecsTo(now));
    const qint64 unit = elapsed < 3600'000 ? 60'000 : 3600'000;
    return unit - elapsed % unit;
}

} // namespace streamside
