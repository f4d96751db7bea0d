// SECURITY.md's promises about credentials and links, checked on the whole app
// in demo mode: from the first start through a browser login, a device code
// login, a token refresh and two log-outs, nothing the app logs and no file it
// writes outside the database holds a token, a refresh token, a device code or
// a login state; a foreign link in a web view goes to the system browser.
#include "core/app/AppPaths.h"
#include "core/auth/AuthSession.h"
#include "core/auth/UrlOpener.h"
#include "core/eventsub/EventFeed.h"
#include "core/eventsub/SubscriptionPlanner.h"
#include "core/storage/Storage.h"
#include "helix/LogCapture.h"
#include "sim/ChatLog.h"
#include "sim/EventSubServer.h"
#include "sim/Simulator.h"
#include "sim/TokenStore.h"
#include "ui/app/AppController.h"
#include "ui/app/DemoUrlOpener.h"
#include "ui/login/LoginPage.h"
#include "ui/main/MainWindow.h"
#include "ui/streamer/ChatBox.h"
#include "ui/streamer/StreamerPage.h"
#include "ui/web/WebPageView.h"

#include <QAction>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>
#include <QWebEnginePage>

#include <gtest/gtest.h>

#include <memory>

using namespace streamside;

namespace {

constexpr char demoViewerId[] = "600000001";

// The "system browser": records what the app opens, and runs the login's
// consent page (which approves itself) in a headless page.
class RecordingBrowser : public UrlOpener {
public:
    bool open(const QUrl& url) override {
        opened.append(url);
        if (url.path().endsWith(QLatin1String("/authorize"))) {
            page = std::make_unique<QWebEnginePage>();
            page->load(ui::DemoUrlOpener::withAutoApprove(url));
        }
        return true;
    }
    std::unique_ptr<QWebEnginePage> page;
    QList<QUrl> opened;
};

// Every file below dir, but the database (where the demo keeps its tokens,
// unencrypted like any machine without a keychain).
QStringList filesOutsideTheDatabase(const QString& dir) {
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        if (!QFileInfo(file).fileName().startsWith(QLatin1String(Storage::fileName)))
            files.append(file);
    }
    return files;
}

} // namespace

class DemoSecurityTest : public ::testing::Test {
protected:
    void SetUp() override {
        StartupOptions options;
        options.demo = true;
        paths = AppPaths::standard(true);
        ASSERT_EQ(paths.ensureCreated(), QString());
        controller = std::make_unique<ui::AppController>(options, paths,
                                                         EndpointConfig::twitchDefaults(QString()));
        auto opener = std::make_unique<RecordingBrowser>();
        browser = opener.get();
        controller->setUrlOpener(std::move(opener));
        controller->window().show();
        QString error;
        ASSERT_TRUE(controller->start(&error)) << error.toStdString();
        ASSERT_TRUE(waitForState(AuthSession::State::SignedIn)) << "the demo did not log in";
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                return controller->streamerPage()->channelId() == "500000001" &&
                       controller->eventFeed()->planner().state() ==
                           SubscriptionPlanner::State::Ready;
            },
            15000));
    }

    bool waitForState(AuthSession::State state) {
        return QTest::qWaitFor(
            [&] { return controller->session() && controller->session()->state() == state; },
            30000);
    }

    // Sends a chat message through the chat box (a Helix request).
    void chat(const QString& text) {
        ui::ChatBox* box = controller->streamerPage()->chatBox();
        // Disabled while the previous message is on its way.
        ASSERT_TRUE(QTest::qWaitFor([&] { return box->field()->isEnabled(); }, 10000));
        box->field()->setText(text);
        QTest::keyClick(box->field(), Qt::Key_Return);
    }

    bool chatReachedTwitch(const QString& text) {
        return QTest::qWaitFor(
            [&] {
                for (const sim::ChatMessage& message :
                     controller->simulator()->chat().messages("500000001"))
                    if (message.text == text)
                        return true;
                return false;
            },
            10000);
    }

    void logOut() {
        QSignalSpy loggedOut(controller->session(), &AuthSession::loggedOut);
        controller->window().logOutAction()->trigger();
        ASSERT_TRUE(loggedOut.wait(15000));
    }

    LogCapture log; // before the app: its very first line is captured too
    AppPaths paths;
    std::unique_ptr<ui::AppController> controller;
    RecordingBrowser* browser = nullptr;
};

