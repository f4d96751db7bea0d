// The hand-over of a Streamside hidden in the tray to a fresh process, end to
// end: the real executables (streamside and streamside-sim) in a headless
// desktop session (Xvfb, a private D-Bus session with a tray and a
// notification service from fake-desktop-services, and an unlocked GNOME
// Keyring). A signed-in Streamside shows a channel (Qt WebEngine loaded), is
// hidden through its tray icon, and hands over to a successor that has never
// loaded WebEngine; events keep arriving all along and every one of them
// must be in the database once, and the successor announces the next go-live
// exactly once.
#include "FakeDesktopServices.h"
#include "RealAppSession.h"
#include "core/auth/AuthSession.h"
#include "core/eventsub/SubscriptionPlanner.h"
#include "core/favourites/FavouritesLiveSplit.h"
#include "core/storage/Storage.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <csignal>

using namespace streamside;

namespace {

using namespace realapp;

// Sanitizer builds: on a real X display the app loads Mesa's software GL
// driver (swrast_dri.so), and two of the driver's blocks (56 bytes each) stay
// referenced only from leaked blocks that are all Qt WebEngine's (suppressed,
// app/sanitizers/). The driver is unloaded before the leak check, so their
// allocation stacks name no library and no suppression can match them: leak
// checking is off for this test's app processes (and the successor they
// start) only. It stays on for the app in DemoAppTest and ExecutableTest, and
// AddressSanitizer's other checks stay on here.
void withoutLeakCheckUnderSanitizers([[maybe_unused]] QProcessEnvironment& environment) {
#if defined(__SANITIZE_ADDRESS__)
    environment.insert("ASAN_OPTIONS",
                       environment.value("ASAN_OPTIONS") + QStringLiteral(":detect_leaks=0"));
#endif
}

class HandOverSessionTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(desktop.start()) << desktop.errorString().toStdString();
        ASSERT_TRUE(simulator.start());
        const SeededProfile seeded =
            seedSignedInProfile(simulator, dataDir(),
                                {{"500000001", "pixelpioneer", "PixelPioneer"},
                                 {"500000005", "retro_rachel", "Retro_Rachel"}});
        ASSERT_TRUE(seeded.error.isEmpty()) << seeded.error.toStdString();
        accessToken = seeded.accessToken;
        accountUserId = seeded.userId;
    }

    void TearDown() override {
        if (predecessor.state() != QProcess::NotRunning) {
            predecessor.kill();
            predecessor.waitForFinished();
        }
        if (successorPid > 0 && processExists(successorPid))
            ::kill(pid_t(successorPid), SIGKILL);
    }

    QString dataDir() const { return appDataDir(); }

    void startPredecessor() {
        QProcessEnvironment environment = appEnvironment(simulator);
        environment.insert("STREAMSIDE_HANDOVER_DELAY_MS", "1000");
        environment.insert("QT_LOGGING_RULES", "streamside.*.info=true");
        withoutLeakCheckUnderSanitizers(environment);
        predecessor.setProcessEnvironment(environment);
        predecessor.setProcessChannelMode(QProcess::ForwardedChannels);
        predecessor.start(QStringLiteral(STREAMSIDE_EXECUTABLE), {"--channel", "pixelpioneer"});
        ASSERT_TRUE(predecessor.waitForStarted(10000));
    }

    QString trayItemOf(qint64 pid) const { return realapp::trayItemOf(desktop, pid); }

    // The message ids in the history of a channel (read-only, beside the app).
    QStringList storedMessageIds(const QString& channelId) {
        QStringList ids;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
            db.setDatabaseName(dataDir() + QLatin1Char('/') + QLatin1String(Storage::fileName));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                QSqlQuery query(db);
                query.prepare(QStringLiteral("SELECT message_id FROM events WHERE channel_id = ?"));
                query.addBindValue(channelId);
                query.exec();
                while (query.next())
                    ids << query.value(0).toString();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
        return ids;
    }

    // A call of our own, logged after everything the fake received before it.
    bool roundTrip() {
        const qsizetype before = desktop.calls("GetServerInformation").size();
        const QDBusMessage call =
            QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.Notifications"),
                                           QStringLiteral("/org/freedesktop/Notifications"),
                                           QStringLiteral("org.freedesktop.Notifications"),
                                           QStringLiteral("GetServerInformation"));
        if (QDBusConnection::sessionBus().call(call, QDBus::Block, 10000).type() !=
            QDBusMessage::ReplyMessage)
            return false;
        return QTest::qWaitFor(
            [&] { return desktop.calls("GetServerInformation").size() > before; }, 10000);
    }

    FakeDesktopServices desktop;
    SimulatorProcess simulator{QStringLiteral(STREAMSIDE_SIM_EXECUTABLE)};
    QProcess predecessor;
    qint64 successorPid = 0;
    QString accessToken;
    QString accountUserId;
};

} // namespace

