#include "ui/web/WebModuleLoader.h"

#include "core/app/Logging.h"
#include "ui/web/WebViewFactory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QOpenGLContext>
#include <QPluginLoader>

#include <optional>
#include <unistd.h>

// Exported by Qt Gui (since Qt 5) and what QGuiApplication itself calls when
// Qt::AA_ShareOpenGLContexts is set at start; declared here because Debian
// does not ship Qt's private headers to the build.
Q_GUI_EXPORT void qt_gl_set_global_share_context(QOpenGLContext* context);

namespace streamside::ui {

namespace {

constexpr char moduleBaseName[] = "libstreamside-web.so";

WebViewFactory* loadedFactory = nullptr;
// Kept, never unloaded: Qt WebEngine cannot be shut down and started again in
// one process, and the factory lives in the module.
QPluginLoader* moduleLoader = nullptr;
std::optional<QStringList> overriddenSearchPaths;

// Chromium refuses to start as root with its sandbox on. Running a desktop
// app as root is unusual, but it is how containers and CI run it.
void allowRunningAsRoot() {
    if (::geteuid() == 0 && !qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX")) {
        qCWarning(lcWeb) << "Running as root: the web views run without Chromium's sandbox";
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    }
}

// Qt WebEngine draws through OpenGL contexts shared with the GUI's. Setting
// Qt::AA_ShareOpenGLContexts before QApplication exists would make Qt create
// the shared context at start, which loads the system's OpenGL (with Mesa's
// software renderer, LLVM: some 25 MB and a dozen threads) into every
// process, including the tray-only ones that never show a page. So the
// context is made here, just before the module needs it, as QGuiApplication
// would have made it.
void shareOpenGLContexts() {
    if (QOpenGLContext::globalShareContext())
        return;
    // Lives as long as the process: Qt WebEngine keeps using it until exit.
    auto* context = new QOpenGLContext;
    if (!context->create())
        qCWarning(lcWeb) << "No OpenGL context could be made for the web views";
    qt_gl_set_global_share_context(context);
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
    shareOpenGLContexts();
    QStringList problems;
    for (const QString& dir : searchPaths()) {
        const QString path = dir + QLatin1Char('/') + QLatin1String(moduleBaseName);
        if (!QFileInfo::exists(path)) {
            problems << QStringLiteral("%1 does not exist").arg(QDir::toNativeSeparators(path));
            continue;
        }
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
        moduleLoader = loader;
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
