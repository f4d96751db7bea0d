#include "sim/ChatLog.h"

#include <QUuid>

namespace streamside::sim {

ChatMessage ChatLog::append(ChatMessage message) {
    message.sequence = ++m_lastSequence;
    if (message.id.isEmpty())
        message.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!message.sentAt.isValid())
        message.sentAt = QDateTime::currentDateTimeUtc();
    QList<ChatMessage>& channel = m_messages[message.broadcasterId];
    channel.append(message);
    if (channel.size() > maxMessagesPerChannel)
        channel.remove(0, channel.size() - maxMessagesPerChannel);
    emit messageAdded(message);
    return message;
}

QList<ChatMessage> ChatLog::messages(const QString& broadcasterId, qint64 afterSequence) const {
    QList<ChatMessage> result;
    for (const ChatMessage& m : m_messages.value(broadcasterId))
        if (m.sequence > afterSequence)
            result.append(m);
    return result;
}

} // namespace streamside::sim
