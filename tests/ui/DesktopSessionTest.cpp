// Streamside in a desktop session: a real D-Bus session bus and X display
// (see tests/support/with-desktop-session.sh) with the desktop's services
// played by the fake-desktop-services process. Each suite runs in its own
// process: Qt asks whether a tray exists once per process.
//
//  - WithTray: the watcher and the notification service. The tray icon
//    registers, and a favourite going live is one toast through the tray,
//    still one after the live events reconnect.
//  - WithNotificationsOnly: no tray. The app says so once without blocking,
//    and the go-live is one notification sent by DesktopNotificationSink;
//    clicking it opens the channel.
#include "ConsentingHttpBrowser.h"
#include "FakeDesktopServices.h"
#include "core/app/AppPaths.h"
#include "core/auth/AuthSession.h"
#include "core/eventsub/EventFeed.h"
#include "core/favourites/FavouritesModel.h"
#include "sim/EventSubServer.h"
#include "sim/LivelyGenerator.h"
#include "sim/Simulator.h"
#include "ui/app/AppController.h"
#include "ui/main/MainWindow.h"
#include "ui/streamer/StreamerPage.h"

#include <QApplication>
#include <QJsonArray>
#include <QMessageBox>
#include <QSystemTrayIcon>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace streamside;

namespace {

constexpr int loginTimeoutMs = 30000;
constexpr int pushTimeoutMs = 10000;
// A go-live is pushed, its details fetched, and the policy shows at most one
// toast every 5 s.
constexpr int toastTimeoutMs = 20000;

const QString openChannelId = QStringLiteral("500000001"); // PixelPioneer, opened by the demo
const QString cozyCoderId = QStringLiteral("500000002");
const QString sakuraId = QStringLiteral("500000004");

QList<QMessageBox*> noTrayNotices() {
    QList<QMessageBox*> notices;
    for (QWidget* widget : QApplication::allWidgets())
        if (auto* box = qobject_cast<QMessageBox*>(widget);
            box && box->windowTitle() == QLatin1String("No system tray"))
            notices.append(box);
    return notices;
}

} // namespace

// The whole app in demo mode, logged in, its opened channel subscribed, and
// the simulator's random events stopped (their toasts would interleave).
class DesktopSessionTest : public ::testing::Test {
protected:
    void startApp() {
        StartupOptions options;
        options.demo = true;
        const AppPaths paths = AppPaths::standard(true);
        ASSERT_EQ(paths.ensureCreated(), QString());
        controller = std::make_unique<ui::AppController>(options, paths,
                                                         EndpointConfig::twitchDefaults(QString()));
        auto opener = std::make_unique<ConsentingHttpBrowser>();
        browser = opener.get();
        controller->setUrlOpener(std::move(opener));
        controller->window().show();
        QString error;
        ASSERT_TRUE(controller->start(&error)) << error.toStdString();
        controller->simulator()->lively().stop();
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                return controller->session() &&
                       controller->session()->state() == AuthSession::State::SignedIn;
            },
            loginTimeoutMs))
            << "the demo did not log in: " << browser->problem().toStdString();
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                return controller->streamerPage()->channelId() == openChannelId &&
                       controller->eventFeed()->planner().state() ==
                           SubscriptionPlanner::State::Ready;
            },
            pushTimeoutMs));
    }

    bool isLiveInSidebar(const QString& channelId) const {
        FavouritesModel* favourites = controller->favourites();
        const int row = favourites->rowOf(channelId);
        return row >= 0 &&
               favourites->data(favourites->index(row), FavouritesModel::LiveRole).toBool();
    }

    // Whether the simulator pushes `channelId`'s going live to the app on an
    // open session other than those in `oldSessions`.
    bool isPushed(const QString& channelId, const QStringList& oldSessions = {}) const {
        sim::Simulator& simulator = *controller->simulator();
        const QStringList open = simulator.eventSub().openSessionIds();
        for (const sim::Subscription& subscription : simulator.subscriptions().all())
            if (subscription.type == QLatin1String("stream.online") && subscription.isEnabled() &&
                subscription.condition.value(QLatin1String("broadcaster_user_id")).toString() ==
                    channelId &&
                open.contains(subscription.sessionId) &&
                !oldSessions.contains(subscription.sessionId))
                return true;
        return false;
    }

    // Takes a favourite offline and waits until the app knows, so that its
    // next going live is a new live period.
    void takeOffline(const QString& login, const QString& channelId) {
        ASSERT_TRUE(QTest::qWaitFor([&] { return isLiveInSidebar(channelId); }, pushTimeoutMs))
            << login.toStdString() << " is live in the simulated world";
        ASSERT_TRUE(QTest::qWaitFor([&] { return isPushed(channelId); }, pushTimeoutMs))
            << login.toStdString() << " is within the push budget";
        ASSERT_TRUE(controller->simulator()->setChannelLive(login, false));
        ASSERT_TRUE(QTest::qWaitFor([&] { return !isLiveInSidebar(channelId); }, pushTimeoutMs));
    }

    // CozyCoder goes live once; across a reconnect of the live events (a new
    // session, every subscription made again) the app must not announce the
    // same live period a second time.
    void checkOneToastForAGoLiveAcrossAReconnect() {
        ASSERT_NO_FATAL_FAILURE(takeOffline(QStringLiteral("cozycoder"), cozyCoderId));
        ASSERT_NO_FATAL_FAILURE(takeOffline(QStringLiteral("sakura_streams"), sakuraId));

        ASSERT_TRUE(controller->simulator()->setChannelLive(QStringLiteral("cozycoder"), true));
        ASSERT_TRUE(QTest::qWaitFor([&] { return fake.notificationsTitled(cozyTitle).size() >= 1; },
                                    toastTimeoutMs))
            << "no toast for CozyCoder going live";

        sim::EventSubServer& eventSub = controller->simulator()->eventSub();
        const QStringList oldSessions = eventSub.openSessionIds();
        ASSERT_FALSE(oldSessions.isEmpty());
        for (const QString& session : oldSessions)
            eventSub.dropSession(session);
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                return isPushed(cozyCoderId, oldSessions) && isPushed(sakuraId, oldSessions) &&
                       controller->eventFeed()->planner().state() ==
                           SubscriptionPlanner::State::Ready;
            },
            pushTimeoutMs))
            << "the app did not subscribe again after the reconnect";

        // A marker behind anything the reconnect might have queued: toasts
        // are shown in order, so once さくら's is there, a second one for
        // CozyCoder would have been shown before it.
        ASSERT_TRUE(
            controller->simulator()->setChannelLive(QStringLiteral("sakura_streams"), true));
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return fake.notificationsTitled(QStringLiteral("さくら is live")).size() >= 1; },
            toastTimeoutMs))
            << "no toast for the marker";
        EXPECT_EQ(fake.notificationsTitled(cozyTitle).size(), 1) << "one live period, one toast";
    }

    const QString cozyTitle = QStringLiteral("CozyCoder is live");
    FakeDesktopServices fake;
    std::unique_ptr<ui::AppController> controller;
    ConsentingHttpBrowser* browser = nullptr;
};

