#include "ui/settings/SettingsDialog.h"

#include "core/eventsub/SubscriptionPlan.h"
#include "core/favourites/FavouritesLiveTracker.h"
#include "core/favourites/FavouritesModel.h"
#include "core/storage/Database.h"
#include "core/storage/FavouriteRepository.h"
#include "support/FakeHelix.h"

#include <QCheckBox>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace streamside;
using streamside::ui::SettingsDialog;

TEST(SettingsDialog, SaysWhenTokensAreNotEncrypted) {
    SettingsDialog::State state;
    state.tokensEncrypted = false;
    state.keychainProblem = "No D-Bus secret service";
    SettingsDialog dialog(state);
    auto* storage = dialog.findChild<QLabel*>("credentialStorage");
    ASSERT_NE(storage, nullptr);
    EXPECT_TRUE(storage->text().contains("No system keychain was available"));
    EXPECT_TRUE(storage->text().contains("No D-Bus secret service"));
}

TEST(SettingsDialog, SaysWhenTokensAreEncrypted) {
    SettingsDialog dialog(SettingsDialog::State{});
    EXPECT_TRUE(dialog.findChild<QLabel*>("credentialStorage")->text().contains("encrypted"));
}

TEST(SettingsDialog, OwnChannelEventsFollowTheCheckbox) {
    SettingsDialog::State state;
    state.ownChannelEvents = true;
    SettingsDialog dialog(state);
    EXPECT_TRUE(dialog.ownChannelEvents());
    dialog.findChild<QCheckBox*>("ownChannelEvents")->setChecked(false);
    EXPECT_FALSE(dialog.ownChannelEvents());
}

TEST(SettingsDialog, StartAtLoginFollowsTheCheckbox) {
    SettingsDialog::State state;
    state.startAtLogin = true;
    SettingsDialog dialog(state);
    EXPECT_TRUE(dialog.startAtLogin());
    dialog.findChild<QCheckBox*>("startAtLogin")->setChecked(false);
    EXPECT_FALSE(dialog.startAtLogin());
}

namespace {

const QStringList names{"Ada", "Bob", "Cleo", "Dan", "Eve", "Fay", "Gus"};

QString channelId(int index) {
    return QString::number(700000000 + index);
}

// The open channel's plan, costing 2 of Twitch's 10 and holding none of the
// favourites' stream.online/offline.
SubscriptionPlan openChannelPlanCostingTwo() {
    PlannedSubscription raid;
    raid.type = "channel.raid";
    raid.version = "1";
    raid.condition = QJsonObject{{"to_broadcaster_user_id", "900000001"}};
    raid.cost = 2;
    return SubscriptionPlan{{raid}, {}, {}};
}

// Seven favourites (Ada first); a budget of 8 after the open channel pushes
// the first four, and Twitch refuses Bob's subscriptions.
class SettingsDialogLiveAlertsTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        ASSERT_FALSE(db.open());
        model = std::make_unique<FavouritesModel>(repository);
        for (int i = 0; i < names.size(); ++i) {
            Favourite favourite;
            favourite.channelId = channelId(i);
            favourite.login = names.at(i).toLower();
            favourite.displayName = names.at(i);
            favourite.position = i;
            favourite.addedAt = QDateTime::currentDateTimeUtc();
            ASSERT_FALSE(model->add(favourite));
        }
        helix.createFailure = [](const EventSubSubscriptionRequest& request,
                                 int) -> std::optional<HelixError> {
            if (request.condition.value("broadcaster_user_id").toString() == channelId(1))
                return FakeHelix::error(403);
            return std::nullopt;
        };
        tracker.setViewer("600000001");
        tracker.setChannelPlan(openChannelPlanCostingTwo());
        tracker.setFavourites(model->channelIds());
    }

    // Starts an EventSub session and waits until Twitch has refused Bob.
    void startSessionUntilBobFails() {
        QSignalSpy polled(&tracker, &FavouritesLiveTracker::polledChannelsChanged);
        tracker.onSessionStarted("session-1");
        while (!tracker.polledChannels().contains(channelId(1)))
            ASSERT_TRUE(polled.wait(5000));
    }

    SettingsDialog::State signedIn() const {
        SettingsDialog::State state;
        state.liveTracker = &tracker;
        state.favourites = model.get();
        return state;
    }

    // Each row as "name: alert".
    static QStringList rows(SettingsDialog& dialog) {
        auto* table = dialog.findChild<QTableWidget*>("liveAlertsTable");
        if (!table)
            return {"no table"};
        QStringList shown;
        for (int row = 0; row < table->rowCount(); ++row)
            shown << table->item(row, 0)->text() + ": " + table->item(row, 1)->text();
        return shown;
    }

    static QString summary(SettingsDialog& dialog) {
        auto* label = dialog.findChild<QLabel*>("liveAlertsSummary");
        return label ? label->text() : QString("no summary");
    }

    QTemporaryDir dir;
    Database db{dir.filePath("streamside.db")};
    FavouriteRepository repository{db};
    std::unique_ptr<FavouritesModel> model;
    FakeHelix helix;
    FavouritesLiveTracker tracker{helix};
};

} // namespace

