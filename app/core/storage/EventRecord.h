#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace streamside {

// One channel event as the history stores it: the decoded fields the events
// list shows, plus the raw notification payload so that a better decoder can
// re-read old events.
struct EventRecord {
    QString messageId; // EventSub metadata.message_id: the de-duplication key
    QString channelId; // broadcaster user id
    QString kind;      // stable event kind name (see core/events)
    QString subscriptionType;
    QDateTime occurredAt;
    QDateTime receivedAt;
    QString actorLogin;
    QString actorName;
    QString targetName;
    std::optional<qint64> amount;
    QString message;
    QByteArray raw; // JSON

    bool operator==(const EventRecord&) const = default;
};

} // namespace streamside
