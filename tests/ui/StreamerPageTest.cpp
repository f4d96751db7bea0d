#include "ui/streamer/StreamerPage.h"

#include "core/events/RecentEventsModel.h"
#include "ui/streamer/ChatBox.h"
#include "ui/web/WebModuleLoader.h"
#include "ui/web/WebPageView.h"

#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QTest>

#include <gtest/gtest.h>

using namespace streamside;

namespace {
ui::WebViewOptions testWebOptions() {
    ui::WebViewOptions options;
    options.profileName = "test";
    return options;
}
const ui::StreamerPage::Channel someone{"1", "someone", "Someone", QUrl("data:text/html,player"),
                                        QUrl("data:text/html,chat")};
} // namespace

class StreamerPageTest : public ::testing::Test {
protected:
    RecentEventsModel events;
    ui::StreamerPage page{events, testWebOptions()};
};

// A channel chosen while the page is hidden (a session started into the
// tray) must not load Qt WebEngine; showing the page does.
TEST_F(StreamerPageTest, WebViewsWaitUntilThePageIsShown) {
    page.showChannel(someone);
    QCoreApplication::processEvents();
    EXPECT_FALSE(page.hasWebViews());
    EXPECT_FALSE(ui::WebModuleLoader::isLoaded());

    page.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return page.hasWebViews(); }, 30000));
}

// Hidden to the tray: the views (and their pages) go; shown again, new ones
// load the same channel.
TEST_F(StreamerPageTest, ReleasedWebViewsAreDeletedAndComeBackWhenShown) {
    page.showChannel(someone);
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
TEST_F(StreamerPageTest, ViewsScheduledThenHiddenAreNotCreated) {
    page.show();
    page.showChannel(someone);
    page.hide();
    QCoreApplication::processEvents();
    EXPECT_FALSE(page.hasWebViews());
    EXPECT_FALSE(ui::WebModuleLoader::isLoaded());
}

// The chat field's placeholder stays short enough for the narrow chat column
// in every language; the channel's name is in its accessible name.
TEST_F(StreamerPageTest, TheChatFieldNamesTheChannelWithoutALongPlaceholder) {
    page.showChannel(someone);
    const QLineEdit* field = page.chatBox()->field();
    EXPECT_EQ(field->placeholderText(), "Send a message");
    EXPECT_EQ(field->accessibleName(), "Send a message to Someone's chat");
}

// The viewer count reads as a count in each language's plural forms.
TEST_F(StreamerPageTest, TheHeaderCountsViewersWithPluralForms) {
    auto* title = page.findChild<QLabel*>("streamTitle");
    ASSERT_TRUE(title);
    page.setHeader("Speedruns", true, 1);
    EXPECT_EQ(title->text(), "Speedruns · 1 viewer");
    page.setHeader("Speedruns", true, 8735);
    EXPECT_EQ(title->text(), "Speedruns · 8,735 viewers");
    page.setHeader("Speedruns", false, 0);
    EXPECT_EQ(title->text(), "Speedruns");
}

// A language switch: the player and chat are asked for again in the new
// language (new views; the old ones go).
TEST_F(StreamerPageTest, AnotherLanguageLoadsThePagesAgainInIt) {
    page.showChannel(someone);
    page.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return page.hasWebViews(); }, 30000));
    QPointer<ui::WebPageView> oldPlayer = page.playerView();
    page.setAcceptLanguage("de-DE");
    ASSERT_TRUE(QTest::qWaitFor([&] { return oldPlayer.isNull() && page.hasWebViews(); }, 30000))
        << "the pages were not asked for again";
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return page.playerView()->url() == QUrl("data:text/html,player"); }, 30000));
}