TEST_F(DemoSecurityTest, NoCredentialIsLoggedOrWrittenOutsideTheDatabase) {
    sim::Simulator& simulator = *controller->simulator();
    QStringList loginStates;
    for (const QUrl& url : browser->opened)
        loginStates.append(QUrlQuery(url).queryItemValue(QStringLiteral("state")));
    ASSERT_EQ(loginStates.size(), 1) << "one browser login";
    ASSERT_FALSE(loginStates.first().isEmpty());

    // Helix, EventSub and a lost connection with the browser login's token.
    ASSERT_NO_FATAL_FAILURE(chat(QStringLiteral("first message")));
    ASSERT_TRUE(chatReachedTwitch(QStringLiteral("first message")));
    for (const QString& session : simulator.eventSub().openSessionIds())
        simulator.eventSub().dropSession(session);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return controller->window().connectionText().contains("Live events connected") &&
                   controller->eventFeed()->planner().state() == SubscriptionPlanner::State::Ready;
        },
        15000));
    ASSERT_NO_FATAL_FAILURE(logOut());

    // A device code login: it comes with a refresh token.
    simulator.settings().deviceCodePollIntervalSeconds = 1;
    emit controller->loginPage()->loginWithCodeRequested();
    auto* userCode = controller->loginPage()->findChild<QLabel*>(QStringLiteral("userCode"));
    ASSERT_NE(userCode, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !userCode->text().isEmpty(); }, 10000));
    sim::DeviceAuthorization* device = simulator.tokens().deviceByUserCode(userCode->text());
    ASSERT_NE(device, nullptr) << userCode->text().toStdString();
    device->state = sim::DeviceAuthorization::State::Approved; // as the activation page does
    device->userId = QLatin1String(demoViewerId);
    ASSERT_TRUE(waitForState(AuthSession::State::SignedIn));
    ASSERT_FALSE(controller->session()->account().refreshToken.isEmpty());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return controller->streamerPage()->channelId() == "500000001"; }, 15000));

    // The token expires: Helix answers 401, the session refreshes it.
    const QString expired = controller->session()->account().accessToken;
    ASSERT_TRUE(simulator.tokens().expireNow(expired));
    ASSERT_NO_FATAL_FAILURE(chat(QStringLiteral("after expiry")));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return controller->session()->state() == AuthSession::State::SignedIn &&
                   !controller->session()->account().accessToken.isEmpty() &&
                   controller->session()->account().accessToken != expired;
        },
        15000))
        << "the token was not refreshed";
    ASSERT_NO_FATAL_FAILURE(chat(QStringLiteral("refreshed")));
    ASSERT_TRUE(chatReachedTwitch(QStringLiteral("refreshed")));
    ASSERT_NO_FATAL_FAILURE(logOut());

    QStringList credentialsIssued = simulator.tokens().issuedCredentials();
    ASSERT_GE(credentialsIssued.size(), 6)
        << "two logins, a refresh and a device code: the scan would prove little";
    credentialsIssued << loginStates;

    // The log: every line, every category, debug included.
    const QStringList lines = log.lines();
    for (const char* category : {"streamside.auth", "streamside.helix", "streamside.eventsub"})
        EXPECT_FALSE(log.linesContaining(QLatin1String(category)).isEmpty())
            << "nothing logged by " << category << ": the scan would prove little";
    for (const QString& credential : credentialsIssued) {
        ASSERT_FALSE(credential.isEmpty());
        EXPECT_EQ(log.linesContaining(credential), QStringList()) << "a credential was logged";
    }

    // The files: the web views' profile, the window's settings, everything
    // but the database.
    const QStringList files =
        filesOutsideTheDatabase(paths.dataDir) + filesOutsideTheDatabase(paths.configDir);
    EXPECT_FALSE(files.isEmpty());
    for (const QString& path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue; // a socket or a lock Chromium holds
        const QByteArray bytes = file.readAll();
        for (const QString& credential : credentialsIssued)
            EXPECT_FALSE(bytes.contains(credential.toUtf8()))
                << "a credential is in " << path.toStdString();
    }
    // The profile's folders stayed the owner's alone.
    for (const QString& dir : {paths.dataDir, paths.configDir})
        EXPECT_EQ(QFile::permissions(dir) &
                      (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                       QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther),
                  QFileDevice::Permissions())
            << dir.toStdString();
}

// A link a web page leaves the allowed hosts by goes to the system browser,
// whichever view it comes from.
TEST_F(DemoSecurityTest, AForeignLinkInAWebViewOpensTheSystemBrowser) {
    ui::StreamerPage* page = controller->streamerPage();
    ASSERT_TRUE(page->hasWebViews());
    const qsizetype before = browser->opened.size();
    emit page->playerView()->externalLinkRequested(QUrl("https://www.twitch.tv/pixelpioneer"));
    emit page->chatView()->externalLinkRequested(QUrl("https://example.com/from-chat"));
    ASSERT_EQ(browser->opened.size(), before + 2);
    EXPECT_EQ(browser->opened.at(before), QUrl("https://www.twitch.tv/pixelpioneer"));
    EXPECT_EQ(browser->opened.at(before + 1), QUrl("https://example.com/from-chat"));
}
