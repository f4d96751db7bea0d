// Switching between favourites with a full history: the whole app
// (AppController: favourites sidebar, streamer page with its events panel,
// event feed, history, live tracker) signed in against the simulator, which
// runs on a thread of its own as Twitch is elsewhere, the window shown
// (offscreen unless QT_QPA_PLATFORM says otherwise). The profile holds 20
// favourites with 500 stored events each. The app opens the first; then each
// switch is the "next favourite" action (Ctrl+PgDown), three rounds through
// all 20.
//
// What a switch costs the UI thread is measured from the action until
// everything the switch set off has been handled: the channel looked up
// (Helix), the page and the events list showing it (filled from the
// history), the header's stream looked up, the subscriptions of the old
// channel deleted and the new one's created, the favourites' live tracking
// rearranged, all painted, and then the event loop idle for 300 ms (which
// closes the measured span at the last moment it was busy). Per switch:
//   cpu:     the UI thread's CPU time over that span;
//   busy:    the wall time the UI thread spent outside its event loop's wait
//            (QAbstractEventDispatcher::awake to aboutToBlock), i.e. what it
//            could not spend on input or painting; on a loaded machine this
//            includes time the thread was preempted;
//   longest: the longest of those busy stretches (a frame drops when one is
//            over 16 ms);
//   sync:    the action's synchronous part;
//   settle:  wall time until the last busy stretch ended (waits for the
//            simulator's answers included).
// Median, p95 and max of each over the 60 switches are reported, in ms.
//
// Web views (web:0): a switch does not create them; they are made once,
// after the window's first paint, when the streamer page is first shown.
// With web:0 the web module is not loaded (the page shows its placeholders),
// so what is measured is the app's own work. With web:1 the real web views
// exist and a switch also loads the new player and chat pages into them;
// Chromium's work then runs on the UI thread for as long as a page plays,
// which no span "until idle" can separate from the switch: busy and cpu then
// count the page loads' and the playing video's work in the span.
//
// favouriteSwitchFloor measures the floor of our stack the same way: a bare
// Qt program showing the same profile's events (floors/BareHistorySwitchFloor).
#include "core/app/AppPaths.h"
#include "core/app/CommandLine.h"
#include "core/auth/AuthSession.h"
#include "core/config/EndpointConfig.h"
#include "core/events/EventDecoder.h"
#include "core/events/EventKind.h"
#include "core/events/EventRecords.h"
#include "core/events/RecentEventsModel.h"
#include "core/eventsub/EventFeed.h"
#include "core/security/TokenProtector.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/Database.h"
#include "core/storage/EventRepository.h"
#include "core/storage/FavouriteRepository.h"
#include "core/storage/Storage.h"
#include "floors/BareHistorySwitchFloor.h"
#include "sim/OAuthService.h"
#include "sim/Simulator.h"
#include "sim/TokenStore.h"
#include "sim/World.h"
#include "ui/app/AppController.h"
#include "ui/favourites/FavouritesSidebar.h"
#include "ui/main/MainWindow.h"
#include "ui/web/WebModuleLoader.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <dlfcn.h>
#include <functional>
#include <memory>
#include <time.h>

