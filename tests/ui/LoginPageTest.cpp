#include "ui/login/LoginPage.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using streamside::ui::LoginPage;

namespace {
QPushButton* button(const LoginPage& page, const QString& text) {
    for (QPushButton* b : page.findChildren<QPushButton*>())
        if (b->isVisible() && b->text() == text)
            return b;
    return nullptr;
}
} // namespace

class LoginPageTest : public ::testing::Test {
protected:
    void SetUp() override {
        page.resize(800, 600);
        page.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    }
    LoginPage page;
};

TEST_F(LoginPageTest, ReadyOffersBrowserCodeAndDemo) {
    EXPECT_EQ(page.currentStateName(), "ready");
    QSignalSpy browser(&page, &LoginPage::loginWithBrowserRequested);
    QSignalSpy code(&page, &LoginPage::loginWithCodeRequested);
    QSignalSpy demo(&page, &LoginPage::demoRequested);
    ASSERT_NE(button(page, "Log in with Twitch"), nullptr);
    QTest::mouseClick(button(page, "Log in with Twitch"), Qt::LeftButton);
    QTest::mouseClick(button(page, "Use a code instead"), Qt::LeftButton);
    QTest::mouseClick(button(page, "Try the demo"), Qt::LeftButton);
    EXPECT_EQ(browser.count(), 1);
    EXPECT_EQ(code.count(), 1);
    EXPECT_EQ(demo.count(), 1);
}

TEST_F(LoginPageTest, ErrorsAreShownAboveTheButtons) {
    page.showError("You pressed Cancel on Twitch's page.");
    EXPECT_EQ(page.currentStateName(), "ready");
    auto* notice = page.findChild<QLabel*>("loginNotice");
    ASSERT_NE(notice, nullptr);
    EXPECT_TRUE(notice->isVisible());
    EXPECT_EQ(notice->text(), "You pressed Cancel on Twitch's page.");
    page.showReady();
    EXPECT_FALSE(notice->isVisible());
}

TEST_F(LoginPageTest, AClientIdIsPastedAndSubmittedWithEnter) {
    page.showNoClientId();
    EXPECT_EQ(page.currentStateName(), "no-client-id");
    QSignalSpy entered(&page, &LoginPage::clientIdEntered);
    QPushButton* save = button(page, "Save and continue");
    ASSERT_NE(save, nullptr);
    EXPECT_FALSE(save->isEnabled()) << "nothing to save yet";
    auto* field = page.findChild<QLineEdit*>("clientIdField");
    ASSERT_NE(field, nullptr);
    QTest::keyClicks(field, "  abc123def  ");
    EXPECT_TRUE(save->isEnabled());
    QTest::keyClick(field, Qt::Key_Return);
    ASSERT_EQ(entered.count(), 1);
    EXPECT_EQ(entered.first().at(0).toString(), "abc123def");
}

TEST_F(LoginPageTest, WaitingForTheBrowserOffersTheLinkAndCancel) {
    const QUrl url("http://127.0.0.1:1/oauth2/authorize?state=x");
    page.showWaitingForBrowser(url, false);
    EXPECT_EQ(page.currentStateName(), "waiting-for-browser");
    QSignalSpy cancel(&page, &LoginPage::cancelRequested);
    QTest::mouseClick(button(page, "Copy link"), Qt::LeftButton);
    EXPECT_EQ(QApplication::clipboard()->text(), url.toString());
    QTest::mouseClick(button(page, "Cancel"), Qt::LeftButton);
    EXPECT_EQ(cancel.count(), 1);
}

TEST_F(LoginPageTest, DeviceCodeShowsTheCodeWithCopyAndOpen) {
    const QUrl link("http://127.0.0.1:1/activate?device-code=WXYZ1234");
    page.showDeviceCode("WXYZ1234", link, QDateTime::currentDateTime().addSecs(1800));
    EXPECT_EQ(page.currentStateName(), "device-code");
    auto* code = page.findChild<QLabel*>("userCode");
    ASSERT_NE(code, nullptr);
    EXPECT_EQ(code->text(), "WXYZ1234");
    QSignalSpy open(&page, &LoginPage::openUrlRequested);
    QTest::mouseClick(button(page, "Copy code"), Qt::LeftButton);
    EXPECT_EQ(QApplication::clipboard()->text(), "WXYZ1234");
    QTest::mouseClick(button(page, "Open"), Qt::LeftButton);
    ASSERT_EQ(open.count(), 1);
    EXPECT_EQ(open.first().at(0).toUrl(), link);
}
