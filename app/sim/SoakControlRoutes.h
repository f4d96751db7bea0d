#pragma once

class QHttpServer;

namespace streamside::sim {

class Simulator;

// The control routes a soak test drives (documented in app/sim/README.md,
// "## Soak: load, chaos and the ledger"): the steady event load
// (/_sim/load), chaos mode (/_sim/chaos) and the delivery ledger
// (/_sim/ledger).
void addSoakControlRoutes(QHttpServer& http, Simulator& simulator);

} // namespace streamside::sim
