// The favourite notifications dialog driven as a user would (mouse, keys,
// All/None, OK and Cancel), alone and through edit(), which stores the choice.
#include "ui/favourites/FavouriteNotificationsDialog.h"

#include "core/favourites/FavouritesModel.h"
#include "core/storage/Database.h"
#include "core/storage/FavouriteRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>

using namespace streamside;
using streamside::ui::FavouriteNotificationsDialog;

namespace {

Favourite ada() {
    Favourite f;
    f.channelId = "1";
    f.login = "ada";
    f.displayName = "Ada";
    f.notifyLive = true;
    f.notifyKinds = {"raid"};
    return f;
}

QStringList allOfferedKinds() {
    QStringList names;
    for (const EventKind kind : viewerEventKinds())
        names << eventKindName(kind);
    return names;
}

// On the indicator: a checkbox takes only clicks on its box and its text,
// and the layout makes some wider than that.
void click(QAbstractButton* button) {
    ASSERT_NE(button, nullptr);
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
}

// Acts on the modal dialog once edit() has opened it.
void whenTheDialogOpens(std::function<void(FavouriteNotificationsDialog&)> act) {
    QTimer::singleShot(0, qApp, [act] {
        auto* dialog =
            qobject_cast<FavouriteNotificationsDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        act(*dialog);
    });
}

} // namespace

TEST(FavouriteNotificationsDialog, ShowsTheFavouritesRulesInWords) {
    FavouriteNotificationsDialog dialog(ada());
    EXPECT_EQ(dialog.windowTitle(), "Notifications for Ada");
    EXPECT_EQ(dialog.liveCheckBox()->text(), "When Ada goes &live");
    EXPECT_TRUE(dialog.liveCheckBox()->isChecked());
    EXPECT_TRUE(dialog.kindCheckBox(EventKind::Raid)->isChecked());
    EXPECT_FALSE(dialog.kindCheckBox(EventKind::GiftSubscription)->isChecked());
    EXPECT_EQ(dialog.kindCheckBox(EventKind::GiftSubscription)->text(), "Gifted subs");
    for (const EventKind kind : viewerEventKinds()) {
        const QCheckBox* box = dialog.kindCheckBox(kind);
        ASSERT_NE(box, nullptr) << eventKindName(kind).toStdString();
        EXPECT_NE(box->text(), eventKindName(kind)) << "a name for people, not the stored one";
    }
    EXPECT_EQ(dialog.kindCheckBox(EventKind::ChatMessage), nullptr) << "chat lines are not events";
    EXPECT_EQ(dialog.notifyKinds(), QStringList{"raid"});
}

TEST(FavouriteNotificationsDialog, ANameWithAnAmpersandIsNoMnemonic) {
    Favourite f = ada();
    f.displayName = "Tom&Jerry";
    FavouriteNotificationsDialog dialog(f);
    EXPECT_EQ(dialog.windowTitle(), "Notifications for Tom&Jerry");
    EXPECT_EQ(dialog.liveCheckBox()->text(), "When Tom&&Jerry goes &live");
}

TEST(FavouriteNotificationsDialog, TogglesAndOkGiveTheChosenRules) {
    FavouriteNotificationsDialog dialog(ada());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    click(dialog.liveCheckBox());
    click(dialog.kindCheckBox(EventKind::GiftSubscription));
    click(dialog.kindCheckBox(EventKind::Raid));
    click(dialog.kindCheckBox(EventKind::Cheer));
    click(dialog.buttons()->button(QDialogButtonBox::Ok));
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.notifyLive());
    EXPECT_EQ(dialog.notifyKinds(), QStringList({"sub_gift", "cheer"}));
}

TEST(FavouriteNotificationsDialog, AllAndNoneTickEveryKindOrNoneAndKeepKindsNotOffered) {
    Favourite f = ada();
    f.notifyKinds = {"raid", "follow"}; // follows are for moderators: not offered here
    FavouriteNotificationsDialog dialog(f);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    click(dialog.allButton());
    EXPECT_EQ(dialog.notifyKinds(), allOfferedKinds() + QStringList{"follow"});
    EXPECT_TRUE(dialog.liveCheckBox()->isChecked()) << "All is about events only";
    click(dialog.noneButton());
    EXPECT_EQ(dialog.notifyKinds(), QStringList{"follow"});
    EXPECT_TRUE(dialog.isVisible()) << "All and None do not close the dialog";
}

