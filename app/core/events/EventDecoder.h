#pragma once

#include "core/events/ChannelEvent.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace streamside {

// Turns the payload of an EventSub notification ({"subscription":…,"event":…})
// into a ChannelEvent, for every subscription type and chat notice type a
// viewer or broadcaster can receive. Tolerant the way Twitch's own examples
// require: unknown keys are ignored, `sub_plan` is read where the table says
// `sub_tier`, ids are opaque strings, timestamps may carry nanoseconds.
// An unknown type or notice type becomes an Other event carrying Twitch's
// system_message or the type's name: never a crash, never silently dropped.
class EventDecoder {
public:
    struct Result {
        std::optional<ChannelEvent> event;
        QString error; // set when the payload is not a notification at all
    };

    // messageId and messageTimestamp come from the frame's metadata (empty
    // and invalid for a bare payload; the event's own id and time are used
    // then). occurredAt stays invalid when neither says when it happened.
    // The event's raw is the payload serialized.
    static Result decode(const QJsonObject& payload, const QString& messageId = {},
                         const QDateTime& messageTimestamp = {});

    // The same, from the payload's JSON text (EventSubMessage::payloadText):
    // read straight from the text, several times faster than parsing it into
    // a QJsonObject first, with the same result as
    // decode(QJsonDocument::fromJson(payloadText).object(), ...) except that
    // the event's raw is the text as given.
    static Result decodeText(const QByteArray& payloadText, const QString& messageId = {},
                             const QDateTime& messageTimestamp = {});
};

} // namespace streamside
