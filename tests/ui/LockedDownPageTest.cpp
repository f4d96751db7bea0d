// What a web view may navigate to, and where everything else goes: the web
// module's page, compiled into this test (the app loads the module, nothing
// links it), navigated as Qt WebEngine asks it to be.
#include "web/LockedDownPage.h"

#include "ui/web/WebViewOptions.h"
#include "web/WebEnginePageView.h"

#include <QDialog>
#include <QPointer>
#include <QSignalSpy>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

#include <gtest/gtest.h>

using streamside::web::LockedDownPage;

namespace {

// Opens what Qt WebEngine calls to the test.
class NavigablePage : public LockedDownPage {
public:
    using LockedDownPage::acceptNavigationRequest;
    using LockedDownPage::createWindow;
    using LockedDownPage::LockedDownPage;
};

// A navigation of any LockedDownPage (a pop-up too), as Qt WebEngine asks.
bool navigate(LockedDownPage& page, const QUrl& url, bool isMainFrame = true) {
    const auto accept = &NavigablePage::acceptNavigationRequest;
    return (page.*accept)(url, QWebEnginePage::NavigationTypeLinkClicked, isMainFrame);
}

const QStringList allowedHosts{"twitch.tv", "player.example.test"};

TEST(LockedDownPage, StaysOnTheAllowedHostsAndTheirSubdomains) {
    QWebEngineProfile profile;
    NavigablePage page(&profile, allowedHosts);
    QSignalSpy external(&page, &LockedDownPage::externalLinkRequested);
    for (const char* url :
         {"https://www.twitch.tv/pixelpioneer", "https://twitch.tv/", "https://a.b.TWITCH.tv/x",
          "http://player.example.test/?channel=x", "data:text/html,<p>hi", "about:blank"})
        EXPECT_TRUE(navigate(page, QUrl(url))) << url;
    EXPECT_TRUE(external.isEmpty());

    // Twitch's own frames inside the page are the page's business.
    EXPECT_TRUE(navigate(page, QUrl("https://ads.example.com/frame"), false));
    EXPECT_TRUE(external.isEmpty());
}

TEST(LockedDownPage, ForeignWebAddressesGoToTheSystemBrowserInstead) {
    QWebEngineProfile profile;
    NavigablePage page(&profile, allowedHosts);
    QSignalSpy external(&page, &LockedDownPage::externalLinkRequested);
    const QList<QUrl> foreign{QUrl("https://evil-twitch.tv/"), QUrl("https://twitch.tv.example/"),
                              QUrl("https://twitch.tv@example.com/login"),
                              QUrl("http://example.com/"), QUrl("https://127.0.0.1:8443/")};
    for (const QUrl& url : foreign)
        EXPECT_FALSE(navigate(page, url)) << url.toString().toStdString();
    ASSERT_EQ(external.size(), foreign.size());
    for (qsizetype i = 0; i < foreign.size(); ++i)
        EXPECT_EQ(external.at(i).at(0).toUrl(), foreign.at(i));
}

// A web page must not get the system to open a file or start a program:
// other schemes are refused, and not passed on to the browser either.
TEST(LockedDownPage, OtherSchemesAreRefusedAndNeverHandedOn) {
    QWebEngineProfile profile;
    NavigablePage page(&profile, allowedHosts);
    QSignalSpy external(&page, &LockedDownPage::externalLinkRequested);
    for (const char* url :
         {"file:///etc/passwd", "file:///home/viewer/Downloads/run.desktop", "smb://server/share",
          "steam://run/440", "ms-msdt:/id PCWDiagnostic", "mailto:someone@example.com",
          "javascript:alert(1)", "ftp://example.com/file", "vbscript:msgbox", "https:relative",
          "streamside-test-scheme:x"})
        EXPECT_FALSE(navigate(page, QUrl(url))) << url;
    EXPECT_TRUE(external.isEmpty()) << external.first().at(0).toUrl().toString().toStdString();
}

TEST(LockedDownPage, APopUpStaysOnTheAllowedHostsOrGoesToTheSystemBrowser) {
    QWebEngineProfile profile;
    NavigablePage page(&profile, allowedHosts);
    QSignalSpy external(&page, &LockedDownPage::externalLinkRequested);

    auto* popup = qobject_cast<LockedDownPage*>(page.createWindow(QWebEnginePage::WebDialog));
    ASSERT_NE(popup, nullptr);
    QPointer<QDialog> dialog;
    for (QObject* object = popup; object && !dialog; object = object->parent())
        dialog = qobject_cast<QDialog*>(object);
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(navigate(*popup, QUrl("https://id.twitch.tv/login"))) << "Twitch's own login";
    EXPECT_TRUE(dialog->isVisible());

    EXPECT_FALSE(navigate(*popup, QUrl("file:///etc/passwd")));
    EXPECT_TRUE(external.isEmpty());

    EXPECT_FALSE(navigate(*popup, QUrl("https://example.com/elsewhere")));
    ASSERT_EQ(external.size(), 1) << "reported by the page that opened the pop-up";
    EXPECT_EQ(external.first().at(0).toUrl(), QUrl("https://example.com/elsewhere"));
    EXPECT_FALSE(dialog && dialog->isVisible()) << "the pop-up closes";
    delete dialog; // its page before the profile, not at the next event loop
}

TEST(WebEnginePageView, ItsProfilesHandNoUnknownSchemeToTheSystem) {
    streamside::ui::WebViewOptions options;
    options.profileName = QStringLiteral("locked-down-test");
    QWebEngineProfile* profile = streamside::web::WebEnginePageView::profile(options);
    EXPECT_EQ(profile->settings()->unknownUrlSchemePolicy(),
              QWebEngineSettings::DisallowUnknownUrlSchemes);
    EXPECT_FALSE(
        profile->settings()->testAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls));
}

} // namespace
