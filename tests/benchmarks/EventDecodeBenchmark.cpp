// Decode throughput: whole EventSub frames (as they arrive on the socket)
// through the frame parser and the notification decoder, on one core; and the
// floor it is measured against: the same frames only parsed by Qt's own JSON
// parser (QJsonDocument), the least our stack could spend reading them.
#include "core/events/EventDecoder.h"
#include "core/eventsub/EventSubMessage.h"
#include "support/OfficialVectorFrames.h"

#include <QJsonDocument>

#include <benchmark/benchmark.h>

namespace {

void decodeFrames(benchmark::State& state) {
    const QList<QByteArray> frames =
        officialNotificationFrames(QStringLiteral(STREAMSIDE_TWITCH_VECTORS_DIR));
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
            const auto result = streamside::EventDecoder::decodeText(
                message->payloadText, message->messageId, message->timestamp);
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

void parseFramesWithQtOnly(benchmark::State& state) {
    const QList<QByteArray> frames =
        officialNotificationFrames(QStringLiteral(STREAMSIDE_TWITCH_VECTORS_DIR));
    if (frames.isEmpty()) {
        state.SkipWithError("no vectors found");
        return;
    }
    qint64 parsed = 0;
    qint64 bytes = 0;
    for (auto _ : state) {
        for (const QByteArray& frame : frames) {
            const QJsonDocument document = QJsonDocument::fromJson(frame);
            benchmark::DoNotOptimize(document.isObject());
            ++parsed;
            bytes += frame.size();
        }
    }
    state.counters["frames_per_second"] =
        benchmark::Counter(double(parsed), benchmark::Counter::kIsRate);
    state.SetBytesProcessed(bytes);
}
BENCHMARK(parseFramesWithQtOnly)->Unit(benchmark::kMicrosecond);

} // namespace
