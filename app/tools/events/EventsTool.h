#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace streamside {

// streamside-events decode: EventSub frames or bare notification payloads in,
// one JSON object per decoded event out. For developers and bug reports.
class EventsTool {
public:
    struct Output {
        QStringList lines;  // one JSON object per decoded event
        QStringList errors; // one line per malformed input document
    };

    // input holds one JSON document, or one per line. Documents that are not
    // notifications (welcome, keepalive ...) produce nothing.
    static Output decode(const QByteArray& input);

    // One document; appends to out. Returns false (and an error) when malformed.
    static bool decodeDocument(const QByteArray& json, QStringList* out, QString* error);
};

} // namespace streamside
