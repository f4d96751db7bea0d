#include "core/eventsub/EventSubMessage.h"

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
    const QJsonObject metadata = root.value(QLatin1String("metadata")).toObject();
    EventSubMessage message;
    message.messageId = metadata.value(QLatin1String("message_id")).toString();
    message.messageType = metadata.value(QLatin1String("message_type")).toString();
    if (message.messageId.isEmpty() || message.messageType.isEmpty()) {
        if (error)
            *error = QStringLiteral("no metadata.message_id or metadata.message_type");
        return std::nullopt;
    }
    message.timestamp = parseRfc3339(metadata.value(QLatin1String("message_timestamp")).toString());
    message.subscriptionType = metadata.value(QLatin1String("subscription_type")).toString();
    message.subscriptionVersion = metadata.value(QLatin1String("subscription_version")).toString();
    message.payload = root.value(QLatin1String("payload")).toObject();
    if (const auto text = jsonMemberText(frame, "payload"); text && text->startsWith('{'))
        message.payloadText = text->toByteArray();

    const QJsonObject session = message.payload.value(QLatin1String("session")).toObject();
    const QJsonObject subscription =
        message.payload.value(QLatin1String("subscription")).toObject();
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
    message.sessionId = session.value(QLatin1String("id")).toString();
    message.keepaliveSeconds = session.value(QLatin1String("keepalive_timeout_seconds")).toInt();
    message.reconnectUrl = QUrl(session.value(QLatin1String("reconnect_url")).toString());
    message.subscriptionId = subscription.value(QLatin1String("id")).toString();
    message.revocationStatus = subscription.value(QLatin1String("status")).toString();
    if (message.subscriptionType.isEmpty())
        message.subscriptionType = subscription.value(QLatin1String("type")).toString();

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
