#pragma once

#include "core/helix/HelixModels.h"

#include <QByteArray>
#include <QList>

namespace streamside {

// Reads the body of a successful Helix answer into the records of
// HelixModels.h. Pure functions of the bytes, so that they can be tested and
// fuzzed without a network: whatever Twitch (or anyone in its place) sends,
// they answer with records, missing or mistyped fields left empty, never
// with a failure. Errors (non-2xx answers) are HelixError::fromHttpAnswer's.
class HelixResponseParser {
public:
    // GET /users: {"data":[{user}, ...]}
    static QList<HelixUser> users(const QByteArray& body);
    // GET /streams: {"data":[{stream}, ...], "pagination":{...}}
    static QList<HelixStream> streams(const QByteArray& body);
    // GET /search/channels: {"data":[{channel}, ...], "pagination":{...}}
    static QList<HelixChannelSearchResult> channelSearchResults(const QByteArray& body);
    // POST /eventsub/subscriptions (202): {"data":[{subscription}],
    // "total":…, "total_cost":…, "max_total_cost":…}
    static CreatedEventSubSubscription createdSubscription(const QByteArray& body);
    // POST /chat/messages: {"data":[{"message_id":…, "is_sent":…, "drop_reason":{…}}]}
    static SentChatMessage sentChatMessage(const QByteArray& body);
};

} // namespace streamside
