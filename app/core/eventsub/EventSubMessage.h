#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

namespace streamside {

// One EventSub WebSocket frame, parsed:
// {"metadata":{message_id, message_type, message_timestamp[, subscription_type,
//  subscription_version]}, "payload":{...}}.
struct EventSubMessage {
    enum class Type { Welcome, Keepalive, Notification, Reconnect, Revocation, Unknown };

    Type type = Type::Unknown;
    QString messageId;
    QString messageType; // as sent; Unknown types keep it for the log
    QDateTime timestamp; // metadata.message_timestamp (nanoseconds cut to milliseconds)
    QString subscriptionType;
    QString subscriptionVersion;
    // The payload's JSON text exactly as the frame carries it (serialized by
    // Qt where the frame does not allow telling it apart, see jsonMemberText;
    // "{}" when the frame has no payload object). Kept as text: the decoder
    // reads notifications straight from it (EventDecoder::decodeText), which
    // is several times faster than building a QJsonObject first.
    QByteArray payloadText;
    // The payload parsed by Qt, on every call: for the few who need it.
    QJsonObject payload() const;
    // For messages made by hand (tests, tools): stores the payload's text.
    void setPayload(const QJsonObject& payload);

    // session_welcome and session_reconnect
    QString sessionId;
    int keepaliveSeconds = 0; // 0 when absent or null
    QUrl reconnectUrl;

    // revocation
    QString subscriptionId;
    QString revocationStatus;

    // Parses one text frame. Returns nullopt and sets *error (one line) when
    // the frame is not JSON or lacks the metadata every frame has.
    static std::optional<EventSubMessage> parse(const QByteArray& frame, QString* error);
};

} // namespace streamside

Q_DECLARE_METATYPE(streamside::EventSubMessage)
