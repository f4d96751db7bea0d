#include "MarkingTranslator.h"
#include "core/favourites/FavouritesModel.h"
#include "core/notifications/NotificationPolicy.h"
#include "core/storage/Database.h"
#include "core/storage/FavouriteRepository.h"
#include "core/storage/SettingsRepository.h"
#include "ui/tray/CloseToTrayGuard.h"
#include "ui/tray/TrayController.h"
#include "ui/tray/TrayNotificationSink.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QMenu>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <gtest/gtest.h>

using namespace streamside;
using namespace streamside::ui;

namespace {

class NullSink : public NotificationSink {
public:
    void show(const QString&, const QString&, const QString&) override {}
};

// Records whether its own closeEvent ran: the MainWindow's quits the app.
class RecordingWindow : public QWidget {
public:
    bool closeEventReached = false;

protected:
    void closeEvent(QCloseEvent* event) override {
        closeEventReached = true;
        QWidget::closeEvent(event);
    }
};

Favourite favourite(const QString& id, const QString& name, int position) {
    Favourite f;
    f.channelId = id;
    f.login = name.toLower();
    f.displayName = name;
    f.position = position;
    f.addedAt = QDateTime::currentDateTimeUtc();
    return f;
}

ChannelLiveInfo live(const QString& game) {
    ChannelLiveInfo info;
    info.live = true;
    info.title = "On air";
    info.gameName = game;
    return info;
}

// What the menu shows, by object name; null when it does not show it.
QAction* action(QMenu& menu, const QString& name) {
    for (QAction* a : menu.actions())
        if (a->objectName() == name)
            return a;
    return nullptr;
}

QMenu* submenu(QMenu& menu, const QString& name) {
    for (QAction* a : menu.actions())
        if (a->menu() && a->menu()->objectName() == name)
            return a->menu();
    return nullptr;
}

QImage image(const QIcon& icon) {
    return icon.pixmap(32, 32).toImage();
}

class DatabaseTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        ASSERT_FALSE(db.open());
    }
    QTemporaryDir dir;
    Database db{dir.filePath("streamside.db")};
};

class TrayControllerTest : public DatabaseTest {
protected:
    void SetUp() override {
        DatabaseTest::SetUp();
        model = std::make_unique<FavouritesModel>(repository);
        ASSERT_FALSE(model->add(favourite("1", "Ada", 0)));
        ASSERT_FALSE(model->add(favourite("2", "Bob", 1)));
        model->setLiveInfo("1", live("Celeste"));
        tray = std::make_unique<TrayController>(window, *model, policy);
    }

    FavouriteRepository repository{db};
    std::unique_ptr<FavouritesModel> model;
    NullSink sink;
    QDateTime now{QDate(2026, 3, 10), QTime(20, 0), Qt::LocalTime};
    NotificationPolicy policy{sink, [this] { return now; }};
    QWidget window;
    std::unique_ptr<TrayController> tray;
};

} // namespace

TEST_F(TrayControllerTest, MenuHasOpenTheLiveFavouritesDoNotDisturbAndQuit) {
    QMenu& menu = tray->menu();
    ASSERT_TRUE(action(menu, "trayOpen"));
    QAction* ada = action(menu, "trayLive:1");
    ASSERT_TRUE(ada);
    EXPECT_EQ(ada->text(), "Ada (Celeste)");
    EXPECT_FALSE(action(menu, "trayLive:2")) << "Bob is not live";
    auto* dnd = submenu(menu, "trayDoNotDisturb");
    ASSERT_TRUE(dnd);
    ASSERT_TRUE(action(*dnd, "trayDndHour"));
    ASSERT_TRUE(action(*dnd, "trayDndTomorrow"));
    ASSERT_TRUE(action(*dnd, "trayDndOff"));
    EXPECT_FALSE(action(*dnd, "trayDndOff")->isEnabled()) << "nothing to switch off";
    ASSERT_TRUE(action(menu, "trayQuit"));
    QSignalSpy quit(tray.get(), &TrayController::quitRequested);
    action(menu, "trayQuit")->trigger();
    EXPECT_EQ(quit.count(), 1);
}