using WithTray = DesktopSessionTest;

TEST_F(WithTray, TheIconRegistersAndAGoLiveIsOneToastAcrossAReconnect) {
    ASSERT_TRUE(fake.start()) << fake.errorString().toStdString();
    ASSERT_NO_FATAL_FAILURE(startApp());
    EXPECT_TRUE(QSystemTrayIcon::isSystemTrayAvailable());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return !fake.calls(QStringLiteral("RegisterStatusNotifierItem")).isEmpty(); },
        pushTimeoutMs))
        << "the tray icon did not register with the watcher";
    EXPECT_TRUE(noTrayNotices().isEmpty()) << "there is a tray";

    ASSERT_NO_FATAL_FAILURE(checkOneToastForAGoLiveAcrossAReconnect());
}

using WithNotificationsOnly = DesktopSessionTest;

TEST_F(WithNotificationsOnly, NoTrayIsSaidOnceAndAGoLiveIsOneNotificationThatOpensItsChannel) {
    ASSERT_TRUE(fake.start({QStringLiteral("--notifications-only")}))
        << fake.errorString().toStdString();
    ASSERT_NO_FATAL_FAILURE(startApp());
    EXPECT_FALSE(QSystemTrayIcon::isSystemTrayAvailable());
    // The app went on to log in while the notice was up: it does not block.
    ASSERT_TRUE(QTest::qWaitFor([] { return !noTrayNotices().isEmpty(); }, pushTimeoutMs));
    ASSERT_EQ(noTrayNotices().size(), 1);
    EXPECT_TRUE(noTrayNotices().first()->isVisible());
    EXPECT_EQ(noTrayNotices().first()->windowModality(), Qt::NonModal);

    ASSERT_NO_FATAL_FAILURE(checkOneToastForAGoLiveAcrossAReconnect());
    EXPECT_EQ(noTrayNotices().size(), 1) << "said once";
    EXPECT_TRUE(fake.calls(QStringLiteral("RegisterStatusNotifierItem")).isEmpty());

    const QJsonObject toast = fake.notificationsTitled(cozyTitle).first();
    EXPECT_EQ(toast.value("app").toString(), "Streamside");
    EXPECT_EQ(toast.value("actions").toArray(), QJsonArray({"default", "Open"}));
    controller->window().hide();
    fake.clickAction(uint(toast.value("id").toInteger()), QStringLiteral("default"));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return controller->streamerPage()->channelId() == cozyCoderId; }, pushTimeoutMs))
        << "clicking the notification did not open CozyCoder";
    EXPECT_TRUE(controller->window().isVisible());
}
