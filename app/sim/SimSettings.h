#pragma once

namespace streamside::sim {

// Every time window and rate the simulator uses. Twitch's values by default;
// tests shorten the windows so that timing rules can be checked in seconds.
struct SimSettings {
    // EventSub WebSocket
    int subscribeWindowMs = 10'000; // no subscription this long after welcome: close 4003
    int reconnectGraceMs = 30'000;  // old socket closed 4004 this long after session_reconnect
    int minKeepaliveSeconds = 10;   // accepted keepalive_timeout_seconds range
    int maxKeepaliveSeconds = 600;
    int defaultKeepaliveSeconds = 10;
    int pingIntervalMs = 60'000; // server pings; an unanswered ping closes 4002
    int pongTimeoutMs = 10'000;

    // OAuth
    int accessTokenLifetimeSeconds = 4 * 3600;
    int deviceCodeLifetimeSeconds = 1800;
    int deviceCodePollIntervalSeconds = 5;

    // Helix
    int helixPointsPerMinute = 800; // token bucket per (client id, user)

    // Event generation
    double livelyEventsPerSecond = 3.0;
};

} // namespace streamside::sim