// A language switch at run time reaches the tray's menu too.
TEST_F(TrayControllerTest, TheMenuIsTranslatedAgainOnALanguageSwitch) {
    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    QCoreApplication::processEvents(); // LanguageChange is posted
    const QString open = action(tray->menu(), "trayOpen")->text();
    const QString quit = action(tray->menu(), "trayQuit")->text();
    const QString dnd = submenu(tray->menu(), "trayDoNotDisturb")->title();
    QCoreApplication::removeTranslator(&marking);
    QCoreApplication::processEvents();
    EXPECT_EQ(open, "«Open Streamside»");
    EXPECT_EQ(quit, "«Quit Streamside»");
    EXPECT_EQ(dnd, "«Do not disturb»");
    EXPECT_EQ(action(tray->menu(), "trayOpen")->text(), "Open Streamside");
}

TEST_F(TrayControllerTest, TheLiveListFollowsTheFavourites) {
    model->setLiveInfo("2", live({}));
    ASSERT_TRUE(action(tray->menu(), "trayLive:2"));
    EXPECT_EQ(action(tray->menu(), "trayLive:2")->text(), "Bob");
    model->setLiveInfo("1", {});
    EXPECT_FALSE(action(tray->menu(), "trayLive:1"));
}

TEST_F(TrayControllerTest, ClickingALiveFavouriteOpensItsChannel) {
    QSignalSpy open(tray.get(), &TrayController::openChannelRequested);
    action(tray->menu(), "trayLive:1")->trigger();
    ASSERT_EQ(open.count(), 1);
    EXPECT_EQ(open.at(0).at(0).toString(), "1");
    EXPECT_TRUE(window.isVisible());
}

TEST_F(TrayControllerTest, DoNotDisturbChoicesSetThePolicy) {
    auto* dnd = submenu(tray->menu(), "trayDoNotDisturb");
    action(*dnd, "trayDndHour")->trigger();
    EXPECT_EQ(policy.doNotDisturbUntil(), now.addSecs(3600));

    dnd = submenu(tray->menu(), "trayDoNotDisturb");
    ASSERT_TRUE(action(*dnd, "trayDndOff")->isEnabled());
    action(*dnd, "trayDndOff")->trigger();
    EXPECT_FALSE(policy.isDoNotDisturbActive());

    dnd = submenu(tray->menu(), "trayDoNotDisturb");
    action(*dnd, "trayDndTomorrow")->trigger();
    EXPECT_EQ(policy.doNotDisturbUntil(),
              QDateTime(QDate(2026, 3, 11), QTime(8, 0), Qt::LocalTime));
}

TEST_F(TrayControllerTest, TheUnreadCountIsDrawnIntoTheIcon) {
    const QImage plain = image(tray->trayIcon().icon());
    ASSERT_FALSE(plain.isNull());
    tray->setUnreadCount(3);
    const QImage three = image(tray->trayIcon().icon());
    EXPECT_NE(three, plain);
    tray->setUnreadCount(12);
    const QImage twelve = image(tray->trayIcon().icon());
    EXPECT_NE(twelve, three);
    EXPECT_EQ(tray->trayIcon().toolTip(), "Streamside: 12 unread events");
    tray->setUnreadCount(1);
    EXPECT_EQ(tray->trayIcon().toolTip(), "Streamside: 1 unread event") << "a plural form";
    tray->setUnreadCount(0);
    EXPECT_EQ(image(tray->trayIcon().icon()), plain);
}

TEST_F(TrayControllerTest, ALeftClickShowsOrHidesTheWindow) {
    ASSERT_FALSE(window.isVisible());
    emit tray->trayIcon().activated(QSystemTrayIcon::Trigger);
    EXPECT_TRUE(window.isVisible());
    emit tray->trayIcon().activated(QSystemTrayIcon::Trigger);
    EXPECT_FALSE(window.isVisible());
    emit tray->trayIcon().activated(QSystemTrayIcon::Context);
    EXPECT_FALSE(window.isVisible());
}

TEST(TrayNotificationSinkTest, AClickedMessageOpensItsChannel) {
    QSystemTrayIcon icon;
    TrayNotificationSink sink(icon);
    QSignalSpy open(&sink, &TrayNotificationSink::openChannelRequested);
    emit icon.messageClicked();
    EXPECT_EQ(open.count(), 0) << "no message shown yet";
    sink.show("Ada is live", "On air", "1");
    emit icon.messageClicked();
    ASSERT_EQ(open.count(), 1);
    EXPECT_EQ(open.at(0).at(0).toString(), "1");
}

