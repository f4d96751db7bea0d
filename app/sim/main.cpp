#include "sim/Simulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("streamside-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STREAMSIDE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Twitch simulator for Streamside's tests and demo (loopback only)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port on 127.0.0.1 (default: any free)."),
                                        QStringLiteral("PORT"), QStringLiteral("0"));
    parser.addOption(portOption);
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        QTextStream(stderr) << "streamside-sim: --port: '" << parser.value(portOption)
                            << "' is not a port number\n";
        return 2;
    }

    streamside::sim::Simulator simulator;
    if (!simulator.start(static_cast<quint16>(port))) {
        QTextStream(stderr) << "streamside-sim: " << simulator.errorString() << '\n';
        return 1;
    }
    QTextStream(stdout) << "Twitch simulator listening on " << simulator.baseUrl().toString()
                        << Qt::endl
                        << "EventSub WebSocket on " << simulator.context().eventSubUrl.toString()
                        << Qt::endl;
    return app.exec();
}