namespace {

using namespace streamside;

constexpr int favouriteCount = 20;
constexpr int eventsPerFavourite = 500;
constexpr int rounds = 3;
constexpr int quietMs = 300;

template <typename Function>
void runOn(QObject* context, Function function) {
    QMetaObject::invokeMethod(context, function, Qt::BlockingQueuedConnection);
}

qint64 threadCpuNs() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

// GLib, as Qt has loaded it (its headers are not needed for three calls).
struct GPollFD {
    int fd;
    unsigned short events;
    unsigned short revents;
};
using GPollFunc = int (*)(GPollFD*, unsigned int, int);
struct GLib {
    void* (*defaultContext)() = nullptr;
    GPollFunc (*pollFunc)(void*) = nullptr;
    void (*setPollFunc)(void*, GPollFunc) = nullptr;
    bool resolve() {
        defaultContext =
            reinterpret_cast<void* (*)()>(dlsym(RTLD_DEFAULT, "g_main_context_default"));
        pollFunc = reinterpret_cast<GPollFunc (*)(void*)>(
            dlsym(RTLD_DEFAULT, "g_main_context_get_poll_func"));
        setPollFunc = reinterpret_cast<void (*)(void*, GPollFunc)>(
            dlsym(RTLD_DEFAULT, "g_main_context_set_poll_func"));
        return defaultContext && pollFunc && setPollFunc;
    }
};

// Watches the UI thread through the GLib main loop that Qt's event
// dispatcher runs on: the thread is idle while it sits in a poll() that may
// wait (a timeout other than 0), busy otherwise. Qt's own awake() and
// aboutToBlock() signals bracket GLib's whole iteration, dispatching
// included, so they cannot tell the two apart.
class BusyProbe {
public:
    // False when Qt does not run on GLib here (QT_NO_GLIB).
    bool install() {
        if (!s_glib.resolve())
            return false;
        m_clock.start();
        s_probe = this;
        void* context = s_glib.defaultContext();
        s_poll = s_glib.pollFunc(context);
        s_glib.setPollFunc(context, &BusyProbe::poll);
        return true;
    }
    ~BusyProbe() {
        if (s_probe == this) {
            s_glib.setPollFunc(s_glib.defaultContext(), s_poll);
            s_probe = nullptr;
        }
    }

    struct Totals {
        qint64 busyNs = 0;
        qint64 longestNs = 0;
        qint64 cpuNs = 0;
        qint64 atNs = 0; // on the probe's clock
    };

    // Starts a span now (the caller is busy: the span starts busy).
    void start() {
        m_busyNs = 0;
        m_longestNs = 0;
        m_busySince = m_clock.nsecsElapsed();
        m_startCpuNs = threadCpuNs();
        m_startNs = m_busySince;
        m_atLastWait = {0, 0, 0, 0};
    }
    // The span up to the last time the thread went to wait.
    Totals span() const { return m_atLastWait; }
    qint64 wakes() const { return m_wakes; }

private:
    static int poll(GPollFD* fds, unsigned int count, int timeoutMs) {
        if (timeoutMs != 0 && s_probe)
            s_probe->wait();
        const int result = s_poll(fds, count, timeoutMs);
        if (timeoutMs != 0 && s_probe)
            s_probe->wake();
        return result;
    }
    void wait() {
        if (m_busySince < 0)
            return;
        const qint64 now = m_clock.nsecsElapsed();
        m_busyNs += now - m_busySince;
        m_longestNs = std::max(m_longestNs, now - m_busySince);
        m_busySince = -1;
        m_atLastWait = {m_busyNs, m_longestNs, threadCpuNs() - m_startCpuNs, now - m_startNs};
    }
    void wake() {
        ++m_wakes;
        m_busySince = m_clock.nsecsElapsed();
    }

    static inline GLib s_glib;
    static inline BusyProbe* s_probe = nullptr;
    static inline GPollFunc s_poll = nullptr;
    QElapsedTimer m_clock;
    qint64 m_busySince = -1;
    qint64 m_busyNs = 0;
    qint64 m_longestNs = 0;
    qint64 m_wakes = 0;
    qint64 m_startCpuNs = 0;
    qint64 m_startNs = 0;
    Totals m_atLastWait;
};

// Runs the event loop (sleeping while nothing happens) until done() holds,
// then until it has been idle for quietMs. False on timeout.
bool runUntilSettled(BusyProbe& probe, const std::function<bool()>& done, int timeoutMs) {
    QEventLoop loop;
    QElapsedTimer waited;
    waited.start();
    bool settled = false;
    qint64 wakesAtCheck = -1;
    QTimer check;
    check.setSingleShot(true);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        // This check woke the thread once itself; any other wake-up since the
        // last check means it was not idle.
        if (done() && wakesAtCheck >= 0 && probe.wakes() == wakesAtCheck + 1) {
            settled = true;
            loop.quit();
            return;
        }
        if (waited.elapsed() > timeoutMs) {
            loop.quit();
            return;
        }
        wakesAtCheck = done() ? probe.wakes() : -1;
        check.start(done() ? quietMs : 20);
    });
    check.start(20);
    loop.exec();
    return settled;
}

struct Sample {
    double cpuMs;
    double busyMs;
    double longestMs;
    double syncMs;
    double settleMs;
};

