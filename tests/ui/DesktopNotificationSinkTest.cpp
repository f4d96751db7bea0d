// DesktopNotificationSink against a notification service on a real D-Bus
// session bus (the fake-desktop-services process; see
// tests/support/with-desktop-session.sh).
#include "ui/notifications/DesktopNotificationSink.h"

#include "FakeDesktopServices.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

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
