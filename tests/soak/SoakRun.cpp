#include "SoakRun.h"

#include "AppLog.h"
#include "FakeDesktopServices.h"
#include "LoopbackCheck.h"
#include "RealAppSession.h"
#include "core/auth/AuthSession.h"
#include "core/eventsub/SubscriptionPlanner.h"
#include "core/storage/SettingsRepository.h"
#include "core/storage/Storage.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <csignal>

using namespace realapp;
using namespace streamside;

namespace {

// The five favourites, in the sidebar's order; the first is the open
// channel, which takes the load. Chaos switches all of them live and offline.
const QList<SeededFavourite> favourites{
    {"500000001", "pixelpioneer", "PixelPioneer"},     {"500000002", "cozycoder", "CozyCoder"},
    {"500000003", "nightowlgaming", "NightOwlGaming"}, {"500000004", "sakura_streams", "さくら"},
    {"500000005", "retro_rachel", "Retro_Rachel"},
};
const QString openChannelId = QStringLiteral("500000001");
const QString openChannelLogin = QStringLiteral("pixelpioneer");

// Far above what any run stores in one channel (20 events/s for 30 minutes
// is 36,000): nothing is pruned, so a missing event is a lost one.
constexpr int soakRetentionPerChannel = 10'000'000;

QString mib(qint64 kb) {
    return QString::number(double(kb) / 1024.0, 'f', 1);
}

QString percent(double ratio) {
    return QString::number((ratio - 1.0) * 100.0, 'f', 1) + QLatin1Char('%');
}

bool writeJson(const QString& path, const QJsonObject& object) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) &&
           file.write(QJsonDocument(object).toJson(QJsonDocument::Indented)) > 0;
}

QString counts(const QJsonObject& object) {
    QStringList parts;
    for (auto it = object.begin(); it != object.end(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value().toInt());
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral(", "));
}

} // namespace

SoakRun::SoakRun(Options options)
    : m_options(std::move(options)) {}

