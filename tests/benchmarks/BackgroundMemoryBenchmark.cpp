// What Streamside costs in the background, measured on the real executables
// in a headless desktop session (run it with background-memory.sh): memory
// (RSS and PSS of the app and every process it started, i.e. Qt WebEngine's
// helpers) with the streamer page open, 30 s after hiding to the tray, and
// after the hand-over to a fresh process; then the successor's CPU time over
// 60 s while an event a second arrives on the open channel. Prints a Markdown table.
#include "FakeDesktopServices.h"
#include "RealAppSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <unistd.h>

using namespace realapp;

namespace {

QTextStream out(stdout);

struct Memory {
    qint64 rssKb = 0;
    qint64 pssKb = 0;
    int processes = 0;
};

qint64 parentOf(qint64 pid) {
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    // "pid (comm) state ppid ...": comm may hold spaces, so split after ')'.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() : 0;
}

// The process and all its descendants.
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

Memory memoryOf(qint64 root) {
    Memory total;
    for (qint64 pid : processTree(root)) {
        QFile rollup(QStringLiteral("/proc/%1/smaps_rollup").arg(pid));
        if (!rollup.open(QIODevice::ReadOnly))
            continue;
        ++total.processes;
        for (const QByteArray& line : rollup.readAll().split('\n')) {
            const QList<QByteArray> words = line.simplified().split(' ');
            if (words.size() >= 2 && words[0] == "Rss:")
                total.rssKb += words[1].toLongLong();
            else if (words.size() >= 2 && words[0] == "Pss:")
                total.pssKb += words[1].toLongLong();
        }
    }
    return total;
}

// User + system CPU time of one process, in clock ticks.
qint64 cpuTicks(qint64 pid) {
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    // After ')': state(0) ppid(1) ... utime(11) stime(12).
    return fields.size() > 12 ? fields[11].toLongLong() + fields[12].toLongLong() : -1;
}

void report(const char* state, const Memory& memory) {
    out << "| " << state << " | " << memory.processes << " | "
        << QString::number(memory.rssKb / 1024.0, 'f', 1) << " | "
        << QString::number(memory.pssKb / 1024.0, 'f', 1) << " |\n";
    out.flush();
}

int fail(const QString& why) {
    QTextStream(stderr) << "background-memory: " << why << '\n';
    return 1;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const int hiddenSeconds = 30;
    const int handOverDelayMs = 45'000;
    const int settleMs = 15'000;

    FakeDesktopServices desktop;
    if (!desktop.start())
        return fail(desktop.errorString());
    SimulatorProcess simulator(QStringLiteral(STREAMSIDE_SIM_EXECUTABLE));
    if (!simulator.start())
        return fail(QStringLiteral("the simulator did not start"));
    const SeededProfile seeded = seedSignedInProfile(simulator, appDataDir(),
                                                     {{"500000001", "pixelpioneer", "PixelPioneer"},
                                                      {"500000002", "cozycoder", "CozyCoder"},
                                                      {"500000004", "sakura_streams", "さくら"}});
    if (!seeded.error.isEmpty())
        return fail(seeded.error);

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (auto it = simulator.environment.cbegin(); it != simulator.environment.cend(); ++it)
        environment.insert(it.key(), it.value());
    environment.insert(QStringLiteral("STREAMSIDE_HANDOVER_DELAY_MS"),
                       QString::number(handOverDelayMs));
    environment.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1"));
    QProcess streamside;
    streamside.setProcessEnvironment(environment);
    streamside.setStandardOutputFile(QProcess::nullDevice());
    streamside.setStandardErrorFile(QProcess::nullDevice());
    streamside.start(QStringLiteral(STREAMSIDE_EXECUTABLE),
                     {QStringLiteral("--channel"), QStringLiteral("pixelpioneer")});
    const qint64 first = streamside.processId();
    // One event a second on the open channel, all along.
    QTimer events;
    QObject::connect(&events, &QTimer::timeout, [&simulator] {
        simulator.post(QStringLiteral("/_sim/trigger"), {{"type", "channel.chat.notification"},
                                                         {"notice_type", "raid"},
                                                         {"channel", "pixelpioneer"}});
    });
    events.start(1000);
    if (!askUntil([&] { return hasMappedWebEngine(first); }, 60'000))
        return fail(QStringLiteral("the streamer page never loaded Qt WebEngine"));
    if (!askUntil([&] { return !trayItemOf(desktop, first).isEmpty(); }, 20'000))
        return fail(QStringLiteral("no tray icon"));
    // The player and chat pages load and the video plays.
    QTest::qWait(settleMs);

    out << "| state | processes | RSS MiB | PSS MiB |\n| --- | --- | --- | --- |\n";
    report("streamer page open (player + chat + events)", memoryOf(first));

    activateTrayItem(trayItemOf(desktop, first)); // hides the window
    QTest::qWait(hiddenSeconds * 1000);
    report("30 s after hiding to the tray (web views released)", memoryOf(first));

    if (!streamside.waitForFinished(handOverDelayMs + 60'000))
        return fail(QStringLiteral("no hand-over"));
    qint64 successor = 0;
    askUntil(
        [&] {
            for (const QString& service : trayItems(desktop))
                if (const qint64 pid = trayItemPid(service); pid > 0 && pid != first)
                    successor = pid;
            return successor > 0;
        },
        20'000);
    if (successor == 0)
        return fail(QStringLiteral("no successor"));
    QTest::qWait(settleMs);
    report("after the hand-over (fresh process, never loaded WebEngine)", memoryOf(successor));

    const qint64 ticksBefore = cpuTicks(successor);
    const int cpuSeconds = 60;
    QTest::qWait(cpuSeconds * 1000);
    const qint64 ticks = cpuTicks(successor) - ticksBefore;
    const double percent = 100.0 * double(ticks) / double(::sysconf(_SC_CLK_TCK)) / cpuSeconds;
    out << "\nCPU of the background process over " << cpuSeconds
        << " s with one event a second on the open channel: " << ticks
        << " ticks = " << QString::number(percent, 'f', 2) << " % of one core\n";
    out << "WebEngine mapped in the background process: "
        << (hasMappedWebEngine(successor) ? "yes" : "no") << '\n';
    ::kill(pid_t(successor), SIGTERM);
    askUntil([&] { return !processExists(successor); }, 15'000);
    return 0;
}