void report(benchmark::State& state, const QList<Sample>& samples, const char* name,
            double Sample::*field) {
    QList<double> values;
    for (const Sample& sample : samples)
        values << sample.*field;
    std::sort(values.begin(), values.end());
    auto at = [&](double p) {
        return values.isEmpty()
                   ? 0.0
                   : values[std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size()))];
    };
    state.counters[std::string(name) + "_med_ms"] = at(0.5);
    state.counters[std::string(name) + "_p95_ms"] = at(0.95);
    state.counters[std::string(name) + "_max_ms"] = at(1.0);
}

// Switches rounds × favouriteCount times with `next`, each measured until
// `showing(target())` holds and the UI thread has been idle for quietMs.
QList<Sample> measureSwitches(benchmark::State& state, BusyProbe& probe,
                              const std::function<void()>& next,
                              const std::function<QString()>& target,
                              const std::function<bool(const QString&)>& showing) {
    QList<Sample> samples;
    for (auto _ : state) {
        for (int i = 0; i < rounds * favouriteCount; ++i) {
            QElapsedTimer sync;
            probe.start();
            sync.start();
            next();
            const double syncMs = double(sync.nsecsElapsed()) / 1e6;
            const QString shown = target();
            if (!runUntilSettled(
                    probe, [&] { return showing(shown); }, 30000)) {
                state.SkipWithError("a switch did not settle within 30 s");
                break;
            }
            const BusyProbe::Totals span = probe.span();
            samples << Sample{double(span.cpuNs) / 1e6, double(span.busyNs) / 1e6,
                              double(span.longestNs) / 1e6, syncMs, double(span.atNs) / 1e6};
        }
    }
    return samples;
}

void reportSwitches(benchmark::State& state, const QList<Sample>& samples) {
    state.counters["switches"] = double(samples.size());
    report(state, samples, "cpu", &Sample::cpuMs);
    report(state, samples, "busy", &Sample::busyMs);
    report(state, samples, "longest", &Sample::longestMs);
    report(state, samples, "sync", &Sample::syncMs);
    report(state, samples, "settle", &Sample::settleMs);
}

// Stored events as the pipeline stores them: decoded from Twitch's example
// payloads of the kinds the list shows, the raw payload kept.
QList<ChannelEvent> exampleEvents() {
    QList<ChannelEvent> events;
    const QDir vectors(QStringLiteral(STREAMSIDE_TWITCH_VECTORS_DIR));
    for (const QString& name : vectors.entryList({QStringLiteral("payload.*.json")})) {
        QFile file(vectors.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const EventDecoder::Result decoded =
            EventDecoder::decode(QJsonDocument::fromJson(file.readAll()).object(),
                                 QStringLiteral("example"), QDateTime::currentDateTimeUtc());
        if (decoded.event && isNotable(decoded.event->kind))
            events << *decoded.event;
    }
    return events;
}

struct SeededChannel {
    QString id;
    QString login;
};

// A signed-in demo_viewer with the favourites and their histories, as a
// previous run leaves the profile (tokens stored unsealed: no keychain here).
QString seedProfile(const QString& dataDir, const sim::AccessToken& token,
                    const QList<SeededChannel>& channels) {
    Database database(dataDir + QLatin1Char('/') + QLatin1String(Storage::fileName));
    if (const StorageError error = database.open())
        return error.message;
    TokenProtector unsealed;
    AccountRepository accounts(database, unsealed);
    Account account;
    account.userId = token.userId;
    account.login = QStringLiteral("demo_viewer");
    account.displayName = QStringLiteral("DemoViewer");
    account.scopes = AuthSession::scopesFor(false);
    account.accessToken = token.accessToken;
    account.refreshToken = token.refreshToken;
    account.tokenExpiresAt = token.expiresAt;
    account.isActive = true;
    if (const StorageError error = accounts.save(account))
        return error.message;

    FavouriteRepository favourites(database);
    EventRepository history(database);
    const QList<ChannelEvent> examples = exampleEvents();
    if (examples.isEmpty())
        return QStringLiteral("no example payloads in " STREAMSIDE_TWITCH_VECTORS_DIR);
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-3);
    int position = 0;
    for (const SeededChannel& channel : channels) {
        Favourite favourite;
        favourite.channelId = channel.id;
        favourite.login = channel.login;
        favourite.displayName = channel.login;
        favourite.position = position++;
        favourite.notifyKinds = {QStringLiteral("raid"), QStringLiteral("resub")};
        if (const StorageError error = favourites.add(favourite))
            return error.message;
        QList<EventRecord> records;
        for (int i = 0; i < eventsPerFavourite; ++i) {
            ChannelEvent event = examples[i % examples.size()];
            event.messageId = QStringLiteral("%1-%2").arg(channel.id).arg(i);
            event.broadcasterId = channel.id;
            event.occurredAt = start.addSecs(i * 30);
            records << toEventRecord(event, event.occurredAt);
        }
        if (const StorageError error = history.insertAll(records))
            return error.message;
    }
    return {};
}

