#include "performance/InterleavedRatio.h"

#include <QList>

#include <algorithm>
#include <ctime>
#include <utility>

namespace {

std::chrono::nanoseconds threadCpuTime() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return std::chrono::seconds(now.tv_sec) + std::chrono::nanoseconds(now.tv_nsec);
}

} // namespace

InterleavedRatio::InterleavedRatio(std::function<void()> floor, std::function<void()> subject)
    : m_floor(std::move(floor))
    , m_subject(std::move(subject)) {}

std::chrono::nanoseconds InterleavedRatio::timed(const std::function<void()>& work,
                                                 qint64 repetitions) const {
    const std::chrono::nanoseconds start = threadCpuTime();
    for (qint64 i = 0; i < repetitions; ++i)
        work();
    return threadCpuTime() - start;
}

InterleavedRatio::Result InterleavedRatio::measure(int rounds,
                                                   std::chrono::milliseconds perSide) const {
    // A first call of each pays for what later calls find ready (allocations,
    // lazily built tables, cold caches). Then size the rounds from the
    // subject: double the repetitions until a batch takes a tenth of a side,
    // and scale up.
    timed(m_floor, 1);
    timed(m_subject, 1);
    qint64 repetitions = 1;
    std::chrono::nanoseconds batch = timed(m_subject, repetitions);
    while (batch < perSide / 10) {
        repetitions *= 2;
        batch = timed(m_subject, repetitions);
    }
    repetitions = std::max<qint64>(1, repetitions * perSide.count() * 1'000'000 /
                                          std::max<qint64>(1, batch.count()));

    QList<double> ratios;
    for (int round = 0; round < rounds; ++round) {
        std::chrono::nanoseconds floorTime, subjectTime;
        if (round % 2 == 0) {
            floorTime = timed(m_floor, repetitions);
            subjectTime = timed(m_subject, repetitions);
        } else {
            subjectTime = timed(m_subject, repetitions);
            floorTime = timed(m_floor, repetitions);
        }
        ratios << double(floorTime.count()) / double(std::max<qint64>(1, subjectTime.count()));
    }
    std::sort(ratios.begin(), ratios.end());
    Result result;
    result.rounds = int(ratios.size());
    result.repetitionsPerSide = repetitions;
    if (ratios.isEmpty())
        return result;
    const qsizetype middle = ratios.size() / 2;
    result.median = ratios.size() % 2 ? ratios[middle] : (ratios[middle - 1] + ratios[middle]) / 2;
    result.lowest = ratios.first();
    result.highest = ratios.last();
    return result;
}
