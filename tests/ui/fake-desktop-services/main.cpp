// fake-desktop-services: the D-Bus services of a desktop session that
// Streamside talks to, for tests run under dbus-run-session. Offers
// org.kde.StatusNotifierWatcher (a tray) and org.freedesktop.Notifications;
// --notifications-only leaves the tray out. Writes "ready" once its names are
// owned, then one JSON line per call (see CallLog). A separate process on
// purpose: Qt asks for the tray with blocking calls from the app's thread.
//
// Commands on stdin: "action ID KEY" (the user clicks an action), "close ID
// REASON" (the notification goes away). It ends when stdin closes (unless
// --ignore-stdin: for a start by the bus).
#include "CallLog.h"
#include "CommandReader.h"
#include "FakeNotificationServer.h"
#include "FakeStatusNotifierWatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusError>

#include <cstdio>

using namespace streamside::fakedesktop;

namespace {

bool offer(QDBusConnection& bus, const QString& service, const QString& path, QObject* object) {
    if (!bus.registerObject(path, object,
                            QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals |
                                QDBusConnection::ExportAllProperties)) {
        std::fprintf(stderr, "fake-desktop-services: cannot export %s\n", qPrintable(path));
        return false;
    }
    if (!bus.registerService(service)) {
        std::fprintf(stderr, "fake-desktop-services: cannot own %s: %s\n", qPrintable(service),
                     qPrintable(bus.lastError().message()));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Fake desktop D-Bus services for tests"));
    parser.addHelpOption();
    const QCommandLineOption notificationsOnly(
        QStringLiteral("notifications-only"),
        QStringLiteral("Offer the notification service but no tray (no StatusNotifierWatcher)."));
    parser.addOption(notificationsOnly);
    const QCommandLineOption ignoreInput(
        QStringLiteral("ignore-stdin"),
        QStringLiteral("Take no commands and keep running at end of input (when the bus starts "
                       "it, stdin is /dev/null); it then ends on SIGTERM."));
    parser.addOption(ignoreInput);
    parser.process(app);

    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        std::fprintf(stderr, "fake-desktop-services: no D-Bus session bus: %s\n",
                     qPrintable(bus.lastError().message()));
        return 1;
    }
    FakeNotificationServer notifications;
    FakeStatusNotifierWatcher watcher;
    if (!offer(bus, QStringLiteral("org.freedesktop.Notifications"),
               QStringLiteral("/org/freedesktop/Notifications"), &notifications))
        return 1;
    if (!parser.isSet(notificationsOnly) &&
        !offer(bus, QStringLiteral("org.kde.StatusNotifierWatcher"),
               QStringLiteral("/StatusNotifierWatcher"), &watcher))
        return 1;

    CallLog::ready();
    if (parser.isSet(ignoreInput))
        return app.exec();
    CommandReader commands;
    QObject::connect(&commands, &CommandReader::finished, &app, &QCoreApplication::quit);
    QObject::connect(&commands, &CommandReader::commandReceived, &app,
                     [&notifications](const QList<QByteArray>& words) {
                         if (words.size() == 3 && words[0] == "action")
                             notifications.invokeAction(words[1].toUInt(),
                                                        QString::fromUtf8(words[2]));
                         else if (words.size() == 3 && words[0] == "close")
                             notifications.close(words[1].toUInt(), words[2].toUInt());
                         else
                             std::fprintf(stderr, "fake-desktop-services: unknown command\n");
                     });
    return app.exec();
}
