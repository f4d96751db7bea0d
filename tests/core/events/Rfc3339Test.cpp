// parseRfc3339 reads Twitch's usual form by hand and leaves everything else
// to Qt's ISO parser; it must agree with Qt's parser on every input.
#include "core/events/Rfc3339.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

#include <utility>

using namespace streamside;

namespace {

// The reference: Qt's ISO parser alone, after the fraction is cut to
// milliseconds (what parseRfc3339 did for every input before it had a path
// of its own for Twitch's form).
QDateTime parsedByQt(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral(
        "^(\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2})(?:\\.(\\d+))?([Zz]|[+-]\\d{2}:\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    const QString millis = (match.captured(2) + QStringLiteral("000")).left(3);
    const QDateTime parsed = QDateTime::fromString(match.captured(1).toUpper() + QLatin1Char('.') +
                                                       millis + match.captured(3).toUpper(),
                                                   Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

// Equal as values, not only as instants: same validity, instant and zone.
void expectSame(const QString& text) {
    const QDateTime expected = parsedByQt(text);
    const QDateTime actual = parseRfc3339(text);
    ASSERT_EQ(actual.isValid(), expected.isValid()) << text.toStdString();
    if (!expected.isValid())
        return;
    EXPECT_EQ(actual.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch()) << text.toStdString();
    EXPECT_EQ(actual.timeSpec(), expected.timeSpec()) << text.toStdString();
}

} // namespace

TEST(Rfc3339, AgreesWithQtsParserOnEveryDateAndTimeInAndOutOfRange) {
    const QStringList years{"0000", "0001", "1969", "1970", "2000", "2023", "2024", "2100", "9999"};
    const QStringList months{"00", "01", "02", "04", "12", "13"};
    const QStringList days{"00", "01", "28", "29", "30", "31", "32"};
    const QStringList times{"00:00:00", "23:59:59", "24:00:00", "24:00:01",
                            "25:00:00", "12:60:00", "12:00:60", "12:34:56"};
    for (const QString& year : years)
        for (const QString& month : months)
            for (const QString& day : days)
                for (const QString& time : times)
                    expectSame(QStringLiteral("%1-%2-%3T%4.5Z").arg(year, month, day, time));
}

TEST(Rfc3339, AgreesWithQtsParserOnEveryFractionSeparatorAndZone) {
    const QStringList fractions{"",     ".",     ".1",         ".12",
                                ".123", ".1234", ".123456789", ".0000000000000000000001"};
    const QStringList separators{"T", "t", " ", "_"};
    const QStringList zones{"Z",      "z",      "+00:00", "-00:00", "+02:00", "-11:30", "+14:00",
                            "+23:59", "+24:00", "+00:60", "",       "ZZ",     "+0200",  "UTC"};
    const QList<std::pair<QString, QString>> dateTimes{{"2023-07-19", "14:56:51"},
                                                       {"2024-02-29", "00:00:00"},
                                                       {"0001-01-01", "00:30:00"},
                                                       {"9999-12-31", "23:30:00"}};
    for (const auto& [date, time] : dateTimes)
        for (const QString& separator : separators)
            for (const QString& fraction : fractions)
                for (const QString& zone : zones)
                    expectSame(date + separator + time + fraction + zone);
}

TEST(Rfc3339, AgreesWithQtsParserOnMalformedText) {
    for (const char* text :
         {"", "garbage", " 2023-07-19T14:56:51Z", "2023-07-19T14:56:51Z ", "+2023-07-19T14:56:51Z",
          "2023-7-19T14:56:51Z", "2023-07-19T14:56Z", "2023-07-19", "2023-07-19T14:56:51.Z",
          "2023-07-19T14:56:51.634234626ZZ", "2023/07/19T14:56:51Z", "2023-07-19T14-56-51Z",
          "-023-07-19T14:56:51Z", "2023-07-19T14:56:5xZ"})
        expectSame(QString::fromLatin1(text));
    // Digits of other scripts are not RFC 3339 digits.
    expectSame(QStringLiteral("\u0662\u0660\u0662\u0663-07-19T14:56:51Z"));
    expectSame(QStringLiteral("2023-07-19T14:56:51.\u0661Z"));
}

TEST(Rfc3339, TwitchsFormIsUtc) {
    const QDateTime parsed = parseRfc3339("2023-07-19T14:56:51.634234626Z");
    EXPECT_EQ(parsed, QDateTime(QDate(2023, 7, 19), QTime(14, 56, 51, 634), Qt::UTC));
    EXPECT_EQ(parsed.timeSpec(), Qt::UTC);
}
