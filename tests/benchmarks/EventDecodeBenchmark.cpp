// Decode throughput: whole EventSub frames (as they arrive on the socket)
// through the frame parser and the notification decoder, on one core.
#include "core/events/EventDecoder.h"
#include "core/eventsub/EventSubMessage.h"
#include "support/OfficialVectorFrames.h"

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

} // namespace
