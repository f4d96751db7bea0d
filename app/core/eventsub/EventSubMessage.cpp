#include "core/eventsub/EventSubMessage.h"

#include "core/events/JsonField.h"
#include "core/events/Rfc3339.h"
#include "core/eventsub/JsonMemberText.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace streamside {

std::optional<EventSubMessage> EventSubMessage::parse(const QByteArray& frame, QString* error) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(frame, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                         ? QStringLiteral("not JSON (%1 at offset %2)")
                               .arg(parseError.errorString())
                               .arg(parseError.offset)
                         : QStringLiteral("not a JSON object");
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    const QJsonObject metadata = jsonObject(root, QLatin1String("metadata"));
    EventSubMessage message;
    message.messageId = jsonString(metadata, QLatin1String("message_id"));
    message.messageType = jsonString(metadata, QLatin1String("message_type"));
    if (message.messageId.isEmpty() || message.messageType.isEmpty()) {
        if (error)
            *error = QStringLiteral("no metadata.message_id or metadata.message_type");
        return std::nullopt;
    }
    message.timestamp = parseRfc3339(jsonString(metadata, QLatin1String("message_timestamp")));
    message.subscriptionType = jsonString(metadata, QLatin1String("subscription_type"));
    message.subscriptionVersion = jsonString(metadata, QLatin1String("subscription_version"));
    message.payload = jsonObject(root, QLatin1String("payload"));
    if (const auto text = jsonMemberText(frame, "payload"); text && text->startsWith('{'))
        message.payloadText = text->toByteArray();

    const QJsonObject session = jsonObject(message.payload, QLatin1String("session"));
    const QJsonObject subscription = jsonObject(message.payload, QLatin1String("subscription"));
    if (message.messageType == QLatin1String("session_welcome")) {
        message.type = Type::Welcome;
    } else if (message.messageType == QLatin1String("session_keepalive")) {
        message.type = Type::Keepalive;
    } else if (message.messageType == QLatin1String("notification")) {
        message.type = Type::Notification;
    } else if (message.messageType == QLatin1String("session_reconnect")) {
        message.type = Type::Reconnect;
    } else if (message.messageType == QLatin1String("revocation")) {
        message.type = Type::Revocation;
    }
    message.sessionId = jsonString(session, QLatin1String("id"));
    message.keepaliveSeconds = session.value(QLatin1String("keepalive_timeout_seconds")).toInt();
    message.reconnectUrl = QUrl(jsonString(session, QLatin1String("reconnect_url")));
    message.subscriptionId = jsonString(subscription, QLatin1String("id"));
    message.revocationStatus = jsonString(subscription, QLatin1String("status"));
    if (message.subscriptionType.isEmpty())
        message.subscriptionType = jsonString(subscription, QLatin1String("type"));

    if ((message.type == Type::Welcome || message.type == Type::Reconnect) &&
        message.sessionId.isEmpty()) {
        if (error)
            *error = QStringLiteral("%1 without payload.session.id").arg(message.messageType);
        return std::nullopt;
    }
    if (message.type == Type::Reconnect && !message.reconnectUrl.isValid()) {
        if (error)
            *error = QStringLiteral("session_reconnect without a valid reconnect_url");
        return std::nullopt;
    }
    return message;
}

} // namespace streamside