void favouriteSwitch(benchmark::State& state) {
    const bool webViews = state.range(0) != 0;
    if (!webViews)
        ui::WebModuleLoader::overrideSearchPaths({});

    // The simulator, on its own thread, with 20 channels.
    QThread simulatorThread;
    simulatorThread.start();
    QObject simulatorHome;
    simulatorHome.moveToThread(&simulatorThread);
    std::unique_ptr<sim::Simulator> simulator;
    QList<SeededChannel> channels;
    std::optional<sim::AccessToken> token;
    EndpointConfig endpoints;
    runOn(&simulatorHome, [&] {
        simulator = std::make_unique<sim::Simulator>();
        sim::World& world = simulator->world();
        for (const sim::SimChannel& channel : world.channels)
            if (channel.broadcasterId.startsWith(QLatin1String("5000000")))
                channels << SeededChannel{channel.broadcasterId,
                                          world.userById(channel.broadcasterId)->login};
        for (int i = int(channels.size()); i < favouriteCount; ++i) {
            const QString id = QString::number(500000100 + i);
            const QString login = QStringLiteral("favourite_%1").arg(i);
            world.users << sim::SimUser{id,
                                        login,
                                        login,
                                        QString(),
                                        QString(),
                                        QStringLiteral("#4f6d7a"),
                                        QDateTime::currentDateTimeUtc().addYears(-2)};
            sim::SimChannel channel;
            channel.broadcasterId = id;
            channel.title = QStringLiteral("Stream number %1").arg(i);
            channel.gameName = QStringLiteral("Just Chatting");
            channel.gameId = QStringLiteral("509658");
            channel.live = i % 2 == 0;
            if (channel.live) {
                channel.streamId = QStringLiteral("4%1").arg(id);
                channel.viewerCount = 100 + i;
                channel.startedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
            }
            world.channels << channel;
            channels << SeededChannel{id, login};
        }
        if (!simulator->start())
            return;
        token = simulator->oauth().mintUserToken(QStringLiteral("demo_viewer"),
                                                 AuthSession::scopesFor(false));
        const QUrl base = simulator->baseUrl();
        endpoints.clientId = QLatin1String(sim::World::demoClientId);
        endpoints.authUrl = base.resolved(QUrl(QStringLiteral("/oauth2")));
        endpoints.apiUrl = base.resolved(QUrl(QStringLiteral("/helix")));
        endpoints.eventSubUrl = simulator->context().eventSubUrl;
        endpoints.playerUrl = base.resolved(QUrl(QStringLiteral("/embed/player")));
        endpoints.chatUrl = base.resolved(QUrl(QStringLiteral("/embed/")));
    });
    auto stopSimulator = [&] {
        runOn(&simulatorHome, [&] { simulator.reset(); });
        simulatorThread.quit();
        simulatorThread.wait();
    };
    if (!token) {
        state.SkipWithError("the simulator did not start or minted no token");
        stopSimulator();
        return;
    }
    endpoints.clientId = token->clientId;

    QTemporaryDir profile;
    AppPaths paths{profile.filePath(QStringLiteral("data")),
                   profile.filePath(QStringLiteral("config"))};
    if (const QString error = paths.ensureCreated(); !error.isEmpty()) {
        state.SkipWithError(qPrintable(error));
        stopSimulator();
        return;
    }
    if (const QString error = seedProfile(paths.dataDir, *token, channels); !error.isEmpty()) {
        state.SkipWithError(qPrintable(error));
        stopSimulator();
        return;
    }

    StartupOptions options;
    options.channel = channels.first().login;
    QList<Sample> samples;
    {
        ui::AppController app(options, paths, endpoints);
        QString error;
        if (!app.start(&error)) {
            state.SkipWithError(qPrintable(error));
            stopSimulator();
            return;
        }
        app.window().resize(1280, 800);
        app.window().show();
        BusyProbe probe;
        if (!probe.install()) {
            state.SkipWithError("Qt does not run on GLib's main loop here");
            stopSimulator();
            return;
        }
        auto showing = [&](const QString& channelId) {
            return app.eventsModel() && app.eventsModel()->channelId() == channelId &&
                   app.eventsModel()->rowCount() == RecentEventsModel::capacity &&
                   app.eventFeed() &&
                   (app.eventFeed()->planner().state() == SubscriptionPlanner::State::Ready ||
                    app.eventFeed()->planner().state() == SubscriptionPlanner::State::Problem);
        };
        if (!runUntilSettled(
                probe, [&] { return showing(channels.first().id); }, 30000)) {
            state.SkipWithError("the app did not sign in and open the first favourite");
            stopSimulator();
            return;
        }
        auto* sidebar = app.window().findChild<ui::FavouritesSidebar*>();
        QAction* next = app.window().nextFavouriteAction();
        samples = measureSwitches(
            state, probe, [&] { next->trigger(); }, [&] { return sidebar->currentChannelId(); },
            showing);
        app.eventFeed()->stop();
    }
    stopSimulator();
    reportSwitches(state, samples);
}
BENCHMARK(favouriteSwitch)->ArgName("web")->Arg(0)->Iterations(1)->Unit(benchmark::kMillisecond);

