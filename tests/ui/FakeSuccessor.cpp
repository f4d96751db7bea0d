// Stands in for a fresh `streamside --minimized --take-over-from NAME` in the
// BackgroundRestart tests. Usage:
//   fake-successor MARKER_FILE ready|never-ready --minimized --take-over-from NAME
// "ready": says ready at once and writes "left" to MARKER_FILE once the
// predecessor has released it. "never-ready": waits to be stopped; writes
// "started" first. SIGTERM ends it with "terminated" in the file.
#include "core/handover/HandOverClient.h"

#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>

#include <csignal>
#include <unistd.h>

namespace {

void record(const QString& path, const QByteArray& what) {
    QFile file(path);
    if (file.open(QIODevice::Append))
        file.write(what + '\n');
}

int terminationPipe[2];

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const qsizetype nameAt = arguments.indexOf(QStringLiteral("--take-over-from")) + 1;
    if (arguments.size() < 3 || nameAt <= 0 || nameAt >= arguments.size())
        return 2;
    const QString marker = arguments.at(1);
    const QString mode = arguments.at(2);
    record(marker, "started");

    // SIGTERM is how the predecessor stops a successor it gave up on.
    if (::pipe(terminationPipe) != 0)
        return 3;
    std::signal(SIGTERM, [](int) { (void)!::write(terminationPipe[1], "x", 1); });
    QSocketNotifier terminated(terminationPipe[0], QSocketNotifier::Read);
    QObject::connect(&terminated, &QSocketNotifier::activated, &app, [&] {
        record(marker, "terminated");
        QCoreApplication::exit(0);
    });

    streamside::HandOverClient client;
    QObject::connect(&client, &streamside::HandOverClient::predecessorLeft, &app, [&] {
        record(marker, "left");
        QCoreApplication::exit(0);
    });
    QObject::connect(&client, &streamside::HandOverClient::failed, &app, [&](const QString&) {
        record(marker, "failed");
        QCoreApplication::exit(1);
    });
    if (mode == QLatin1String("ready"))
        client.announceReady(arguments.at(nameAt));
    return app.exec();
}
