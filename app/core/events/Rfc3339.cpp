#include "core/events/Rfc3339.h"

#include <QRegularExpression>

namespace streamside {

QDateTime parseRfc3339(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral(
        "^(\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2})(?:\\.(\\d+))?([Zz]|[+-]\\d{2}:\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    const QString millis = (match.captured(2) + QStringLiteral("000")).left(3);
    QString zone = match.captured(3).toUpper();
    const QDateTime parsed = QDateTime::fromString(
        match.captured(1).toUpper() + QLatin1Char('.') + millis + zone, Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

} // namespace streamside
