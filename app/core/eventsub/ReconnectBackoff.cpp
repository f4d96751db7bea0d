#include "core/eventsub/ReconnectBackoff.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <limits>

namespace streamside {

ReconnectBackoff::ReconnectBackoff(Options options, RandomSource random)
    : m_options(options)
    , m_random(std::move(random)) {
    m_options.initialDelayMs = std::max(0, m_options.initialDelayMs);
    m_options.maxDelayMs = std::max(0, m_options.maxDelayMs);
    m_options.multiplier = std::max(1.0, m_options.multiplier);
    m_options.jitter = std::clamp(m_options.jitter, 0.0, 1.0);
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
}

int ReconnectBackoff::nextDelayMs() {
    const int retry = m_attempts;
    // Stop counting long before the int could overflow; the delay is at its
    // cap by then anyway.
    if (m_attempts < std::numeric_limits<int>::max())
        ++m_attempts;
    if (retry == 0)
        return 0;
    // pow() may reach infinity for a long outage; min() brings it back to the cap.
    const double base =
        std::min(double(m_options.maxDelayMs),
                 m_options.initialDelayMs * std::pow(m_options.multiplier, double(retry - 1)));
    const double spread = std::clamp(m_random(), 0.0, 1.0) * 2.0 - 1.0; // -1 .. +1
    const double jittered = base * (1.0 + m_options.jitter * spread);
    return int(std::clamp(std::lround(jittered), 0L, long(m_options.maxDelayMs)));
}

} // namespace streamside
