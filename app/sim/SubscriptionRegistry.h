#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace streamside::sim {

// One EventSub subscription with WebSocket transport.
struct Subscription {
    QString id;
    QString type;
    QString version;
    QString status; // "enabled", or why it is not (Twitch's status strings)
    QJsonObject condition;
    QString sessionId;
    QString clientId; // the token's client
    QString userId;   // the token's user
    int cost = 0;
    QDateTime createdAt;

    bool isEnabled() const { return status == QLatin1String("enabled"); }
    // The subscription object as Helix and notification frames show it.
    QJsonObject toJson(const QDateTime& connectedAt = {}) const;
};

// An EventSub WebSocket session as the subscription side sees it.
struct SessionInfo {
    QString id;
    QDateTime connectedAt;
    QDateTime disconnectedAt; // set once closed
    bool isOpen() const { return !disconnectedAt.isValid(); }
};

// The subscriptions and WebSocket sessions shared by Helix (which creates,
// lists and deletes subscriptions) and the EventSub server (which opens and
// closes sessions and delivers notifications).
class SubscriptionRegistry : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // Sessions (EventSub WebSocket side).
    void openSession(const QString& sessionId);
    // Marks the session closed and disables its enabled subscriptions with
    // the given status (e.g. "websocket_disconnected"). No replay: a client
    // must subscribe again on a new session.
    void closeSession(const QString& sessionId, const QString& disabledStatus);
    // A successful session_reconnect: the subscriptions move to the new session.
    void transferSession(const QString& fromSessionId, const QString& toSessionId);
    std::optional<SessionInfo> session(const QString& sessionId) const;

    // Subscriptions (Helix side). add() assigns id and created_at.
    Subscription add(Subscription subscription);
    bool remove(const QString& subscriptionId);
    std::optional<Subscription> find(const QString& subscriptionId) const;
    QList<Subscription> all() const { return m_subscriptions; }
    QList<Subscription> forUser(const QString& clientId, const QString& userId) const;
    QList<Subscription> forSession(const QString& sessionId) const;
    // The enabled subscriptions of a type whose condition satisfies matches.
    QList<Subscription>
    enabledMatching(const QString& type,
                    const std::function<bool(const QJsonObject&)>& matches) const;

    // Twitch's limits are per (client id, user).
    int totalCost(const QString& clientId, const QString& userId) const;
    int openSessionsWithEnabledSubscriptions(const QString& clientId, const QString& userId) const;

    // Sets a new status; a subscription that is no longer enabled gets no
    // notifications. Emits revoked() so that the session is told.
    bool revoke(const QString& subscriptionId, const QString& status);

signals:
    void added(const streamside::sim::Subscription& subscription);
    void revoked(const streamside::sim::Subscription& subscription);

private:
    QList<Subscription> m_subscriptions;
    QHash<QString, SessionInfo> m_sessions;
};

} // namespace streamside::sim
