// Decode throughput: whole EventSub frames (as they arrive on the socket)
// through the frame parser and the notification decoder, on one core.
#include "core/events/EventDecoder.h"
#include "core/eventsub/EventSubMessage.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <benchmark/benchmark.h>

namespace {

// Every official example as a notification frame (payloads are wrapped in
// the metadata Twitch sends with them).
QList<QByteArray> notificationFrames() {
    QList<QByteArray> frames;
    const QDir dir(QStringLiteral(STREAMSIDE_TWITCH_VECTORS_DIR));
    int n = 0;
    for (const QString& name : dir.entryList({QStringLiteral("payload.*.json")}, QDir::Files)) {
        QFile file(dir.filePath(name));
        file.open(QIODevice::ReadOnly);
        const QJsonObject payload = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject subscription = payload.value(QStringLiteral("subscription")).toObject();
        const QJsonObject frame{
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("message_id"), QStringLiteral("bench-%1").arg(++n)},
                         {QStringLiteral("message_type"), QStringLiteral("notification")},
                         {QStringLiteral("message_timestamp"),
                          QStringLiteral("2026-11-27T20:00:00.123456789Z")},
                         {QStringLiteral("subscription_type"), subscription.value("type")},
                         {QStringLiteral("subscription_version"), subscription.value("version")}}},
            {QStringLiteral("payload"), payload}};
        frames << QJsonDocument(frame).toJson(QJsonDocument::Compact);
    }
    return frames;
}

void decodeFrames(benchmark::State& state) {
    const QList<QByteArray> frames = notificationFrames();
    if (frames.isEmpty()) {
        state.SkipWithError("no vectors found");
        return;
    }
    qint64 decoded = 0;
    qint64 bytes = 0;
    for (auto _ : state) {
        for (const QByteArray& frame : frames) {
            QString error;
            const auto message = streamside::EventSubMessage::parse(frame, &error);
            const auto result = streamside::EventDecoder::decode(
                message->payload, message->messageId, message->timestamp, message->payloadText);
            benchmark::DoNotOptimize(result.event->kind);
            ++decoded;
            bytes += frame.size();
        }
    }
    state.counters["frames_per_second"] =
        benchmark::Counter(double(decoded), benchmark::Counter::kIsRate);
    state.SetBytesProcessed(bytes);
}
BENCHMARK(decodeFrames)->Unit(benchmark::kMicrosecond);

} // namespace
