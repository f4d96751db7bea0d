// Start-up, streamer page and its memory, each against the floor of our own
// stack on this machine in this run (issue #11, points 1 to 3):
//
//  - start-up: from starting the process to the first painted main window,
//    Streamside (a stored session, three favourites, the simulator running,
//    the last channel opened) against a bare Qt Widgets window
//    (floors/MinimalWindowFloor.cpp);
//  - streamer page ready: from starting the process to the player and chat
//    pages loaded, against a bare program with two QWebEngineViews loading
//    the same two pages (floors/TwoWebViewsFloor.cpp);
//  - memory with the page open: proportional set size of all processes
//    (the app and Qt WebEngine's helpers), some seconds after the pages
//    loaded, against the same two-view program.
//
// Runs are interleaved (floor and app alternate, and which goes first
// alternates by round) and reported as medians. The moments are said by the
// programs themselves on standard error ("first paint", "channel pages
// loaded"; Streamside's with QT_LOGGING_RULES="streamside.timing.info=true")
// and timed here on arrival. Run in a desktop session with a tray and a
// keychain: run-benchmarks.sh app-start. Prints Markdown tables.
#include "FakeDesktopServices.h"
#include "ProcessMeasures.h"
#include "RealAppSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTest>
#include <QTextStream>
#include <QUrlQuery>

#include <algorithm>
#include <optional>

using namespace realapp;
using namespace benchmarks;

