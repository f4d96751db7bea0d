// A child process for StorageCrashTest: inserts events into the database as
// fast as it can and acknowledges each one on stdout only after insert()
// returned success, until it is killed.
#include "core/storage/Database.h"
#include "core/storage/EventRepository.h"

#include <QCoreApplication>

#include <cstdio>

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
    for (qint64 n = QByteArray(argv[2]).toLongLong();; ++n) {
        streamside::EventRecord record;
        record.messageId = QStringLiteral("crash-%1").arg(n);
        record.channelId = QStringLiteral("channel-%1").arg(n % 3);
        record.kind = QStringLiteral("cheer");
        record.subscriptionType = QStringLiteral("channel.chat.message");
        record.occurredAt = QDateTime::currentDateTimeUtc();
        record.receivedAt = record.occurredAt;
        record.amount = n;
        record.raw = QByteArray(256, 'x');
        if (const streamside::StorageError error = events.insert(record)) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message));
            return 1;
        }
        std::printf("%lld\n", n);
        std::fflush(stdout);
    }
}
