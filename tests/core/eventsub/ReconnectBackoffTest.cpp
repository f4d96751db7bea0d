#include "core/eventsub/ReconnectBackoff.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

using streamside::ReconnectBackoff;

namespace {

// A random source that always answers the same value: 0.5 means "no jitter".
ReconnectBackoff::RandomSource constant(double value) {
    return [value] { return value; };
}

ReconnectBackoff::Options defaults() {
    return ReconnectBackoff::Options{};
}

std::vector<int> delays(ReconnectBackoff& backoff, int count) {
    std::vector<int> result;
    for (int i = 0; i < count; ++i)
        result.push_back(backoff.nextDelayMs());
    return result;
}

} // namespace

TEST(ReconnectBackoff, FirstRetryIsImmediate) {
    ReconnectBackoff backoff(defaults(), constant(0.0)); // 0.0: the largest cut by jitter
    EXPECT_EQ(backoff.nextDelayMs(), 0);
    EXPECT_EQ(backoff.attempts(), 1);
}

TEST(ReconnectBackoff, GrowsExponentiallyUpToTheCap) {
    ReconnectBackoff backoff(defaults(), constant(0.5));
    EXPECT_EQ(delays(backoff, 10),
              (std::vector<int>{0, 1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000}));
}

TEST(ReconnectBackoff, HonoursInjectedOptions) {
    ReconnectBackoff::Options options;
    options.initialDelayMs = 10;
    options.multiplier = 3.0;
    options.maxDelayMs = 200;
    options.jitter = 0.0;
    ReconnectBackoff backoff(options, constant(0.9));
    EXPECT_EQ(delays(backoff, 6), (std::vector<int>{0, 10, 30, 90, 200, 200}));
}

TEST(ReconnectBackoff, StaysAtTheCapAfterAVeryLongOutage) {
    ReconnectBackoff backoff(defaults(), constant(0.5));
    int last = 0;
    for (int i = 0; i < 5000; ++i)
        last = backoff.nextDelayMs();
    EXPECT_EQ(last, 60000);
}

TEST(ReconnectBackoff, JitterStaysWithinItsBoundsAndNeverPassesTheCap) {
    // The extremes of the random source give the extremes of the jitter.
    ReconnectBackoff low(defaults(), constant(0.0));
    ReconnectBackoff high(defaults(), constant(0.999999));
    EXPECT_EQ(delays(low, 4), (std::vector<int>{0, 800, 1600, 3200}));
    EXPECT_EQ(delays(high, 4), (std::vector<int>{0, 1200, 2400, 4800}));
    // At the cap, jitter can only shorten the delay.
    for (int i = 0; i < 10; ++i) {
        low.nextDelayMs();
        high.nextDelayMs();
    }
    EXPECT_EQ(low.nextDelayMs(), 48000);
    EXPECT_EQ(high.nextDelayMs(), 60000);

    // And with the real random source, every delay lies in its band.
    ReconnectBackoff random(defaults());
    EXPECT_EQ(random.nextDelayMs(), 0);
    double base = 1000;
    for (int retry = 1; retry < 12; ++retry, base = std::min(base * 2, 60000.0)) {
        const int delay = random.nextDelayMs();
        EXPECT_GE(delay, int(base * 0.8)) << "retry " << retry;
        EXPECT_LE(delay, std::min(int(base * 1.2), 60000)) << "retry " << retry;
    }
}

TEST(ReconnectBackoff, ResetStartsOverWithAnImmediateRetry) {
    ReconnectBackoff backoff(defaults(), constant(0.5));
    delays(backoff, 4);
    backoff.reset();
    EXPECT_EQ(backoff.attempts(), 0);
    EXPECT_EQ(delays(backoff, 3), (std::vector<int>{0, 1000, 2000}));
}

TEST(ReconnectBackoff, SteppingBackLimitsTheNextDelayToThatStep) {
    ReconnectBackoff backoff(defaults(), constant(0.5));
    delays(backoff, 6); // 0, 1, 2, 4, 8, 16 s
    backoff.stepBackTo(1);
    EXPECT_EQ(backoff.attempts(), 1);
    EXPECT_EQ(delays(backoff, 2), (std::vector<int>{1000, 2000}));
    // Never forward: a backoff with fewer attempts keeps them.
    ReconnectBackoff fresh(defaults(), constant(0.5));
    fresh.stepBackTo(1);
    EXPECT_EQ(fresh.attempts(), 0);
    EXPECT_EQ(fresh.nextDelayMs(), 0);
}

TEST(ReconnectBackoff, ClampsNonsensicalOptions) {
    ReconnectBackoff::Options options;
    options.initialDelayMs = -5;
    options.multiplier = 0.5;
    options.maxDelayMs = 100;
    options.jitter = 7.0;
    ReconnectBackoff backoff(options, constant(0.999999));
    EXPECT_EQ(backoff.options().initialDelayMs, 0);
    EXPECT_EQ(backoff.options().multiplier, 1.0);
    EXPECT_EQ(backoff.options().jitter, 1.0);
    for (int delay : delays(backoff, 5)) {
        EXPECT_GE(delay, 0);
        EXPECT_LE(delay, 100);
    }
}