namespace {

QTextStream out(stdout);

struct Options {
    int rounds = 12;
    int memoryRounds = 3;
    int settleMs = 10'000;
};

struct Run {
    double firstMarkMs = -1; // the marker arrived this long after the start
    Memory memory;           // when asked to measure it
};

// Starts a program, waits for a marker line on its standard error, then
// optionally waits settleMs and measures the memory of its process tree, and
// stops it (SIGTERM, and waits until it has gone with its children).
std::optional<Run> runUntil(const QString& program, const QStringList& arguments,
                            const QProcessEnvironment& environment, const QByteArray& marker,
                            int settleMs, QString* error) {
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setStandardOutputFile(QProcess::nullDevice());
    QByteArray seen;
    Run run;
    QElapsedTimer clock;
    QObject::connect(&process, &QProcess::readyReadStandardError, [&] {
        seen += process.readAllStandardError();
        if (run.firstMarkMs < 0 && seen.contains(marker))
            run.firstMarkMs = double(clock.nsecsElapsed()) / 1e6;
    });
    clock.start();
    process.start(program, arguments);
    const bool marked = QTest::qWaitFor([&] { return run.firstMarkMs >= 0; }, 120'000);
    if (marked && settleMs > 0) {
        QTest::qWait(settleMs);
        run.memory = memoryOf(process.processId());
    }
    const QList<qint64> tree = processTree(process.processId());
    process.terminate();
    if (!process.waitForFinished(30'000))
        process.kill();
    // Qt WebEngine's helpers follow their parent; the next run starts alone.
    if (!QTest::qWaitFor([&] { return std::none_of(tree.begin(), tree.end(), processExists); },
                         30'000)) {
        *error = QStringLiteral("%1 left processes behind").arg(program);
        return std::nullopt;
    }
    if (!marked) {
        *error =
            QStringLiteral("%1 never said \"%2\"; its last words: %3")
                .arg(program, QString::fromLatin1(marker), QString::fromUtf8(seen.right(1500)));
        return std::nullopt;
    }
    return run;
}

double median(QList<double> values) {
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

QString number(double value, int decimals = 1) {
    return QString::number(value, 'f', decimals);
}

void reportTimes(const char* what, const QList<double>& floorMs, const QList<double>& appMs,
                 double target) {
    const double ratio = median(appMs) / median(floorMs);
    out << "| " << what << " | " << number(median(floorMs)) << " ("
        << number(*std::min_element(floorMs.begin(), floorMs.end())) << "–"
        << number(*std::max_element(floorMs.begin(), floorMs.end())) << ") | "
        << number(median(appMs)) << " (" << number(*std::min_element(appMs.begin(), appMs.end()))
        << "–" << number(*std::max_element(appMs.begin(), appMs.end())) << ") | "
        << number(ratio, 2) << " | ≤ " << number(target, 2) << " | "
        << (ratio <= target ? "met" : "MISSED") << " |\n";
    out.flush();
}

int fail(const QString& why) {
    QTextStream(stderr) << "app-start: " << why << '\n';
    return 1;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    Options options;
    const QStringList args = QCoreApplication::arguments();
    if (const qsizetype at = args.indexOf(QStringLiteral("--rounds"));
        at > 0 && at + 1 < args.size())
        options.rounds = std::max(1, args.at(at + 1).toInt());
    if (const qsizetype at = args.indexOf(QStringLiteral("--memory-rounds"));
        at > 0 && at + 1 < args.size())
        options.memoryRounds = std::clamp(args.at(at + 1).toInt(), 0, options.rounds);

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

    QProcessEnvironment environment = appEnvironment(simulator);
    environment.insert(QStringLiteral("QT_LOGGING_RULES"),
                       QStringLiteral("streamside.timing.info=true"));
    // The same two pages Streamside loads for PixelPioneer (AppController's
    // playerUrl() and chatUrl()).
    QUrl player(simulator.environment.value(QStringLiteral("STREAMSIDE_PLAYER_URL")));
    player.setQuery(
        QStringLiteral("channel=pixelpioneer&parent=localhost&muted=false&autoplay=true"));
    QUrl chat(simulator.environment.value(QStringLiteral("STREAMSIDE_CHAT_URL")));
    chat.setPath(chat.path() + QStringLiteral("pixelpioneer/chat"));
    chat.setQuery(QStringLiteral("parent=localhost"));

    const QString streamside = QStringLiteral(STREAMSIDE_EXECUTABLE);
    const QStringList appArguments{QStringLiteral("--channel"), QStringLiteral("pixelpioneer")};
    const QString windowFloor = QStringLiteral(STREAMSIDE_FLOOR_WINDOW_EXECUTABLE);
    const QString webFloor = QStringLiteral(STREAMSIDE_FLOOR_WEB_EXECUTABLE);
    QString error;

    // A first run of each warms the disk cache and the web profiles; not counted.
    for (const auto& [program, arguments, marker] :
         {std::tuple{windowFloor, QStringList{}, QByteArray("first paint")},
          std::tuple{webFloor, QStringList{player.toString(), chat.toString()},
                     QByteArray("channel pages loaded")},
          std::tuple{streamside, appArguments, QByteArray("channel pages loaded")}})
        if (!runUntil(program, arguments, environment, marker, 0, &error))
            return fail(error);

    QList<double> floorPaint, appPaint;
    for (int round = 0; round < options.rounds; ++round) {
        for (int turn = 0; turn < 2; ++turn) {
            const bool app = (round + turn) % 2 == 1;
            const auto run =
                runUntil(app ? streamside : windowFloor, app ? appArguments : QStringList{},
                         environment, "first paint", 0, &error);
            if (!run)
                return fail(error);
            (app ? appPaint : floorPaint).append(run->firstMarkMs);
        }
    }

    QList<double> floorReady, appReady;
    QList<double> floorPss, appPss;
    for (int round = 0; round < options.rounds; ++round) {
        const int settleMs = round < options.memoryRounds ? options.settleMs : 0;
        for (int turn = 0; turn < 2; ++turn) {
            const bool app = (round + turn) % 2 == 1;
            const auto run =
                runUntil(app ? streamside : webFloor,
                         app ? appArguments : QStringList{player.toString(), chat.toString()},
                         environment, "channel pages loaded", settleMs, &error);
            if (!run)
                return fail(error);
            (app ? appReady : floorReady).append(run->firstMarkMs);
            if (settleMs > 0)
                (app ? appPss : floorPss).append(double(run->memory.pssKb) / 1024.0);
        }
    }

    out << "Median of " << options.rounds << " interleaved runs each, in ms (min–max):\n\n"
        << "| measure | floor | Streamside | ratio | target | |\n"
        << "| --- | --- | --- | --- | --- | --- |\n";
    reportTimes("start to first painted window", floorPaint, appPaint, 1.5);
    reportTimes("start to player and chat loaded", floorReady, appReady, 1.3);
    if (!appPss.isEmpty()) {
        const double ratio = median(appPss) / median(floorPss);
        out << "\nMemory " << options.settleMs / 1000
            << " s after the pages loaded, PSS of all processes in MiB, median of " << appPss.size()
            << " runs each:\n\n"
            << "| measure | floor | Streamside | ratio | target | |\n"
            << "| --- | --- | --- | --- | --- | --- |\n"
            << "| streamer page open | " << number(median(floorPss)) << " | "
            << number(median(appPss)) << " | " << number(ratio, 2) << " | ≤ 1.25 | "
            << (ratio <= 1.25 ? "met" : "MISSED") << " |\n";
    }
    return 0;
}
