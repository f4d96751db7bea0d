// The regression check of the cheap benchmarks, in the normal test run: decode
// throughput and the history query that opening a channel runs, each as a
// ratio against a floor measured in the same process (see InterleavedRatio),
// compared with the ratio stored in performance-baseline.txt. A drop of more
// than 30 % fails. Ratios, not times: the check means the same on any machine
// and under load.
#include "core/events/EventDecoder.h"
#include "core/events/EventRecords.h"
#include "core/eventsub/EventSubMessage.h"
#include "core/storage/Database.h"
#include "core/storage/EventRepository.h"
#include "performance/InterleavedRatio.h"
#include "performance/PerformanceBaseline.h"
#include "support/OfficialVectorFrames.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cstdio>

using namespace streamside;
using namespace std::chrono_literals;

namespace {

constexpr double allowedDrop = 0.30;
constexpr int rounds = 15;
constexpr auto perSide = 25ms;

// Compares a measured ratio with its baseline; skips where no baseline can apply.
void expectNoDrop(const QString& measurement, const InterleavedRatio::Result& measured) {
    const QString line = QStringLiteral("%1 %2 %3")
                             .arg(QStringLiteral(STREAMSIDE_BUILD_TYPE), measurement)
                             .arg(measured.median, 0, 'f', 3);
    // Printed for whoever updates the baseline (and for the CI log).
    std::printf("measured: %s (rounds %d, lowest %.3f, highest %.3f, %lld calls per side)\n",
                qPrintable(line), measured.rounds, measured.lowest, measured.highest,
                static_cast<long long>(measured.repetitionsPerSide));
    QString error;
    const auto baseline =
        PerformanceBaseline::read(QStringLiteral(STREAMSIDE_PERFORMANCE_BASELINE), &error);
    ASSERT_TRUE(baseline) << error.toStdString();
    const auto expected = baseline->ratio(QStringLiteral(STREAMSIDE_BUILD_TYPE), measurement);
    if (!expected)
        GTEST_SKIP() << "no baseline for " << STREAMSIDE_BUILD_TYPE " "
                     << measurement.toStdString();
    EXPECT_GE(measured.median, *expected * (1 - allowedDrop)) << qPrintable(
        QStringLiteral("%1: the ratio against its floor fell from %2 to %3, more than "
                       "%4 % below its baseline. If the slowdown is deliberate, "
                       "update %5 as its header says.")
            .arg(measurement)
            .arg(*expected, 0, 'f', 3)
            .arg(measured.median, 0, 'f', 3)
            .arg(allowedDrop * 100, 0, 'f', 0)
            .arg(QStringLiteral(STREAMSIDE_PERFORMANCE_BASELINE)));
}

bool instrumented() {
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
    return true;
#else
    return false;
#endif
}

} // namespace

// Whole frames through the frame parser and the decoder, as the pipeline runs
// them, against parsing the same frames with QJsonDocument alone: our stack's
// own JSON parser as the yardstick, measured alongside (the decoder reads
// frames with simdjson; losing that, or any slowdown, moves the ratio).
TEST(PerformanceRatio, DecodeAgainstJsonParse) {
    if (instrumented())
        GTEST_SKIP() << "sanitizers slow our code and not Qt's: ratios mean nothing here";
    const QList<QByteArray> frames =
        officialNotificationFrames(QStringLiteral(STREAMSIDE_TWITCH_VECTORS_DIR));
    ASSERT_GE(frames.size(), 10);
    int decoded = 0;
    const InterleavedRatio ratio(
        [&] {
            for (const QByteArray& frame : frames)
                decoded += QJsonDocument::fromJson(frame).isObject();
        },
        [&] {
            for (const QByteArray& frame : frames) {
                QString error;
                const auto message = EventSubMessage::parse(frame, &error);
                decoded +=
                    message && EventDecoder::decodeText(message->payloadText, message->messageId,
                                                        message->timestamp)
                                   .event.has_value();
            }
        });
    const InterleavedRatio::Result result = ratio.measure(rounds, perSide);
    ASSERT_GT(decoded, 0);
    expectNoDrop(QStringLiteral("decode"), result);
}

