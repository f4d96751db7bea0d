#include "sim/EventSubFrames.h"

#include <QElapsedTimer>
#include <QJsonValue>
#include <QUuid>

namespace streamside::sim::eventsub_frames {

namespace {

QJsonObject metadata(const QString& messageId, const QString& messageType) {
    return QJsonObject{{QStringLiteral("message_id"), messageId},
                       {QStringLiteral("message_type"), messageType},
                       {QStringLiteral("message_timestamp"), timestamp()}};
}

QJsonObject subscriptionMetadata(const QString& messageId, const QString& messageType,
                                 const Subscription& subscription) {
    QJsonObject result = metadata(messageId, messageType);
    result.insert(QStringLiteral("subscription_type"), subscription.type);
    result.insert(QStringLiteral("subscription_version"), subscription.version);
    return result;
}

QJsonObject sessionObject(const SessionState& session, bool reconnecting) {
    return QJsonObject{
        {QStringLiteral("id"), session.id},
        {QStringLiteral("status"), session.status},
        {QStringLiteral("connected_at"), timestamp(session.connectedAt)},
        {QStringLiteral("keepalive_timeout_seconds"),
         reconnecting ? QJsonValue(QJsonValue::Null) : QJsonValue(session.keepaliveSeconds)},
        {QStringLiteral("reconnect_url"),
         reconnecting ? QJsonValue(session.reconnectUrl) : QJsonValue(QJsonValue::Null)}};
}

} // namespace

QString timestamp(const QDateTime& at) {
    static QElapsedTimer clock = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    const qint64 subMillisecondNanos = clock.nsecsElapsed() % 1'000'000;
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) +
           QStringLiteral("%1Z").arg(subMillisecondNanos, 6, 10, QLatin1Char('0'));
}

QString newMessageId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject welcome(const SessionState& session) {
    return QJsonObject{
        {QStringLiteral("metadata"), metadata(newMessageId(), QStringLiteral("session_welcome"))},
        {QStringLiteral("payload"),
         QJsonObject{{QStringLiteral("session"), sessionObject(session, false)}}}};
}

QJsonObject keepalive() {
    return QJsonObject{
        {QStringLiteral("metadata"), metadata(newMessageId(), QStringLiteral("session_keepalive"))},
        {QStringLiteral("payload"), QJsonObject{}}};
}

QJsonObject reconnect(const SessionState& session) {
    return QJsonObject{
        {QStringLiteral("metadata"), metadata(newMessageId(), QStringLiteral("session_reconnect"))},
        {QStringLiteral("payload"),
         QJsonObject{{QStringLiteral("session"), sessionObject(session, true)}}}};
}

QJsonObject notification(const Subscription& subscription, const QJsonObject& event,
                         const QString& messageId) {
    // The official notification frame's subscription.transport has method and
    // session_id only (no connected_at): Subscription::toJson() without a
    // connection time gives exactly that.
    return QJsonObject{
        {QStringLiteral("metadata"),
         subscriptionMetadata(messageId, QStringLiteral("notification"), subscription)},
        {QStringLiteral("payload"),
         QJsonObject{{QStringLiteral("subscription"), subscription.toJson()},
                     {QStringLiteral("event"), event}}}};
}

QJsonObject revocation(const Subscription& subscription) {
    return QJsonObject{
        {QStringLiteral("metadata"),
         subscriptionMetadata(newMessageId(), QStringLiteral("revocation"), subscription)},
        {QStringLiteral("payload"),
         QJsonObject{{QStringLiteral("subscription"), subscription.toJson()}}}};
}

} // namespace streamside::sim::eventsub_frames
