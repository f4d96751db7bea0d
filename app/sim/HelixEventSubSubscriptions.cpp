#include "sim/HelixEventSubSubscriptions.h"

#include "sim/EventSubTypeCatalog.h"
#include "sim/HttpRequestHelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace streamside::sim {

using StatusCode = QHttpServerResponder::StatusCode;
using Authorization = EventSubTypeRule::Authorization;

namespace {

bool hasAnyScope(const AccessToken& token, const QStringList& scopes) {
    if (scopes.isEmpty())
        return true;
    for (const QString& scope : scopes)
        if (token.hasScope(scope))
            return true;
    return false;
}

// The user ids a condition names (broadcaster_user_id, user_id, moderator_user_id, …).
QStringList conditionUserIds(const QJsonObject& condition) {
    QStringList ids;
    for (auto it = condition.constBegin(); it != condition.constEnd(); ++it)
        if (it.key().endsWith(QLatin1String("user_id")) && !it.value().toString().isEmpty())
            ids.append(it.value().toString());
    return ids;
}

// Whether the token may create a subscription of this rule with this condition.
bool isAuthorized(const EventSubTypeRule& rule, const QJsonObject& condition,
                  const AccessToken& token, const World& world) {
    const QString broadcaster = condition.value(QStringLiteral("broadcaster_user_id")).toString();
    switch (rule.authorization) {
    case Authorization::None:
        return true;
    case Authorization::ChatReader:
        return condition.value(QStringLiteral("user_id")).toString() == token.userId &&
               hasAnyScope(token, rule.scopes);
    case Authorization::Broadcaster:
        return broadcaster == token.userId && hasAnyScope(token, rule.scopes);
    case Authorization::Moderator:
        return condition.value(QStringLiteral("moderator_user_id")).toString() == token.userId &&
               (broadcaster == token.userId || world.isModerator(broadcaster, token.userId)) &&
               hasAnyScope(token, rule.scopes);
    }
    return false;
}

// Twitch: subscriptions that need authorization cost nothing, and neither do
// those about the token's own user; every other subscription costs 1.
int costOf(const EventSubTypeRule& rule, const QJsonObject& condition, const AccessToken& token) {
    if (rule.authorization != Authorization::None)
        return 0;
    return conditionUserIds(condition).contains(token.userId) ? 0 : 1;
}

QJsonObject subscriptionJson(const Subscription& subscription,
                             const SubscriptionRegistry& registry) {
    const std::optional<SessionInfo> session = registry.session(subscription.sessionId);
    return subscription.toJson(session ? session->connectedAt : QDateTime());
}

} // namespace

HelixEventSubSubscriptions::HelixEventSubSubscriptions(SimContext& context)
    : m_context(context) {}

QHttpServerResponse HelixEventSubSubscriptions::create(const QHttpServerRequest& request,
                                                       const AccessToken& token) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return http::helixError(StatusCode::BadRequest,
                                QStringLiteral("The request body is not a JSON object."));
    const QJsonObject body = document.object();
    const QString type = body.value(QStringLiteral("type")).toString();
    const QString version = body.value(QStringLiteral("version")).toString();
    const QJsonObject condition = body.value(QStringLiteral("condition")).toObject();
    const QJsonObject transport = body.value(QStringLiteral("transport")).toObject();

    if (type.isEmpty() || version.isEmpty())
        return http::helixError(StatusCode::BadRequest,
                                QStringLiteral("The type and version fields are required."));
    const std::optional<EventSubTypeRule> rule = EventSubTypeCatalog::find(type, version);
    if (!rule)
        return http::helixError(
            StatusCode::BadRequest,
            QStringLiteral("The combination of values in the type and version fields is not "
                           "valid."));
    if (!body.contains(QStringLiteral("condition")))
        return http::helixError(StatusCode::BadRequest,
                                QStringLiteral("The condition field is required."));

    const QString method = transport.value(QStringLiteral("method")).toString();
    if (method != QLatin1String("websocket"))
        return http::helixError(
            StatusCode::BadRequest,
            QStringLiteral("The transport method is not valid: the simulator offers only the "
                           "websocket transport."));
    if (token.isAppToken())
        return http::helixError(
            StatusCode::BadRequest,
            QStringLiteral("The websocket transport requires a user access token."));
    const QString sessionId = transport.value(QStringLiteral("session_id")).toString();
    if (sessionId.isEmpty())
        return http::helixError(StatusCode::BadRequest,
                                QStringLiteral("The session_id field is required if you specify "
                                               "the WebSocket transport method."));
    const std::optional<SessionInfo> session = m_context.subscriptions.session(sessionId);
    if (!session || !session->isOpen())
        return http::helixError(
            StatusCode::BadRequest,
            QStringLiteral("websocket transport session does not exist or has already "
                           "disconnected"));

    for (const QString& field : rule->requiredConditionFields)
        if (condition.value(field).toString().isEmpty())
            return http::helixError(
                StatusCode::BadRequest,
                QStringLiteral("The condition object is missing the required field %1.")
                    .arg(field));
    if (!rule->exactlyOneOfConditionFields.isEmpty()) {
        int set = 0;
        for (const QString& field : rule->exactlyOneOfConditionFields)
            if (!condition.value(field).toString().isEmpty())
                ++set;
        if (set != 1)
            return http::helixError(
                StatusCode::BadRequest,
                QStringLiteral("The condition object must set exactly one of %1.")
                    .arg(rule->exactlyOneOfConditionFields.join(QStringLiteral(", "))));
    }
    for (const QString& userId : conditionUserIds(condition))
        if (!m_context.world.userById(userId))
            return http::helixError(
                StatusCode::BadRequest,
                QStringLiteral("The user specified in the condition object does not exist."));

    if (!isAuthorized(*rule, condition, token, m_context.world))
        return http::helixError(StatusCode::Forbidden,
                                QStringLiteral("subscription missing proper authorization"));

    const QList<Subscription> mine = m_context.subscriptions.forUser(token.clientId, token.userId);
    int enabledOnSession = 0;
    QSet<QString> sessionsWithSubscriptions;
    for (const Subscription& existing : mine) {
        if (!existing.isEnabled())
            continue;
        if (existing.type == type && existing.version == version &&
            existing.condition == condition && existing.sessionId == sessionId)
            return http::helixError(StatusCode::Conflict,
                                    QStringLiteral("subscription already exists"));
        sessionsWithSubscriptions.insert(existing.sessionId);
        if (existing.sessionId == sessionId)
            ++enabledOnSession;
    }
    if (enabledOnSession >= maxEnabledPerSession)
        return http::helixError(
            StatusCode::TooManyRequests,
            QStringLiteral("The WebSocket session already has %1 enabled subscriptions.")
                .arg(maxEnabledPerSession));
    if (!sessionsWithSubscriptions.contains(sessionId) &&
        sessionsWithSubscriptions.size() >= maxSessionsWithSubscriptions)
        return http::helixError(
            StatusCode::TooManyRequests,
            QStringLiteral("The user already has %1 WebSocket sessions with enabled "
                           "subscriptions for this client.")
                .arg(maxSessionsWithSubscriptions));
    const int cost = costOf(*rule, condition, token);
    const int totalCost = m_context.subscriptions.totalCost(token.clientId, token.userId);
    if (totalCost + cost > maxTotalCost)
        return http::helixError(
            StatusCode::TooManyRequests,
            QStringLiteral("The subscription would exceed max_total_cost %1 (total_cost is %2).")
                .arg(maxTotalCost)
                .arg(totalCost));

    Subscription subscription;
    subscription.type = type;
    subscription.version = version;
    subscription.status = QStringLiteral("enabled");
    subscription.condition = condition;
    subscription.sessionId = sessionId;
    subscription.clientId = token.clientId;
    subscription.userId = token.userId;
    subscription.cost = cost;
    subscription = m_context.subscriptions.add(subscription);

    return http::json(
        QJsonObject{{QStringLiteral("data"), QJsonArray{subscription.toJson(session->connectedAt)}},
                    {QStringLiteral("total"),
                     m_context.subscriptions.forUser(token.clientId, token.userId).size()},
                    {QStringLiteral("total_cost"),
                     m_context.subscriptions.totalCost(token.clientId, token.userId)},
                    {QStringLiteral("max_total_cost"), maxTotalCost}},
        StatusCode::Accepted);
}

