#include "ui/web/WebModuleLoader.h"

#include "core/app/Logging.h"
#include "ui/web/WebViewFactory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPluginLoader>

#include <optional>
#include <unistd.h>

namespace streamside::ui {

namespace {

constexpr char moduleBaseName[] = "libstreamside-web.so";

WebViewFactory* loadedFactory = nullptr;
std::optional<QStringList> overriddenSearchPaths;

// Chromium refuses to start as root with its sandbox on. Running a desktop
// app as root is unusual, but it is how containers and CI run it.
void allowRunningAsRoot() {
    if (::geteuid() == 0 && !qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX")) {
        qCWarning(lcWeb) << "Running as root: the web views run without Chromium's sandbox";
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    }
}

} // namespace

void WebModuleLoader::overrideSearchPaths(const QStringList& paths) {
    overriddenSearchPaths = paths;
}

QStringList WebModuleLoader::searchPaths() {
    if (overriddenSearchPaths)
        return *overriddenSearchPaths;
    return {QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../") +
                            QStringLiteral(STREAMSIDE_PRIVATE_LIBDIR))};
}

WebViewFactory* WebModuleLoader::factory(QString* error) {
    if (loadedFactory)
        return loadedFactory;
    allowRunningAsRoot();
    QStringList problems;
    for (const QString& dir : searchPaths()) {
        const QString path = dir + QLatin1Char('/') + QLatin1String(moduleBaseName);
        if (!QFileInfo::exists(path)) {
            problems << QStringLiteral("%1 does not exist").arg(QDir::toNativeSeparators(path));
            continue;
        }
        // Never unloaded: Qt WebEngine cannot be shut down and started again in one process.
        auto* loader = new QPluginLoader(path);
        QObject* instance = loader->instance();
        auto* factory = qobject_cast<WebViewFactory*>(instance);
        if (!factory) {
            problems << QStringLiteral("%1: %2").arg(
                QDir::toNativeSeparators(path),
                instance ? QStringLiteral("not a Streamside web module") : loader->errorString());
            delete loader;
            continue;
        }
        qCInfo(lcWeb) << "Loaded web module" << path;
        loadedFactory = factory;
        return loadedFactory;
    }
    if (error)
        *error = QCoreApplication::translate("WebModuleLoader",
                                             "The web view module could not be loaded (%1).")
                     .arg(problems.join(QStringLiteral("; ")));
    qCWarning(lcWeb).noquote() << problems.join(QStringLiteral("; "));
    return nullptr;
}

bool WebModuleLoader::isLoaded() {
    return loadedFactory != nullptr;
}

} // namespace streamside::ui
