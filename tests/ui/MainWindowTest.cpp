#include "ui/main/MainWindow.h"

#include "ui/widgets/EmptyStateWidget.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using streamside::ui::MainWindow;

namespace {
QStringList menuTitles(const MainWindow& window) {
    QStringList titles;
    for (QAction* action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}
} // namespace

class MainWindowTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString stateFile() const { return dir.filePath("window.ini"); }
};

TEST_F(MainWindowTest, OpensWithTitleMenusAndEmptyState) {
    MainWindow window(stateFile(), false);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    EXPECT_EQ(window.windowTitle(), "Streamside");
    EXPECT_EQ(menuTitles(window), QStringList({"&File", "&View", "&Help"}));
    EXPECT_EQ(window.quitAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));

    ASSERT_EQ(window.currentPage(), window.emptyState());
    EXPECT_TRUE(window.emptyState()->isVisible());
    EXPECT_EQ(window.emptyState()->heading(), "No favourites yet");
    EXPECT_FALSE(window.emptyState()->text().isEmpty());
    // The explanation wraps onto as many lines as it needs: none cut off.
    auto* text = window.emptyState()->findChild<QLabel*>("emptyStateText");
    ASSERT_NE(text, nullptr);
    EXPECT_GE(text->height(), text->heightForWidth(text->width()));
    EXPECT_GT(text->heightForWidth(text->width()), text->fontMetrics().height())
        << "expected the explanation to need more than one line";

    const QList<QLabel*> statusLabels = window.statusBar()->findChildren<QLabel*>();
    const bool showsAccount = std::any_of(statusLabels.begin(), statusLabels.end(), [](QLabel* l) {
        return l->isVisible() && l->text() == "Not signed in";
    });
    EXPECT_TRUE(showsAccount);
    EXPECT_GE(window.width(), window.minimumWidth());
}

TEST_F(MainWindowTest, DemoProfileSaysSoInTheTitle) {
    MainWindow window(stateFile(), true);
    // Shown by the desktop as "Demo — Streamside" (Qt adds the display name).
    EXPECT_EQ(window.windowTitle(), "Demo");
    MainWindow real(stateFile(), false);
    EXPECT_EQ(real.windowTitle(), "Streamside") << "the display name alone, not twice";
}

TEST_F(MainWindowTest, QuitActionAsksTheApplicationToQuit) {
    MainWindow window(stateFile(), false);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    QSignalSpy quit(&window, &MainWindow::quitRequested);
    QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
    EXPECT_EQ(quit.count(), 1);
}

TEST_F(MainWindowTest, RemembersItsGeometryAcrossRestarts) {
    const QRect chosen(40, 60, 900, 640);
    {
        MainWindow window(stateFile(), false);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.setGeometry(chosen);
        ASSERT_TRUE(QTest::qWaitFor([&] { return window.geometry() == chosen; }));
        window.close();
    }
    EXPECT_TRUE(QSettings(stateFile(), QSettings::IniFormat).contains("mainWindow/geometry"));

    MainWindow reopened(stateFile(), false);
    reopened.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&reopened));
    EXPECT_EQ(reopened.geometry(), chosen);
}

TEST_F(MainWindowTest, FirstStartFitsTheScreen) {
    MainWindow window(stateFile(), false);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const QRect available = window.screen()->availableGeometry();
    EXPECT_TRUE(available.contains(window.frameGeometry().topLeft()));
    EXPECT_LE(window.width(), available.width());
}

// A switch of channel must not wait for the INI file to be synced to disk:
// the last channel is written once switching pauses, or with the window's
// state on close and quit.
TEST_F(MainWindowTest, TheLastChannelIsWrittenOnceSwitchingPauses) {
    auto stored = [&] {
        return QSettings(stateFile(), QSettings::IniFormat).value("lastChannel").toString();
    };
    {
        MainWindow window(stateFile(), false);
        window.setLastChannel("first");
        window.setLastChannel("second");
        EXPECT_EQ(window.lastChannel(), "second");
        EXPECT_TRUE(stored().isEmpty()) << "not written at each switch";
        ASSERT_TRUE(QTest::qWaitFor([&] { return stored() == "second"; },
                                    MainWindow::lastChannelWriteDelayMs + 5000));
        window.setLastChannel("third");
        window.saveWindowState();
        EXPECT_EQ(stored(), "third") << "written with the window's state";
    }
    MainWindow reopened(stateFile(), false);
    EXPECT_EQ(reopened.lastChannel(), "third");
}

// A hidden window may be handed over to a fresh process at any moment, which
// opens the last channel it reads from the file.
TEST_F(MainWindowTest, HidingWritesTheLastChannelAtOnce) {
    MainWindow window(stateFile(), false);
    window.show();
    window.setLastChannel("pixelpioneer");
    window.hide();
    EXPECT_EQ(QSettings(stateFile(), QSettings::IniFormat).value("lastChannel").toString(),
              "pixelpioneer");
}
