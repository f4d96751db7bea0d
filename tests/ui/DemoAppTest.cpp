// The whole app in demo mode, driven as a user would: it logs in through the
// real loopback flow (the consent page runs in a headless browser page that
// stands in for the system browser), opens a live channel, shows an event
// triggered in the simulator, sends a chat message, and rides out a lost
// connection.
#include "core/app/AppPaths.h"
#include "core/auth/AuthSession.h"
#include "core/auth/UrlOpener.h"
#include "core/events/RecentEventsModel.h"
#include "core/eventsub/EventFeed.h"
#include "core/favourites/FavouritesModel.h"
#include "sim/ChatLog.h"
#include "sim/EventSubServer.h"
#include "sim/LivelyGenerator.h"
#include "sim/Simulator.h"
#include "sim/SubscriptionRegistry.h"
#include "ui/app/AppController.h"
#include "ui/app/DemoUrlOpener.h"
#include "ui/main/MainWindow.h"
#include "ui/streamer/ChatBox.h"
#include "ui/streamer/StreamerPage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineProfile>

#include <gtest/gtest.h>

#include <memory>

using namespace streamside;

namespace {

// The "system browser": a headless page that loads what the app opens.
class HeadlessBrowser : public UrlOpener {
public:
    bool open(const QUrl& url) override {
        page = std::make_unique<QWebEnginePage>();
        page->load(ui::DemoUrlOpener::withAutoApprove(url));
        ++opened;
        return true;
    }
    std::unique_ptr<QWebEnginePage> page;
    int opened = 0;
};

} // namespace

class DemoAppTest : public ::testing::Test {
protected:
    void SetUp() override {
        StartupOptions options;
        options.demo = true;
        const AppPaths paths = AppPaths::standard(true);
        ASSERT_EQ(paths.ensureCreated(), QString());
        controller = std::make_unique<ui::AppController>(options, paths,
                                                         EndpointConfig::twitchDefaults(QString()));
        auto opener = std::make_unique<HeadlessBrowser>();
        browser = opener.get();
        controller->setUrlOpener(std::move(opener));
        controller->window().show();
        QString error;
        ASSERT_TRUE(controller->start(&error)) << error.toStdString();
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                return controller->session() &&
                       controller->session()->state() == AuthSession::State::SignedIn;
            },
            30000))
            << "the demo did not log in";
        // The demo opens a live channel; wait until its subscriptions are active.
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                return controller->streamerPage()->channelId() == "500000001" &&
                       controller->eventFeed()->planner().state() ==
                           SubscriptionPlanner::State::Ready;
            },
            15000));
    }

    std::unique_ptr<ui::AppController> controller;
    HeadlessBrowser* browser = nullptr;
};

TEST_F(DemoAppTest, LogsInOpensALiveChannelAndShowsAnEventWithinASecond) {
    EXPECT_EQ(browser->opened, 1) << "one real login through the browser";
    EXPECT_TRUE(controller->window().connectionText().contains("Live events connected"));
    RecentEventsModel* events = controller->eventsModel();
    QSignalSpy inserted(events, &QAbstractItemModel::rowsInserted);
    controller->simulator()->lively().stop();
    const auto sent = controller->simulator()->eventSub().trigger(
        "channel.chat.notification", "raid", "500000001",
        QJsonObject{{"raid", QJsonObject{{"viewer_count", 777}}}});
    ASSERT_EQ(sent.messageIds.size(), 1);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return events->rowCount() > 0 &&
                   events->data(events->index(0), RecentEventsModel::MessageIdRole).toString() ==
                       sent.messageIds.first();
        },
        1000))
        << "the raid did not reach the top of the list within a second";
    EXPECT_TRUE(events->data(events->index(0), RecentEventsModel::SummaryRole)
                    .toString()
                    .contains("raided with 777 viewers"));
}

TEST_F(DemoAppTest, AChatMessageReachesTheSimulatorsChat) {
    QSignalSpy added(&controller->simulator()->chat(), &sim::ChatLog::messageAdded);
    ui::ChatBox* box = controller->streamerPage()->chatBox();
    box->field()->setText("hello from the test");
    QTest::keyClick(box->field(), Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            for (const QList<QVariant>& message : added)
                if (message.at(0).value<sim::ChatMessage>().text == "hello from the test")
                    return true;
            return false;
        },
        5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return box->field()->text().isEmpty(); }, 5000))
        << "the box empties once Twitch accepted the message";
}

TEST_F(DemoAppTest, ALostConnectionIsShownAndRecovers) {
    QSignalSpy states(controller->eventFeed(), &EventFeed::stateChanged);
    for (const QString& session : controller->simulator()->eventSub().openSessionIds())
        controller->simulator()->eventSub().dropSession(session);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return controller->window().connectionText().contains("Reconnecting"); }, 5000))
        << controller->window().connectionText().toStdString();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return controller->window().connectionText().contains("Live events connected") &&
                   controller->eventFeed()->planner().state() == SubscriptionPlanner::State::Ready;
        },
        15000));
}

// Screen readers announce every control by its name: buttons by their text,
// fields and lists by an accessible name.
TEST_F(DemoAppTest, EveryVisibleControlHasAName) {
    QStringList unnamed;
    for (QWidget* widget : controller->window().findChildren<QWidget*>()) {
        if (!widget->isVisible())
            continue;
        QString name = widget->accessibleName();
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            name += button->text();
        const bool control = qobject_cast<QAbstractButton*>(widget) ||
                             qobject_cast<QLineEdit*>(widget) ||
                             qobject_cast<QAbstractItemView*>(widget);
        if (control && name.trimmed().isEmpty())
            unnamed << QStringLiteral("%1 (%2)").arg(widget->metaObject()->className(),
                                                     widget->objectName());
    }
    EXPECT_TRUE(unnamed.isEmpty()) << unnamed.join(", ").toStdString();
}

// The favourites' live state is pushed: a favourite going offline in the
// simulator turns its live dot off without waiting for a poll.
TEST_F(DemoAppTest, AFavouriteGoingOfflineIsPushedToTheSidebar) {
    FavouritesModel* favourites = controller->favourites();
    auto liveOf = [&](const QString& id) {
        const int row = favourites->rowOf(id);
        return row >= 0 &&
               favourites->data(favourites->index(row), FavouritesModel::LiveRole).toBool();
    };
    ASSERT_TRUE(QTest::qWaitFor([&] { return liveOf("500000002"); }, 10000))
        << "CozyCoder is live in the simulated world";
    // Pushed only once Twitch holds the subscription (before, only the next
    // poll, a minute later, would tell).
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            for (const sim::Subscription& subscription :
                 controller->simulator()->subscriptions().all())
                if (subscription.type == "stream.offline" && subscription.isEnabled() &&
                    subscription.condition.value("broadcaster_user_id").toString() == "500000002")
                    return true;
            return false;
        },
        10000))
        << "no stream.offline subscription for CozyCoder";
    ASSERT_TRUE(controller->simulator()->setChannelLive("cozycoder", false));
    EXPECT_TRUE(QTest::qWaitFor([&] { return !liveOf("500000002"); }, 3000))
        << "the offline event did not reach the sidebar";
}
