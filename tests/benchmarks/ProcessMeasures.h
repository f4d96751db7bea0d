#pragma once

// What the benchmarks read about running processes from /proc: the process
// tree (Streamside and the Qt WebEngine helpers it starts), their memory,
// CPU time and how often their threads woke up.

#include <QList>
#include <QString>
#include <QtGlobal>

namespace benchmarks {

struct Memory {
    qint64 rssKb = 0;
    qint64 pssKb = 0; // proportional set size: shared pages split among their users
    int processes = 0;
};

// The process and all its descendants.
QList<qint64> processTree(qint64 root);
// Summed over the process tree.
Memory memoryOf(qint64 root);
// One process alone.
Memory memoryOfProcess(qint64 pid);
// User + system CPU time of one process (all its threads), in clock ticks.
qint64 cpuTicks(qint64 pid);
double ticksPerSecond();

// How many times the process's threads were switched out (voluntary and
// not), summed over its threads: each sleep after a wake-up counts once, so
// over an idle stretch it counts wake-ups.
qint64 contextSwitches(qint64 pid);
// The same per thread, by thread name, for finding what wakes up.
QList<QPair<QString, qint64>> contextSwitchesPerThread(qint64 pid);

} // namespace benchmarks
