#include "sim/SubscriptionRegistry.h"

#include <QSet>
#include <QUuid>

namespace streamside::sim {

QJsonObject Subscription::toJson(const QDateTime& connectedAt) const {
    QJsonObject transport{{QStringLiteral("method"), QStringLiteral("websocket")},
                          {QStringLiteral("session_id"), sessionId}};
    if (connectedAt.isValid())
        transport.insert(QStringLiteral("connected_at"),
                         connectedAt.toUTC().toString(Qt::ISODateWithMs));
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("status"), status},
        {QStringLiteral("type"), type},
        {QStringLiteral("version"), version},
        {QStringLiteral("condition"), condition},
        {QStringLiteral("transport"), transport},
        {QStringLiteral("created_at"), createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("cost"), cost}};
}

void SubscriptionRegistry::openSession(const QString& sessionId) {
    m_sessions.insert(sessionId, SessionInfo{sessionId, QDateTime::currentDateTimeUtc(), {}});
}

void SubscriptionRegistry::closeSession(const QString& sessionId, const QString& disabledStatus) {
    auto it = m_sessions.find(sessionId);
    if (it == m_sessions.end() || !it->isOpen())
        return;
    it->disconnectedAt = QDateTime::currentDateTimeUtc();
    for (Subscription& s : m_subscriptions)
        if (s.sessionId == sessionId && s.isEnabled())
            s.status = disabledStatus;
}

void SubscriptionRegistry::transferSession(const QString& fromSessionId,
                                           const QString& toSessionId) {
    for (Subscription& s : m_subscriptions)
        if (s.sessionId == fromSessionId)
            s.sessionId = toSessionId;
}

std::optional<SessionInfo> SubscriptionRegistry::session(const QString& sessionId) const {
    const auto it = m_sessions.constFind(sessionId);
    if (it == m_sessions.constEnd())
        return std::nullopt;
    return *it;
}

Subscription SubscriptionRegistry::add(Subscription subscription) {
    subscription.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    subscription.createdAt = QDateTime::currentDateTimeUtc();
    m_subscriptions.append(subscription);
    emit added(subscription);
    return subscription;
}

bool SubscriptionRegistry::remove(const QString& subscriptionId) {
    return m_subscriptions.removeIf([&](const Subscription& s) { return s.id == subscriptionId; }) >
           0;
}

std::optional<Subscription> SubscriptionRegistry::find(const QString& subscriptionId) const {
    for (const Subscription& s : m_subscriptions)
        if (s.id == subscriptionId)
            return s;
    return std::nullopt;
}

QList<Subscription> SubscriptionRegistry::forUser(const QString& clientId,
                                                  const QString& userId) const {
    QList<Subscription> result;
    for (const Subscription& s : m_subscriptions)
        if (s.clientId == clientId && s.userId == userId)
            result.append(s);
    return result;
}

QList<Subscription> SubscriptionRegistry::forSession(const QString& sessionId) const {
    QList<Subscription> result;
    for (const Subscription& s : m_subscriptions)
        if (s.sessionId == sessionId)
            result.append(s);
    return result;
}

QList<Subscription> SubscriptionRegistry::enabledMatching(
    const QString& type, const std::function<bool(const QJsonObject&)>& matches) const {
    QList<Subscription> result;
    for (const Subscription& s : m_subscriptions)
        if (s.isEnabled() && s.type == type && matches(s.condition))
            result.append(s);
    return result;
}

int SubscriptionRegistry::totalCost(const QString& clientId, const QString& userId) const {
    int total = 0;
    for (const Subscription& s : m_subscriptions)
        if (s.clientId == clientId && s.userId == userId && s.isEnabled())
            total += s.cost;
    return total;
}

int SubscriptionRegistry::openSessionsWithEnabledSubscriptions(const QString& clientId,
                                                               const QString& userId) const {
    QSet<QString> sessions;
    for (const Subscription& s : m_subscriptions)
        if (s.clientId == clientId && s.userId == userId && s.isEnabled())
            sessions.insert(s.sessionId);
    return int(sessions.size());
}

bool SubscriptionRegistry::revoke(const QString& subscriptionId, const QString& status) {
    for (Subscription& s : m_subscriptions) {
        if (s.id == subscriptionId) {
            s.status = status;
            emit revoked(s);
            return true;
        }
    }
    return false;
}

} // namespace streamside::sim
