#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct ProcessRun {
    int exitCode = -1;
    QString out;
    QString err;
};

// An environment without any display, as in a terminal over SSH or in CI.
QProcessEnvironment headlessEnvironment() {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* variable : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QLatin1String(variable));
    return environment;
}

ProcessRun run(const QStringList& arguments,
               const QProcessEnvironment& environment = headlessEnvironment()) {
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(STREAMSIDE_EXECUTABLE), arguments);
    ProcessRun result;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    result.err = QString::fromLocal8Bit(process.readAllStandardError());
    return result;
}

bool isOneLine(const QString& text) {
    return text.endsWith('\n') && text.count('\n') == 1;
}

// Waits (on the process's signals) until its standard error contains needle.
bool waitForStandardError(QProcess& process, const QString& needle, QString* seen, int timeoutMs) {
    QSignalSpy output(&process, &QProcess::readyReadStandardError);
    QDeadlineTimer deadline(timeoutMs);
    while (!seen->contains(needle)) {
        if (deadline.hasExpired() || process.state() == QProcess::NotRunning)
            return false;
        output.wait(int(deadline.remainingTime()));
        *seen += QString::fromLocal8Bit(process.readAllStandardError());
    }
    return true;
}

} // namespace

TEST(Executable, VersionNeedsNoDisplay) {
    const ProcessRun result = run({"--version"});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(result.out, QStringLiteral("Streamside %1\n").arg(STREAMSIDE_VERSION));
}

TEST(Executable, HelpListsTheOptions) {
    const ProcessRun result = run({"--help"});
    EXPECT_EQ(result.exitCode, 0);
    for (const char* option : {"--demo", "--channel <LOGIN>", "--minimized", "--help", "--version"})
        EXPECT_TRUE(result.out.contains(QLatin1String(option))) << option;
}

// Help and mistakes in the user's language, Qt's own words included.
TEST(Executable, HelpAndMistakesSpeakTheUsersLanguage) {
    QProcessEnvironment german = headlessEnvironment();
    for (const char* variable : {"LANG", "LC_ALL", "LC_MESSAGES"})
        german.insert(QLatin1String(variable), QStringLiteral("de_DE.UTF-8"));
    german.remove(QStringLiteral("LANGUAGE"));
    const ProcessRun help = run({"--help"}, german);
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("Optionen:")) << help.out.toStdString();
    EXPECT_FALSE(help.out.contains("Start without showing the window.")) << help.out.toStdString();
    const ProcessRun channel = run({"--channel", "not a login"}, german);
    EXPECT_EQ(channel.exitCode, 2);
    EXPECT_TRUE(isOneLine(channel.err)) << channel.err.toStdString();
    EXPECT_FALSE(channel.err.contains("is not a Twitch login")) << channel.err.toStdString();
    const ProcessRun option = run({"--no-such-option"}, german);
    EXPECT_TRUE(option.err.contains("Unbekannte Option")) << option.err.toStdString();
}

