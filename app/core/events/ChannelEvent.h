#pragma once

#include "core/events/EventKind.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace streamside {

// One decoded EventSub notification: what the events list, the history and
// the notifications work with.
struct ChannelEvent {
    QString messageId; // metadata.message_id (empty for a bare payload)
    // What identifies the happening itself across channels: in a shared chat
    // the same resub reaches several channels, each copy naming the source
    // message; all copies share this key and are shown once.
    QString dedupKey;
    QString subscriptionType;
    QString subscriptionVersion;
    QString noticeType; // channel.chat.notification only
    EventKind kind = EventKind::Other;

    QString broadcasterId;
    QString broadcasterLogin;
    QString broadcasterName;

    QString actorId; // who did it; empty when anonymous or nobody
    QString actorLogin;
    QString actorName;
    bool actorAnonymous = false;

    QString targetLogin; // gift recipient, raid target, shoutout target ...
    QString targetName;

    std::optional<qint64> amount; // months, bits, viewers, gifts, points, tier, seconds
    QString tier;                 // subscription tier: "1000", "2000", "3000" or "prime"
    QString currency;             // charity: ISO currency of amount (in minor units)
    int decimalPlaces = 0;        // charity: minor units per major unit = 10^decimalPlaces
    QString text;                 // the viewer's message, a title, a reward name ...
    QString systemMessage;        // Twitch's own one-line description, when it sent one
    QString sourceBroadcasterId;  // shared chat: the channel where it happened

    QDateTime occurredAt;
    QByteArray raw; // the notification payload as received (JSON)

    bool operator==(const ChannelEvent&) const = default;
};

} // namespace streamside

Q_DECLARE_METATYPE(streamside::ChannelEvent)
