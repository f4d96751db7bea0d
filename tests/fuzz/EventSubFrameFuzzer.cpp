// libFuzzer target for everything a WebSocket frame from Twitch goes through:
// the frame parser, the notification decoder and the summary text. Built by
// the `fuzz` preset (clang, -fsanitize=fuzzer,address,undefined); seeded from
// Twitch's official example frames and payloads (tests/data/twitch-vectors).
#include "core/events/EventDecoder.h"
#include "core/events/EventSummary.h"
#include "core/eventsub/EventSubMessage.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray input =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    if (const auto message = streamside::EventSubMessage::parse(input, &error)) {
        const auto decoded = streamside::EventDecoder::decodeText(
            message->payloadText, message->messageId, message->timestamp);
        // simdjson reads the text where it can: Qt's reading of the same
        // payload must give the same event, raw aside (the text as received).
        auto byQt = streamside::EventDecoder::decode(message->payload(), message->messageId,
                                                     message->timestamp);
        if (decoded.event.has_value() != byQt.event.has_value() || decoded.error != byQt.error)
            __builtin_trap();
        if (decoded.event) {
            (void)streamside::EventSummary::text(*decoded.event);
            if (decoded.event->raw != message->payloadText)
                __builtin_trap();
            byQt.event->raw = decoded.event->raw;
            if (!(*decoded.event == *byQt.event))
                __builtin_trap();
        }
    }
    // The same bytes as a bare payload, the other input the tools accept.
    const auto bare = streamside::EventDecoder::decode(QJsonDocument::fromJson(input).object());
    if (bare.event)
        (void)streamside::EventSummary::text(*bare.event);
    return 0;
}
