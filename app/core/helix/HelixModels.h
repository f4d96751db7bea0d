#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// The records Helix requests take and answers give, reduced to the fields
// Streamside reads. Plain data: how they are read from JSON is
// HelixResponseParser's business.
namespace streamside {

// POST /eventsub/subscriptions with the WebSocket transport.
struct EventSubSubscriptionRequest {
    QString type;          // "channel.chat.message"
    QString version;       // "1"
    QJsonObject condition; // {"broadcaster_user_id": "…", "user_id": "…"}
    QString sessionId;     // the EventSub WebSocket session to deliver on
};

// The answer to a created subscription (202).
struct CreatedEventSubSubscription {
    QString id;
    QString status; // "enabled"
    QString type;
    QString version;
    int cost = 0;
    int totalCost = 0;    // of every subscription of this (client, user)
    int maxTotalCost = 0; // Twitch's limit for that total
};

// GET /users
struct HelixUser {
    QString id;
    QString login;
    QString displayName;
    QString broadcasterType; // "partner", "affiliate" or ""
    QString description;
    QString profileImageUrl;
    QString offlineImageUrl;
    QDateTime createdAt;
};

// GET /streams: a live stream.
struct HelixStream {
    QString id;
    QString userId;
    QString userLogin;
    QString userName;
    QString gameId;
    QString gameName;
    QString title;
    QStringList tags;
    int viewerCount = 0;
    QDateTime startedAt;
    QString language;
    QString thumbnailUrl; // with Twitch's {width}x{height} placeholders
    bool isMature = false;
};

// GET /search/channels: one channel that matched.
struct HelixChannelSearchResult {
    QString id; // the broadcaster's user id
    QString login;
    QString displayName;
    QString gameId;
    QString gameName;
    QString title;
    QStringList tags;
    QString language;
    QString thumbnailUrl;
    bool isLive = false;
    QDateTime startedAt; // invalid when offline
};

// POST /chat/messages
struct SentChatMessage {
    QString messageId;
    bool isSent = false;
    QString dropReasonCode;    // when not sent, e.g. "msg_duplicate"
    QString dropReasonMessage; // Twitch's words for it
};

} // namespace streamside
