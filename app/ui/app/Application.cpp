#include "ui/app/Application.h"

#include "core/BuildInfo.h"
#include "core/app/AppPaths.h"
#include "core/app/CommandLine.h"
#include "core/app/EventLoopWatchdog.h"
#include "core/app/HeapTuning.h"
#include "core/app/Logging.h"
#include "core/app/Translations.h"
#include "core/app/UnixSignalWatcher.h"
#include "core/config/EndpointConfig.h"
#include "ui/app/AppController.h"
#include "ui/main/MainWindow.h"
#include "ui/tray/TrayController.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QProcessEnvironment>
#include <QTextStream>

#include <memory>

namespace streamside::ui {

namespace {

constexpr int exitStartupFailed = 1;
constexpr int exitUsage = 2;

// Options that QApplication itself understands and removes from the arguments
// (https://doc.qt.io/qt-6/qguiapplication.html#QGuiApplication).
bool hasQtGuiOption(const QStringList& arguments) {
    static const QStringList qtOptions{QStringLiteral("platform"),
                                       QStringLiteral("platformpluginpath"),
                                       QStringLiteral("platformtheme"),
                                       QStringLiteral("plugin"),
                                       QStringLiteral("qwindowgeometry"),
                                       QStringLiteral("qwindowicon"),
                                       QStringLiteral("qwindowtitle"),
                                       QStringLiteral("reverse"),
                                       QStringLiteral("session"),
                                       QStringLiteral("display"),
                                       QStringLiteral("geometry"),
                                       QStringLiteral("style"),
                                       QStringLiteral("stylesheet"),
                                       QStringLiteral("widgetcount"),
                                       QStringLiteral("nograb"),
                                       QStringLiteral("dograb"),
                                       QStringLiteral("sync"),
                                       QStringLiteral("title"),
                                       QStringLiteral("name")};
    for (const QString& argument : arguments) {
        if (argument.startsWith(QLatin1Char('-')) && !argument.startsWith(QStringLiteral("--")) &&
            qtOptions.contains(argument.mid(1).section(QLatin1Char('='), 0, 0)))
            return true;
    }
    return false;
}

// Handles the outcomes that end the process before the app starts; returns
// the exit code, or -1 to go on.
int finishEarly(const CommandLineResult& result) {
    switch (result.action) {
    case CommandLineResult::Action::ShowHelp:
    case CommandLineResult::Action::ShowVersion:
        QTextStream(stdout) << result.output;
        return 0;
    case CommandLineResult::Action::Fail:
        QTextStream(stderr) << "streamside: " << result.output << '\n';
        return exitUsage;
    case CommandLineResult::Action::Run:
        break;
    }
    return -1;
}

QStringList argumentList(int argc, char* argv[]) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

} // namespace

int runApplication(int argc, char* argv[]) {
    // First: before anything is allocated (see HeapTuning.h for why).
    keepLargeBuffersOutOfTheHeap();
    installLogFormat();
    QCoreApplication::setOrganizationName(QLatin1String(build::organizationName));
    QCoreApplication::setApplicationName(QLatin1String(build::applicationName));
    QCoreApplication::setApplicationVersion(QLatin1String(build::version));

    // Parse before QApplication exists, so that --help, --version and a bad
    // option need no display. Qt's own GUI options are only understood once
    // QApplication has taken them out, so with those present parse again then.
    const QStringList rawArguments = argumentList(argc, argv);
    CommandLineResult commandLine = parseCommandLine(rawArguments);
    const bool deferParsing =
        commandLine.action == CommandLineResult::Action::Fail && hasQtGuiOption(rawArguments);
    if (!deferParsing && commandLine.action != CommandLineResult::Action::Run) {
        // Help, version or a mistake: said in the user's language. A core
        // application (no display) holds the translators, Qt's included.
        QCoreApplication core(argc, argv);
        installTranslations(QLocale());
        return finishEarly(parseCommandLine(rawArguments));
    }

    const EndpointConfigResult config = endpointConfigFromEnvironment(
        QProcessEnvironment::systemEnvironment(), QLatin1String(build::defaultClientId));
    if (!config.config) {
        QTextStream(stderr) << "streamside: " << config.error << '\n';
        return exitUsage;
    }

    // (Qt WebEngine's shared OpenGL context is made when the web module is
    // loaded, not here: see WebModuleLoader.)
    QApplication app(argc, argv);
    // Soak tests and bug reports measure how long the UI thread is blocked;
    // nobody else pays for the heartbeat.
    std::unique_ptr<EventLoopWatchdog> watchdog;
    if (lcStalls().isInfoEnabled()) {
        watchdog = std::make_unique<EventLoopWatchdog>();
        watchdog->start();
    }
    installTranslations(QLocale());
    QGuiApplication::setApplicationDisplayName(QLatin1String(build::displayName));
    QGuiApplication::setDesktopFileName(QLatin1String(build::appId));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/streamside.svg")));

    if (deferParsing) {
        commandLine = parseCommandLine(QCoreApplication::arguments());
        if (const int code = finishEarly(commandLine); code >= 0)
            return code;
    }
    const StartupOptions& options = commandLine.options;

    const AppPaths paths = AppPaths::standard(options.demo);
    if (const QString error = paths.ensureCreated(); !error.isEmpty()) {
        QTextStream(stderr) << "streamside: " << error << '\n';
        QMessageBox::critical(nullptr, QObject::tr("Streamside cannot start"), error);
        return exitStartupFailed;
    }
    qCInfo(lcApp).noquote() << "Streamside" << build::version << "starting; data in"
                            << paths.dataDir;

    AppController controller(options, paths, *config.config);
    MainWindow& window = controller.window();
    UnixSignalWatcher signalWatcher;
    // exit(), not quit(): Qt 6's quit() first closes every window and gives
    // up when one refuses, and the window refuses where it closes to the
    // tray (it hides instead), so that Quit in the tray menu and SIGTERM
    // would only hide it.
    auto quit = [&window] {
        window.saveWindowState();
        QCoreApplication::exit(0);
    };
    QObject::connect(&window, &MainWindow::quitRequested, &app, quit);
    QObject::connect(&signalWatcher, &UnixSignalWatcher::terminationRequested, &app, quit);

    // --minimized (as the autostart entry starts it): into the tray where
    // there is one, else minimized; never out of reach.
    if (options.minimized && TrayController::isTrayAvailable())
        qCInfo(lcUi) << "Starting in the tray";
    else if (options.minimized)
        window.showMinimized();
    else
        window.show();
    qCInfo(lcUi) << "Main window shown";

    QString error;
    if (!controller.start(&error)) {
        QTextStream(stderr) << "streamside: " << error << '\n';
        QMessageBox::critical(&window, QObject::tr("Streamside cannot start"), error);
        return exitStartupFailed;
    }

    const int code = app.exec();
    qCInfo(lcApp) << "Streamside quit with code" << code;
    return code;
}

} // namespace streamside::ui
