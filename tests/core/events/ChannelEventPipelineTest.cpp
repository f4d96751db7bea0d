#include "core/events/ChannelEventPipeline.h"

#include "core/events/RecentEventsModel.h"
#include "core/eventsub/EventSubMessage.h"
#include "core/storage/Database.h"
#include "core/storage/EventHistory.h"
#include "core/storage/EventRepository.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace streamside;

namespace {

QJsonObject vectorPayload(const QString& name) {
    QFile file(QStringLiteral(STREAMSIDE_TWITCH_VECTORS_DIR "/") + name);
    file.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(file.readAll()).object();
}

// A notification frame for the resub vector, in channel `channel`, at `time`.
EventSubMessage resub(const QString& messageId, const QString& channel, const QDateTime& time,
                      int months = 10) {
    QJsonObject payload = vectorPayload("payload.channel.chat.notification.v1.json");
    QJsonObject event = payload.value("event").toObject();
    event.insert("broadcaster_user_id", channel);
    event.insert("message_id", "chat-" + messageId);
    QJsonObject detail = event.value("resub").toObject();
    detail.insert("cumulative_months", months);
    event.insert("resub", detail);
    payload.insert("event", event);
    EventSubMessage message;
    message.type = EventSubMessage::Type::Notification;
    message.messageId = messageId;
    message.messageType = "notification";
    message.timestamp = time;
    message.subscriptionType = "channel.chat.notification";
    message.setPayload(payload);
    return message;
}

EventSubMessage chatMessage(const QString& messageId, const QString& channel) {
    QJsonObject payload = vectorPayload("payload.channel.chat.message.v1.json");
    QJsonObject event = payload.value("event").toObject();
    event.insert("broadcaster_user_id", channel);
    payload.insert("event", event);
    EventSubMessage message;
    message.type = EventSubMessage::Type::Notification;
    message.messageId = messageId;
    message.timestamp = QDateTime::currentDateTimeUtc();
    message.setPayload(payload);
    return message;
}

const QDateTime t0(QDate(2026, 11, 27), QTime(20, 0), Qt::UTC);

QStringList shownIds(const RecentEventsModel& model) {
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.data(model.index(row), RecentEventsModel::MessageIdRole).toString();
    return ids;
}

} // namespace

class PipelineTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_FALSE(db.open());
        model.showChannel("1", events);
    }
    QTemporaryDir dir;
    Database db{dir.filePath("streamside.db")};
    EventRepository events{db};
    EventHistory history{events};
    RecentEventsModel model;
    ChannelEventPipeline pipeline{&history, &model};
};

TEST_F(PipelineTest, AnEventIsShownAnnouncedAndStored) {
    QSignalSpy arrived(&pipeline, &ChannelEventPipeline::eventArrived);
    QSignalSpy committed(&history, &EventHistory::committed);
    pipeline.processNotification(resub("m1", "1", t0));
    // Shown at once; written behind the row.
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.data(model.index(0), RecentEventsModel::SummaryRole).toString(),
              "viewer23 resubscribed for 10 months");
    EXPECT_EQ(model.data(model.index(0), RecentEventsModel::AmountRole).toLongLong(), 10);
    EXPECT_EQ(model.data(model.index(0), RecentEventsModel::KindRole).toString(), "resub");
    ASSERT_EQ(arrived.count(), 1);
    EXPECT_EQ(arrived.first().at(0).value<ChannelEvent>().messageId, "m1");
    ASSERT_TRUE(committed.wait(5000));
    EXPECT_EQ(committed.first().at(0).toStringList(), QStringList({"m1"}));
    EXPECT_TRUE(events.contains("m1"));
    EXPECT_EQ(events.newest("1").first().amount, 10);
}

TEST_F(PipelineTest, ARedeliveredMessageIsShownOnce) {
    QSignalSpy arrived(&pipeline, &ChannelEventPipeline::eventArrived);
    pipeline.processNotification(resub("m1", "1", t0));
    pipeline.processNotification(resub("m1", "1", t0));
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(arrived.count(), 1);
    EXPECT_EQ(pipeline.counters().duplicates, 1);
}

TEST_F(PipelineTest, ARedeliveryAfterARestartIsNotShownAgain) {
    pipeline.processNotification(resub("m1", "1", t0));
    history.waitUntilWritten();
    RecentEventsModel freshModel;
    freshModel.showChannel("1", events);
    EventHistory restartedHistory(events);
    ChannelEventPipeline restarted(&restartedHistory, &freshModel);
    QSignalSpy arrived(&restarted, &ChannelEventPipeline::eventArrived);
    restarted.processNotification(resub("m1", "1", t0));
    EXPECT_EQ(arrived.count(), 0);
    EXPECT_EQ(restarted.counters().duplicates, 1);
    EXPECT_EQ(shownIds(freshModel), QStringList({"m1"})) << "from the history, once";
}

