#pragma once

#include "sim/HelixEventSubSubscriptions.h"
#include "sim/HelixRateLimiter.h"
#include "sim/SimContext.h"
#include "sim/TokenStore.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QList>
#include <QUrlQuery>

#include <functional>

class QHttpServer;

namespace streamside::sim {

// The simulated api.twitch.tv/helix: users, streams, channel search,
// channels, followed channels and streams, sending chat messages and EventSub
// subscriptions. Every call needs a usable token and the matching Client-Id,
// takes a point from the caller's rate-limit bucket and answers with
// Ratelimit-* headers. Control routes under /_sim/helix/ make it fail on
// purpose.
class HelixService {
public:
    explicit HelixService(SimContext& context);

    void addRoutes(QHttpServer& server);

    // Control: the next count Helix requests answer status (429 or 5xx).
    void failNextRequests(int status, int count);
    // Control: every Helix request answers status for the next milliseconds.
    void failRequestsFor(int status, int milliseconds);
    void clearForcedFailures();
    // How many requests a forced failure has answered so far.
    int forcedFailuresServed() const { return m_forcedServed; }
    // Sets SimSettings::helixPointsPerMinute and refills every bucket.
    void setPointsPerMinute(int points);

    HelixEventSubSubscriptions& eventSubSubscriptions() { return m_eventSub; }

private:
    using Endpoint =
        std::function<QHttpServerResponse(const QHttpServerRequest&, const AccessToken&)>;

    // Authentication, rate limiting, forced failures and headers around an endpoint.
    QHttpServerResponse serve(const QHttpServerRequest& request, const Endpoint& endpoint);
    int takeForcedFailure();

    QHttpServerResponse users(const QHttpServerRequest& request, const AccessToken& token);
    QHttpServerResponse streams(const QHttpServerRequest& request, const AccessToken& token);
    QHttpServerResponse searchChannels(const QHttpServerRequest& request, const AccessToken& token);
    QHttpServerResponse channels(const QHttpServerRequest& request, const AccessToken& token);
    QHttpServerResponse followedChannels(const QHttpServerRequest& request,
                                         const AccessToken& token);
    QHttpServerResponse followedStreams(const QHttpServerRequest& request,
                                        const AccessToken& token);
    QHttpServerResponse sendChatMessage(const QHttpServerRequest& request,
                                        const AccessToken& token);

    QHttpServerResponse controlFailures(const QHttpServerRequest& request);
    QHttpServerResponse controlRateLimit(const QHttpServerRequest& request);

    QString profileImageUrl(const QString& login) const;
    QJsonObject userJson(const SimUser& user) const;
    QJsonObject streamJson(const SimUser& user, const SimChannel& channel) const;
    // GET /streams and /streams/followed: the live channels as Twitch lists
    // them (most viewers first), one page of them.
    QHttpServerResponse streamsPage(QList<const SimChannel*> live, const QUrlQuery& query,
                                    int first) const;

    SimContext& m_context;
    HelixRateLimiter m_rateLimiter;
    HelixEventSubSubscriptions m_eventSub;
    int m_forcedStatus = 0;
    int m_forcedRemaining = 0; // requests still to fail, when counting
    QDateTime m_forcedUntil;   // failing until then, when timed
    int m_forcedServed = 0;
};

} // namespace streamside::sim
