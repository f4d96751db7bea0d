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
// crash could have cost a shown event.
#include "core/config/EndpointConfig.h"
#include "core/events/RecentEventsModel.h"
#include "core/eventsub/EventFeed.h"
#include "core/helix/HelixClient.h"
#include "core/storage/Database.h"
#include "core/storage/EventHistory.h"
#include "core/storage/EventRepository.h"
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
#include <atomic>
#include <memory>
#include <time.h>

namespace {

using Clock = std::chrono::steady_clock;

const QString channelId = QStringLiteral("500000001");

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

void frameToRowLatency(benchmark::State& state) {
    const int eventsPerSecond = int(state.range(0));
    const int seconds = fromEnvironment("STREAMSIDE_BENCH_SECONDS", int(state.range(1)));
    const int patienceMs = 1000 * fromEnvironment("STREAMSIDE_BENCH_PATIENCE_S", 10);
    const int total = eventsPerSecond * seconds;
    const bool withHistory = state.range(2) != 0;
    const bool listVisible = state.range(3) != 0;

    QThread simulatorThread;
    simulatorThread.start();
    QObject simulatorHome;
    simulatorHome.moveToThread(&simulatorThread);
    std::unique_ptr<streamside::sim::Simulator> simulator;
    QUrl baseUrl, eventSubUrl;
    QString token, clientId;
    runOn(&simulatorHome, [&] {
        simulator = std::make_unique<streamside::sim::Simulator>();
        simulator->start();
        baseUrl = simulator->baseUrl();
        eventSubUrl = simulator->context().eventSubUrl;
        const auto minted = simulator->oauth().mintUserToken(QStringLiteral("demo_viewer"),
                                                             {QStringLiteral("user:read:chat")});
        token = minted->accessToken;
        clientId = minted->clientId;
    });

    QTemporaryDir dir;
    streamside::Database database(dir.filePath(QStringLiteral("streamside.db")));
    database.open();
    streamside::EventRepository events(database);
    streamside::EventHistory history(events);
    streamside::RecentEventsModel model;
    std::unique_ptr<streamside::ui::EventsPanel> panel;
    PaintClock paintClock;
    if (listVisible) {
        panel = std::make_unique<streamside::ui::EventsPanel>();
        panel->setModel(&model);
        panel->resize(640, 480);
        // As the main window, which the panel is in in the app.
        streamside::ui::RepaintRateLimiter::install(panel.get());
        panel->show();
        panel->view()->viewport()->installEventFilter(&paintClock);
    }
    streamside::EndpointConfig endpoints = streamside::EndpointConfig::twitchDefaults(clientId);
    endpoints.apiUrl = baseUrl.resolved(QUrl(QStringLiteral("/helix")));
    streamside::HelixClient helix(endpoints);
    helix.setCredentials(clientId, token);
    streamside::EventSubConnection::Options options;
    options.url = eventSubUrl;
    streamside::EventFeed feed(options, helix, withHistory ? &history : nullptr, &model);
    QSignalSpy ready(&feed.planner(), &streamside::SubscriptionPlanner::ready);
    feed.showChannel(channelId, streamside::ChannelRole::Viewer);
    feed.start(QStringLiteral("600000001"), {QStringLiteral("user:read:chat")});
    if (!ready.wait(10000)) {
        state.SkipWithError("subscriptions not ready");
        return;
    }

    SendLog sendLog;
    QList<qint64> latenciesNs;
    latenciesNs.reserve(total);
    QObject::connect(
        &model, &QAbstractItemModel::rowsInserted, &model, [&](const QModelIndex&, int first, int) {
            const auto now = Clock::now();
            const QString id =
                model.data(model.index(first), streamside::RecentEventsModel::MessageIdRole)
                    .toString();
            QMutexLocker lock(&sendLog.mutex);
            const auto sent = sendLog.sentAt.constFind(id);
            if (sent != sendLog.sentAt.constEnd()) {
                latenciesNs
                    << std::chrono::duration_cast<std::chrono::nanoseconds>(now - *sent).count();
                if (panel)
                    paintClock.waitingSince << *sent;
            }
        });

    QList<qint64> durableNs;
    durableNs.reserve(total);
    QObject::connect(
        &history, &streamside::EventHistory::committed, &model, [&](const QStringList& messageIds) {
            const auto now = Clock::now();
            QMutexLocker lock(&sendLog.mutex);
            for (const QString& id : messageIds) {
                const auto sent = sendLog.sentAt.constFind(id);
                if (sent != sendLog.sentAt.constEnd())
                    durableNs << std::chrono::duration_cast<std::chrono::nanoseconds>(now - *sent)
                                     .count();
            }
        });

    qint64 uiCpuNs = 0;
    for (auto _ : state) {
        const qint64 cpuAtStart = threadCpuNs();
        std::atomic<int> sent = 0;
        QElapsedTimer wall;
        wall.start();
        // A steady rate: each tick sends what is due since the start.
        QTimer* sender = nullptr;
        runOn(&simulatorHome, [&] {
            sender = new QTimer;
            sender->setTimerType(Qt::PreciseTimer);
            sender->setInterval(1);
            QObject::connect(sender, &QTimer::timeout, sender, [&, sender] {
                const qint64 due =
                    std::min<qint64>(total, wall.nsecsElapsed() * eventsPerSecond / 1'000'000'000);
                while (sent < due) {
                    const auto result =
                        simulator->eventSub().trigger(QStringLiteral("channel.chat.notification"),
                                                      QStringLiteral("sub_gift"), channelId);
                    const auto now = Clock::now();
                    QMutexLocker lock(&sendLog.mutex);
                    for (const QString& id : result.messageIds)
                        sendLog.sentAt.insert(id, now);
                    ++sent;
                }
                if (sent >= total)
                    sender->stop();
            });
            sender->start();
        });
        // Waits in an event loop that sleeps while nothing happens: the main
        // thread must not spin (QCoreApplication::processEvents with a
        // timeout does not wait) or it takes a core from everything measured.
        QEventLoop waiting;
        QTimer patience;
        patience.setSingleShot(true);
        QObject::connect(&patience, &QTimer::timeout, &waiting, &QEventLoop::quit);
        const QMetaObject::Connection allShown =
            QObject::connect(&model, &QAbstractItemModel::rowsInserted, &waiting, [&] {
                if (latenciesNs.size() >= total)
                    waiting.quit();
            });
        patience.start(seconds * 1000 + patienceMs);
        if (latenciesNs.size() < total)
            waiting.exec();
        QObject::disconnect(allShown);
        runOn(&simulatorHome, [&] { delete sender; });
        state.SetIterationTime(double(wall.nsecsElapsed()) / 1e9);
        uiCpuNs += threadCpuNs() - cpuAtStart;
    }

    if (withHistory) {
        history.waitUntilWritten();
        QCoreApplication::processEvents(); // the last committed() signals
        std::sort(durableNs.begin(), durableNs.end());
        state.counters["durable_p50_us"] = percentileUs(durableNs, 0.50);
        state.counters["durable_p99_us"] = percentileUs(durableNs, 0.99);
        state.counters["durable_max_us"] = percentileUs(durableNs, 1.0);
    }
    std::sort(latenciesNs.begin(), latenciesNs.end());
    state.counters["events"] = double(latenciesNs.size());
    state.counters["lost"] = double(total - latenciesNs.size());
    state.counters["p50_us"] = percentileUs(latenciesNs, 0.50);
    state.counters["p99_us"] = percentileUs(latenciesNs, 0.99);
    state.counters["max_us"] = percentileUs(latenciesNs, 1.0);
    state.counters["ui_cpu_us_per_event"] =
        latenciesNs.isEmpty() ? 0.0 : double(uiCpuNs) / 1000.0 / double(latenciesNs.size());
    if (panel) {
        // The last rows' paint may still be due.
        QCoreApplication::processEvents();
        std::sort(paintClock.latenciesNs.begin(), paintClock.latenciesNs.end());
        state.counters["paint_p50_us"] = percentileUs(paintClock.latenciesNs, 0.50);
        state.counters["paint_p99_us"] = percentileUs(paintClock.latenciesNs, 0.99);
        state.counters["paint_max_us"] = percentileUs(paintClock.latenciesNs, 1.0);
    }

    feed.stop();
    runOn(&simulatorHome, [&] { simulator.reset(); });
    simulatorThread.quit();
    simulatorThread.wait();
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