TEST_F(HandOverSessionTest, HiddenStreamsideHandsOverWithoutLosingAnEvent) {
    startPredecessor();
    const qint64 firstPid = predecessor.processId();
    // Signed in from the stored session, the channel shown, WebEngine loaded.
    ASSERT_TRUE(askUntil([&] { return hasMappedWebEngine(firstPid); }, 60000))
        << "the player was never shown";
    // The web views made an OpenGL context: the check below can tell.
    EXPECT_TRUE(askUntil([&] { return hasLoadedOpenGLDriver(firstPid); }, 20000));
    ASSERT_TRUE(askUntil([&] { return !trayItemOf(firstPid).isEmpty(); }, 20000))
        << "no tray icon registered: " << trayItems(desktop).join(", ").toStdString();

    // What the predecessor holds once settled, on one session: the open
    // channel's plan, and stream.online/offline of Retro_Rachel
    // (PixelPioneer's are in the channel's plan).
    const int heldCost = SubscriptionPlanner::plan(
                             SubscriptionPlanInput{accountUserId, AuthSession::scopesFor(false),
                                                   "500000001", ChannelRole::Viewer, 10})
                             .totalCost() +
                         liveStatusCostElsewhere;
    QMap<QString, int> before;
    ASSERT_TRUE(askUntil(
        [&] {
            before = simulator.costPerSession(accessToken);
            return before.size() == 1 && before.first() == heldCost;
        },
        20000))
        << "the predecessor holds " << before.size() << " sessions, cost "
        << (before.isEmpty() ? 0 : before.first()) << " of " << heldCost;

    // Events arrive all along: before, during and after the hand-over.
    QStringList sent;
    QTimer events;
    events.setInterval(150);
    QObject::connect(&events, &QTimer::timeout, [&] {
        const std::optional<QJsonObject> answer =
            simulator.post("/_sim/trigger", {{"type", "channel.chat.notification"},
                                             {"notice_type", "raid"},
                                             {"channel", "pixelpioneer"}});
        if (answer)
            for (const QJsonValue& id : answer->value("message_ids").toArray())
                sent << id.toString();
    });
    events.start();

    // A left click on the tray icon hides the window.
    ASSERT_TRUE(activateTrayItem(trayItemOf(firstPid)));
    ASSERT_TRUE(predecessor.waitForFinished(90000)) << "the hidden Streamside never handed over";
    EXPECT_EQ(predecessor.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(predecessor.exitCode(), 0);

    // The successor: its own tray icon, no WebEngine.
    ASSERT_TRUE(askUntil(
        [&] {
            for (const QString& service : trayItems(desktop))
                if (const qint64 pid = trayItemPid(service); pid > 0 && pid != firstPid)
                    successorPid = pid;
            return successorPid > 0;
        },
        10000));
    ASSERT_TRUE(processExists(successorPid));
    EXPECT_FALSE(hasMappedWebEngine(successorPid)) << "the successor loaded Qt WebEngine";
    EXPECT_FALSE(hasLoadedOpenGLDriver(successorPid))
        << "the successor loaded an OpenGL driver (tens of megabytes) it has no use for";

    // The successor holds as much as its predecessor did, on its own session:
    // the two share Twitch's cost limit, so this only fits once the
    // predecessor has let go of its costly subscriptions.
    QMap<QString, int> after;
    EXPECT_TRUE(askUntil(
        [&] {
            after = simulator.costPerSession(accessToken);
            return after.size() == 1 && after.first() == heldCost &&
                   after.firstKey() != before.firstKey();
        },
        10000))
        << "the successor holds a cost of " << (after.isEmpty() ? 0 : after.first()) << " of "
        << heldCost << " on " << after.size() << " sessions";

    // A few more events reach the successor alone, then the stream stops.
    const qsizetype sentAtHandOver = sent.size();
    ASSERT_TRUE(QTest::qWaitFor([&] { return sent.size() >= sentAtHandOver + 5; }, 20000));
    events.stop();
    ASSERT_FALSE(sent.isEmpty());
    ASSERT_TRUE(askUntil(
        [&] {
            const QStringList ids = storedMessageIds("500000001");
            const QSet<QString> stored(ids.cbegin(), ids.cend());
            for (const QString& id : sent)
                if (!stored.contains(id))
                    return false;
            return true;
        },
        20000))
        << "an event sent during the hand-over is missing from the history";
    const QStringList stored = storedMessageIds("500000001");
    EXPECT_EQ(QSet<QString>(stored.cbegin(), stored.cend()).size(), stored.size());

    // The successor announces the next go-live, once.
    const QString title = QStringLiteral("Retro_Rachel is live");
    EXPECT_TRUE(desktop.notificationsTitled(title).isEmpty());
    ASSERT_TRUE(simulator.post("/_sim/channels/retro_rachel/live", {{"live", true}}).has_value());
    // Pushed within moments: the successor holds stream.online, which only
    // fits Twitch's cost limit once the predecessor has deleted its own (a
    // poll would take up to a minute).
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !desktop.notificationsTitled(title).isEmpty(); }, 10000))
        << "the successor did not announce the go-live at once";
    // Once the successor has gone, everything it sent has been logged.
    ::kill(pid_t(successorPid), SIGTERM);
    EXPECT_TRUE(askUntil([&] { return !processExists(successorPid); }, 15000));
    ASSERT_TRUE(roundTrip());
    EXPECT_EQ(desktop.notificationsTitled(title).size(), 1);
}

TEST_F(HandOverSessionTest, SigtermQuitsAWindowThatClosesToTheTray) {
    // Qt 6's quit() first closes every window, and gives up when one refuses:
    // this window refuses (it hides to the tray instead). A termination
    // request must end the process all the same, window state saved.
    startPredecessor();
    const qint64 pid = predecessor.processId();
    ASSERT_TRUE(askUntil([&] { return !trayItemOf(pid).isEmpty(); }, 60000))
        << "no tray icon registered: " << trayItems(desktop).join(", ").toStdString();
    ::kill(pid_t(pid), SIGTERM);
    ASSERT_TRUE(predecessor.waitForFinished(30000)) << "still running 30 s after SIGTERM";
    EXPECT_EQ(predecessor.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(predecessor.exitCode(), 0);
}