namespace {

class CloseToTrayGuardTest : public DatabaseTest {
protected:
    struct Notice {
        QString title;
        bool offeredDontShowAgain;
    };
    void watch(CloseToTrayGuard& guard, bool trayAvailable) {
        if (trayAvailable)
            guard.setTrayAvailability([] { return true; });
        guard.setNoticePresenter([this](const QString& title, const QString&, bool offer) {
            notices.append({title, offer});
            return tickDontShowAgain;
        });
    }

    SettingsRepository settings{db};
    RecordingWindow window;
    QList<Notice> notices;
    bool tickDontShowAgain = false;
};

} // namespace

TEST_F(CloseToTrayGuardTest, WithoutATrayClosingGoesAheadAndTheUserIsToldOnce) {
    // Offscreen there is no tray: the real answer, not an injected one.
    ASSERT_FALSE(QSystemTrayIcon::isSystemTrayAvailable());
    CloseToTrayGuard guard(window, &settings);
    watch(guard, false);
    QSignalSpy hidden(&guard, &CloseToTrayGuard::hiddenToTray);
    window.show();
    EXPECT_TRUE(window.close());
    EXPECT_TRUE(window.closeEventReached) << "the window's own close (which quits) must run";
    EXPECT_EQ(hidden.count(), 0);

    EXPECT_TRUE(guard.announceIfNoTray());
    ASSERT_EQ(notices.size(), 1);
    EXPECT_EQ(notices[0].title, "No system tray");
    CloseToTrayGuard nextRun(window, &settings);
    watch(nextRun, false);
    EXPECT_FALSE(nextRun.announceIfNoTray());
    EXPECT_EQ(notices.size(), 1);
}

// Said at start-up, while the app logs in: the real message box must not
// wait for the user (a modal exec() would hold up the app, and hang tests).
TEST_F(CloseToTrayGuardTest, TheNoTrayNoticeDoesNotBlock) {
    ASSERT_FALSE(QSystemTrayIcon::isSystemTrayAvailable());
    CloseToTrayGuard guard(window, &settings);
    window.show();
    // Should the box run its own event loop, this ends it (and the test fails).
    bool sawModalBox = false;
    QTimer::singleShot(0, &window, [&] {
        if (QWidget* modal = QApplication::activeModalWidget()) {
            sawModalBox = true;
            modal->close();
        }
    });
    EXPECT_TRUE(guard.announceIfNoTray());
    EXPECT_FALSE(sawModalBox) << "announceIfNoTray waited in a modal box";
    QList<QMessageBox*> boxes = window.findChildren<QMessageBox*>();
    ASSERT_EQ(boxes.size(), 1);
    EXPECT_EQ(boxes[0]->windowTitle(), "No system tray");
    EXPECT_TRUE(boxes[0]->isVisible());
    EXPECT_EQ(boxes[0]->windowModality(), Qt::NonModal);
    EXPECT_TRUE(settings.value(setting::noTrayNoticeShown));
    boxes[0]->close();
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.findChildren<QMessageBox*>().isEmpty(); }))
        << "closed, the box goes away";
}

TEST_F(CloseToTrayGuardTest, WithATrayClosingHidesAndExplainsOnce) {
    CloseToTrayGuard guard(window, &settings);
    watch(guard, true);
    QSignalSpy hidden(&guard, &CloseToTrayGuard::hiddenToTray);
    window.show();
    EXPECT_FALSE(window.close());
    EXPECT_FALSE(window.isVisible());
    EXPECT_FALSE(window.closeEventReached);
    EXPECT_EQ(hidden.count(), 1);
    ASSERT_EQ(notices.size(), 1);
    EXPECT_TRUE(notices[0].offeredDontShowAgain);
    EXPECT_FALSE(guard.announceIfNoTray());

    window.show();
    EXPECT_FALSE(window.close());
    EXPECT_EQ(notices.size(), 1) << "told once a run";
    EXPECT_FALSE(settings.value(setting::closeToTrayNoticeShown)) << "box was not ticked";
}

TEST_F(CloseToTrayGuardTest, DontShowAgainIsKept) {
    tickDontShowAgain = true;
    {
        CloseToTrayGuard guard(window, &settings);
        watch(guard, true);
        window.show();
        window.close();
    }
    ASSERT_EQ(notices.size(), 1);
    EXPECT_TRUE(settings.value(setting::closeToTrayNoticeShown));
    CloseToTrayGuard nextRun(window, &settings);
    watch(nextRun, true);
    window.show();
    EXPECT_FALSE(window.close());
    EXPECT_EQ(notices.size(), 1);
}
