#pragma once

#include "sim/ChatLog.h"
#include "sim/DeliveryLedger.h"
#include "sim/SimSettings.h"
#include "sim/SubscriptionRegistry.h"
#include "sim/TokenStore.h"
#include "sim/World.h"

#include <QUrl>

namespace streamside::sim {

// The state every simulator service shares. Owned by the Simulator; services
// keep a reference. Lives on one thread: the simulator is single-threaded.
struct SimContext {
    World world = World::standard();
    SimSettings settings;
    SubscriptionRegistry subscriptions;
    ChatLog chat;
    // OAuth: every token, authorization code and device authorization issued.
    TokenStore tokens;
    // EventSub: every notification frame written and how every socket ended.
    DeliveryLedger ledger;
    QUrl httpBaseUrl; // http://127.0.0.1:<port>, known once listening
    QUrl eventSubUrl; // ws://127.0.0.1:<port>/ws, known once listening
};

} // namespace streamside::sim
