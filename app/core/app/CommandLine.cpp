#include "core/app/CommandLine.h"

#include "core/BuildInfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace streamside {

bool isValidTwitchLogin(const QString& login) {
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_]{1,25}$"));
    return pattern.match(login).hasMatch();
}

CommandLineResult parseCommandLine(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Streamside: a Twitch companion with the live player, chat "
                       "and the latest events of your favourite channels in one "
                       "window."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate(
            "CommandLine", "Run against the built-in Twitch simulator, with a separate profile."));
    const QCommandLineOption channelOption(
        QStringLiteral("channel"),
        QCoreApplication::translate("CommandLine", "Open the channel LOGIN at start."),
        QStringLiteral("LOGIN"));
    const QCommandLineOption minimizedOption(
        QStringLiteral("minimized"),
        QCoreApplication::translate("CommandLine", "Start without showing the window."));
    parser.addOption(demoOption);
    parser.addOption(channelOption);
    QCommandLineOption takeOverOption(QStringLiteral("take-over-from"),
                                      QStringLiteral("Internal: take over from a running "
                                                     "Streamside (see HandOverServer)."),
                                      QStringLiteral("NAME"));
    // Only Streamside starts itself with it: not a user's option.
    takeOverOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(minimizedOption);
    parser.addOption(takeOverOption);

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
        // Qt names the program as it was started (often a path): name it after
        // the file alone. (Help is only printed with an application object,
        // which holds the translators: see runApplication.)
        const QString program =
            arguments.isEmpty() ? QStringLiteral("streamside") : QFileInfo(arguments[0]).fileName();
        const qsizetype firstLineEnd = result.output.indexOf(QLatin1Char('\n'));
        QString usage = result.output.left(firstLineEnd);
        if (QCoreApplication::instance() && !QCoreApplication::arguments().isEmpty())
            usage.replace(QCoreApplication::arguments().constFirst(), program);
        result.output.replace(0, firstLineEnd, usage);
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
        result.output =
            QCoreApplication::translate("CommandLine", "Unexpected argument '%1'; see --help.")
                .arg(parser.positionalArguments().constFirst());
        return result;
    }
    if (parser.isSet(channelOption)) {
        const QString channel = parser.value(channelOption);
        if (!isValidTwitchLogin(channel)) {
            result.action = CommandLineResult::Action::Fail;
            //: %1 is what was given
            result.output = QCoreApplication::translate(
                                "CommandLine", "--channel: '%1' is not a Twitch login (letters, "
                                               "digits and underscores, at most 25).")
                                .arg(channel);
            return result;
        }
        result.options.channel = channel.toLower();
    }
    if (parser.isSet(takeOverOption)) {
        const QString name = parser.value(takeOverOption);
        static const QRegularExpression serverName(QStringLiteral("^[A-Za-z0-9_-]{1,100}$"));
        if (!serverName.match(name).hasMatch()) {
            result.action = CommandLineResult::Action::Fail;
            result.output = QStringLiteral("--take-over-from: '%1' is not a hand-over name.")
                                .arg(name.left(100));
            return result;
        }
        result.options.takeOverFrom = name;
    }
    result.options.demo = parser.isSet(demoOption);
    result.options.minimized = parser.isSet(minimizedOption);
    return result;
}

} // namespace streamside
