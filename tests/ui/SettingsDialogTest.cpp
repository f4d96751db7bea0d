#include "ui/settings/SettingsDialog.h"

#include <QCheckBox>
#include <QLabel>

#include <gtest/gtest.h>

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
