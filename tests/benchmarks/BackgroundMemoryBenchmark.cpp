// What Streamside costs in the background (issue #11, points 3 and 4),
// measured on the real executables in a headless desktop session (run it
// with run-benchmarks.sh background):
//  - memory (RSS and PSS of the app and every process it started, i.e. Qt
//    WebEngine's helpers) with the streamer page open, 30 s after hiding to
//    the tray, and after the hand-over to a fresh process; against the floor,
//    a bare Qt Widgets program showing only a tray icon
//    (floors/MinimalWindowFloor.cpp --tray), measured the same way;
//  - the hidden successor's wake-ups over 60 s with no event at all (no
//    timer of the app may fire more often than once a second), and its CPU
//    time and wake-ups over 60 s with an event a second on the open channel.
// Prints Markdown tables.
#include "FakeDesktopServices.h"
#include "ProcessMeasures.h"
#include "RealAppSession.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <csignal>
#include <functional>
#include <optional>

using namespace realapp;
using namespace benchmarks;

namespace {

QTextStream out(stdout);

void report(const char* state, const Memory& memory) {
    out << "| " << state << " | " << memory.processes << " | "
        << QString::number(memory.rssKb / 1024.0, 'f', 1) << " | "
        << QString::number(memory.pssKb / 1024.0, 'f', 1) << " |\n";
    out.flush();
}

struct Idle {
    double wakeUpsPerSecond = 0;
    double cpuPercent = 0;
    QString busiestThreads; // "name: wake-ups/s, ..."
};

// Wake-ups and CPU of a process over a stretch of time.
Idle idleOver(qint64 pid, int seconds) {
    const qint64 ticksBefore = cpuTicks(pid);
    const QList<QPair<QString, qint64>> before = contextSwitchesPerThread(pid);
    QTest::qWait(seconds * 1000);
    const QList<QPair<QString, qint64>> after = contextSwitchesPerThread(pid);
    Idle idle;
    idle.cpuPercent = 100.0 * double(cpuTicks(pid) - ticksBefore) / ticksPerSecond() / seconds;
    // Threads are matched by position: none starts or ends in an idle process
    // (checked: the lists must have the same names).
    QList<QPair<double, QString>> perThread;
    qint64 total = 0;
    for (qsizetype i = 0; i < std::min(before.size(), after.size()); ++i) {
        if (before[i].first != after[i].first)
            continue;
        const qint64 switches = after[i].second - before[i].second;
        total += switches;
        perThread.append({double(switches) / seconds, after[i].first});
    }
    idle.wakeUpsPerSecond = double(total) / seconds;
    std::sort(perThread.begin(), perThread.end(), std::greater<>());
    QStringList busiest;
    for (qsizetype i = 0; i < std::min<qsizetype>(3, perThread.size()); ++i)
        busiest << QStringLiteral("%1 %2/s")
                       .arg(perThread[i].second)
                       .arg(perThread[i].first, 0, 'f', 2);
    idle.busiestThreads = busiest.join(QStringLiteral(", "));
    return idle;
}

struct FloorMeasure {
    Memory memory;
    Idle idle;
};

// With STREAMSIDE_BENCH_MAPPINGS_DIR set, a process's /proc/PID/smaps is kept
// there as NAME.smaps, to see which mappings the memory is in.
void dumpMappings(qint64 pid, const QString& name) {
    const QString dir = qEnvironmentVariable("STREAMSIDE_BENCH_MAPPINGS_DIR");
    if (dir.isEmpty())
        return;
    QFile in(QStringLiteral("/proc/%1/smaps").arg(pid));
    QFile copy(dir + QLatin1Char('/') + name + QStringLiteral(".smaps"));
    if (in.open(QIODevice::ReadOnly) && copy.open(QIODevice::WriteOnly))
        copy.write(in.readAll()); // /proc files have no size: QFile::copy would copy nothing
}

// The floor program with only a tray icon: its memory once settled and,
// over idleSeconds (none: skipped), its wake-ups and CPU.
std::optional<FloorMeasure> measureFloor(const FakeDesktopServices& desktop, int idleSeconds) {
    QProcess floor;
    floor.setStandardOutputFile(QProcess::nullDevice());
    floor.setStandardErrorFile(QProcess::nullDevice());
    floor.start(QStringLiteral(STREAMSIDE_FLOOR_WINDOW_EXECUTABLE), {QStringLiteral("--tray")});
    const qint64 pid = floor.processId();
    if (!askUntil([&] { return !trayItemOf(desktop, pid).isEmpty(); }, 20'000))
        return std::nullopt;
    QTest::qWait(15'000);
    FloorMeasure measure;
    measure.memory = memoryOf(pid);
    dumpMappings(pid, QStringLiteral("floor"));
    if (idleSeconds > 0)
        measure.idle = idleOver(pid, idleSeconds);
    floor.terminate();
    floor.waitForFinished(10'000);
    return measure;
}

QString number(double value, int decimals = 1) {
    return QString::number(value, 'f', decimals);
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
    const int idleSeconds = 60;
    const double backgroundTargetMiB = 60;

    FakeDesktopServices desktop;
    if (!desktop.start())
        return fail(desktop.errorString());
    // The simulator first: it maps Qt's libraries too, and shares their pages
    // with the floor as it will with Streamside.
    SimulatorProcess simulator(QStringLiteral(STREAMSIDE_SIM_EXECUTABLE));
    if (!simulator.start())
        return fail(QStringLiteral("the simulator did not start"));

    // The floor: a bare Qt Widgets program with a tray icon, measured alone
    // (with the simulator and the desktop's services running, as for
    // Streamside) before Streamside starts and again after it has gone: a
    // process's PSS depends on who else maps the same libraries, so it is
    // never measured beside Streamside, and the two floors show any drift.
    const std::optional<FloorMeasure> floorBefore = measureFloor(desktop, idleSeconds);
    if (!floorBefore)
        return fail(QStringLiteral("the floor's tray icon did not register"));

    const SeededProfile seeded = seedSignedInProfile(simulator, appDataDir(),
                                                     {{"500000001", "pixelpioneer", "PixelPioneer"},
                                                      {"500000002", "cozycoder", "CozyCoder"},
                                                      {"500000004", "sakura_streams", "さくら"}});
    if (!seeded.error.isEmpty())
        return fail(seeded.error);

    QProcessEnvironment environment = appEnvironment(simulator);
    environment.insert(QStringLiteral("STREAMSIDE_HANDOVER_DELAY_MS"),
                       QString::number(handOverDelayMs));
    QProcess streamside;
    streamside.setProcessEnvironment(environment);
    streamside.setStandardOutputFile(QProcess::nullDevice());
    streamside.setStandardErrorFile(QProcess::nullDevice());
    streamside.start(QStringLiteral(STREAMSIDE_EXECUTABLE),
                     {QStringLiteral("--channel"), QStringLiteral("pixelpioneer")});
    const qint64 first = streamside.processId();
    // One event a second on the open channel while it is on.
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
    // Settled: signed in, subscribed, its first look at the favourites done.
    QTest::qWait(hiddenSeconds * 1000);
    const Memory background = memoryOf(successor);
    dumpMappings(successor, QStringLiteral("streamside-background"));
    report("after the hand-over (fresh process, never loaded WebEngine)", background);

    events.stop();
    const Idle quiet = idleOver(successor, idleSeconds);
    events.start(1000);
    const Idle busy = idleOver(successor, idleSeconds);
    events.stop();
    out << "\nHidden in the tray, over " << idleSeconds << " s each:\n\n"
        << "| process | events | wake-ups/s | busiest threads | CPU % of one core |\n"
        << "| --- | --- | --- | --- | --- |\n"
        << "| floor (tray icon only) | none | " << number(floorBefore->idle.wakeUpsPerSecond, 2)
        << " | " << floorBefore->idle.busiestThreads << " | "
        << number(floorBefore->idle.cpuPercent, 2) << " |\n"
        << "| Streamside | none | " << number(quiet.wakeUpsPerSecond, 2) << " | "
        << quiet.busiestThreads << " | " << number(quiet.cpuPercent, 2) << " |\n"
        << "| Streamside | 1 a second | " << number(busy.wakeUpsPerSecond, 2) << " | "
        << busy.busiestThreads << " | " << number(busy.cpuPercent, 2) << " |\n";
    // With no event, the only things due are Twitch's keepalive (every 10 s
    // here) and the watchdog it re-arms: anything at or above one wake-up a
    // second means a timer firing faster than that.
    out << "\nCPU with an event a second: target < 1 % ("
        << (busy.cpuPercent < 1 ? "met" : "MISSED")
        << "); wake-ups with no event: " << number(quiet.wakeUpsPerSecond, 2)
        << "/s, no timer faster than once a second ("
        << (quiet.wakeUpsPerSecond < 1 ? "met" : "MISSED") << ")\n";
    out << "WebEngine mapped in the background process: "
        << (hasMappedWebEngine(successor) ? "yes" : "no") << '\n';
    ::kill(pid_t(successor), SIGTERM);
    askUntil([&] { return !processExists(successor); }, 15'000);

    const std::optional<FloorMeasure> floorAfter = measureFloor(desktop, 0);
    if (!floorAfter)
        return fail(QStringLiteral("the floor's tray icon did not register"));
    report("floor: a bare Qt Widgets program with a tray icon, before Streamside",
           floorBefore->memory);
    report("floor: the same, after Streamside", floorAfter->memory);
    const double floorMiB = double(floorBefore->memory.pssKb + floorAfter->memory.pssKb) / 2 / 1024;
    const double backgroundMiB = double(background.pssKb) / 1024.0;
    const double ratio = backgroundMiB / floorMiB;
    out << "\nIn the tray after the hand-over: " << number(backgroundMiB) << " MiB PSS for all "
        << "Streamside runs (target ≤ " << number(backgroundTargetMiB, 0)
        << " MiB: " << (backgroundMiB <= backgroundTargetMiB ? "met" : "MISSED") << "), "
        << number(ratio, 2) << "× the floor's " << number(floorMiB)
        << " MiB (mean of the two; target ≤ 2×: " << (ratio <= 2 ? "met" : "MISSED") << ")\n";
    return 0;
}
