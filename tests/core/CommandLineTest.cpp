#include "core/app/CommandLine.h"

#include <gtest/gtest.h>

using streamside::CommandLineResult;
using streamside::parseCommandLine;
using Action = CommandLineResult::Action;

namespace {
CommandLineResult parse(QStringList arguments) {
    arguments.prepend(QStringLiteral("/usr/bin/streamside"));
    return parseCommandLine(arguments);
}
} // namespace

TEST(CommandLine, NoArgumentsRunsWithDefaults) {
    const CommandLineResult result = parse({});
    EXPECT_EQ(result.action, Action::Run);
    EXPECT_FALSE(result.options.demo);
    EXPECT_FALSE(result.options.minimized);
    EXPECT_TRUE(result.options.channel.isEmpty());
}

TEST(CommandLine, ReadsEveryOption) {
    const CommandLineResult result =
        parse({"--demo", "--minimized", "--channel", "Some_Streamer42"});
    ASSERT_EQ(result.action, Action::Run) << result.output.toStdString();
    EXPECT_TRUE(result.options.demo);
    EXPECT_TRUE(result.options.minimized);
    EXPECT_EQ(result.options.channel, "some_streamer42");
}

TEST(CommandLine, ChannelAcceptsEqualsForm) {
    EXPECT_EQ(parse({"--channel=ninja"}).options.channel, "ninja");
}

TEST(CommandLine, HelpListsEveryOptionAndNamesTheProgram) {
    const CommandLineResult result = parse({"--help"});
    ASSERT_EQ(result.action, Action::ShowHelp);
    for (const char* option : {"--demo", "--channel <LOGIN>", "--minimized", "--version"})
        EXPECT_TRUE(result.output.contains(QLatin1String(option))) << option;
    EXPECT_TRUE(result.output.startsWith("Usage: streamside")) << result.output.toStdString();
}

TEST(CommandLine, VersionPrintsNameAndVersion) {
    const CommandLineResult result = parse({"--version"});
    ASSERT_EQ(result.action, Action::ShowVersion);
    EXPECT_EQ(result.output, QStringLiteral("Streamside %1\n").arg(STREAMSIDE_VERSION));
}

TEST(CommandLine, UnknownOptionFailsWithOneLine) {
    const CommandLineResult result = parse({"--bogus"});
    ASSERT_EQ(result.action, Action::Fail);
    EXPECT_TRUE(result.output.contains("bogus"));
    EXPECT_FALSE(result.output.contains('\n'));
}

TEST(CommandLine, MissingChannelValueFails) {
    EXPECT_EQ(parse({"--channel"}).action, Action::Fail);
}

TEST(CommandLine, InvalidChannelLoginFails) {
    for (const char* login : {"has space", "dash-ed", "", "abcdefghijklmnopqrstuvwxyz", "é"}) {
        const CommandLineResult result = parse({"--channel", login});
        EXPECT_EQ(result.action, Action::Fail) << login;
        EXPECT_TRUE(result.output.startsWith("--channel")) << result.output.toStdString();
    }
}

TEST(CommandLine, PositionalArgumentFails) {
    const CommandLineResult result = parse({"somechannel"});
    EXPECT_EQ(result.action, Action::Fail);
    EXPECT_TRUE(result.output.contains("somechannel"));
}

TEST(CommandLine, TakeOverFromIsReadButNotAdvertised) {
    const CommandLineResult result =
        parse({"--minimized", "--take-over-from", "streamside-handover-42-abcdef"});
    ASSERT_EQ(result.action, Action::Run) << result.output.toStdString();
    EXPECT_EQ(result.options.takeOverFrom, "streamside-handover-42-abcdef");
    EXPECT_FALSE(parse({"--help"}).output.contains("take-over-from"));
    // A path or anything else that is not a plain name is refused.
    const CommandLineResult bad = parse({"--take-over-from", "/tmp/../socket"});
    EXPECT_EQ(bad.action, Action::Fail);
    EXPECT_TRUE(bad.output.startsWith("--take-over-from:"));
}

TEST(TwitchLogin, Validation) {
    EXPECT_TRUE(streamside::isValidTwitchLogin("a"));
    EXPECT_TRUE(streamside::isValidTwitchLogin("under_score_9"));
    EXPECT_TRUE(streamside::isValidTwitchLogin(QString(25, 'x')));
    EXPECT_FALSE(streamside::isValidTwitchLogin(QString(26, 'x')));
    EXPECT_FALSE(streamside::isValidTwitchLogin("a.b"));
}
