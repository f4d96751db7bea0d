#include "core/events/Rfc3339.h"

#include <QRegularExpression>

#include <optional>

namespace streamside {

namespace {

// Every timestamp of every event goes through here, so the form Twitch
// actually sends ("2023-07-19T14:56:51.634234626Z": UTC, in range) is read
// by hand; a regular expression and Qt's general ISO parser cost more than
// the rest of the event's decoding. Anything else (an offset, 24:00, a field
// out of range, a malformed string) returns nullopt and takes the general
// path below, so both paths agree on every input.
std::optional<QDateTime> parseUtcInRange(QStringView text) {
    constexpr qsizetype fractionStart = 19; // after "YYYY-MM-DDTHH:MM:SS"
    if (text.size() < fractionStart + 1)
        return std::nullopt;
    const auto digit = [&](qsizetype at) -> int {
        const char16_t c = text[at].unicode();
        return c >= u'0' && c <= u'9' ? c - u'0' : -1;
    };
    const auto number = [&](qsizetype at, int digits) -> int {
        int value = 0;
        for (int i = 0; i < digits; ++i) {
            const int d = digit(at + i);
            if (d < 0)
                return -1;
            value = value * 10 + d;
        }
        return value;
    };
    const auto is = [&](qsizetype at, char16_t c) { return text[at].unicode() == c; };
    if (!is(4, u'-') || !is(7, u'-') || !(is(10, u'T') || is(10, u't')) || !is(13, u':') ||
        !is(16, u':'))
        return std::nullopt;
    const int year = number(0, 4);
    const int month = number(5, 2);
    const int day = number(8, 2);
    const int hour = number(11, 2);
    const int minute = number(14, 2);
    const int second = number(17, 2);
    if (year < 1 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 ||
        minute > 59 || second < 0 || second > 59)
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;

    qsizetype at = fractionStart;
    int millis = 0;
    if (is(at, u'.')) {
        ++at;
        const qsizetype digitsStart = at;
        while (at < text.size() && digit(at) >= 0) {
            if (at - digitsStart < 3)
                millis = millis * 10 + digit(at);
            ++at;
        }
        if (at == digitsStart)
            return std::nullopt;
        for (qsizetype kept = at - digitsStart; kept < 3; ++kept)
            millis *= 10;
    }
    if (at + 1 != text.size() || !(is(at, u'Z') || is(at, u'z')))
        return std::nullopt;
    return QDateTime(date, QTime(hour, minute, second, millis), Qt::UTC);
}

} // namespace

QDateTime parseRfc3339(const QString& text) {
    if (const std::optional<QDateTime> utc = parseUtcInRange(text))
        return *utc;
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
