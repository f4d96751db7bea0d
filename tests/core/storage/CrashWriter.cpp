// A child process for StorageCrashTest: stores events through EventHistory
// (the writer thread the app's live events go through) as fast as it takes
// them, and acknowledges each on stdout only once the writer has committed
// it, until it is killed.
#include "core/storage/Database.h"
#include "core/storage/EventHistory.h"
#include "core/storage/EventRepository.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>
#include <functional>

namespace {

streamside::EventRecord record(qint64 n) {
    streamside::EventRecord record;
    record.messageId = QStringLiteral("crash-%1").arg(n);
    record.channelId = QStringLiteral("channel-%1").arg(n % 3);
    record.kind = QStringLiteral("cheer");
    record.subscriptionType = QStringLiteral("channel.chat.message");
    record.occurredAt = QDateTime::currentDateTimeUtc();
    record.receivedAt = record.occurredAt;
    record.amount = n;
    record.raw = QByteArray(256, 'x');
    return record;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s DATABASE FIRST-NUMBER\n", argv[0]);
        return 2;
    }
    streamside::Database db(QString::fromLocal8Bit(argv[1]));
    if (const streamside::StorageError error = db.open()) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    streamside::EventRepository events(db);
    events.setRetentionPerChannel(1'000'000); // the test checks every acknowledged event
    streamside::EventHistory history(events);

    // At most this many stored and not yet committed: the queue must not
    // grow without bound while the writer is busy.
    constexpr int inFlightMax = 200;
    int inFlight = 0;
    qint64 next = QByteArray(argv[2]).toLongLong();
    const std::function<void()> topUp = [&] {
        for (; inFlight < inFlightMax; ++inFlight)
            history.store(record(next++));
    };
    QObject::connect(&history, &streamside::EventHistory::committed, &app,
                     [&](const QStringList& messageIds) {
                         for (const QString& id : messageIds)
                             std::printf("%s\n", qPrintable(id.mid(6)));
                         std::fflush(stdout);
                         inFlight -= int(messageIds.size());
                         topUp();
                     });
    QObject::connect(&history, &streamside::EventHistory::failed, &app,
                     [&](const QStringList&, const QString& message) {
                         std::fprintf(stderr, "%s\n", qPrintable(message));
                         app.exit(1);
                     });
    QTimer::singleShot(0, &app, topUp);
    return app.exec();
}
