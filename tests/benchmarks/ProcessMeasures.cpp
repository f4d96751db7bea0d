#include "ProcessMeasures.h"

#include <QDir>
#include <QFile>

#include <unistd.h>

namespace benchmarks {

namespace {

// The fields after "pid (comm) " of /proc/PID/stat: comm may hold spaces,
// so the line is split after its last ')'.
QList<QByteArray> statFields(const QString& path) {
    QFile stat(path);
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray line = stat.readAll();
    return line.mid(line.lastIndexOf(')') + 2).split(' ');
}

qint64 parentOf(qint64 pid) {
    const QList<QByteArray> fields = statFields(QStringLiteral("/proc/%1/stat").arg(pid));
    return fields.size() > 1 ? fields[1].toLongLong() : 0; // state(0) ppid(1)
}

qint64 switchesOf(const QString& statusPath) {
    QFile status(statusPath);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    qint64 switches = 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("voluntary_ctxt_switches:") ||
            line.startsWith("nonvoluntary_ctxt_switches:"))
            switches += line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
    return switches;
}

} // namespace

QList<qint64> processTree(qint64 root) {
    QList<qint64> tree{root};
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    bool grew = true;
    while (grew) {
        grew = false;
        for (const QString& entry : entries) {
            bool isPid = false;
            const qint64 pid = entry.toLongLong(&isPid);
            if (isPid && !tree.contains(pid) && tree.contains(parentOf(pid))) {
                tree.append(pid);
                grew = true;
            }
        }
    }
    return tree;
}

Memory memoryOfProcess(qint64 pid) {
    Memory memory;
    QFile rollup(QStringLiteral("/proc/%1/smaps_rollup").arg(pid));
    if (!rollup.open(QIODevice::ReadOnly))
        return memory;
    memory.processes = 1;
    for (const QByteArray& line : rollup.readAll().split('\n')) {
        const QList<QByteArray> words = line.simplified().split(' ');
        if (words.size() >= 2 && words[0] == "Rss:")
            memory.rssKb += words[1].toLongLong();
        else if (words.size() >= 2 && words[0] == "Pss:")
            memory.pssKb += words[1].toLongLong();
    }
    return memory;
}

Memory memoryOf(qint64 root) {
    Memory total;
    for (qint64 pid : processTree(root)) {
        const Memory one = memoryOfProcess(pid);
        total.processes += one.processes;
        total.rssKb += one.rssKb;
        total.pssKb += one.pssKb;
    }
    return total;
}

qint64 cpuTicks(qint64 pid) {
    const QList<QByteArray> fields = statFields(QStringLiteral("/proc/%1/stat").arg(pid));
    // utime(11) stime(12), counted from the state field.
    return fields.size() > 12 ? fields[11].toLongLong() + fields[12].toLongLong() : -1;
}

double ticksPerSecond() {
    return double(::sysconf(_SC_CLK_TCK));
}

qint64 contextSwitches(qint64 pid) {
    qint64 total = 0;
    for (const auto& [name, switches] : contextSwitchesPerThread(pid))
        total += switches;
    return total;
}

QList<QPair<QString, qint64>> contextSwitchesPerThread(qint64 pid) {
    QList<QPair<QString, qint64>> threads;
    const QString taskDir = QStringLiteral("/proc/%1/task").arg(pid);
    for (const QString& tid : QDir(taskDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(taskDir + QLatin1Char('/') + tid + QStringLiteral("/comm"));
        const QString name =
            comm.open(QIODevice::ReadOnly) ? QString::fromUtf8(comm.readAll().trimmed()) : tid;
        threads.append(
            {name, switchesOf(taskDir + QLatin1Char('/') + tid + QStringLiteral("/status"))});
    }
    return threads;
}

} // namespace benchmarks
