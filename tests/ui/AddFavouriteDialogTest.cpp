// The add-favourite dialog against the simulator's Helix over real sockets.
#include "ui/favourites/AddFavouriteDialog.h"

#include "core/config/EndpointConfig.h"
#include "core/helix/HelixClient.h"
#include "sim/OAuthService.h"
#include "sim/Simulator.h"
#include "ui/favourites/AvatarCache.h"

#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace streamside;

class AddFavouriteDialogTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(simulator.start());
        const auto token = simulator.oauth().mintUserToken("demo_viewer", {"user:read:chat"});
        ASSERT_TRUE(token);
        EndpointConfig endpoints = EndpointConfig::twitchDefaults(token->clientId);
        endpoints.apiUrl = simulator.baseUrl().resolved(QUrl("/helix"));
        helix = std::make_unique<HelixClient>(endpoints);
        helix->setCredentials(token->clientId, token->accessToken);
        dialog = std::make_unique<ui::AddFavouriteDialog>(*helix, avatars);
        dialog->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog.get()));
    }

    sim::Simulator simulator;
    QNetworkAccessManager network;
    ui::AvatarCache avatars{network};
    std::unique_ptr<HelixClient> helix;
    std::unique_ptr<ui::AddFavouriteDialog> dialog;
};

TEST_F(AddFavouriteDialogTest, SuggestsChannelsAsTheUserTypes) {
    QSignalSpy updated(dialog.get(), &ui::AddFavouriteDialog::suggestionsUpdated);
    QTest::keyClicks(dialog->searchField(), "pixel");
    ASSERT_TRUE(updated.wait(5000));
    EXPECT_EQ(updated.count(), 1) << "typing five letters searched once (debounced)";
    ASSERT_GE(dialog->suggestions()->count(), 1);
    EXPECT_TRUE(dialog->suggestions()->item(0)->text().startsWith("PixelPioneer"));
    dialog->suggestions()->setCurrentRow(0);
    QTest::keyClick(dialog->suggestions(), Qt::Key_Return);
    EXPECT_EQ(dialog->result(), QDialog::Accepted);
    EXPECT_EQ(dialog->choice().channelId, "500000001");
    EXPECT_EQ(dialog->choice().login, "pixelpioneer");
}

TEST_F(AddFavouriteDialogTest, AnExactLoginIsCheckedAndAnUnknownOneSaysSo) {
    QSignalSpy finished(dialog.get(), &QDialog::finished);
    dialog->searchField()->setText("no_such_channel_here");
    QTest::keyClick(dialog->searchField(), Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog->message().isEmpty(); }, 5000));
    EXPECT_EQ(dialog->message(), "No Twitch channel called no_such_channel_here.");
    EXPECT_TRUE(dialog->isVisible()) << "nothing was added";

    dialog->searchField()->setText("CozyCoder");
    QTest::keyClick(dialog->searchField(), Qt::Key_Return);
    ASSERT_TRUE(finished.wait(5000));
    EXPECT_EQ(dialog->choice().channelId, "500000002");
    EXPECT_EQ(dialog->choice().displayName, "CozyCoder");
}

TEST_F(AddFavouriteDialogTest, ATypedNameThatCannotBeALoginIsExplained) {
    dialog->searchField()->setText("two words");
    QTest::keyClick(dialog->searchField(), Qt::Key_Return);
    EXPECT_TRUE(dialog->message().contains("is not a Twitch login"));
}
