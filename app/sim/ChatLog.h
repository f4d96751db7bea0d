#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

namespace streamside::sim {

struct ChatMessage {
    qint64 sequence = 0; // per simulator, increasing; assigned by ChatLog::append
    QString id;          // message id (UUID), assigned by append when empty
    QString broadcasterId;
    QString userId;
    QString userLogin;
    QString userName;
    QString color; // #rrggbb name colour
    QString text;
    int bits = 0; // a cheer when > 0
    QDateTime sentAt;
};

// The chat of every channel: what the chat page shows, what Helix
// POST /chat/messages adds, and the source of channel.chat.message
// notifications (the EventSub side listens to messageAdded).
class ChatLog : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // Keeps the newest messages per channel.
    static constexpr int maxMessagesPerChannel = 200;

    ChatMessage append(ChatMessage message);
    // Messages of a channel with a sequence greater than afterSequence, oldest first.
    QList<ChatMessage> messages(const QString& broadcasterId, qint64 afterSequence = 0) const;

signals:
    void messageAdded(const streamside::sim::ChatMessage& message);

private:
    QHash<QString, QList<ChatMessage>> m_messages;
    qint64 m_lastSequence = 0;
};

} // namespace streamside::sim
