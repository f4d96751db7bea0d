// streamside-soak: the soak test (issue #12, part 1). Run it with
// tests/soak/run-soak.sh, which builds it and gives it the desktop session it
// needs (Xvfb, a private D-Bus with a tray and a notification service, an
// unlocked GNOME Keyring). See README, "Soak test".
#include "SoakRun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QTextStream>

namespace {

int usage(const QString& message) {
    QTextStream(stderr) << "streamside-soak: " << message << '\n';
    return 2;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs the real streamside against the simulator under a steady load and random, "
        "seeded faults, then checks that no event was lost or stored twice, that it did not "
        "crash, leak or block its UI thread."));
    parser.addHelpOption();
    const QCommandLineOption minutes(QStringLiteral("minutes"),
                                     QStringLiteral("Length of the run (default 30)."),
                                     QStringLiteral("M"), QStringLiteral("30"));
    const QCommandLineOption rate(QStringLiteral("rate"),
                                  QStringLiteral("Events per second (default 20)."),
                                  QStringLiteral("R"), QStringLiteral("20"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Seed of the faults (default: random, printed)."),
                                  QStringLiteral("N"));
    const QCommandLineOption interval(
        QStringLiteral("fault-interval"),
        QStringLiteral("Milliseconds between faults, MIN:MAX (default 4000:20000; 2000:6000 for "
                       "runs of 5 minutes or less)."),
        QStringLiteral("MIN:MAX"));
    const QCommandLineOption grace(QStringLiteral("grace-ms"),
                                   QStringLiteral("The ledger's grace window (default 2000)."),
                                   QStringLiteral("MS"), QStringLiteral("2000"));
    const QCommandLineOption output(QStringLiteral("output"),
                                    QStringLiteral("Folder for the logs, the ledger and the report "
                                                   "(default: soak-<time> in the current one)."),
                                    QStringLiteral("DIR"));
    parser.addOptions({minutes, rate, seed, interval, grace, output});
    parser.process(app);

    SoakRun::Options options;
    bool ok = false;
    const double length = parser.value(minutes).toDouble(&ok);
    if (!ok || length <= 0)
        return usage(QStringLiteral("--minutes must be a positive number"));
    options.durationSeconds = int(length * 60);
    options.eventsPerSecond = parser.value(rate).toDouble(&ok);
    if (!ok || options.eventsPerSecond <= 0 || options.eventsPerSecond > 1000)
        return usage(QStringLiteral("--rate must be in (0, 1000]"));
    options.seed = parser.isSet(seed) ? parser.value(seed).toULongLong(&ok)
                                      : QRandomGenerator::system()->generate64();
    if (parser.isSet(seed) && !ok)
        return usage(QStringLiteral("--seed must be a non-negative integer"));
    // Short runs get faults more often, so that every kind comes at least once.
    QString faultInterval = parser.value(interval);
    if (faultInterval.isEmpty())
        faultInterval = options.durationSeconds <= 5 * 60 ? QStringLiteral("2000:6000")
                                                          : QStringLiteral("4000:20000");
    const QStringList bounds = faultInterval.split(QLatin1Char(':'));
    bool minOk = false;
    bool maxOk = false;
    options.minFaultIntervalMs = bounds.value(0).toInt(&minOk);
    options.maxFaultIntervalMs = bounds.value(1).toInt(&maxOk);
    if (bounds.size() != 2 || !minOk || !maxOk || options.minFaultIntervalMs <= 0 ||
        options.maxFaultIntervalMs < options.minFaultIntervalMs)
        return usage(QStringLiteral("--fault-interval must be MIN:MAX milliseconds"));
    options.graceMs = parser.value(grace).toInt(&ok);
    if (!ok || options.graceMs < 0)
        return usage(QStringLiteral("--grace-ms must be a number of milliseconds"));
    options.outputDir = parser.isSet(output)
                            ? parser.value(output)
                            : QStringLiteral("soak-") + QDateTime::currentDateTime().toString(
                                                            QStringLiteral("yyyyMMdd-HHmmss"));

    SoakRun run(options);
    return run.run();
}
