#pragma once

class QHttpServer;

namespace streamside::sim {

class EventSubServer;
class LivelyGenerator;
struct SimContext;

// The EventSub part of the simulator's control API under /_sim/ (documented
// in app/sim/README.md, "## EventSub"): trigger events, steer sessions
// (reconnect, close, drop, keepalives, silence, malformed and duplicated
// frames, revocations) and the lively event generator.
void addEventSubControlRoutes(QHttpServer& http, SimContext& context, EventSubServer& eventSub,
                              LivelyGenerator& lively);

} // namespace streamside::sim
