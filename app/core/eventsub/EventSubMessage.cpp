#include "core/eventsub/EventSubMessage.h"

#include "core/events/JsonField.h"
#include "core/events/JsonObjectView.h"
#include "core/events/Rfc3339.h"
#include "core/eventsub/JsonMemberText.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <utility>

namespace streamside {

namespace {

// The members of a frame the parser accepted, read from either parser's view.
// keepaliveSeconds is read by the caller: only Qt's path sees sessions.
std::optional<EventSubMessage> readFrame(const JsonObjectView& root, QByteArray payloadText,
                                         int keepaliveSeconds, QString* error) {
    using Type = EventSubMessage::Type;
    const JsonObjectView metadata = root.object(QLatin1String("metadata"));
    EventSubMessage message;
    message.messageId = metadata.string(QLatin1String("message_id"));
    message.messageType = metadata.string(QLatin1String("message_type"));
    if (message.messageId.isEmpty() || message.messageType.isEmpty()) {
        if (error)
            *error = QStringLiteral("no metadata.message_id or metadata.message_type");
        return std::nullopt;
    }
    message.timestamp = parseRfc3339(metadata.string(QLatin1String("message_timestamp")));
    message.subscriptionType = metadata.string(QLatin1String("subscription_type"));
    message.subscriptionVersion = metadata.string(QLatin1String("subscription_version"));
    message.payloadText = std::move(payloadText);

    const JsonObjectView payload = root.object(QLatin1String("payload"));
    const JsonObjectView session = payload.object(QLatin1String("session"));
    const JsonObjectView subscription = payload.object(QLatin1String("subscription"));
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
    message.sessionId = session.string(QLatin1String("id"));
    message.keepaliveSeconds = keepaliveSeconds;
    message.reconnectUrl = QUrl(session.string(QLatin1String("reconnect_url")));
    message.subscriptionId = subscription.string(QLatin1String("id"));
    message.revocationStatus = subscription.string(QLatin1String("status"));
    if (message.subscriptionType.isEmpty())
        message.subscriptionType = subscription.string(QLatin1String("type"));

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

// The payload's text in a frame a parser accepted, when it is an object that
// can be told apart.
std::optional<QByteArray> payloadObjectText(const QByteArray& frame) {
    const std::optional<QByteArrayView> text = jsonMemberText(frame, "payload");
    if (!text || !text->startsWith('{'))
        return std::nullopt;
    return text->toByteArray();
}

} // namespace

std::optional<EventSubMessage> EventSubMessage::parse(const QByteArray& frame, QString* error) {
    // Notifications, revocations and keepalives (every frame without a
    // session) are read by simdjson, which accepts nothing Qt would refuse.
    // One parser per thread, reused: the view read below lives until its next parse.
    thread_local simdjson::dom::parser parser = JsonObjectView::makeParser();
    if (const std::optional<JsonObjectView> root = JsonObjectView::parse(parser, frame)) {
        if (!root->object(QLatin1String("payload")).contains(QLatin1String("session"))) {
            if (std::optional<QByteArray> payloadText = payloadObjectText(frame))
                return readFrame(*root, std::move(*payloadText), 0, error);
        }
    }

    // Everything else, and every error message: Qt.
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
    const QJsonObject payload = jsonObject(root, QLatin1String("payload"));
    const int keepaliveSeconds = jsonObject(payload, QLatin1String("session"))
                                     .value(QLatin1String("keepalive_timeout_seconds"))
                                     .toInt();
    std::optional<QByteArray> payloadText = payloadObjectText(frame);
    if (!payloadText)
        payloadText = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    return readFrame(JsonObjectView(root), std::move(*payloadText), keepaliveSeconds, error);
}

QJsonObject EventSubMessage::payload() const {
    return QJsonDocument::fromJson(payloadText).object();
}

void EventSubMessage::setPayload(const QJsonObject& payload) {
    payloadText = QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

} // namespace streamside
