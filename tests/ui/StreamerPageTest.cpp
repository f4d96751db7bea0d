#include "ui/streamer/StreamerPage.h"

#include "core/events/RecentEventsModel.h"
#include "ui/web/WebModuleLoader.h"

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