TEST_F(PipelineTest, SharedChatCopiesOfOneHappeningAreShownOnce) {
    // The source channel's copy, then the copy a shared-chat partner sees.
    pipeline.processNotification(resub("m-source", "1", t0));
    EventSubMessage copy = resub("m-copy", "1", t0);
    QJsonObject payload = copy.payload();
    QJsonObject event = payload.value("event").toObject();
    event.insert("notice_type", "shared_chat_resub");
    event.insert("shared_chat_resub", event.value("resub"));
    event.insert("resub", QJsonValue::Null);
    event.insert("source_message_id", "chat-m-source");
    event.insert("source_broadcaster_user_id", "2");
    payload.insert("event", event);
    copy.setPayload(payload);
    pipeline.processNotification(copy);
    EXPECT_EQ(shownIds(model), QStringList({"m-source"}));
}

TEST_F(PipelineTest, NewestFirstTenAtMostLateArrivalsInPlace) {
    for (int i = 0; i < 12; ++i)
        pipeline.processNotification(resub(QStringLiteral("m%1").arg(i), "1", t0.addSecs(i)));
    EXPECT_EQ(model.rowCount(), RecentEventsModel::capacity);
    EXPECT_EQ(shownIds(model).first(), "m11");
    EXPECT_EQ(shownIds(model).last(), "m2");
    pipeline.processNotification(resub("late", "1", t0.addSecs(5).addMSecs(500)));
    EXPECT_EQ(shownIds(model).indexOf("late"), 6);
    EXPECT_EQ(model.rowCount(), RecentEventsModel::capacity);
    pipeline.processNotification(resub("too-old", "1", t0.addSecs(-100)));
    EXPECT_FALSE(shownIds(model).contains("too-old"));
    history.waitUntilWritten();
    EXPECT_TRUE(events.contains("too-old")) << "stored even when it does not make the list";
}

TEST_F(PipelineTest, OpeningAChannelFillsTheListFromHistory) {
    for (int i = 0; i < 15; ++i)
        pipeline.processNotification(resub(QStringLiteral("a%1").arg(i), "2", t0.addSecs(i)));
    EXPECT_EQ(model.rowCount(), 0) << "another channel is on screen";
    history.waitUntilWritten();
    model.showChannel("2", events);
    EXPECT_EQ(model.rowCount(), 10);
    EXPECT_EQ(shownIds(model).first(), "a14");
}

TEST_F(PipelineTest, ChatMessagesAreAnnouncedButNeitherStoredNorListed) {
    QSignalSpy arrived(&pipeline, &ChannelEventPipeline::eventArrived);
    pipeline.processNotification(chatMessage("chat-1", "1"));
    EXPECT_EQ(arrived.count(), 1);
    EXPECT_EQ(model.rowCount(), 0);
    history.waitUntilWritten();
    EXPECT_FALSE(events.contains("chat-1"));
}

TEST_F(PipelineTest, AnUndecodablePayloadIsCountedNotFatal) {
    EventSubMessage broken = resub("bad", "1", t0);
    broken.setPayload(QJsonObject{{"subscription", QJsonObject{}}});
    pipeline.processNotification(broken);
    EXPECT_EQ(pipeline.counters().undecodable, 1);
    pipeline.processNotification(resub("good", "1", t0));
    EXPECT_EQ(shownIds(model), QStringList({"good"}));
}

TEST_F(PipelineTest, AHistoryThatCannotBeWrittenIsReportedAndTheEventStillShown) {
    // Another program holds the write lock for longer than the writer waits.
    db.setBusyTimeout(50);
    EventHistory lockedOut(events); // takes the busy timeout when it starts
    ChannelEventPipeline locked(&lockedOut, &model);
    QSqlDatabase other = QSqlDatabase::addDatabase("QSQLITE", "other-program");
    other.setDatabaseName(db.path());
    ASSERT_TRUE(other.open());
    ASSERT_TRUE(QSqlQuery(other).exec("BEGIN EXCLUSIVE"));

    QSignalSpy problem(&locked, &ChannelEventPipeline::problem);
    locked.processNotification(resub("m1", "1", t0));
    EXPECT_EQ(shownIds(model), QStringList({"m1"})) << "shown before it is written";
    ASSERT_TRUE(problem.wait(5000));
    EXPECT_TRUE(problem.first().at(0).toString().contains("An event could not be saved."));
    EXPECT_EQ(locked.counters().storageFailures, 1);

    QSqlQuery(other).exec("ROLLBACK");
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase("other-program");
    EXPECT_FALSE(events.contains("m1"));
}
