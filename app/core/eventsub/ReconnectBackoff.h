#pragma once

#include <algorithm>
#include <functional>

namespace streamside {

// The delays between reconnect attempts: the first retry at once (a single
// drop is usually a blip), then exponential growth up to a cap, each delay
// spread by a random ± jitter so that many clients dropped at the same moment
// do not all come back at the same moment. reset() once a connection has
// proven healthy.
class ReconnectBackoff {
public:
    struct Options {
        int initialDelayMs = 1000; // the delay before the second retry
        double multiplier = 2.0;   // growth from one retry to the next
        int maxDelayMs = 60'000;   // cap, jitter included
        double jitter = 0.2;       // each delay varies by up to ± this fraction
    };
    // Returns a number uniformly distributed in [0, 1).
    using RandomSource = std::function<double()>;

    // Out-of-range options are clamped (negative delays to 0, multiplier to
    // at least 1, jitter to 0..1). Without a random source, QRandomGenerator.
    explicit ReconnectBackoff(Options options, RandomSource random = {});

    // The delay before the next attempt, in milliseconds; counts the attempt.
    int nextDelayMs();
    // Back to "first retry at once".
    void reset() { m_attempts = 0; }
    // Counts no more than this many attempts: the next delay is then at
    // most that step's (1: about initialDelayMs).
    void stepBackTo(int attempts) { m_attempts = std::min(m_attempts, std::max(attempts, 0)); }
    // Attempts counted since the last reset.
    int attempts() const { return m_attempts; }
    const Options& options() const { return m_options; }

private:
    Options m_options;
    RandomSource m_random;
    int m_attempts = 0;
};

} // namespace streamside
