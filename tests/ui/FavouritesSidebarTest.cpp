// The favourites sidebar's context menu, driven like a user: it acts on the
// favourite under the pointer (or the current one from the keyboard) and
// leaves the selection on the channel on screen.
#include "ui/favourites/FavouritesSidebar.h"

#include "core/favourites/FavouritesModel.h"
#include "core/storage/Database.h"
#include "core/storage/FavouriteRepository.h"
#include "ui/favourites/AvatarCache.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QListView>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>

using namespace streamside;
using namespace streamside::ui;

namespace {

Favourite favourite(const QString& id, const QString& login) {
    Favourite f;
    f.channelId = id;
    f.login = login;
    f.displayName = login;
    return f;
}

// Once the context menu is open, hands it to act (which triggers an action
// or closes it); the menu runs its own event loop meanwhile. The watch goes
// with owner, so a menu that never opens leaves nothing running.
void whenTheMenuOpens(QObject* owner, const std::function<void(QMenu&)>& act) {
    auto* poll = new QTimer(owner);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, act] {
        if (auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())) {
            poll->deleteLater();
            act(*menu);
        }
    });
    poll->start(10);
}

QAction* actionNamed(QMenu& menu, const QString& text) {
    for (QAction* action : menu.actions())
        if (action->text() == text)
            return action;
    return nullptr;
}

class FavouritesSidebarTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_FALSE(db.open());
        for (const char* login : {"alpha", "bravo", "charlie"})
            ASSERT_FALSE(repository.add(favourite(QString("id-") + login, login)));
        model = std::make_unique<FavouritesModel>(repository);
        sidebar = std::make_unique<FavouritesSidebar>(*model, avatars);
        sidebar->resize(240, 400);
        sidebar->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(sidebar.get()));
        // alpha is on screen.
        sidebar->selectChannel("id-alpha");
    }

    QPoint centreOfRow(int row) const {
        return sidebar->view()->visualRect(model->index(row)).center();
    }

    // A right click as the window system delivers it: the press, then the
    // context menu request (which QTest's mouse events do not make).
    void rightClickRow(int row) {
        QWidget* viewport = sidebar->view()->viewport();
        const QPoint position = centreOfRow(row);
        QTest::mousePress(viewport, Qt::RightButton, {}, position);
        QContextMenuEvent request(QContextMenuEvent::Mouse, position,
                                  viewport->mapToGlobal(position));
        QApplication::sendEvent(viewport, &request);
        QTest::mouseRelease(viewport, Qt::RightButton, {}, position);
    }

    QTemporaryDir dir;
    Database db{dir.filePath("streamside.db")};
    FavouriteRepository repository{db};
    std::unique_ptr<FavouritesModel> model;
    QNetworkAccessManager network;
    AvatarCache avatars{network};
    std::unique_ptr<FavouritesSidebar> sidebar;
};

} // namespace

TEST_F(FavouritesSidebarTest, TheMenuActsOnTheRowUnderThePointerAndTheSelectionStays) {
    QSignalSpy removals(sidebar.get(), &FavouritesSidebar::removeRequested);
    QSignalSpy opened(sidebar.get(), &FavouritesSidebar::channelActivated);
    bool found = false;
    whenTheMenuOpens(sidebar.get(), [&](QMenu& menu) {
        QAction* remove = actionNamed(menu, FavouritesSidebar::tr("&Remove from favourites"));
        found = remove != nullptr;
        if (remove)
            remove->trigger();
        menu.close();
    });
    rightClickRow(1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !QApplication::activePopupWidget(); }));
    EXPECT_TRUE(found) << "no Remove action in the menu";
    ASSERT_EQ(removals.size(), 1);
    EXPECT_EQ(removals.first().first().toString(), "id-bravo");
    EXPECT_EQ(sidebar->currentChannelId(), "id-alpha")
        << "the selection left the channel on screen";
    EXPECT_TRUE(opened.isEmpty());
}

TEST_F(FavouritesSidebarTest, ClosingTheMenuLeavesTheSelectionOnTheChannelOnScreen) {
    whenTheMenuOpens(sidebar.get(), [](QMenu& menu) { menu.close(); });
    rightClickRow(2);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !QApplication::activePopupWidget(); }));
    EXPECT_EQ(sidebar->currentChannelId(), "id-alpha");
}

TEST_F(FavouritesSidebarTest, FromTheKeyboardTheMenuActsOnTheCurrentRow) {
    QSignalSpy notifications(sidebar.get(), &FavouritesSidebar::notificationsRequested);
    sidebar->view()->setFocus();
    whenTheMenuOpens(sidebar.get(), [](QMenu& menu) {
        if (QAction* action = actionNamed(menu, FavouritesSidebar::tr("&Notifications…")))
            action->trigger();
        menu.close();
    });
    // The menu key, as the window system delivers it.
    QContextMenuEvent request(QContextMenuEvent::Keyboard, sidebar->view()->rect().center(),
                              sidebar->view()->mapToGlobal(sidebar->view()->rect().center()));
    QApplication::sendEvent(sidebar->view(), &request);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !QApplication::activePopupWidget(); }));
    ASSERT_EQ(notifications.size(), 1);
    EXPECT_EQ(notifications.first().first().toString(), "id-alpha");
}
