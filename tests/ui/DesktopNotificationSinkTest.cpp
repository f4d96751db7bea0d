// DesktopNotificationSink against a notification service on a real D-Bus
// session bus (the fake-desktop-services process; see
// tests/support/with-desktop-session.sh).
#include "ui/notifications/DesktopNotificationSink.h"

#include "FakeDesktopServices.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>
#include <QFile>
#include <QJsonArray>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <csignal>
#include <sys/types.h>

using namespace streamside;

namespace {

constexpr int timeoutMs = 10000;

} // namespace

class DesktopNotificationSinkTest : public ::testing::Test {
protected:
    // The id the service gave the toast for `channelId`.
    uint shownId(QSignalSpy& shown, const QString& channelId) {
        for (const QList<QVariant>& arguments : shown)
            if (arguments.at(1).toString() == channelId)
                return arguments.at(0).toUInt();
        return 0;
    }
};

TEST_F(DesktopNotificationSinkTest, WithoutAServiceThereIsNone) {
    EXPECT_FALSE(ui::DesktopNotificationSink::isServiceAvailable());
}

TEST_F(DesktopNotificationSinkTest, AClickOpensTheChannelOfTheNotificationClicked) {
    FakeDesktopServices fake;
    ASSERT_TRUE(fake.start({QStringLiteral("--notifications-only")}))
        << fake.errorString().toStdString();
    EXPECT_TRUE(ui::DesktopNotificationSink::isServiceAvailable());
    ui::DesktopNotificationSink sink;
    QSignalSpy shown(&sink, &ui::DesktopNotificationSink::notificationShown);
    QSignalSpy open(&sink, &ui::DesktopNotificationSink::openChannelRequested);
    sink.show("Ada is live", "Speedrunning", "1");
    sink.show("Bob is live", "Cooking", "2");
    ASSERT_TRUE(QTest::qWaitFor([&] { return shown.size() == 2; }, timeoutMs));
    const uint ada = shownId(shown, "1");
    const uint bob = shownId(shown, "2");
    ASSERT_NE(ada, 0u);
    ASSERT_NE(bob, 0u);
    ASSERT_NE(ada, bob);

    const QList<QJsonObject> notify = fake.calls(QStringLiteral("Notify"));
    ASSERT_EQ(notify.size(), 2);
    EXPECT_EQ(notify[0].value("app").toString(), "Streamside");
    EXPECT_EQ(notify[0].value("title").toString(), "Ada is live");
    EXPECT_EQ(notify[0].value("body").toString(), "Speedrunning");
    EXPECT_EQ(notify[0].value("actions").toArray(), QJsonArray({"default", "Open"}));
    // The installed icon and .desktop file's name (packaging/linux).
    EXPECT_EQ(notify[0].value("icon").toString(), "io.github.streamside.Streamside");
    EXPECT_TRUE(notify[0].value("hints").toArray().contains("desktop-entry"));

    fake.clickAction(bob, QStringLiteral("default"));
    ASSERT_TRUE(open.wait(timeoutMs));
    EXPECT_EQ(open.at(0).at(0).toString(), "2") << "Bob's toast opens Bob's channel";

    // Once closed, a toast is forgotten: a late click on its id (which the
    // service may hand to another app's toast) opens nothing. Signals come in
    // order, so the click on Ada's toast after it is the end marker.
    fake.closeNotification(bob, 2);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !sink.openNotifications().contains(bob); }, timeoutMs));
    fake.clickAction(bob, QStringLiteral("default"));
    fake.clickAction(ada, QStringLiteral("default"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return open.size() >= 2; }, timeoutMs));
    ASSERT_EQ(open.size(), 2);
    EXPECT_EQ(open.at(1).at(0).toString(), "1");
}

// Many notification daemons are not running until the bus starts them for
// the first call: installed, they count, and the first toast starts one.
TEST_F(DesktopNotificationSinkTest, AServiceTheBusStartsOnDemandCountsAndTheFirstToastStartsIt) {
    const QString serviceDir = qEnvironmentVariable("STREAMSIDE_TEST_DBUS_SERVICE_DIR");
    ASSERT_FALSE(serviceDir.isEmpty()) << "run under tests/support/with-desktop-session.sh";
    QDBusConnection bus = QDBusConnection::sessionBus();
    const QString name = QLatin1String(ui::DesktopNotificationSink::serviceName);
    // The previous test's service may still be leaving.
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !bus.interface()->isServiceRegistered(name); }, timeoutMs));
    ASSERT_FALSE(ui::DesktopNotificationSink::isServiceAvailable());

    QFile service(serviceDir + QStringLiteral("/streamside-test-notifications.service"));
    ASSERT_TRUE(service.open(QIODevice::WriteOnly));
    service.write("[D-BUS Service]\nName=" + name.toUtf8() +
                  "\nExec=" STREAMSIDE_FAKE_DESKTOP_SERVICES
                  " --notifications-only --ignore-stdin\n");
    service.close();
    const QDBusMessage reload = QDBusMessage::createMethodCall(
        "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "ReloadConfig");
    ASSERT_EQ(bus.call(reload).type(), QDBusMessage::ReplyMessage);

    // The bus starts it, not this test: whatever happens below, end it by its
    // process id (it does not end with the bus).
    const auto stopStartedService = qScopeGuard([&] {
        const QDBusReply<uint> pid = bus.interface()->servicePid(name);
        if (pid.isValid())
            ::kill(pid_t(pid.value()), SIGTERM);
    });
    EXPECT_FALSE(bus.interface()->isServiceRegistered(name)) << "installed, not running";
    EXPECT_TRUE(ui::DesktopNotificationSink::isServiceAvailable());
    ui::DesktopNotificationSink sink;
    QSignalSpy shown(&sink, &ui::DesktopNotificationSink::notificationShown);
    sink.show("Ada is live", "Speedrunning", "1");
    EXPECT_TRUE(shown.wait(timeoutMs)) << "the bus did not start the service for the toast";
}