QHttpServerResponse HelixEventSubSubscriptions::list(const QHttpServerRequest& request,
                                                     const AccessToken& token) {
    const QUrlQuery query = http::urlQuery(request);
    const QString status = http::value(query, "status");
    const QString type = http::value(query, "type");
    const QString userId = http::value(query, "user_id");
    const QString subscriptionId = http::value(query, "subscription_id");
    if (int(!status.isEmpty()) + int(!type.isEmpty()) + int(!userId.isEmpty()) > 1)
        return http::helixError(
            StatusCode::BadRequest,
            QStringLiteral("Specify only one of the status, type and user_id filters."));
    const qsizetype offset = http::decodeCursor(http::value(query, "after"));
    if (offset < 0)
        return http::helixError(StatusCode::BadRequest, QStringLiteral("The cursor is not valid."));

    // A user token sees the WebSocket subscriptions its user created with this client.
    const QList<Subscription> mine = m_context.subscriptions.forUser(token.clientId, token.userId);
    QJsonArray matching;
    for (const Subscription& subscription : mine) {
        if (!status.isEmpty() && subscription.status != status)
            continue;
        if (!type.isEmpty() && subscription.type != type)
            continue;
        if (!userId.isEmpty() && !conditionUserIds(subscription.condition).contains(userId))
            continue;
        if (!subscriptionId.isEmpty() && subscription.id != subscriptionId)
            continue;
        matching.append(subscriptionJson(subscription, m_context.subscriptions));
    }
    QJsonArray page;
    for (qsizetype i = offset; i < matching.size() && page.size() < pageSize; ++i)
        page.append(matching.at(i));
    QJsonObject pagination;
    if (offset + page.size() < matching.size())
        pagination.insert(QStringLiteral("cursor"), http::encodeCursor(offset + page.size()));
    return http::json(QJsonObject{{QStringLiteral("data"), page},
                                  {QStringLiteral("total"), mine.size()},
                                  {QStringLiteral("total_cost"),
                                   m_context.subscriptions.totalCost(token.clientId, token.userId)},
                                  {QStringLiteral("max_total_cost"), maxTotalCost},
                                  {QStringLiteral("pagination"), pagination}});
}

QHttpServerResponse HelixEventSubSubscriptions::remove(const QHttpServerRequest& request,
                                                       const AccessToken& token) {
    const QString id = http::value(http::urlQuery(request), "id");
    if (id.isEmpty())
        return http::helixError(StatusCode::BadRequest,
                                QStringLiteral("Missing required parameter \"id\""));
    const std::optional<Subscription> subscription = m_context.subscriptions.find(id);
    if (!subscription || subscription->clientId != token.clientId ||
        subscription->userId != token.userId)
        return http::helixError(StatusCode::NotFound,
                                QStringLiteral("The subscription was not found."));
    m_context.subscriptions.remove(id);
    return http::empty(StatusCode::NoContent);
}

} // namespace streamside::sim
