#include "tools/events/EventsTool.h"

#include "core/events/EventDecoder.h"
#include "core/events/EventSummary.h"
#include "core/eventsub/EventSubMessage.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace streamside {

namespace {

QJsonValue orNull(const QString& text) {
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QString eventLine(const ChannelEvent& event, const QString& id) {
    const QJsonObject line{
        {QStringLiteral("id"), orNull(id)},
        {QStringLiteral("type"), event.subscriptionType},
        {QStringLiteral("kind"), eventKindName(event.kind)},
        {QStringLiteral("broadcaster"), orNull(event.broadcasterLogin)},
        {QStringLiteral("actor"), orNull(event.actorName)},
        {QStringLiteral("amount"), event.amount ? QJsonValue(double(*event.amount)) : QJsonValue()},
        {QStringLiteral("text"), EventSummary::text(event)},
        // null when neither the frame nor the event says when it happened
        {QStringLiteral("at"),
         event.occurredAt.isValid()
             ? QJsonValue(event.occurredAt.toUTC().toString(Qt::ISODateWithMs))
             : QJsonValue()}};
    return QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact));
}

QString ownId(const QJsonObject& payload) {
    const QJsonObject event = payload.value(QLatin1String("event")).toObject();
    const QString messageId = event.value(QLatin1String("message_id")).toString();
    return messageId.isEmpty() ? event.value(QLatin1String("id")).toString() : messageId;
}

} // namespace

bool EventsTool::decodeDocument(const QByteArray& json, QStringList* out, QString* error) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                              : QStringLiteral("not a JSON object");
        return false;
    }
    const QJsonObject root = document.object();
    if (root.contains(QLatin1String("metadata"))) {
        const auto message = EventSubMessage::parse(json, error);
        if (!message)
            return false;
        if (message->type != EventSubMessage::Type::Notification)
            return true;
        const auto decoded =
            EventDecoder::decodeText(message->payloadText, message->messageId, message->timestamp);
        if (!decoded.event) {
            *error = decoded.error;
            return false;
        }
        out->append(eventLine(*decoded.event, message->messageId));
        return true;
    }
    const auto decoded = EventDecoder::decode(root);
    if (!decoded.event) {
        *error = decoded.error;
        return false;
    }
    out->append(eventLine(*decoded.event, ownId(root)));
    return true;
}

EventsTool::Output EventsTool::decode(const QByteArray& input) {
    Output output;
    // One document per file (pretty-printed, like Twitch's examples) or one per line.
    QJsonParseError whole;
    QJsonDocument::fromJson(input, &whole);
    if (whole.error == QJsonParseError::NoError) {
        QString error;
        if (!decodeDocument(input, &output.lines, &error))
            output.errors << QStringLiteral("document: %1").arg(error);
        return output;
    }
    const QList<QByteArray> lines = input.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        QString error;
        if (!decodeDocument(line, &output.lines, &error))
            output.errors << QStringLiteral("line %1: %2").arg(i + 1).arg(error);
    }
    return output;
}

} // namespace streamside
