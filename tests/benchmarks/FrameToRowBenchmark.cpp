// Frame-to-row latency: the simulator (on a thread of its own, as Twitch is
// elsewhere) sends channel events at a steady rate over a real loopback
// WebSocket; the app side (EventSubConnection → pipeline → SQLite history (on
// its writer thread) →
// RecentEventsModel → the events panel) runs on the main thread as in the app.
// For each event the time from the frame being handed to the socket to its row
// appearing in the model is taken; p50, p99 and max are reported. With
// list:1 the app's EventsPanel shows the model in a window (offscreen unless
// QT_QPA_PLATFORM says otherwise, e.g. xcb under Xvfb), so that its painting
// competes for the main thread as in the app, and the time until the row was
// first painted is reported too (paint_*). ui_cpu_us_per_event is the main
// thread's CPU time per event: less at the mercy of other processes on a
// shared machine than the latencies. durable_* is the time until the event was
// committed to the history, as the main thread hears of it: how long a
// crash could have cost a shown event. frameToRowFloor measures the same for
// the floor of our stack, a bare Qt program (floors/BareEventListFloor).
#include "core/config/EndpointConfig.h"
#include "core/events/RecentEventsModel.h"
#include "core/eventsub/EventFeed.h"
#include "core/helix/HelixClient.h"
#include "core/storage/Database.h"
#include "core/storage/EventHistory.h"
#include "core/storage/EventRepository.h"
#include "floors/BareEventListFloor.h"
#include "sim/EventSubServer.h"
#include "sim/OAuthService.h"
#include "sim/Simulator.h"
#include "ui/events/EventsPanel.h"
#include "ui/widgets/RepaintRateLimiter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QListView>
#include <QMutex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <memory>
#include <time.h>

namespace {

using Clock = std::chrono::steady_clock;

const QString channelId = QStringLiteral("500000001");
const QString userId = QStringLiteral("600000001"); // demo_viewer's

// Sent message id -> when it was handed to the socket.
struct SendLog {
    QMutex mutex;
    QHash<QString, Clock::time_point> sentAt;
};

template <typename Function>
void runOn(QObject* context, Function function) {
    QMetaObject::invokeMethod(context, function, Qt::BlockingQueuedConnection);
}

// Takes the time of the first paint of the list after rows were inserted.
class PaintClock : public QObject {
public:
    QList<Clock::time_point> waitingSince; // sent times of rows not painted yet
    QList<qint64> latenciesNs;             // sent -> first painted

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && !waitingSince.isEmpty()) {
            const auto now = Clock::now();
            for (const Clock::time_point& sent : std::as_const(waitingSince))
                latenciesNs
                    << std::chrono::duration_cast<std::chrono::nanoseconds>(now - sent).count();
            waitingSince.clear();
        }
        return QObject::eventFilter(watched, event);
    }
};

qint64 threadCpuNs() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

// STREAMSIDE_BENCH_SECONDS shortens the runs and STREAMSIDE_BENCH_PATIENCE_S
// lengthens the wait for the last rows (default 10 s): under callgrind, whose
// instruction counts compare versions repeatably on a shared machine.
int fromEnvironment(const char* name, int otherwise) {
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : otherwise;
}

// p in [0, 1] of sorted nanoseconds, in microseconds.
double percentileUs(const QList<qint64>& sortedNs, double p) {
    return sortedNs.isEmpty() ? 0.0
                              : double(sortedNs[std::min<qsizetype>(
                                    sortedNs.size() - 1, qsizetype(p * sortedNs.size()))]) /
                                    1000.0;
}

// The simulator on a thread of its own, sending chat notifications at a
// steady rate and noting when each frame was handed to the socket.
class SimulatorSide {
public:
    SimulatorSide() {
        m_thread.start();
        m_home.moveToThread(&m_thread);
        runOn(&m_home, [this] {
            m_simulator = std::make_unique<streamside::sim::Simulator>();
            m_simulator->start();
            baseUrl = m_simulator->baseUrl();
            eventSubUrl = m_simulator->context().eventSubUrl;
            const auto minted = m_simulator->oauth().mintUserToken(
                QStringLiteral("demo_viewer"), {QStringLiteral("user:read:chat")});
            token = minted->accessToken;
            clientId = minted->clientId;
        });
    }
    ~SimulatorSide() {
        runOn(&m_home, [this] {
            delete m_sender;
            m_simulator.reset();
        });
        m_thread.quit();
        m_thread.wait();
    }

