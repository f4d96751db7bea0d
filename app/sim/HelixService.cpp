#include "sim/HelixService.h"

#include "sim/HttpRequestHelpers.h"

#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <optional>

namespace streamside::sim {

using StatusCode = QHttpServerResponder::StatusCode;
using Method = QHttpServerRequest::Method;

namespace {

constexpr int maxIdsPerRequest = 100;

QString isoDate(const QDateTime& time) {
    return time.toUTC().toString(Qt::ISODate);
}

QHttpServerResponse missingParameter(const char* name) {
    return http::helixError(
        StatusCode::BadRequest,
        QStringLiteral("Missing required parameter \"%1\"").arg(QLatin1String(name)));
}

QHttpServerResponse missingScope(const char* scope) {
    return http::helixError(StatusCode::Unauthorized,
                            QStringLiteral("Missing scope: %1").arg(QLatin1String(scope)));
}

// Reads first= (1..maximum, defaultValue when absent). False when invalid.
bool readFirst(const QUrlQuery& query, int defaultValue, int maximum, int* first) {
    const QString text = http::value(query, "first");
    if (text.isEmpty()) {
        *first = defaultValue;
        return true;
    }
    bool ok = false;
    *first = text.toInt(&ok);
    return ok && *first >= 1 && *first <= maximum;
}

// One page of items starting at the after= cursor, with Twitch's pagination object.
struct Page {
    QJsonArray data;
    QJsonObject pagination;
    bool valid = true;
};

Page paginate(const QJsonArray& items, const QUrlQuery& query, int first) {
    Page page;
    const qsizetype offset = http::decodeCursor(http::value(query, "after"));
    if (offset < 0) {
        page.valid = false;
        return page;
    }
    for (qsizetype i = offset; i < items.size() && page.data.size() < first; ++i)
        page.data.append(items.at(i));
    if (offset + page.data.size() < items.size())
        page.pagination.insert(QStringLiteral("cursor"),
                               http::encodeCursor(offset + page.data.size()));
    return page;
}

QHttpServerResponse invalidCursor() {
    return http::helixError(StatusCode::BadRequest, QStringLiteral("The cursor is not valid."));
}

QHttpServerResponse userTokenRequired() {
    return http::helixError(StatusCode::Unauthorized,
                            QStringLiteral("This endpoint requires a user access token."));
}

} // namespace

HelixService::HelixService(SimContext& context)
    : m_context(context)
    , m_eventSub(context) {}

void HelixService::addRoutes(QHttpServer& server) {
    const auto add = [this, &server](const char* path, QHttpServerRequest::Methods methods,
                                     Endpoint endpoint) {
        server.route(QLatin1String(path), methods,
                     [this, endpoint](const QHttpServerRequest& request) {
                         return serve(request, endpoint);
                     });
    };
    using namespace std::placeholders;
    // More specific paths first: a route is chosen by the first rule that matches.
    add("/helix/streams/followed", Method::Get,
        std::bind(&HelixService::followedStreams, this, _1, _2));
    add("/helix/streams", Method::Get, std::bind(&HelixService::streams, this, _1, _2));
    add("/helix/users", Method::Get, std::bind(&HelixService::users, this, _1, _2));
    add("/helix/search/channels", Method::Get,
        std::bind(&HelixService::searchChannels, this, _1, _2));
    add("/helix/channels/followed", Method::Get,
        std::bind(&HelixService::followedChannels, this, _1, _2));
    add("/helix/channels", Method::Get, std::bind(&HelixService::channels, this, _1, _2));
    add("/helix/chat/messages", Method::Post,
        std::bind(&HelixService::sendChatMessage, this, _1, _2));
    add("/helix/eventsub/subscriptions", Method::Post,
        std::bind(&HelixEventSubSubscriptions::create, &m_eventSub, _1, _2));
    add("/helix/eventsub/subscriptions", Method::Get,
        std::bind(&HelixEventSubSubscriptions::list, &m_eventSub, _1, _2));
    add("/helix/eventsub/subscriptions", Method::Delete,
        std::bind(&HelixEventSubSubscriptions::remove, &m_eventSub, _1, _2));

    server.route(QStringLiteral("/_sim/helix/failures"), Method::Post | Method::Delete,
                 [this](const QHttpServerRequest& request) { return controlFailures(request); });
    server.route(QStringLiteral("/_sim/helix/rate-limit"), Method::Post,
                 [this](const QHttpServerRequest& request) { return controlRateLimit(request); });
}

void HelixService::failNextRequests(int status, int count) {
    m_forcedStatus = status;
    m_forcedRemaining = count;
    m_forcedUntil = {};
}

void HelixService::failRequestsFor(int status, int milliseconds) {
    m_forcedStatus = status;
    m_forcedRemaining = 0;
    m_forcedUntil = QDateTime::currentDateTimeUtc().addMSecs(milliseconds);
}

void HelixService::clearForcedFailures() {
    m_forcedStatus = 0;
    m_forcedRemaining = 0;
    m_forcedUntil = {};
}

void HelixService::setPointsPerMinute(int points) {
    m_context.settings.helixPointsPerMinute = points;
    m_rateLimiter.reset();
}

int HelixService::takeForcedFailure() {
    if (m_forcedStatus == 0)
        return 0;
    if (m_forcedUntil.isValid()) {
        if (QDateTime::currentDateTimeUtc() < m_forcedUntil)
            return m_forcedStatus;
        clearForcedFailures();
        return 0;
    }
    if (m_forcedRemaining > 0) {
        --m_forcedRemaining;
        return m_forcedStatus;
    }
    clearForcedFailures();
    return 0;
}

QHttpServerResponse HelixService::serve(const QHttpServerRequest& request,
                                        const Endpoint& endpoint) {
    const QByteArray authorization = http::header(request, "Authorization");
    const QString clientId = QString::fromLatin1(http::header(request, "Client-Id"));
    const QByteArray bearer = QByteArrayLiteral("Bearer ");
    const bool hasBearer = authorization.startsWith(bearer);
    const AccessToken* token = hasBearer ? m_context.tokens.findUsable(QString::fromLatin1(
                                               authorization.mid(bearer.size()).trimmed()))
                                         : nullptr;

    // Twitch limits per (client, user); a caller without a usable token is
    // counted against the client it names.
    const HelixRateLimiter::Outcome rate =
        token ? m_rateLimiter.take(token->clientId, token->userId,
                                   m_context.settings.helixPointsPerMinute)
              : m_rateLimiter.take(clientId, QString(), m_context.settings.helixPointsPerMinute);

    int remaining = rate.remaining;
    QHttpServerResponse response = [&]() -> QHttpServerResponse {
        if (const int forced = takeForcedFailure()) {
            ++m_forcedServed;
            if (forced == 429)
                remaining = 0;
            return http::helixError(StatusCode(forced), http::reasonPhrase(forced));
        }
        if (!hasBearer)
            return http::helixError(StatusCode::Unauthorized,
                                    QStringLiteral("OAuth token is missing"));
        if (!token)
            return http::helixError(StatusCode::Unauthorized,
                                    QStringLiteral("Invalid OAuth token"));
        if (clientId.isEmpty())
            return http::helixError(StatusCode::Unauthorized,
                                    QStringLiteral("Client-Id header is required"));
        if (clientId != token->clientId)
            return http::helixError(StatusCode::Unauthorized,
                                    QStringLiteral("Client ID and OAuth token do not match"));
        if (!rate.allowed)
            return http::helixError(StatusCode::TooManyRequests,
                                    QStringLiteral("Too Many Requests"));
        // The token record may move while the endpoint changes the store: pass a copy.
        const AccessToken caller = *token;
        return endpoint(request, caller);
    }();
    response.setHeader(QByteArrayLiteral("Ratelimit-Limit"), QByteArray::number(rate.limit));
    response.setHeader(QByteArrayLiteral("Ratelimit-Remaining"), QByteArray::number(remaining));
    response.setHeader(QByteArrayLiteral("Ratelimit-Reset"),
                       QByteArray::number(rate.resetEpochSeconds));
    return response;
}

QString HelixService::profileImageUrl(const QString& login) const {
    return m_context.httpBaseUrl.toString(QUrl::StripTrailingSlash) +
           QStringLiteral("/_sim/avatars/%1.svg").arg(login);
}

QJsonObject HelixService::userJson(const SimUser& user) const {
    return QJsonObject{{QStringLiteral("id"), user.id},
                       {QStringLiteral("login"), user.login},
                       {QStringLiteral("display_name"), user.displayName},
                       {QStringLiteral("type"), QString()},
                       {QStringLiteral("broadcaster_type"), user.broadcasterType},
                       {QStringLiteral("description"), user.description},
                       {QStringLiteral("profile_image_url"), profileImageUrl(user.login)},
                       {QStringLiteral("offline_image_url"), QString()},
                       {QStringLiteral("view_count"), 0},
                       {QStringLiteral("created_at"), isoDate(user.createdAt)}};
}

QJsonObject HelixService::streamJson(const SimUser& user, const SimChannel& channel) const {
    // Twitch's thumbnail URLs carry {width} and {height} for the client to
    // fill in; the simulator's point at the profile image so that they load.
    const QString thumbnail =
        profileImageUrl(user.login) + QStringLiteral("?size={width}x{height}");
    return QJsonObject{{QStringLiteral("id"), channel.streamId},
                       {QStringLiteral("user_id"), user.id},
                       {QStringLiteral("user_login"), user.login},
                       {QStringLiteral("user_name"), user.displayName},
                       {QStringLiteral("game_id"), channel.gameId},
                       {QStringLiteral("game_name"), channel.gameName},
                       {QStringLiteral("type"), QStringLiteral("live")},
                       {QStringLiteral("title"), channel.title},
                       {QStringLiteral("tags"), QJsonArray::fromStringList(channel.tags)},
                       {QStringLiteral("viewer_count"), channel.viewerCount},
                       {QStringLiteral("started_at"), isoDate(channel.startedAt)},
                       {QStringLiteral("language"), channel.language},
                       {QStringLiteral("thumbnail_url"), thumbnail},
                       {QStringLiteral("tag_ids"), QJsonArray()},
                       {QStringLiteral("is_mature"), false}};
}

QHttpServerResponse HelixService::users(const QHttpServerRequest& request,
                                        const AccessToken& token) {
    const QUrlQuery query = http::urlQuery(request);
    const QStringList ids = http::values(query, "id");
    const QStringList logins = http::values(query, "login");
    if (ids.size() + logins.size() > maxIdsPerRequest)
        return http::helixError(StatusCode::BadRequest,
                                QStringLiteral("The request may specify at most 100 id and "
                                               "login parameters combined."));
    QList<const SimUser*> found;
    if (ids.isEmpty() && logins.isEmpty()) {
        if (token.isAppToken())
            return http::helixError(StatusCode::BadRequest,
                                    QStringLiteral("The id or login parameter is required "
                                                   "with an app access token."));
        found.append(m_context.world.userById(token.userId));
    }
    for (const QString& id : ids)
        found.append(m_context.world.userById(id));
    for (const QString& login : logins)
        found.append(m_context.world.userByLogin(login));
    QJsonArray data;
    QSet<QString> seen;
    for (const SimUser* user : found)
        if (user && !seen.contains(user->id)) {
            seen.insert(user->id);
            data.append(userJson(*user));
        }
    return http::json(QJsonObject{{QStringLiteral("data"), data}});
}

QHttpServerResponse HelixService::streamsPage(QList<const SimChannel*> live, const QUrlQuery& query,
                                              int first) const {
    std::stable_sort(live.begin(), live.end(), [](const SimChannel* a, const SimChannel* b) {
        return a->viewerCount > b->viewerCount;
    });
    QJsonArray items;
    for (const SimChannel* channel : live)
        items.append(streamJson(*m_context.world.userById(channel->broadcasterId), *channel));
    const Page page = paginate(items, query, first);
    if (!page.valid)
        return invalidCursor();
    return http::json(QJsonObject{{QStringLiteral("data"), page.data},
                                  {QStringLiteral("pagination"), page.pagination}});
}

QHttpServerResponse HelixService::streams(const QHttpServerRequest& request, const AccessToken&) {
    const QUrlQuery query = http::urlQuery(request);
    const QStringList ids = http::values(query, "user_id");
    const QStringList logins = http::values(query, "user_login");
    if (ids.size() + logins.size() > maxIdsPerRequest)
        return http::helixError(StatusCode::BadRequest,
                                QStringLiteral("The request may specify at most 100 user_id and "
                                               "user_login parameters combined."));
    int first = 0;
    if (!readFirst(query, 20, 100, &first))
        return http::helixError(StatusCode::BadRequest,
                                QStringLiteral("first must be a number from 1 to 100."));
    const bool filtered = !ids.isEmpty() || !logins.isEmpty();
    QList<const SimChannel*> live;
    for (const SimChannel& channel : m_context.world.channels) {
        if (!channel.live)
            continue;
        const SimUser* user = m_context.world.userById(channel.broadcasterId);
        if (!user)
            continue;
        const bool wanted = !filtered || ids.contains(user->id) ||
                            logins.contains(user->login, Qt::CaseInsensitive);
        if (wanted)
            live.append(&channel);
    }
    return streamsPage(live, query, first);
}

QHttpServerResponse HelixService::searchChannels(const QHttpServerRequest& request,
                                                 const AccessToken&) {
    const QUrlQuery query = http::urlQuery(request);
    const QString text = http::value(query, "query").trimmed();
    if (text.isEmpty())
        return missingParameter("query");
    int first = 0;
    if (!readFirst(query, 20, 100, &first))
        return http::helixError(StatusCode::BadRequest,
                                QStringLiteral("first must be a number from 1 to 100."));
    const bool liveOnly = http::value(query, "live_only") == QLatin1String("true");
    QJsonArray liveResults;
    QJsonArray offlineResults;
    for (const SimChannel& channel : m_context.world.channels) {
        const SimUser* user = m_context.world.userById(channel.broadcasterId);
        if (!user || (liveOnly && !channel.live))
            continue;
        if (!user->login.contains(text, Qt::CaseInsensitive) &&
            !user->displayName.contains(text, Qt::CaseInsensitive))
            continue;
        const QJsonObject result{
            {QStringLiteral("broadcaster_language"), channel.language},
            {QStringLiteral("broadcaster_login"), user->login},
            {QStringLiteral("display_name"), user->displayName},
            {QStringLiteral("game_id"), channel.gameId},
            {QStringLiteral("game_name"), channel.gameName},
            {QStringLiteral("id"), user->id},
            {QStringLiteral("is_live"), channel.live},
            {QStringLiteral("tag_ids"), QJsonArray()},
            {QStringLiteral("tags"), QJsonArray::fromStringList(channel.tags)},
            {QStringLiteral("thumbnail_url"), profileImageUrl(user->login)},
            {QStringLiteral("title"), channel.title},
            {QStringLiteral("started_at"), channel.live ? isoDate(channel.startedAt) : QString()}};
        (channel.live ? liveResults : offlineResults).append(result);
    }
    QJsonArray items = liveResults;
    for (const QJsonValue& result : offlineResults)
        items.append(result);
    const Page page = paginate(items, query, first);
    if (!page.valid)
        return invalidCursor();
    return http::json(QJsonObject{{QStringLiteral("data"), page.data},
                                  {QStringLiteral("pagination"), page.pagination}});
}

QHttpServerResponse HelixService::channels(const QHttpServerRequest& request, const AccessToken&) {
    const QStringList ids = http::values(http::urlQuery(request), "broadcaster_id");
    if (ids.isEmpty())
        return missingParameter("broadcaster_id");
    if (ids.size() > maxIdsPerRequest)
        return http::helixError(
            StatusCode::BadRequest,
            QStringLiteral("The request may specify at most 100 broadcaster_id parameters."));
    QJsonArray data;
    for (const QString& id : ids) {
        const SimUser* user = m_context.world.userById(id);
        const SimChannel* channel = m_context.world.channelById(id);
        if (!user || !channel)
            continue;
        data.append(QJsonObject{{QStringLiteral("broadcaster_id"), user->id},
                                {QStringLiteral("broadcaster_login"), user->login},
                                {QStringLiteral("broadcaster_name"), user->displayName},
                                {QStringLiteral("broadcaster_language"), channel->language},
                                {QStringLiteral("game_id"), channel->gameId},
                                {QStringLiteral("game_name"), channel->gameName},
                                {QStringLiteral("title"), channel->title},
                                {QStringLiteral("delay"), 0},
                                {QStringLiteral("tags"), QJsonArray::fromStringList(channel->tags)},
                                {QStringLiteral("content_classification_labels"), QJsonArray()},
                                {QStringLiteral("is_branded_content"), false}});
    }
    return http::json(QJsonObject{{QStringLiteral("data"), data}});
}

namespace {
// Both "followed" endpoints: a user token with user:read:follows, asking
// about its own user.
std::optional<QHttpServerResponse> refuseFollowsRequest(const AccessToken& token,
                                                        const QString& userId) {
    if (token.isAppToken())
        return userTokenRequired();
    if (!token.hasScope(QStringLiteral("user:read:follows")))
        return missingScope("user:read:follows");
    if (userId.isEmpty())
        return missingParameter("user_id");
    if (userId != token.userId)
        return http::helixError(
            StatusCode::Unauthorized,
            QStringLiteral("The ID in user_id must match the user ID in the access token."));
    return std::nullopt;
}
} // namespace

QHttpServerResponse HelixService::followedChannels(const QHttpServerRequest& request,
                                                   const AccessToken& token) {
    const QUrlQuery query = http::urlQuery(request);
    const QString userId = http::value(query, "user_id");
    if (auto refused = refuseFollowsRequest(token, userId))
        return std::move(*refused);
    int first = 0;
    if (!readFirst(query, 20, 100, &first))
        return http::helixError(StatusCode::BadRequest,
                                QStringLiteral("first must be a number from 1 to 100."));
    const QString broadcasterFilter = http::value(query, "broadcaster_id");
    const QStringList followed = m_context.world.follows.value(userId);
    // The world keeps no follow dates: give the follows stable, decreasing
    // dates so that the list is newest first, as Twitch orders it.
    const QDateTime newestFollow = QDateTime(QDate(2025, 6, 1), QTime(18, 0), Qt::UTC);
    QJsonArray items;
    for (qsizetype i = 0; i < followed.size(); ++i) {
        const SimUser* broadcaster = m_context.world.userById(followed.at(i));
        if (!broadcaster || (!broadcasterFilter.isEmpty() && broadcaster->id != broadcasterFilter))
            continue;
        items.append(
            QJsonObject{{QStringLiteral("broadcaster_id"), broadcaster->id},
                        {QStringLiteral("broadcaster_login"), broadcaster->login},
                        {QStringLiteral("broadcaster_name"), broadcaster->displayName},
                        {QStringLiteral("followed_at"), isoDate(newestFollow.addDays(-37 * i))}});
    }
    const Page page = paginate(items, query, first);
    if (!page.valid)
        return invalidCursor();
    return http::json(QJsonObject{{QStringLiteral("data"), page.data},
                                  {QStringLiteral("pagination"), page.pagination},
                                  {QStringLiteral("total"), int(items.size())}});
}

QHttpServerResponse HelixService::followedStreams(const QHttpServerRequest& request,
                                                  const AccessToken& token) {
    const QUrlQuery query = http::urlQuery(request);
    const QString userId = http::value(query, "user_id");
    if (auto refused = refuseFollowsRequest(token, userId))
        return std::move(*refused);
    int first = 0;
    if (!readFirst(query, 100, 100, &first))
        return http::helixError(StatusCode::BadRequest,
                                QStringLiteral("first must be a number from 1 to 100."));
    QList<const SimChannel*> live;
    for (const QString& broadcasterId : m_context.world.follows.value(userId)) {
        const SimChannel* channel = m_context.world.channelById(broadcasterId);
        if (channel && channel->live && m_context.world.userById(broadcasterId))
            live.append(channel);
    }
    return streamsPage(live, query, first);
}

QHttpServerResponse HelixService::sendChatMessage(const QHttpServerRequest& request,
                                                  const AccessToken& token) {
    if (token.isAppToken())
        return userTokenRequired();
    if (!token.hasScope(QStringLiteral("user:write:chat")))
        return missingScope("user:write:chat");
    QJsonParseError parseError;
    const QJsonObject body = QJsonDocument::fromJson(request.body(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return http::helixError(StatusCode::BadRequest,
                                QStringLiteral("The request body is not valid JSON."));
    const QString broadcasterId = body.value(QStringLiteral("broadcaster_id")).toString();
    const QString senderId = body.value(QStringLiteral("sender_id")).toString();
    const QString message = body.value(QStringLiteral("message")).toString();
    if (broadcasterId.isEmpty())
        return missingParameter("broadcaster_id");
    if (senderId.isEmpty())
        return missingParameter("sender_id");
    if (message.trimmed().isEmpty())
        return missingParameter("message");
    if (senderId != token.userId)
        return http::helixError(
            StatusCode::Unauthorized,
            QStringLiteral("The ID in sender_id must match the user ID in the access token."));
    if (!m_context.world.channelById(broadcasterId))
        return http::helixError(StatusCode::BadRequest,
                                QStringLiteral("The ID in broadcaster_id is not valid."));
    // Twitch counts characters, not UTF-16 code units.
    if (message.toUcs4().size() > 500)
        return http::helixError(StatusCode(422), QStringLiteral("The message is too large."));

    const SimUser* sender = m_context.world.userById(senderId);
    ChatMessage chat;
    chat.broadcasterId = broadcasterId;
    chat.userId = senderId;
    chat.userLogin = sender ? sender->login : QString();
    chat.userName = sender ? sender->displayName : QString();
    chat.color = sender ? sender->avatarColor : QString();
    chat.text = message;
    const ChatMessage sent = m_context.chat.append(chat);
    return http::json(
        QJsonObject{{QStringLiteral("data"),
                     QJsonArray{QJsonObject{{QStringLiteral("message_id"), sent.id},
                                            {QStringLiteral("is_sent"), true},
                                            {QStringLiteral("drop_reason"), QJsonValue::Null}}}}});
}

QHttpServerResponse HelixService::controlFailures(const QHttpServerRequest& request) {
    if (request.method() == Method::Delete) {
        clearForcedFailures();
        return http::empty(StatusCode::NoContent);
    }
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    const int status = body.value(QStringLiteral("status")).toInt();
    const int count = body.value(QStringLiteral("count")).toInt(0);
    const int durationMs = body.value(QStringLiteral("duration_ms")).toInt(0);
    if (status != 429 && (status < 500 || status > 599))
        return http::helixError(StatusCode::BadRequest,
                                QStringLiteral("status must be 429 or a 5xx code."));
    if ((count > 0) == (durationMs > 0))
        return http::helixError(StatusCode::BadRequest,
                                QStringLiteral("Give either count or duration_ms (> 0)."));
    if (count > 0)
        failNextRequests(status, count);
    else
        failRequestsFor(status, durationMs);
    return http::empty(StatusCode::NoContent);
}

QHttpServerResponse HelixService::controlRateLimit(const QHttpServerRequest& request) {
    const int points =
        QJsonDocument::fromJson(request.body()).object().value("points_per_minute").toInt(0);
    if (points < 1)
        return http::helixError(StatusCode::BadRequest,
                                QStringLiteral("points_per_minute must be a number >= 1."));
    setPointsPerMinute(points);
    return http::empty(StatusCode::NoContent);
}

} // namespace streamside::sim
