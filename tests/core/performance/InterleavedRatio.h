#pragma once

#include <QtGlobal>

#include <chrono>
#include <functional>

// How fast a piece of our code runs against a floor (the least any code could
// spend on the same job with the same libraries), as a ratio measured in this
// process on this machine, so that it means the same on a fast laptop and on
// a loaded CI runner where absolute times do not.
//
// Each round runs the floor and the subject one right after the other, the
// order alternating between rounds so that neither always inherits a warmer
// cache or a higher clock, and times each on this thread's CPU clock (time
// the thread spends descheduled by other load is not counted). A round's
// ratio is floor time / subject time: 1.0 means the subject costs no more
// than the floor, 0.5 twice as much. The result is the median of the rounds,
// which a few rounds disturbed by other processes do not move.
class InterleavedRatio {
public:
    struct Result {
        double median = 0;
        double lowest = 0;
        double highest = 0;
        int rounds = 0;
        qint64 repetitionsPerSide = 0; // calls of each function per round
    };

    InterleavedRatio(std::function<void()> floor, std::function<void()> subject);

    // Each side of a round repeats its function for about `perSide` of CPU
    // time (sized from the subject, after an untimed first call of each).
    Result measure(int rounds, std::chrono::milliseconds perSide) const;

private:
    std::chrono::nanoseconds timed(const std::function<void()>& work, qint64 repetitions) const;

    std::function<void()> m_floor;
    std::function<void()> m_subject;
};
