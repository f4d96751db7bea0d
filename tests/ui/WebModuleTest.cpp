#include "ui/web/WebModuleLoader.h"
#include "ui/web/WebPageView.h"
#include "ui/web/WebViewFactory.h"

#include <QFile>
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
    auto* view = factory->createPageView(&window);
    window.show();
    QSignalSpy finished(view, &streamside::ui::WebPageView::loadFinished);
    view->load(QUrl(QStringLiteral("data:text/html,<title>Loaded in WebEngine</title><p>hi")));
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_TRUE(finished.first().at(0).toBool());
    EXPECT_EQ(view->title(), "Loaded in WebEngine");
}