    // Starts sending `total` events at `eventsPerSecond`, timed from `wall`.
    void send(int total, int eventsPerSecond, const QElapsedTimer& wall) {
        runOn(&m_home, [this, total, eventsPerSecond, &wall] {
            delete m_sender;
            m_sender = new QTimer;
            m_sender->setTimerType(Qt::PreciseTimer);
            m_sender->setInterval(1);
            QObject::connect(m_sender, &QTimer::timeout, m_sender, [=, this, &wall] {
                // A steady rate: each tick sends what is due since the start.
                const qint64 due =
                    std::min<qint64>(total, wall.nsecsElapsed() * eventsPerSecond / 1'000'000'000);
                while (m_sent < due) {
                    const auto result =
                        m_simulator->eventSub().trigger(QStringLiteral("channel.chat.notification"),
                                                        QStringLiteral("sub_gift"), channelId);
                    const auto now = Clock::now();
                    QMutexLocker lock(&sendLog.mutex);
                    for (const QString& id : result.messageIds)
                        sendLog.sentAt.insert(id, now);
                    ++m_sent;
                }
                if (m_sent >= total)
                    m_sender->stop();
            });
            m_sent = 0;
            m_sender->start();
        });
    }
    void stopSending() {
        runOn(&m_home, [this] {
            delete m_sender;
            m_sender = nullptr;
        });
    }

    QUrl baseUrl, eventSubUrl;
    QString token, clientId;
    SendLog sendLog;

private:
    QThread m_thread;
    QObject m_home;
    std::unique_ptr<streamside::sim::Simulator> m_simulator;
    QTimer* m_sender = nullptr; // lives on m_thread
    int m_sent = 0;             // used on m_thread only
};

struct Run {
    int eventsPerSecond = 0;
    int total = 0;
    int patienceMs = 0;
};

Run runFrom(benchmark::State& state) {
    Run run;
    run.eventsPerSecond = int(state.range(0));
    const int seconds = fromEnvironment("STREAMSIDE_BENCH_SECONDS", int(state.range(1)));
    run.total = run.eventsPerSecond * seconds;
    run.patienceMs = seconds * 1000 + 1000 * fromEnvironment("STREAMSIDE_BENCH_PATIENCE_S", 10);
    return run;
}

// Sends the run's events and takes, for each, the time from the frame being
// handed to the socket to its row being inserted into `model` (read back
// through messageIdRole), and the first paint of `list` after it, if shown.
// Reports the figures shared by the app and its floor.
void measureFrameToRow(benchmark::State& state, const Run& run, SimulatorSide& simulator,
                       QAbstractItemModel& model, int messageIdRole, QAbstractItemView* list) {
    PaintClock paintClock;
    if (list)
        list->viewport()->installEventFilter(&paintClock);
    QList<qint64> latenciesNs;
    latenciesNs.reserve(run.total);
    const QMetaObject::Connection taking = QObject::connect(
        &model, &QAbstractItemModel::rowsInserted, &model, [&](const QModelIndex&, int first, int) {
            const auto now = Clock::now();
            const QString id = model.data(model.index(first, 0), messageIdRole).toString();
            QMutexLocker lock(&simulator.sendLog.mutex);
            const auto sent = simulator.sendLog.sentAt.constFind(id);
            if (sent != simulator.sendLog.sentAt.constEnd()) {
                latenciesNs
                    << std::chrono::duration_cast<std::chrono::nanoseconds>(now - *sent).count();
                if (list)
                    paintClock.waitingSince << *sent;
            }
        });

    qint64 uiCpuNs = 0;
    for (auto _ : state) {
        const qint64 cpuAtStart = threadCpuNs();
        QElapsedTimer wall;
        wall.start();
        simulator.send(run.total, run.eventsPerSecond, wall);
        // Waits in an event loop that sleeps while nothing happens: the main
        // thread must not spin (QCoreApplication::processEvents with a
        // timeout does not wait) or it takes a core from everything measured.
        QEventLoop waiting;
        QTimer patience;
        patience.setSingleShot(true);
        QObject::connect(&patience, &QTimer::timeout, &waiting, &QEventLoop::quit);
        const QMetaObject::Connection allShown =
            QObject::connect(&model, &QAbstractItemModel::rowsInserted, &waiting, [&] {
                if (latenciesNs.size() >= run.total)
                    waiting.quit();
            });
        patience.start(run.patienceMs);
        if (latenciesNs.size() < run.total)
            waiting.exec();
        QObject::disconnect(allShown);
        simulator.stopSending();
        state.SetIterationTime(double(wall.nsecsElapsed()) / 1e9);
        uiCpuNs += threadCpuNs() - cpuAtStart;
    }
    QObject::disconnect(taking);

    std::sort(latenciesNs.begin(), latenciesNs.end());
    state.counters["events"] = double(latenciesNs.size());
    state.counters["lost"] = double(run.total - latenciesNs.size());
    state.counters["p50_us"] = percentileUs(latenciesNs, 0.50);
    state.counters["p99_us"] = percentileUs(latenciesNs, 0.99);
    state.counters["max_us"] = percentileUs(latenciesNs, 1.0);
    state.counters["ui_cpu_us_per_event"] =
        latenciesNs.isEmpty() ? 0.0 : double(uiCpuNs) / 1000.0 / double(latenciesNs.size());
    if (list) {
        // The last rows' paint may still be due.
        QCoreApplication::processEvents();
        list->viewport()->removeEventFilter(&paintClock);
        std::sort(paintClock.latenciesNs.begin(), paintClock.latenciesNs.end());
        state.counters["paint_p50_us"] = percentileUs(paintClock.latenciesNs, 0.50);
        state.counters["paint_p99_us"] = percentileUs(paintClock.latenciesNs, 0.99);
        state.counters["paint_max_us"] = percentileUs(paintClock.latenciesNs, 1.0);
    }
}

// The app's path: EventSubConnection -> pipeline -> SQLite history (on its
// writer thread) -> RecentEventsModel -> the events panel in a window that
// paints at most once per display frame, as the main window does.
void frameToRowLatency(benchmark::State& state) {
    const Run run = runFrom(state);
    const bool withHistory = state.range(2) != 0;
    const bool listVisible = state.range(3) != 0;
    SimulatorSide simulator;

    QTemporaryDir dir;
    streamside::Database database(dir.filePath(QStringLiteral("streamside.db")));
    database.open();
    streamside::EventRepository events(database);
    streamside::EventHistory history(events);
    streamside::RecentEventsModel model;
    std::unique_ptr<streamside::ui::EventsPanel> panel;
    if (listVisible) {
        panel = std::make_unique<streamside::ui::EventsPanel>();
        panel->setModel(&model);
        panel->resize(640, 480);
        streamside::ui::RepaintRateLimiter::install(panel.get());
        panel->show();
    }
    streamside::EndpointConfig endpoints =
        streamside::EndpointConfig::twitchDefaults(simulator.clientId);
    endpoints.apiUrl = simulator.baseUrl.resolved(QUrl(QStringLiteral("/helix")));
    streamside::HelixClient helix(endpoints);
    helix.setCredentials(simulator.clientId, simulator.token);
    streamside::EventSubConnection::Options options;
    options.url = simulator.eventSubUrl;
    streamside::EventFeed feed(options, helix, withHistory ? &history : nullptr, &model);
    QSignalSpy ready(&feed.planner(), &streamside::SubscriptionPlanner::ready);
    feed.showChannel(channelId, streamside::ChannelRole::Viewer);
    feed.start(userId, {QStringLiteral("user:read:chat")});
    if (!ready.wait(10000)) {
        state.SkipWithError("subscriptions not ready");
        return;
    }

    QList<qint64> durableNs;
    durableNs.reserve(run.total);
    QObject::connect(
        &history, &streamside::EventHistory::committed, &model, [&](const QStringList& messageIds) {
            const auto now = Clock::now();
            QMutexLocker lock(&simulator.sendLog.mutex);
            for (const QString& id : messageIds) {
                const auto sent = simulator.sendLog.sentAt.constFind(id);
                if (sent != simulator.sendLog.sentAt.constEnd())
                    durableNs << std::chrono::duration_cast<std::chrono::nanoseconds>(now - *sent)
                                     .count();
            }
        });

    measureFrameToRow(state, run, simulator, model, streamside::RecentEventsModel::MessageIdRole,
                      panel ? panel->view() : nullptr);

    if (withHistory) {
        history.waitUntilWritten();
        QCoreApplication::processEvents(); // the last committed() signals
        std::sort(durableNs.begin(), durableNs.end());
        state.counters["durable_p50_us"] = percentileUs(durableNs, 0.50);
        state.counters["durable_p99_us"] = percentileUs(durableNs, 0.99);
        state.counters["durable_max_us"] = percentileUs(durableNs, 1.0);
    }
    feed.stop();
}

// The floor: the same frames from the same simulator into a bare Qt program
// (floors/BareEventListFloor).
void frameToRowFloor(benchmark::State& state) {
    const Run run = runFrom(state);
    const bool listVisible = state.range(2) != 0;
    SimulatorSide simulator;
    streamside::floors::BareEventListFloor floor(
        {simulator.eventSubUrl,
         simulator.baseUrl.resolved(QUrl(QStringLiteral("/helix/eventsub/subscriptions"))),
         simulator.clientId, simulator.token, channelId, userId},
        listVisible);
    QSignalSpy ready(&floor, &streamside::floors::BareEventListFloor::ready);
    QSignalSpy failed(&floor, &streamside::floors::BareEventListFloor::failed);
    floor.start();
    if (!ready.wait(10000)) {
        state.SkipWithError(failed.isEmpty() ? "floor not subscribed"
                                             : qPrintable(failed.first().first().toString()));
        return;
    }
    measureFrameToRow(state, run, simulator, floor.model(),
                      streamside::floors::BareEventListFloor::messageIdRole, floor.view());
}

BENCHMARK(frameToRowLatency)
    ->ArgNames({"events_per_s", "seconds", "history", "list"})
    ->Args({1000, 10, 1, 1})
    ->Args({1000, 10, 1, 0})
    ->Args({1000, 10, 0, 1})
    ->Args({1000, 10, 0, 0})
    ->Iterations(1)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(frameToRowFloor)
    ->ArgNames({"events_per_s", "seconds", "list"})
    ->Args({1000, 10, 1})
    ->Args({1000, 10, 0})
    ->Iterations(1)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv) {
    // The list is painted offscreen unless a display is asked for.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