// What opening a channel reads: its ten newest events, from a history holding
// 500 for it (and 500 for another channel), against the same statement
// prepared once and its rows read with a plain QSqlQuery: SQLite's and Qt
// SQL's own cost, which EventRepository::newest adds preparing and building
// records to.
TEST(PerformanceRatio, NewestTenAgainstPlainQuery) {
    if (instrumented())
        GTEST_SKIP() << "sanitizers slow our code and not Qt's: ratios mean nothing here";
    QTemporaryDir dir;
    Database database(dir.filePath(QStringLiteral("streamside.db")));
    ASSERT_FALSE(database.open());
    EventRepository history(database);

    // The official examples as stored events, written the way
    // EventRepository::insert writes them but in one transaction: an insert
    // each would spend seconds of the check on setting up.
    const QList<QByteArray> frames =
        officialNotificationFrames(QStringLiteral(STREAMSIDE_TWITCH_VECTORS_DIR));
    ASSERT_FALSE(frames.isEmpty());
    QSqlDatabase connection = database.connection();
    ASSERT_TRUE(connection.transaction());
    QSqlQuery insert(connection);
    ASSERT_TRUE(insert.prepare(QStringLiteral(
        "INSERT INTO events (message_id, channel_id, kind, subscription_type, occurred_at,"
        " received_at, actor_login, actor_name, target_name, amount, message, raw)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
    const auto nullable = [](const QString& text) {
        return text.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
    };
    const qint64 start = QDateTime(QDate(2026, 11, 27), QTime(20, 0), Qt::UTC).toMSecsSinceEpoch();
    for (const QString& channel : {QStringLiteral("1337"), QStringLiteral("4242")}) {
        for (int i = 0; i < EventRepository::defaultRetentionPerChannel; ++i) {
            QString error;
            const auto message = EventSubMessage::parse(frames[i % frames.size()], &error);
            ASSERT_TRUE(message) << error.toStdString();
            const auto decoded = EventDecoder::decodeText(message->payloadText, message->messageId,
                                                          message->timestamp);
            ASSERT_TRUE(decoded.event);
            const EventRecord record = toEventRecord(*decoded.event, QDateTime());
            insert.addBindValue(QStringLiteral("%1-%2").arg(channel).arg(i));
            insert.addBindValue(channel);
            insert.addBindValue(record.kind);
            insert.addBindValue(record.subscriptionType);
            insert.addBindValue(start + i * 1000);
            insert.addBindValue(start + i * 1000 + 5);
            insert.addBindValue(nullable(record.actorLogin));
            insert.addBindValue(nullable(record.actorName));
            insert.addBindValue(nullable(record.targetName));
            insert.addBindValue(record.amount ? QVariant(*record.amount)
                                              : QVariant(QMetaType::fromType<qint64>()));
            insert.addBindValue(nullable(record.message));
            insert.addBindValue(QString::fromUtf8(record.raw));
            ASSERT_TRUE(insert.exec()) << insert.lastError().text().toStdString();
        }
    }
    ASSERT_TRUE(connection.commit());
    ASSERT_EQ(history.count(QStringLiteral("1337")), 500);

    QSqlQuery plain(database.connection());
    ASSERT_TRUE(plain.prepare(QStringLiteral(
        "SELECT message_id, channel_id, kind, subscription_type, occurred_at, received_at,"
        " actor_login, actor_name, target_name, amount, message, raw FROM events"
        " WHERE channel_id = ? ORDER BY occurred_at DESC, rowid DESC LIMIT ?")));
    qint64 rows = 0;
    const InterleavedRatio ratio(
        [&] {
            plain.bindValue(0, QStringLiteral("1337"));
            plain.bindValue(1, 10);
            plain.exec();
            while (plain.next()) {
                for (int column = 0; column < 12; ++column)
                    rows += plain.value(column).isValid();
            }
        },
        [&] { rows += history.newest(QStringLiteral("1337"), 10).size(); });
    const InterleavedRatio::Result result = ratio.measure(rounds, perSide);
    ASSERT_EQ(history.newest(QStringLiteral("1337"), 10).size(), 10);
    ASSERT_GT(rows, 0);
    expectNoDrop(QStringLiteral("history"), result);
}