TEST(Executable, BadOptionExitsWithOneLineReason) {
    const ProcessRun result = run({"--no-such-option"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(isOneLine(result.err)) << result.err.toStdString();
    EXPECT_TRUE(result.err.startsWith("streamside: ")) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains("no-such-option"));
}

TEST(Executable, BadChannelExitsWithOneLineReason) {
    const ProcessRun result = run({"--channel", "not a login"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(isOneLine(result.err)) << result.err.toStdString();
}

TEST(Executable, MalformedVariableExitsWithOneLineNamingIt) {
    QProcessEnvironment environment = headlessEnvironment();
    environment.insert("STREAMSIDE_EVENTSUB_URL", "http://127.0.0.1:1/ws");
    const ProcessRun result = run({}, environment);
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(isOneLine(result.err)) << result.err.toStdString();
    EXPECT_TRUE(result.err.startsWith("streamside: STREAMSIDE_EVENTSUB_URL: "))
        << result.err.toStdString();
}

TEST(Executable, AcceptsQtsOwnOptions) {
    const ProcessRun result = run({"-platform", "offscreen", "--version"});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(result.out, QStringLiteral("Streamside %1\n").arg(STREAMSIDE_VERSION));
}

TEST(Executable, StartsAndQuitsCleanlyOnSigterm) {
    QTemporaryDir home;
    QProcessEnvironment environment = headlessEnvironment();
    environment.insert("QT_QPA_PLATFORM", "offscreen");
    environment.insert("XDG_CONFIG_HOME", home.filePath("config"));
    environment.insert("XDG_DATA_HOME", home.filePath("data"));

    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(STREAMSIDE_EXECUTABLE), {"--demo"});
    QString log;
    ASSERT_TRUE(waitForStandardError(process, "Main window shown", &log, 30000))
        << log.toStdString();

    process.terminate();
    ASSERT_TRUE(process.waitForFinished(10000));
    log += QString::fromLocal8Bit(process.readAllStandardError());
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit) << log.toStdString();
    EXPECT_EQ(process.exitCode(), 0) << log.toStdString();
    // The window's state was saved on the way out, in the demo's own profile.
    EXPECT_TRUE(QFileInfo::exists(home.filePath("config/Streamside/streamside/demo/window.ini")));
    EXPECT_TRUE(QFileInfo(home.filePath("data/Streamside/streamside/demo")).isDir());
    EXPECT_FALSE(QFileInfo::exists(home.filePath("config/Streamside/streamside/window.ini")));
}

TEST(Executable, SimulatorPrintsWhereItListensAndIsSteeredFromTheCommandLine) {
    QProcess simulator;
    simulator.start(QStringLiteral(STREAMSIDE_SIM_EXECUTABLE), {});
    QSignalSpy output(&simulator, &QProcess::readyReadStandardOutput);
    QString printed;
    while (!printed.contains("export STREAMSIDE_SIM_URL=") && output.wait(10000))
        printed += QString::fromLocal8Bit(simulator.readAllStandardOutput());
    ASSERT_TRUE(printed.contains("export STREAMSIDE_SIM_URL=")) << printed.toStdString();
    for (const char* variable :
         {"STREAMSIDE_CLIENT_ID=", "STREAMSIDE_TWITCH_AUTH_URL=http://127.0.0.1:",
          "STREAMSIDE_TWITCH_API_URL=http://127.0.0.1:", "STREAMSIDE_EVENTSUB_URL=ws://127.0.0.1:",
          "STREAMSIDE_PLAYER_URL=http://127.0.0.1:", "STREAMSIDE_CHAT_URL=http://127.0.0.1:"})
        EXPECT_TRUE(printed.contains(QLatin1String(variable))) << variable;
    const QString url =
        printed.section("export STREAMSIDE_SIM_URL=", 1).section('\n', 0, 0).trimmed();

    auto steer = [&url](const QStringList& arguments) {
        QProcess tool;
        tool.start(QStringLiteral(STREAMSIDE_SIM_EXECUTABLE),
                   QStringList{"--url", url} + arguments);
        tool.waitForFinished(15000);
        return std::pair{tool.exitCode(), QString::fromLocal8Bit(tool.readAllStandardOutput() +
                                                                 tool.readAllStandardError())};
    };
    const auto [liveCode, live] = steer({"live", "nightowlgaming", "on"});
    EXPECT_EQ(liveCode, 0) << live.toStdString();
    EXPECT_TRUE(live.contains(R"("changed": true)")) << live.toStdString();
    const auto [triggerCode, trigger] =
        steer({"trigger", "channel.chat.notification", "raid", "--channel", "pixelpioneer"});
    EXPECT_EQ(triggerCode, 0) << trigger.toStdString();
    EXPECT_TRUE(trigger.contains(R"("notice_type": "raid")")) << trigger.toStdString();
    const auto [closeCode, close] = steer({"close", "--code", "4000"});
    EXPECT_EQ(closeCode, 1) << "no session is open";
    EXPECT_TRUE(close.contains("no open EventSub session")) << close.toStdString();
    EXPECT_EQ(steer({"no-such-command"}).first, 2);

    simulator.kill();
    simulator.waitForFinished();
}
