// streamside-events, run as a developer would: files and standard input in,
// JSON lines out, malformed input reported on stderr with exit status 1.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <gtest/gtest.h>

namespace {

struct ToolRun {
    int exitCode = -1;
    QList<QJsonObject> events;
    QString errors;
};

ToolRun runTool(const QStringList& arguments, const QByteArray& input = {}) {
    QProcess tool;
    tool.start(QStringLiteral(STREAMSIDE_EVENTS_EXECUTABLE), arguments);
    tool.write(input);
    tool.closeWriteChannel();
    ToolRun run;
    if (!tool.waitForFinished(20000))
        return run;
    run.exitCode = tool.exitCode();
    for (const QByteArray& line : tool.readAllStandardOutput().split('\n'))
        if (!line.isEmpty())
            run.events << QJsonDocument::fromJson(line).object();
    run.errors = QString::fromLocal8Bit(tool.readAllStandardError());
    return run;
}

QString vectorPath(const char* name) {
    return QStringLiteral(STREAMSIDE_TWITCH_VECTORS_DIR "/") + QLatin1String(name);
}

QByteArray compact(const char* name) {
    QFile file(vectorPath(name));
    file.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(file.readAll()).toJson(QJsonDocument::Compact);
}

} // namespace

TEST(EventsTool, DecodesAWholeFrameFile) {
    const ToolRun run = runTool({"decode", vectorPath("frame.notification_follow.json")});
    ASSERT_EQ(run.exitCode, 0) << run.errors.toStdString();
    ASSERT_EQ(run.events.size(), 1);
    const QJsonObject e = run.events.first();
    EXPECT_EQ(e.value("id").toString(), "befa7b53-d79d-478f-86b9-120f112b044e");
    EXPECT_EQ(e.value("type").toString(), "channel.follow");
    EXPECT_EQ(e.value("kind").toString(), "follow");
    EXPECT_EQ(e.value("broadcaster").toString(), "twitch");
    EXPECT_EQ(e.value("actor").toString(), "Awesome_User");
    EXPECT_TRUE(e.value("amount").isNull());
    EXPECT_EQ(e.value("text").toString(), "Awesome_User followed");
    EXPECT_EQ(e.value("at").toString(), "2023-07-15T18:16:11.171Z");
    EXPECT_EQ(e.keys().size(), 8);
}

TEST(EventsTool, ABarePayloadUsesTheEventsOwnIdOrNull) {
    const ToolRun resub =
        runTool({"decode", vectorPath("payload.channel.chat.notification.v1.json")});
    ASSERT_EQ(resub.events.size(), 1);
    EXPECT_EQ(resub.events[0].value("id").toString(), "d62235c8-47ff-a4f4--84e8-5a29a65a9c03");
    EXPECT_EQ(resub.events[0].value("amount").toInt(), 10);
    EXPECT_EQ(resub.events[0].value("text").toString(), "viewer23 resubscribed for 10 months");

    const ToolRun raid = runTool({"decode", vectorPath("payload.channel.raid.v1.json")});
    ASSERT_EQ(raid.events.size(), 1);
    EXPECT_TRUE(raid.events[0].value("id").isNull());
    EXPECT_TRUE(raid.events[0].value("at").isNull()) << "a raid payload carries no time";
    EXPECT_EQ(raid.events[0].value("text").toString(), "Cool_User raided with 9,001 viewers");
}

TEST(EventsTool, OneDocumentPerLineFromStandardInputWithMalformedLinesReported) {
    const QByteArray input = compact("frame.welcome.json") + '\n' +
                             compact("frame.notification_follow.json") + '\n' +
                             "{this is not json\n\n" + compact("payload.stream.online.v1.json") +
                             '\n' + compact("frame.keepalive.json") + '\n' + "[1, 2]\n";
    const ToolRun run = runTool({"decode"}, input);
    EXPECT_EQ(run.exitCode, 1);
    ASSERT_EQ(run.events.size(), 2) << "welcome and keepalive produce nothing";
    EXPECT_EQ(run.events[0].value("kind").toString(), "follow");
    EXPECT_EQ(run.events[1].value("kind").toString(), "stream_online");
    const QStringList errors = run.errors.trimmed().split('\n');
    ASSERT_EQ(errors.size(), 2) << run.errors.toStdString();
    EXPECT_TRUE(errors[0].startsWith("streamside-events: line 3: "));
    EXPECT_TRUE(errors[1].startsWith("streamside-events: line 7: "));
}

TEST(EventsTool, UsageErrorsExitWithTwo) {
    EXPECT_EQ(runTool({}).exitCode, 2);
    EXPECT_EQ(runTool({"encode"}).exitCode, 2);
    EXPECT_EQ(runTool({"decode", "/no/such/file.json"}).exitCode, 2);
}
