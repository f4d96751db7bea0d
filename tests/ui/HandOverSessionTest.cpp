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
#include "core/auth/AuthSession.h"
#include "core/eventsub/SubscriptionPlanner.h"
#include "core/favourites/FavouritesLiveSplit.h"
#include "core/security/KeychainKeyStore.h"
#include "core/storage/Storage.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <csignal>
#include <functional>
#include <optional>

using namespace streamside;

namespace {

bool hasMappedWebEngine(qint64 pid) {
    QFile maps(QStringLiteral("/proc/%1/maps").arg(pid));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("libQt6WebEngineCore");
}

bool processExists(qint64 pid) {
    return ::kill(pid_t(pid), 0) == 0;
}

// Waits for a condition on state outside this process that signals nothing
// here (the simulator's books, the database), asking every 200 ms: asking
// in a tight loop would spend the user's Helix rate limit that the app needs.
bool askUntil(const std::function<bool()>& condition, int timeoutMs) {
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(200);
    }
    return true;
}

// The process behind a tray item (Qt registers its unique bus name).
qint64 trayItemPid(const QString& service) {
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("GetConnectionUnixProcessID"));
    call << service;
    const QDBusMessage answer = QDBusConnection::sessionBus().call(call, QDBus::Block, 5000);
    // A process that has gone has no pid any more.
    if (answer.type() != QDBusMessage::ReplyMessage || answer.arguments().isEmpty())
        return 0;
    return answer.arguments().constFirst().toLongLong();
}

