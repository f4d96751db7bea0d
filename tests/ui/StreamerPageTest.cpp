#include "ui/streamer/StreamerPage.h"

#include "core/events/RecentEventsModel.h"
#include "ui/web/WebModuleLoader.h"
#include "ui/web/WebPageView.h"

#include <QPointer>
#include <QTest>

#include <gtest/gtest.h>

using namespace streamside;

// A channel chosen while the page is hidden (a session started into the
// tray) must not load Qt WebEngine; showing the page does.
TEST(StreamerPage, WebViewsWaitUntilThePageIsShown) {
    RecentEventsModel events;
    ui::WebViewOptions options;
    options.profileName = "test";
    ui::StreamerPage page(events, options);
    page.showChannel(
        {"1", "someone", "Someone", QUrl("data:text/html,player"), QUrl("data:text/html,chat")});
    QCoreApplication::processEvents();
    EXPECT_FALSE(page.hasWebViews());
    EXPECT_FALSE(ui::WebModuleLoader::isLoaded());

    page.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return page.hasWebViews(); }, 30000));
}

// Hidden to the tray: the views (and their pages) go; shown again, new ones
// load the same channel.
TEST(StreamerPage, ReleasedWebViewsAreDeletedAndComeBackWhenShown) {
    RecentEventsModel events;
    ui::WebViewOptions options;
    options.profileName = "test";
    ui::StreamerPage page(events, options);
    page.showChannel(
        {"1", "someone", "Someone", QUrl("data:text/html,player"), QUrl("data:text/html,chat")});
    page.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return page.hasWebViews(); }, 30000));
    QPointer<ui::WebPageView> player = page.playerView();
    QPointer<ui::WebPageView> chat = page.chatView();

    page.hide();
    page.releaseWebViews();
    EXPECT_FALSE(page.hasWebViews());
    ASSERT_TRUE(QTest::qWaitFor([&] { return player.isNull() && chat.isNull(); }, 5000))
        << "the released views were not deleted";

    page.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return page.hasWebViews(); }, 30000));
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return page.playerView()->url() == QUrl("data:text/html,player"); }, 30000))
        << "the new player does not show the channel";
}

// Hidden before the views' turn came: they are not created unseen.
TEST(StreamerPage, ViewsScheduledThenHiddenAreNotCreated) {
    RecentEventsModel events;
    ui::WebViewOptions options;
    options.profileName = "test";
    ui::StreamerPage page(events, options);
    page.show();
    page.showChannel(
        {"1", "someone", "Someone", QUrl("data:text/html,player"), QUrl("data:text/html,chat")});
    page.hide();
    QCoreApplication::processEvents();
    EXPECT_FALSE(page.hasWebViews());
    EXPECT_FALSE(ui::WebModuleLoader::isLoaded());
}