TEST(FavouriteNotificationsDialog, WorksFromTheKeyboard) {
    Favourite f = ada();
    f.notifyKinds = {};
    FavouriteNotificationsDialog dialog(f);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    EXPECT_EQ(QApplication::focusWidget(), dialog.liveCheckBox());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    EXPECT_FALSE(dialog.liveCheckBox()->isChecked());
    // Tab goes down the first column of kinds.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), dialog.kindCheckBox(viewerEventKinds().first()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), dialog.kindCheckBox(viewerEventKinds().at(1)));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    EXPECT_EQ(dialog.notifyKinds(), QStringList{eventKindName(viewerEventKinds().at(1))});
    // Mnemonics: Alt+A ticks all, Alt+N none, Alt+L the go-live rule (a
    // mnemonic clicks its button after a moment, as a user would see it).
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::AltModifier);
    EXPECT_TRUE(QTest::qWaitFor([&] { return dialog.notifyKinds() == allOfferedKinds(); }));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier);
    EXPECT_TRUE(QTest::qWaitFor([&] { return dialog.notifyKinds().isEmpty(); }));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_L, Qt::AltModifier);
    EXPECT_TRUE(QTest::qWaitFor([&] { return dialog.liveCheckBox()->isChecked(); }));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
}

TEST(FavouriteNotificationsDialog, EveryControlHasAnAccessibleName) {
    FavouriteNotificationsDialog dialog(ada());
    EXPECT_FALSE(dialog.allButton()->accessibleName().isEmpty());
    EXPECT_FALSE(dialog.noneButton()->accessibleName().isEmpty());
    EXPECT_NE(dialog.allButton()->accessibleName(), dialog.noneButton()->accessibleName());
}

class EditFavouriteNotifications : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_FALSE(db.open());
        ASSERT_FALSE(repository.add(ada()));
        ASSERT_FALSE(repository.setNotificationRules("1", true, {"raid"}));
        model = std::make_unique<FavouritesModel>(repository);
    }
    QTemporaryDir dir;
    Database db{dir.filePath("streamside.db")};
    FavouriteRepository repository{db};
    std::unique_ptr<FavouritesModel> model;
};

TEST_F(EditFavouriteNotifications, OkStoresTheChosenRules) {
    QSignalSpy changed(model.get(), &FavouritesModel::notificationRulesChanged);
    whenTheDialogOpens([](FavouriteNotificationsDialog& dialog) {
        click(dialog.liveCheckBox());
        click(dialog.kindCheckBox(EventKind::CommunityGift));
        click(dialog.buttons()->button(QDialogButtonBox::Ok));
    });
    EXPECT_FALSE(FavouriteNotificationsDialog::edit(*model, "1", nullptr));
    EXPECT_EQ(changed.count(), 1);
    const Favourite stored = repository.list().value(0);
    EXPECT_FALSE(stored.notifyLive);
    EXPECT_EQ(stored.notifyKinds, QStringList({"community_sub_gift", "raid"}));
}

TEST_F(EditFavouriteNotifications, CancelChangesNothing) {
    QSignalSpy changed(model.get(), &FavouritesModel::notificationRulesChanged);
    whenTheDialogOpens([](FavouriteNotificationsDialog& dialog) {
        click(dialog.liveCheckBox());
        click(dialog.allButton());
        click(dialog.buttons()->button(QDialogButtonBox::Cancel));
    });
    EXPECT_FALSE(FavouriteNotificationsDialog::edit(*model, "1", nullptr));
    EXPECT_EQ(changed.count(), 0);
    const Favourite stored = repository.list().value(0);
    EXPECT_TRUE(stored.notifyLive);
    EXPECT_EQ(stored.notifyKinds, QStringList{"raid"});
}