// The loopback simulator in its own process, steered over its control API.
class SimulatorProcess {
public:
    ~SimulatorProcess() {
        m_process.kill();
        m_process.waitForFinished();
    }
    bool start() {
        m_process.start(QStringLiteral(STREAMSIDE_SIM_EXECUTABLE), {"--lively-rate", "0"});
        QSignalSpy output(&m_process, &QProcess::readyReadStandardOutput);
        while (!m_printed.contains("export STREAMSIDE_SIM_URL=") && output.wait(10000))
            m_printed += QString::fromLocal8Bit(m_process.readAllStandardOutput());
        static const QRegularExpression exportLine(
            QStringLiteral("^export (STREAMSIDE_\\w+)=(\\S+)$"),
            QRegularExpression::MultilineOption);
        for (const QRegularExpressionMatch& match : exportLine.globalMatch(m_printed))
            environment.insert(match.captured(1), match.captured(2));
        baseUrl = QUrl(environment.value(QStringLiteral("STREAMSIDE_SIM_URL")));
        return baseUrl.isValid() && !baseUrl.isEmpty();
    }
    std::optional<QJsonObject> post(const QString& path, const QJsonObject& body) {
        QNetworkRequest request(baseUrl.resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        QNetworkReply* reply = m_network.post(request, QJsonDocument(body).toJson());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        const bool ok = finished.wait(10000) && reply->error() == QNetworkReply::NoError;
        const QByteArray answer = reply->readAll();
        reply->deleteLater();
        if (!ok)
            return std::nullopt;
        return QJsonDocument::fromJson(answer).object();
    }

    // What Twitch holds for this token: the cost of the enabled
    // subscriptions on each EventSub session.
    QMap<QString, int> costPerSession(const QString& accessToken) {
        QNetworkRequest request(
            baseUrl.resolved(QUrl(QStringLiteral("/helix/eventsub/subscriptions?status=enabled"))));
        request.setRawHeader("Authorization", "Bearer " + accessToken.toUtf8());
        request.setRawHeader("Client-Id", environment.value("STREAMSIDE_CLIENT_ID").toUtf8());
        QNetworkReply* reply = m_network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QMap<QString, int> costs;
        if (finished.wait(10000) && reply->error() == QNetworkReply::NoError) {
            const QJsonArray data =
                QJsonDocument::fromJson(reply->readAll()).object().value("data").toArray();
            for (const QJsonValue& subscription : data)
                costs[subscription["transport"]["session_id"].toString()] +=
                    subscription["cost"].toInt();
        }
        reply->deleteLater();
        return costs;
    }

    QMap<QString, QString> environment;
    QUrl baseUrl;

private:
    QProcess m_process;
    QString m_printed;
    QNetworkAccessManager m_network;
};

class HandOverSessionTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(desktop.start()) << desktop.errorString().toStdString();
        ASSERT_TRUE(simulator.start());
        seedProfile();
    }

    void TearDown() override {
        for (QProcess* process : {&predecessor})
            if (process->state() != QProcess::NotRunning) {
                process->kill();
                process->waitForFinished();
            }
        if (successorPid > 0 && processExists(successorPid))
            ::kill(pid_t(successorPid), SIGKILL);
    }

    QString dataDir() const {
        return qEnvironmentVariable("XDG_DATA_HOME") + QStringLiteral("/Streamside/streamside");
    }

    // A signed-in viewer with two favourites, as a previous run leaves it:
    // tokens minted by the simulator, sealed with the keychain's key.
    void seedProfile() {
        const std::optional<QJsonObject> token =
            simulator.post("/_sim/tokens",
                           {{"login", "demo_viewer"},
                            {"scopes", QJsonArray::fromStringList(AuthSession::scopesFor(false))}});
        ASSERT_TRUE(token.has_value());
        // The wrapper starts GNOME Keyring; it takes its bus name a moment later.
        ASSERT_TRUE(QTest::qWaitFor(
            [] {
                return QDBusConnection::sessionBus().interface()->isServiceRegistered(
                    QStringLiteral("org.freedesktop.secrets"));
            },
            20000))
            << "no Secret Service on the session bus";
        KeychainKeyStore keys(QStringLiteral("database-key"));
        Storage storage(dataDir(), keys);
        QSignalSpy ready(&storage, &Storage::ready);
        storage.open();
        ASSERT_TRUE(ready.wait(20000)) << "the profile's storage did not open";
        ASSERT_TRUE(storage.tokensEncrypted()) << storage.keychainProblem().toStdString();
        Account account;
        account.userId = token->value("user_id").toString();
        account.login = token->value("login").toString();
        account.displayName = QStringLiteral("demo_viewer");
        account.scopes = AuthSession::scopesFor(false);
        account.accessToken = token->value("access_token").toString();
        accessToken = account.accessToken;
        accountUserId = account.userId;
        account.refreshToken = token->value("refresh_token").toString();
        account.tokenExpiresAt =
            QDateTime::currentDateTimeUtc().addSecs(token->value("expires_in").toInt());
        account.isActive = true;
        ASSERT_FALSE(storage.accounts().save(account));
        Favourite watched{"500000001", "pixelpioneer", "PixelPioneer", 0, true, {}, {}};
        Favourite offline{"500000005", "retro_rachel", "Retro_Rachel", 1, true, {}, {}};
        ASSERT_FALSE(storage.favourites().add(watched));
        ASSERT_FALSE(storage.favourites().add(offline));
    }

    void startPredecessor() {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (auto it = simulator.environment.cbegin(); it != simulator.environment.cend(); ++it)
            environment.insert(it.key(), it.value());
        environment.insert("STREAMSIDE_HANDOVER_DELAY_MS", "1000");
        environment.insert("QTWEBENGINE_DISABLE_SANDBOX", "1");
        environment.insert("QT_LOGGING_RULES", "streamside.*.info=true");
        predecessor.setProcessEnvironment(environment);
        predecessor.setProcessChannelMode(QProcess::ForwardedChannels);
        predecessor.start(QStringLiteral(STREAMSIDE_EXECUTABLE), {"--channel", "pixelpioneer"});
        ASSERT_TRUE(predecessor.waitForStarted(10000));
    }

    QStringList trayItems() const {
        QStringList services;
        for (const QJsonObject& call : desktop.calls("RegisterStatusNotifierItem"))
            services << call.value("service").toString();
        return services;
    }

    QString trayItemOf(qint64 pid) const {
        for (const QString& service : trayItems())
            if (trayItemPid(service) == pid)
                return service;
        return {};
    }

    // What a left click on the tray icon does.
    bool activateTrayItem(const QString& service) {
        QDBusMessage call = QDBusMessage::createMethodCall(
            service, QStringLiteral("/StatusNotifierItem"),
            QStringLiteral("org.kde.StatusNotifierItem"), QStringLiteral("Activate"));
        call << 0 << 0;
        const QDBusMessage answer = QDBusConnection::sessionBus().call(call, QDBus::Block, 10000);
        return answer.type() == QDBusMessage::ReplyMessage;
    }

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
    SimulatorProcess simulator;
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
    ASSERT_TRUE(askUntil([&] { return !trayItemOf(firstPid).isEmpty(); }, 20000))
        << "no tray icon registered: " << trayItems().join(", ").toStdString();

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
            for (const QString& service : trayItems())
                if (const qint64 pid = trayItemPid(service); pid > 0 && pid != firstPid)
                    successorPid = pid;
            return successorPid > 0;
        },
        10000));
    ASSERT_TRUE(processExists(successorPid));
    EXPECT_FALSE(hasMappedWebEngine(successorPid)) << "the successor loaded Qt WebEngine";

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
