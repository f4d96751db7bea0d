#include "core/app/Translations.h"
#include "tools/events/EventsTool.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("streamside-events"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STREAMSIDE_VERSION));
    // The summaries are English whatever the machine's language: bug reports
    // and scripts compare them.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    streamside::installTranslations(QLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Decodes Twitch EventSub WebSocket frames or bare notification payloads\n"
        "({\"subscription\":...,\"event\":...}), one JSON document per line or per file,\n"
        "into one JSON object per event: id, type, kind, broadcaster, actor, amount,\n"
        "text, at. Exit status 1 when an input document was malformed."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("decode"), QStringLiteral("The command."));
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QStringLiteral("Input file (default: standard input)."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);

    QTextStream err(stderr);
    const QStringList arguments = parser.positionalArguments();
    if (arguments.isEmpty() || arguments.first() != QLatin1String("decode") ||
        arguments.size() > 2) {
        err << "streamside-events: usage: streamside-events decode [FILE]\n";
        return 2;
    }
    QFile input;
    if (arguments.size() == 2) {
        input.setFileName(arguments[1]);
        if (!input.open(QIODevice::ReadOnly)) {
            err << "streamside-events: " << arguments[1] << ": " << input.errorString() << '\n';
            return 2;
        }
    } else if (!input.open(stdin, QIODevice::ReadOnly)) {
        err << "streamside-events: cannot read standard input\n";
        return 2;
    }
    const streamside::EventsTool::Output output = streamside::EventsTool::decode(input.readAll());
    QTextStream out(stdout);
    for (const QString& line : output.lines)
        out << line << '\n';
    for (const QString& error : output.errors)
        err << "streamside-events: " << error << '\n';
    return output.errors.isEmpty() ? 0 : 1;
}