SoakRun::~SoakRun() {
    if (m_app && m_app->state() != QProcess::NotRunning) {
        m_app->kill();
        m_app->waitForFinished(10'000);
    }
}

void SoakRun::say(const QString& line) const {
    QTextStream(stdout) << line << Qt::endl;
}

void SoakRun::fail(const QString& why) {
    m_failures.append(why);
    say(QStringLiteral("FAILED: ") + why);
}

int SoakRun::run() {
    QDir().mkpath(m_options.outputDir);
    say(QStringLiteral("soak: %1 s at %2 events/s, faults every %3-%4 ms, seed %5 "
                       "(replay with --seed %5); output in %6")
            .arg(m_options.durationSeconds)
            .arg(m_options.eventsPerSecond)
            .arg(m_options.minFaultIntervalMs)
            .arg(m_options.maxFaultIntervalMs)
            .arg(m_options.seed)
            .arg(m_options.outputDir));
    FakeDesktopServices desktop;
    if (!desktop.start()) {
        fail(QStringLiteral("the fake desktop services did not start: ") + desktop.errorString());
        return 2;
    }
    if (!prepare() || !startApp())
        return 2;
    soak();
    finish();
    judge();
    const QString text = report();
    QFile file(m_options.outputDir + QStringLiteral("/report.md"));
    if (file.open(QIODevice::WriteOnly))
        file.write(text.toUtf8());
    QTextStream(stdout) << '\n' << text << Qt::flush;
    return m_failures.isEmpty() ? 0 : 1;
}

bool SoakRun::prepare() {
    m_simulator = std::make_unique<SimulatorProcess>(QStringLiteral(STREAMSIDE_SIM_EXECUTABLE));
    m_simulator->errorLogFile = m_options.outputDir + QStringLiteral("/simulator.log");
    if (!m_simulator->start()) {
        fail(QStringLiteral("the simulator did not start"));
        return false;
    }
    const SeededProfile seeded =
        seedSignedInProfile(*m_simulator, appDataDir(), favourites, [](Storage& storage) {
            const StorageError error = storage.settings().setValue(
                setting::eventRetentionPerChannel, soakRetentionPerChannel);
            return error ? error.message : QString();
        });
    if (!seeded.error.isEmpty()) {
        fail(QStringLiteral("the profile could not be seeded: ") + seeded.error);
        return false;
    }
    return true;
}

bool SoakRun::startApp() {
    m_app = std::make_unique<QProcess>();
    QProcessEnvironment environment = appEnvironment(*m_simulator);
    // The watchdog, and the moment the pages loaded.
    environment.insert(QStringLiteral("QT_LOGGING_RULES"),
                       QStringLiteral("streamside.timing.info=true\n"
                                      "streamside.timing.stalls.info=true"));
    m_app->setProcessEnvironment(environment);
    m_app->setProcessChannelMode(QProcess::MergedChannels);
    m_log = std::make_unique<AppLog>(*m_app, m_options.outputDir + QStringLiteral("/app.log"));
    m_app->start(QStringLiteral(STREAMSIDE_EXECUTABLE),
                 {QStringLiteral("--channel"), openChannelLogin});
    if (!m_app->waitForStarted(10'000)) {
        fail(QStringLiteral("streamside did not start: ") + m_app->errorString());
        return false;
    }
    m_appPid = m_app->processId();
    // Signed in from the stored session, the channel's pages loaded (Qt
    // WebEngine up) and subscribed: the app as a user has it.
    if (!askUntil(
            [&] { return m_app->state() == QProcess::NotRunning || hasMappedWebEngine(m_appPid); },
            120'000) ||
        m_app->state() == QProcess::NotRunning) {
        fail(QStringLiteral("streamside never showed the channel (see app.log)"));
        return false;
    }
    if (!waitUntilSubscribed(60'000)) {
        fail(QStringLiteral("streamside never subscribed on EventSub"));
        return false;
    }
    if (!m_log->watchdogOn()) {
        fail(QStringLiteral("the app's event loop watchdog is not on"));
        return false;
    }
    // Start-up's last work (first paints, the pages' scripts) out of the way.
    QTest::qWait(10'000);
    return true;
}

bool SoakRun::waitUntilSubscribed(int timeoutMs) {
    // The open channel's plan, on one open session: then the app is past
    // subscribing and the load reaches it.
    const int planned =
        int(SubscriptionPlanner::plan(SubscriptionPlanInput{QStringLiteral("600000001"),
                                                            AuthSession::scopesFor(false),
                                                            openChannelId, ChannelRole::Viewer, 10})
                .subscriptions.size());
    return askUntil(
        [&] {
            const std::optional<QJsonDocument> sessions =
                m_simulator->request("GET", QStringLiteral("/_sim/eventsub/sessions"));
            if (!sessions)
                return false;
            for (const QJsonValue& session : sessions->array())
                if (session[QStringLiteral("enabled_subscriptions")].toInt() >= planned)
                    return true;
            return false;
        },
        timeoutMs);
}

void SoakRun::sample(double atSeconds) {
    MemorySample sample;
    sample.atSeconds = atSeconds;
    sample.tree = benchmarks::memoryOf(m_appPid);
    sample.app = benchmarks::memoryOfProcess(m_appPid);
    m_samples.append(sample);
    const QStringList offenders = LoopbackCheck::offenders(benchmarks::processTree(m_appPid));
    m_networkSocketsSeen = qMax(m_networkSocketsSeen, LoopbackCheck::lastSocketCount());
    for (const QString& offender : offenders)
        if (!m_networkOffenders.contains(offender))
            m_networkOffenders.append(offender);
}

void SoakRun::soak() {
    const std::optional<QJsonDocument> load =
        m_simulator->request("POST", QStringLiteral("/_sim/load"),
                             {{"channel", openChannelLogin}, {"rate", m_options.eventsPerSecond}});
    QJsonArray live;
    for (const SeededFavourite& favourite : favourites)
        live.append(favourite.login);
    const std::optional<QJsonDocument> chaos =
        m_simulator->request("POST", QStringLiteral("/_sim/chaos"),
                             {{"seed", QString::number(m_options.seed)},
                              {"min_interval_ms", m_options.minFaultIntervalMs},
                              {"max_interval_ms", m_options.maxFaultIntervalMs},
                              {"live_channels", live},
                              {"login", "demo_viewer"}});
    if (!load || !chaos) {
        fail(QStringLiteral("the simulator refused the load or chaos mode"));
        return;
    }
    m_log->markRunStart();
    QElapsedTimer clock;
    clock.start();
    const int progressEveryMs = m_options.durationSeconds * 1000 / 30;
    qint64 nextProgressMs = progressEveryMs;
    qint64 nextSampleMs = 0;
    while (clock.elapsed() < qint64(m_options.durationSeconds) * 1000) {
        QTest::qWait(int(qMax<qint64>(1, nextSampleMs - clock.elapsed())));
        if (m_app->state() == QProcess::NotRunning) {
            m_appDiedEarly = true;
            fail(QStringLiteral("streamside died after %1 s: %2")
                     .arg(clock.elapsed() / 1000)
                     .arg(m_app->exitStatus() == QProcess::CrashExit
                              ? QStringLiteral("crashed")
                              : QStringLiteral("exit code %1").arg(m_app->exitCode())));
            break;
        }
        if (clock.elapsed() < nextSampleMs)
            continue;
        sample(clock.elapsed() / 1000.0);
        nextSampleMs += m_options.sampleIntervalMs();
        if (clock.elapsed() >= nextProgressMs) {
            nextProgressMs += progressEveryMs;
            const std::optional<QJsonDocument> state =
                m_simulator->request("GET", QStringLiteral("/_sim/chaos"));
            const std::optional<QJsonDocument> ledger =
                m_simulator->request("GET", QStringLiteral("/_sim/ledger"));
            const MemorySample& last = m_samples.constLast();
            say(QStringLiteral("%1 s: %2 frames, %3 faults, tree PSS %4 MiB, longest stall %5 ms")
                    .arg(clock.elapsed() / 1000)
                    .arg(ledger ? ledger->object().value("summary")["frames"].toInt() : -1)
                    .arg(state ? state->object().value("log").toArray().size() : -1)
                    .arg(mib(last.tree.pssKb))
                    .arg(m_log->longestRunStallMs()));
        }
    }
    m_ranSeconds = clock.elapsed() / 1000.0;
}

void SoakRun::finish() {
    // Faults and load stop; the app must find its feet again on its own.
    m_chaos = m_simulator->request("DELETE", QStringLiteral("/_sim/chaos"))
                  .value_or(QJsonDocument())
                  .object();
    m_load = m_simulator->request("DELETE", QStringLiteral("/_sim/load"))
                 .value_or(QJsonDocument())
                 .object();
    if (!m_appDiedEarly) {
        // A silenced session takes keepalive + grace (13 s) to notice, a
        // session whose subscribing failed 10 s to be closed, plus backoff.
        m_resubscribedAfterChaos = waitUntilSubscribed(90'000);
        if (!m_resubscribedAfterChaos)
            fail(QStringLiteral("no subscribed EventSub session 90 s after the faults stopped"));
    }
    // Every frame written is judged once its grace window has passed (the
    // load is off: no new ones come).
    askUntil(
        [&] {
            const std::optional<QJsonDocument> ledger = m_simulator->request(
                "GET", QStringLiteral("/_sim/ledger?grace_ms=%1").arg(m_options.graceMs));
            return ledger &&
                   ledger->object().value("summary").toObject().value("pending").toInt() == 0;
        },
        m_options.graceMs + 30'000);
    m_ledger =
        m_simulator
            ->request("GET",
                      QStringLiteral("/_sim/ledger?grace_ms=%1&frames=1").arg(m_options.graceMs),
                      {}, 120'000)
            .value_or(QJsonDocument())
            .object();
    writeJson(m_options.outputDir + QStringLiteral("/ledger.json"), m_ledger);
    writeJson(m_options.outputDir + QStringLiteral("/chaos.json"), m_chaos);

    if (!m_appDiedEarly) {
        const QList<qint64> tree = benchmarks::processTree(m_appPid);
        ::kill(pid_t(m_appPid), SIGTERM);
        const bool ended = m_app->waitForFinished(30'000);
        m_exitedCleanly =
            ended && m_app->exitStatus() == QProcess::NormalExit && m_app->exitCode() == 0;
        m_exitDescription =
            !ended ? QStringLiteral("still running 30 s after SIGTERM")
            : m_app->exitStatus() == QProcess::CrashExit
                ? QStringLiteral("crashed on SIGTERM")
                : QStringLiteral("exit code %1 after SIGTERM").arg(m_app->exitCode());
        // Qt WebEngine's helpers go with it.
        const bool treeGone = askUntil(
            [&] { return std::none_of(tree.cbegin(), tree.cend(), realapp::processExists); },
            15'000);
        if (!treeGone)
            m_exitDescription += QStringLiteral(", but helper processes are left");
        m_exitedCleanly = m_exitedCleanly && treeGone;
    }
    m_log->drain();
}

benchmarks::Memory SoakRun::medianAround(double atSeconds, bool tree) const {
    // The samples of the window that ends at atSeconds; the median of their PSS.
    QList<benchmarks::Memory> window;
    for (const MemorySample& sample : m_samples)
        if (sample.atSeconds <= atSeconds &&
            sample.atSeconds > atSeconds - m_options.memoryWindowSeconds())
            window.append(tree ? sample.tree : sample.app);
    if (window.isEmpty())
        return {};
    std::sort(
        window.begin(), window.end(),
        [](const benchmarks::Memory& a, const benchmarks::Memory& b) { return a.pssKb < b.pssKb; });
    return window.at(window.size() / 2);
}

void SoakRun::judge() {
    const QJsonArray frames = m_ledger.value(QStringLiteral("frames")).toArray();
    if (m_ledger.isEmpty())
        fail(QStringLiteral("the simulator's ledger could not be read"));
    m_history =
        HistoryCheck::run(frames, m_ledger.value(QStringLiteral("connections")).toArray(),
                          appDataDir() + QLatin1Char('/') + QLatin1String(Storage::fileName));
    if (!m_history.error.isEmpty())
        fail(QStringLiteral("the history could not be read: ") + m_history.error);
    if (m_history.owedStored != m_history.owed)
        fail(QStringLiteral("%1 of %2 events delivered on a healthy connection are not stored")
                 .arg(m_history.owed - m_history.owedStored)
                 .arg(m_history.owed));
    if (m_history.pending > 0)
        fail(QStringLiteral("%1 frames were still within their grace window")
                 .arg(m_history.pending));
    if (m_history.storedUnknown > 0)
        fail(QStringLiteral("%1 stored events were never sent").arg(m_history.storedUnknown));
    if (m_history.happeningsStoredTwice > 0)
        fail(QStringLiteral("%1 events are stored twice under different message ids")
                 .arg(m_history.happeningsStoredTwice));
    if (frames.isEmpty() || m_history.owed < frames.size() / 2)
        fail(QStringLiteral("too few events were owed (%1 of %2 frames): the app spent the run "
                            "unsubscribed")
                 .arg(m_history.owed)
                 .arg(frames.size()));

    if (!m_appDiedEarly && !m_exitedCleanly)
        fail(QStringLiteral("streamside did not exit cleanly: ") + m_exitDescription);

    const benchmarks::Memory warm = medianAround(m_options.warmUpSeconds(), true);
    const benchmarks::Memory end = medianAround(m_ranSeconds, true);
    if (warm.pssKb <= 0 || end.pssKb <= 0)
        fail(QStringLiteral("memory was not measured"));
    else if (double(end.pssKb) > double(warm.pssKb) * (1.0 + m_options.memoryTolerance))
        fail(QStringLiteral("memory grew %1 (PSS of the process tree %2 MiB at %3 s, %4 MiB at "
                            "the end)")
                 .arg(percent(double(end.pssKb) / double(warm.pssKb)), mib(warm.pssKb))
                 .arg(m_options.warmUpSeconds())
                 .arg(mib(end.pssKb)));

    if (m_log->longestRunStallMs() > m_options.maxStallMs)
        fail(QStringLiteral("the UI thread was blocked for %1 ms (late %2 ms)")
                 .arg(m_log->longestRunStallMs())
                 .arg(m_log->longestRunLateMs()));
    if (!m_log->hangs().isEmpty())
        fail(QStringLiteral("the UI thread hung: ") + m_log->hangs().constFirst());

    if (!m_networkOffenders.isEmpty())
        fail(QStringLiteral("non-loopback sockets: ") +
             m_networkOffenders.join(QStringLiteral("; ")));

    if (const int ended = m_log->countSinceMark(QStringLiteral("Session ended:")))
        fail(QStringLiteral("the sign-in session ended %1 time(s): the token was not refreshed")
                 .arg(ended));

    QStringList notInjected;
    const QJsonObject injected = m_chaos.value(QStringLiteral("injected")).toObject();
    for (const QJsonValue& fault : m_chaos.value(QStringLiteral("faults")).toArray())
        if (injected.value(fault.toString()).toInt() == 0)
            notInjected << fault.toString();
    if (!notInjected.isEmpty() && m_options.durationSeconds >= Options::everyFaultFromSeconds)
        fail(QStringLiteral("faults never injected: ") + notInjected.join(QStringLiteral(", ")));
    m_notInjected = notInjected;
}

QString SoakRun::report() const {
    QString text;
    QTextStream out(&text);
    const QJsonObject summary = m_ledger.value(QStringLiteral("summary")).toObject();
    const QJsonObject observed = m_chaos.value(QStringLiteral("observed")).toObject();
    const benchmarks::Memory warmTree = medianAround(m_options.warmUpSeconds(), true);
    const benchmarks::Memory endTree = medianAround(m_ranSeconds, true);
    const benchmarks::Memory warmApp = medianAround(m_options.warmUpSeconds(), false);
    const benchmarks::Memory endApp = medianAround(m_ranSeconds, false);
    const QList<qint64> stalls = m_log->runStalls();

    out << "## Soak " << (m_failures.isEmpty() ? "PASSED" : "FAILED") << ": " << m_ranSeconds / 60.0
        << " min, seed " << m_options.seed << "\n\n";
    for (const QString& failure : m_failures)
        out << "- FAILED: " << failure << '\n';
    if (!m_failures.isEmpty())
        out << '\n';
    out << "| figure | value |\n| --- | --- |\n"
        << "| load | " << m_options.eventsPerSecond << " events/s into " << openChannelLogin << ", "
        << m_load.value(QStringLiteral("generated")).toInteger() << " events made |\n"
        << "| frames sent (written, with copies) | " << summary.value("frames").toInt() << " ("
        << summary.value("frames_written").toInt() << ") |\n"
        << "| owed (healthy, grace " << m_options.graceMs << " ms) / stored | " << m_history.owed
        << " / " << m_history.owedStored << " |\n"
        << "| at risk / stored anyway | " << m_history.atRisk << " / " << m_history.atRiskStored
        << " |\n"
        << "| withheld from silenced sessions | " << summary.value("withheld").toInt() << " |\n"
        << "| stored in the history (ledger's channels) | " << m_history.storedForLedgerChannels
        << " |\n"
        << "| duplicated frames / stored once | " << m_history.duplicatedFrames << " / "
        << m_history.duplicatedFramesStored << " |\n"
        << "| stored twice (by event id) / never sent | " << m_history.happeningsStoredTwice
        << " / " << m_history.storedUnknown << " |\n"
        << "| faults injected | " << counts(m_chaos.value(QStringLiteral("injected")).toObject())
        << " |\n"
        << "| fault kinds never injected (a failure from " << Options::everyFaultFromSeconds / 60
        << " min) | "
        << (m_notInjected.isEmpty() ? QStringLiteral("none")
                                    : m_notInjected.join(QStringLiteral(", ")))
        << " |\n"
        << "| faults skipped (nothing to act on) | "
        << counts(m_chaos.value(QStringLiteral("skipped")).toObject()) << " |\n"
        << "| sockets by end | " << counts(summary.value("connection_ends").toObject()) << " |\n"
        << "| sessions started / handed over (simulator) | "
        << observed.value("sessions_started").toInt() << " / "
        << observed.value("hand_overs").toInt() << " |\n"
        << "| app: connections lost / hand-overs | "
        << m_log->countSinceMark(QStringLiteral("connection lost:")) << " / "
        << m_log->countSinceMark(QStringLiteral("handed over to the new connection")) << " |\n"
        << "| token refreshes (simulator / app) | " << observed.value("token_refreshes").toInt()
        << " / " << m_log->countSinceMark(QStringLiteral("Refreshed the token of")) << " |\n"
        << "| Helix requests failed on purpose | "
        << observed.value("helix_forced_failures").toInt() << " |\n"
        << "| memory at " << m_options.warmUpSeconds() << " s: tree PSS (RSS), app PSS | "
        << mib(warmTree.pssKb) << " MiB (" << mib(warmTree.rssKb) << "), " << mib(warmApp.pssKb)
        << " MiB, " << warmTree.processes << " processes |\n"
        << "| memory at the end: tree PSS (RSS), app PSS | " << mib(endTree.pssKb) << " MiB ("
        << mib(endTree.rssKb) << "), " << mib(endApp.pssKb) << " MiB, " << endTree.processes
        << " processes |\n"
        << "| memory change (tree PSS, limit " << m_options.memoryTolerance * 100 << " %) | "
        << (warmTree.pssKb > 0 ? percent(double(endTree.pssKb) / double(warmTree.pssKb))
                               : QStringLiteral("n/a"))
        << " |\n"
        << "| longest UI block, CPU waits taken out (limit " << m_options.maxStallMs << " ms) | "
        << m_log->longestRunStallMs() << " ms; " << stalls.size()
        << " stalls of 50 ms or more late; start-up's longest " << m_log->longestStartupStallMs()
        << " ms |\n"
        << "| longest UI lateness, wall clock (CPU waits included) | " << m_log->longestRunLateMs()
        << " ms; start-up's " << m_log->longestStartupLateMs() << " ms |\n"
        << "| network sockets checked / not loopback | " << m_networkSocketsSeen << " / "
        << m_networkOffenders.size() << " |\n"
        << "| exit | "
        << (m_appDiedEarly ? QStringLiteral("died during the run") : m_exitDescription) << " |\n";
    if (!m_history.missing.isEmpty()) {
        out << "\nMissing (first " << m_history.missing.size() << "):\n\n";
        for (const QString& line : m_history.missing)
            out << "- " << line << '\n';
    }
    const QStringList warnings = m_log->warningsSinceMark(20);
    if (!warnings.isEmpty()) {
        out << "\nThe app's warnings (first " << warnings.size() << "):\n\n";
        for (const QString& line : warnings)
            out << "    " << line << '\n';
    }
    return text;
}
