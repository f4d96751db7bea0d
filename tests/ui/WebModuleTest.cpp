#include "ui/web/WebModuleLoader.h"
#include "ui/web/WebPageView.h"
#include "ui/web/WebViewFactory.h"
#include "ui/web/WebViewOptions.h"

#include <QFile>
#include <QPushButton>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <memory>

using streamside::ui::WebModuleLoader;

namespace {
bool webEngineMapped() {
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return false;
    return maps.readAll().contains("libQt6WebEngineCore");
}
} // namespace

// Each test runs in a process of its own (ctest), so this one sees a process
// that has not loaded the module yet.
TEST(WebModule, WebEngineIsLoadedOnlyWhenAViewIsNeeded) {
    EXPECT_FALSE(WebModuleLoader::isLoaded());
    EXPECT_FALSE(webEngineMapped()) << "Qt WebEngine was loaded before any web view was needed";

    QString error;
    auto* factory = WebModuleLoader::factory(&error);
    ASSERT_NE(factory, nullptr) << error.toStdString();
    EXPECT_TRUE(WebModuleLoader::isLoaded());
    EXPECT_TRUE(webEngineMapped());
    EXPECT_EQ(WebModuleLoader::factory(nullptr), factory) << "loaded twice";
}

TEST(WebModule, ViewLoadsAPage) {
    QString error;
    auto* factory = WebModuleLoader::factory(&error);
    ASSERT_NE(factory, nullptr) << error.toStdString();

    QWidget window;
    window.resize(400, 300);
    streamside::ui::WebViewOptions options;
    options.profileName = "test";
    auto* view = factory->createPageView(options, &window);
    window.show();
    QSignalSpy finished(view, &streamside::ui::WebPageView::loadFinished);
    view->load(QUrl(QStringLiteral("data:text/html,<title>Loaded in WebEngine</title><p>hi")));
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_TRUE(finished.first().at(0).toBool());
    EXPECT_EQ(view->title(), "Loaded in WebEngine");
}

TEST(WebModule, ForeignLinksGoToTheSystemBrowserNotTheView) {
    QString error;
    auto* factory = WebModuleLoader::factory(&error);
    ASSERT_NE(factory, nullptr) << error.toStdString();
    streamside::ui::WebViewOptions options;
    options.profileName = "test";
    options.allowedHosts = {"player.example.test"};
    QWidget window;
    window.resize(400, 300);
    auto* view = factory->createPageView(options, &window);
    window.show();
    QSignalSpy external(view, &streamside::ui::WebPageView::externalLinkRequested);
    QSignalSpy finished(view, &streamside::ui::WebPageView::loadFinished);
    // The page sends itself to a host it may not show (.invalid never resolves:
    // the navigation is refused before any request would be made).
    view->load(QUrl(QStringLiteral(
        "data:text/html,<title>start</title><script>location.href='http://elsewhere.invalid/x'"
        "</script>")));
    ASSERT_TRUE(external.wait(30000));
    EXPECT_EQ(external.first().at(0).toUrl(), QUrl("http://elsewhere.invalid/x"));
    // The view still shows the page it had (its URL may name the refused
    // request for a moment; the document is what counts).
    EXPECT_EQ(view->title(), "start");
}

TEST(WebModule, AFailedLoadOffersRetryInsteadOfABlankPage) {
    QString error;
    auto* factory = WebModuleLoader::factory(&error);
    ASSERT_NE(factory, nullptr) << error.toStdString();
    streamside::ui::WebViewOptions options;
    options.profileName = "test";
    options.allowedHosts = {"127.0.0.1"};
    QWidget window;
    window.resize(400, 300);
    auto* view = factory->createPageView(options, &window);
    window.show();
    QSignalSpy finished(view, &streamside::ui::WebPageView::loadFinished);
    view->load(QUrl(QStringLiteral("http://127.0.0.1:1/nothing-listens-here")));
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_FALSE(finished.first().at(0).toBool());
    QPushButton* retry = nullptr;
    for (QPushButton* button : view->findChildren<QPushButton*>())
        if (button->isVisible() && button->text() == "Retry")
            retry = button;
    ASSERT_NE(retry, nullptr) << "no visible Retry button";
    finished.clear();
    retry->click();
    ASSERT_TRUE(finished.wait(30000)) << "Retry loads again";
}
