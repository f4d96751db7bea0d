#pragma once

#include "sim/SubscriptionRegistry.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// The frames the EventSub WebSocket server sends, shaped like the official
// examples in Twitch's "WebSocket Messages" reference (and the copies of them
// under tests/data/twitch-vectors). Free functions: they hold no state.
namespace streamside::sim::eventsub_frames {

// RFC 3339 in UTC with nine fractional digits, as Twitch writes timestamps
// ("2023-07-19T14:56:51.634234626Z"). Qt keeps milliseconds; the six digits
// below them come from a monotonic nanosecond clock so that they vary like
// Twitch's do instead of always reading 000000.
QString timestamp(const QDateTime& at = QDateTime::currentDateTimeUtc());

QString newMessageId();

// payload.session of a welcome or reconnect frame.
struct SessionState {
    QString id;
    QString status;       // "connected" or "reconnecting"
    int keepaliveSeconds; // null in a reconnect frame
    QString reconnectUrl; // null in a welcome frame
    QDateTime connectedAt;
};

QJsonObject welcome(const SessionState& session);
QJsonObject keepalive();
QJsonObject reconnect(const SessionState& session);
// A notification for one subscription. messageId lets the server resend a
// frame with the same id (Twitch's at-least-once delivery).
QJsonObject notification(const Subscription& subscription, const QJsonObject& event,
                         const QString& messageId = newMessageId());
QJsonObject revocation(const Subscription& subscription);

} // namespace streamside::sim::eventsub_frames
