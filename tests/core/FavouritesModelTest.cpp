#include "core/favourites/FavouritesModel.h"

#include "core/storage/Database.h"
#include "core/storage/FavouriteRepository.h"

#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace streamside;

namespace {
QStringList shownLogins(const FavouritesModel& model) {
    QStringList logins;
    for (int row = 0; row < model.rowCount(); ++row)
        logins << model.data(model.index(row), FavouritesModel::LoginRole).toString();
    return logins;
}
Favourite favourite(const QString& id, const QString& login) {
    Favourite f;
    f.channelId = id;
    f.login = login;
    f.displayName = login.toUpper();
    return f;
}
} // namespace

class FavouritesModelTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_FALSE(db.open());
        for (const char* login : {"alpha", "bravo", "charlie", "delta"})
            ASSERT_FALSE(repository.add(favourite(QString("id-") + login, login)));
        model = std::make_unique<FavouritesModel>(repository);
    }
    QTemporaryDir dir;
    Database db{dir.filePath("streamside.db")};
    FavouriteRepository repository{db};
    std::unique_ptr<FavouritesModel> model;
};

TEST_F(FavouritesModelTest, LiveFirstThenTheUsersOrder) {
    EXPECT_EQ(shownLogins(*model), QStringList({"alpha", "bravo", "charlie", "delta"}));
    model->setLiveInfo("id-charlie", {true, 120, "Title C", "Game", {}});
    model->setLiveInfo("id-bravo", {true, 5000, "Title B", "Game", {}});
    EXPECT_EQ(shownLogins(*model), QStringList({"bravo", "charlie", "alpha", "delta"}));
    EXPECT_TRUE(model->data(model->index(0), FavouritesModel::LiveRole).toBool());
    EXPECT_EQ(model->data(model->index(0), FavouritesModel::ViewerCountRole).toInt(), 5000);
    model->setLiveInfo("id-bravo", {});
    EXPECT_EQ(shownLogins(*model), QStringList({"charlie", "alpha", "bravo", "delta"}));
}

TEST_F(FavouritesModelTest, ASelectionFollowsItsRowWhenTheOrderChanges) {
    QPersistentModelIndex delta = model->index(3);
    model->setLiveInfo("id-delta", {true, 1, "t", "g", {}});
    EXPECT_EQ(delta.row(), 0);
    EXPECT_EQ(delta.data(FavouritesModel::LoginRole).toString(), "delta");
}

TEST_F(FavouritesModelTest, DragAndDropChangesTheStoredOrder) {
    std::unique_ptr<QMimeData> data(model->mimeData({model->index(3)}));
    ASSERT_TRUE(data);
    model->dropMimeData(data.get(), Qt::MoveAction, 1, 0, {});
    EXPECT_EQ(shownLogins(*model), QStringList({"alpha", "delta", "bravo", "charlie"}));
    QStringList stored;
    for (const Favourite& f : repository.list())
        stored << f.login;
    EXPECT_EQ(stored, QStringList({"alpha", "delta", "bravo", "charlie"}));
    data.reset(model->mimeData({model->index(0)}));
    model->dropMimeData(data.get(), Qt::MoveAction, -1, 0, {}); // dropped below the last
    EXPECT_EQ(shownLogins(*model), QStringList({"delta", "bravo", "charlie", "alpha"}));
}

TEST_F(FavouritesModelTest, AddAndRemove) {
    ASSERT_FALSE(model->add(favourite("id-echo", "echo")));
    EXPECT_EQ(shownLogins(*model).last(), "echo");
    ASSERT_FALSE(model->remove("id-alpha"));
    EXPECT_EQ(shownLogins(*model), QStringList({"bravo", "charlie", "delta", "echo"}));
}

TEST_F(FavouritesModelTest, NotificationRulesAreStoredAndAnnouncedInPlace) {
    const QStringList kinds{"raid", "sub_gift"};
    QPersistentModelIndex current = model->index(model->rowOf("id-bravo"));
    QSignalSpy changed(model.get(), &FavouritesModel::notificationRulesChanged);
    QSignalSpy dataChanged(model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);

    ASSERT_FALSE(model->setNotificationRules("id-bravo", false, kinds));

    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toString(), "id-bravo");
    ASSERT_EQ(dataChanged.count(), 1);
    EXPECT_EQ(dataChanged.at(0).at(0).toModelIndex(), QModelIndex(current));
    EXPECT_EQ(reset.count(), 0) << "the sidebar keeps its selection";
    EXPECT_TRUE(current.isValid());
    EXPECT_FALSE(current.data(FavouritesModel::NotifyLiveRole).toBool());
    EXPECT_EQ(current.data(FavouritesModel::NotifyKindsRole).toStringList(), kinds);
    ASSERT_TRUE(model->favourite("id-bravo"));
    EXPECT_EQ(model->favourite("id-bravo")->notifyKinds, kinds);

    // Written through: a fresh start reads the same rules.
    db.close();
    ASSERT_FALSE(db.open());
    const FavouritesModel reopened(repository);
    const std::optional<Favourite> stored = reopened.favourite("id-bravo");
    ASSERT_TRUE(stored);
    EXPECT_FALSE(stored->notifyLive);
    EXPECT_EQ(stored->notifyKinds, kinds);
    EXPECT_TRUE(reopened.favourite("id-alpha")->notifyLive) << "the others are untouched";
    EXPECT_TRUE(reopened.favourite("id-alpha")->notifyKinds.isEmpty());
}

TEST_F(FavouritesModelTest, NotificationRulesOfANonFavouriteAreAnErrorAndSayNothing) {
    QSignalSpy changed(model.get(), &FavouritesModel::notificationRulesChanged);
    EXPECT_TRUE(model->setNotificationRules("id-nobody", true, {"raid"}));
    EXPECT_EQ(changed.count(), 0);
    EXPECT_FALSE(model->favourite("id-nobody"));
}