// The floor: the same profile's events shown by a bare Qt program
// (floors/BareHistorySwitchFloor), measured the same way.
void favouriteSwitchFloor(benchmark::State& state) {
    QList<SeededChannel> channels;
    QStringList channelIds;
    for (int i = 0; i < favouriteCount; ++i) {
        channels << SeededChannel{QString::number(500000100 + i),
                                  QStringLiteral("favourite_%1").arg(i)};
        channelIds << channels.last().id;
    }
    QTemporaryDir profile;
    sim::AccessToken token; // only for the account row seedProfile writes
    token.accessToken = QStringLiteral("floor");
    token.refreshToken = QStringLiteral("floor");
    token.userId = QStringLiteral("600000001");
    token.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    if (const QString error = seedProfile(profile.path(), token, channels); !error.isEmpty()) {
        state.SkipWithError(qPrintable(error));
        return;
    }
    floors::BareHistorySwitchFloor floor(profile.filePath(QLatin1String(Storage::fileName)),
                                         channelIds);
    QString error;
    if (!floor.open(&error)) {
        state.SkipWithError(qPrintable(error));
        return;
    }
    floor.resize(1280, 800);
    floor.show();
    BusyProbe probe;
    if (!probe.install()) {
        state.SkipWithError("Qt does not run on GLib's main loop here");
        return;
    }
    auto showing = [&](const QString& channelId) {
        return floor.shownChannelId() == channelId &&
               floor.shownRows() == floors::BareHistorySwitchFloor::rows;
    };
    floor.showNext();
    if (!runUntilSettled(
            probe, [&] { return showing(channelIds.first()); }, 30000)) {
        state.SkipWithError("the floor did not show the first channel");
        return;
    }
    int shown = 0;
    const QList<Sample> samples = measureSwitches(
        state, probe, [&] { floor.showNext(); },
        [&] { return channelIds.at(++shown % channelIds.size()); }, showing);
    reportSwitches(state, samples);
}
BENCHMARK(favouriteSwitchFloor)->Iterations(1)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv) {
    // Offscreen unless a display is asked for; no keychain (the profile's
    // tokens are stored unsealed); the GLib event dispatcher, as in the app
    // (the busy probe watches its poll()).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("QT_NO_GLIB");
    QTemporaryDir home;
    for (const char* variable : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"})
        qputenv(variable, QDir(home.path()).filePath(QLatin1String(variable)).toUtf8());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Streamside"));
    QCoreApplication::setApplicationName(QStringLiteral("streamside-bench"));
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
