#include "core/app/CommandLine.h"

#include "core/BuildInfo.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QRegularExpression>

namespace streamside {

bool isValidTwitchLogin(const QString& login) {
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_]{1,25}$"));
    return pattern.match(login).hasMatch();
}

CommandLineResult parseCommandLine(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Streamside: a Twitch companion with the live player, chat and the latest "
                       "events of your favourite channels in one window."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QStringLiteral("Run against the built-in Twitch simulator, with a separate profile."));
    const QCommandLineOption channelOption(QStringLiteral("channel"),
                                           QStringLiteral("Open the channel LOGIN at start."),
                                           QStringLiteral("LOGIN"));
    const QCommandLineOption minimizedOption(QStringLiteral("minimized"),
                                             QStringLiteral("Start without showing the window."));
    parser.addOption(demoOption);
    parser.addOption(channelOption);
    parser.addOption(minimizedOption);

    CommandLineResult result;
    if (!parser.parse(arguments)) {
        result.action = CommandLineResult::Action::Fail;
        result.output = parser.errorText();
        return result;
    }
    // Qt adds --help-all when an application object exists; it shows the same text here.
    if (parser.isSet(helpOption) || parser.optionNames().contains(QStringLiteral("help-all"))) {
        result.action = CommandLineResult::Action::ShowHelp;
        result.output = parser.helpText();
        // Qt names the program after the running binary, or not at all when no
        // application object exists yet: name it after arguments[0] ourselves.
        const QString program =
            arguments.isEmpty() ? QStringLiteral("streamside") : QFileInfo(arguments[0]).fileName();
        static const QRegularExpression usageLine(QStringLiteral("^Usage: \\S+"));
        result.output.replace(usageLine, QStringLiteral("Usage: ") + program);
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.action = CommandLineResult::Action::ShowVersion;
        result.output = QStringLiteral("%1 %2\n").arg(QLatin1String(build::displayName),
                                                      QLatin1String(build::version));
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.action = CommandLineResult::Action::Fail;
        result.output = QStringLiteral("Unexpected argument '%1'; see --help.")
                            .arg(parser.positionalArguments().constFirst());
        return result;
    }
    if (parser.isSet(channelOption)) {
        const QString channel = parser.value(channelOption);
        if (!isValidTwitchLogin(channel)) {
            result.action = CommandLineResult::Action::Fail;
            result.output = QStringLiteral("--channel: '%1' is not a Twitch login (letters, "
                                           "digits and underscores, at most 25).")
                                .arg(channel);
            return result;
        }
        result.options.channel = channel.toLower();
    }
    result.options.demo = parser.isSet(demoOption);
    result.options.minimized = parser.isSet(minimizedOption);
    return result;
}

} // namespace streamside
