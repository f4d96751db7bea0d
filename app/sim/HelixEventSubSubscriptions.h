#pragma once

#include "sim/SimContext.h"
#include "sim/TokenStore.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>

namespace streamside::sim {

// Helix's /eventsub/subscriptions for the WebSocket transport: creates,
// lists and deletes subscriptions in SimContext::subscriptions following
// Twitch's rules (authorization per type, cost, duplicates, limits per
// client and user). Sessions are opened by the EventSub WebSocket side.
class HelixEventSubSubscriptions {
public:
    static constexpr int maxTotalCost = 10;
    static constexpr int maxEnabledPerSession = 300;
    static constexpr int maxSessionsWithSubscriptions = 3;
    static constexpr int pageSize = 100;

    explicit HelixEventSubSubscriptions(SimContext& context);

    QHttpServerResponse create(const QHttpServerRequest& request, const AccessToken& token);
    QHttpServerResponse list(const QHttpServerRequest& request, const AccessToken& token);
    QHttpServerResponse remove(const QHttpServerRequest& request, const AccessToken& token);

private:
    SimContext& m_context;
};

} // namespace streamside::sim
