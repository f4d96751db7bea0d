// One GoogleTest main for every test binary: runs the tests inside a Qt event
// loop and keeps them away from the user's real files.
#ifdef STREAMSIDE_TEST_TRANSLATIONS
#include "core/app/Translations.h"
#endif

#include <QCoreApplication>
#include <QLocale>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

#ifdef STREAMSIDE_TEST_GUI
#include <QApplication>

#include <unistd.h>
using TestApplication = QApplication;
#else
using TestApplication = QCoreApplication;
#endif

int main(int argc, char** argv) {
    // Every test process gets fresh XDG folders: settings, databases and web
    // profiles written by the code under test land in a temporary home.
    QTemporaryDir home;
    if (!home.isValid())
        return 1;
    for (const char* variable : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"})
        qputenv(variable, (home.path() + QLatin1Char('/') + QLatin1String(variable)).toLocal8Bit());

#ifdef STREAMSIDE_TEST_GUI
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Chromium refuses to run as root with its sandbox; only then turn it off.
    if (::geteuid() == 0 && !qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
#endif

    ::testing::InitGoogleTest(&argc, argv);
    TestApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Streamside"));
    QCoreApplication::setApplicationName(QStringLiteral("streamside-tests"));
    // Tests check English texts, whatever the machine's language.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
#ifdef STREAMSIDE_TEST_TRANSLATIONS
    streamside::installTranslations(QLocale());
#endif
#ifdef STREAMSIDE_TEST_GUI
    // Tests open and close windows; the last one closing must not end the run.
    QApplication::setQuitOnLastWindowClosed(false);
#endif

    int result = 1;
    QTimer::singleShot(0, &app, [&result] {
        result = RUN_ALL_TESTS();
        QCoreApplication::exit(result);
    });
    app.exec();
    return result;
}