TEST_F(SettingsDialogLiveAlertsTest, ShowsHowEachFavouriteLearnsOfGoingLive) {
    startSessionUntilBobFails();
    SettingsDialog dialog(signedIn());
    EXPECT_EQ(rows(dialog), (QStringList{"Ada: Instant (EventSub)", "Bob: Checked every minute",
                                         "Cleo: Instant (EventSub)", "Dan: Instant (EventSub)",
                                         "Eve: Checked every minute", "Fay: Checked every minute",
                                         "Gus: Checked every minute"}));
    EXPECT_EQ(summary(dialog), "Favourites with instant alerts: 3 of 7. Subscription cost: 8 of "
                               "10; the open channel uses 2.");
    ASSERT_NE(dialog.findChild<QLabel*>("liveAlertsExplanation"), nullptr);
    const QString why = dialog.findChild<QLabel*>("liveAlertsExplanation")->text();
    EXPECT_TRUE(why.contains("total subscription cost of 10")) << why.toStdString();
    EXPECT_TRUE(why.contains("first favourites in your order")) << why.toStdString();
    auto* table = dialog.findChild<QTableWidget*>("liveAlertsTable");
    EXPECT_FALSE(table->accessibleName().isEmpty());
    EXPECT_EQ(table->editTriggers(), QAbstractItemView::NoEditTriggers);
    EXPECT_NE(table->focusPolicy() & Qt::TabFocus, 0) << "reachable with Tab";
}

TEST_F(SettingsDialogLiveAlertsTest, FollowsTheTrackerWhileOpen) {
    SettingsDialog dialog(signedIn());
    // No EventSub session yet: everything is polled.
    EXPECT_EQ(summary(dialog), "Favourites with instant alerts: 0 of 7. Subscription cost: 8 of "
                               "10; the open channel uses 2.");

    startSessionUntilBobFails();
    ASSERT_EQ(rows(dialog).size(), 7);
    EXPECT_EQ(rows(dialog).at(0), "Ada: Instant (EventSub)");
    EXPECT_EQ(rows(dialog).at(1), "Bob: Checked every minute");
    EXPECT_TRUE(summary(dialog).startsWith("Favourites with instant alerts: 3 of 7."))
        << summary(dialog).toStdString();

    // The open channel closes: its 2 go to the favourites, and Eve is pushed.
    tracker.setChannelPlan(SubscriptionPlan{});
    EXPECT_EQ(rows(dialog).at(4), "Eve: Instant (EventSub)");
    EXPECT_EQ(summary(dialog),
              "Favourites with instant alerts: 4 of 7. Subscription cost: 10 of 10.");
}

TEST(SettingsDialog, SaysWhenNotSignedInInsteadOfAnEmptyTable) {
    SettingsDialog dialog(SettingsDialog::State{});
    ASSERT_NE(dialog.findChild<QLabel*>("liveAlertsEmpty"), nullptr);
    EXPECT_TRUE(dialog.findChild<QLabel*>("liveAlertsEmpty")->text().contains("Sign in"));
    EXPECT_TRUE(dialog.findChild<QTableWidget*>("liveAlertsTable")->isHidden());
}

TEST_F(SettingsDialogLiveAlertsTest, SaysWhenThereAreNoFavourites) {
    for (int i = 0; i < names.size(); ++i)
        ASSERT_FALSE(model->remove(channelId(i)));
    SettingsDialog dialog(signedIn());
    ASSERT_NE(dialog.findChild<QLabel*>("liveAlertsEmpty"), nullptr);
    EXPECT_TRUE(dialog.findChild<QLabel*>("liveAlertsEmpty")->text().contains("No favourites"));
    EXPECT_TRUE(dialog.findChild<QTableWidget*>("liveAlertsTable")->isHidden());
    EXPECT_TRUE(dialog.findChild<QLabel*>("liveAlertsSummary")->isHidden());
}
