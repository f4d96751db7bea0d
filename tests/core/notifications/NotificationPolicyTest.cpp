#include "core/notifications/NotificationPolicy.h"

#include "core/events/EventKind.h"

#include <QTest>

#include <gtest/gtest.h>

using namespace streamside;
using namespace std::chrono_literals;

namespace {

struct Toast {
    QString title;
    QString body;
    QString channelId;
    bool operator==(const Toast&) const = default;
};

void PrintTo(const Toast& t, std::ostream* os) {
    *os << "{" << t.title.toStdString() << " | " << t.body.toStdString() << " | "
        << t.channelId.toStdString() << "}";
}

class RecordingSink : public NotificationSink {
public:
    void show(const QString& title, const QString& body, const QString& channelId) override {
        toasts.append({title, body, channelId});
    }
    QList<Toast> toasts;
};

Favourite favourite(const QString& id, const QString& name, bool notifyLive,
                    const QStringList& kinds) {
    Favourite f;
    f.channelId = id;
    f.login = name.toLower();
    f.displayName = name;
    f.notifyLive = notifyLive;
    f.notifyKinds = kinds;
    return f;
}

ChannelEvent raid(const QString& channelId, const QString& from, qint64 viewers) {
    ChannelEvent e;
    e.kind = EventKind::Raid;
    e.broadcasterId = channelId;
    e.actorLogin = from.toLower();
    e.actorName = from;
    e.amount = viewers;
    return e;
}

ChannelEvent follow(const QString& channelId, const QString& who) {
    ChannelEvent e;
    e.kind = EventKind::Follow;
    e.broadcasterId = channelId;
    e.actorLogin = who.toLower();
    e.actorName = who;
    return e;
}

ChannelLiveInfo live(const QString& title, const QString& game) {
    ChannelLiveInfo info;
    info.live = true;
    info.title = title;
    info.gameName = game;
    return info;
}

class NotificationPolicyTest : public ::testing::Test {
protected:
    NotificationPolicyTest() {
        policy.setFavourites({favourite("1", "Ada", true, {eventKindName(EventKind::Raid)}),
                              favourite("2", "Bob", false, {})});
        policy.setMinimumInterval(5s);
    }
    void advance(std::chrono::milliseconds by) { now = now.addMSecs(by.count()); }

    QDateTime now{QDate(2026, 3, 10), QTime(20, 0), Qt::LocalTime};
    RecordingSink sink;
    NotificationPolicy policy{sink, [this] { return now; }};
};

} // namespace

TEST_F(NotificationPolicyTest, GoLiveToastNamesTitleAndCategoryAndCarriesTheChannel) {
    policy.favouriteWentLive("1", live("Speedrunning all night", "Celeste"));
    ASSERT_EQ(sink.toasts.size(), 1);
    EXPECT_EQ(sink.toasts[0], (Toast{"Ada is live", "Speedrunning all night\nCeleste", "1"}));
}

TEST_F(NotificationPolicyTest, GoLiveOnlyWhenTheFavouriteAsksForIt) {
    policy.favouriteWentLive("2", live("Chatting", "Just Chatting"));
    policy.favouriteWentLive("99", live("Not a favourite", "Chess"));
    EXPECT_TRUE(sink.toasts.isEmpty());
}

TEST_F(NotificationPolicyTest, EventsNotifyOnlyForTheKindsChosenPerFavourite) {
    policy.eventArrived(follow("1", "Carl"));   // Ada: raids only
    policy.eventArrived(raid("2", "Dora", 10)); // Bob: nothing
    EXPECT_TRUE(sink.toasts.isEmpty());
    policy.eventArrived(raid("1", "Dora", 42));
    ASSERT_EQ(sink.toasts.size(), 1);
    EXPECT_EQ(sink.toasts[0].title, "Ada");
    EXPECT_EQ(sink.toasts[0].body, "Dora raided with 42 viewers");
    EXPECT_EQ(sink.toasts[0].channelId, "1");
}

TEST_F(NotificationPolicyTest, DoNotDisturbForOneHourSuppressesUntilItEnds) {
    policy.setDoNotDisturbForOneHour();
    EXPECT_TRUE(policy.isDoNotDisturbActive());
    EXPECT_EQ(policy.doNotDisturbUntil(), now.addSecs(3600));
    advance(59min);
    policy.favouriteWentLive("1", live("t", "g"));
    policy.eventArrived(raid("1", "Dora", 1));
    EXPECT_TRUE(sink.toasts.isEmpty());
    advance(1min);
    EXPECT_FALSE(policy.isDoNotDisturbActive());
    policy.favouriteWentLive("1", live("t", "g"));
    EXPECT_EQ(sink.toasts.size(), 1);
}

TEST_F(NotificationPolicyTest, DoNotDisturbUntilTomorrowEndsAtEightInTheMorning) {
    policy.setDoNotDisturbUntilTomorrowMorning();
    EXPECT_EQ(policy.doNotDisturbUntil(),
              QDateTime(QDate(2026, 3, 11), QTime(8, 0), Qt::LocalTime));
    now = QDateTime(QDate(2026, 3, 11), QTime(7, 59), Qt::LocalTime);
    policy.favouriteWentLive("1", live("t", "g"));
    EXPECT_TRUE(sink.toasts.isEmpty());
    now = QDateTime(QDate(2026, 3, 11), QTime(8, 0), Qt::LocalTime);
    policy.favouriteWentLive("1", live("t", "g"));
    EXPECT_EQ(sink.toasts.size(), 1);
}

TEST_F(NotificationPolicyTest, UntilTomorrowSaidAfterMidnightMeansThisMorning) {
    const QDateTime night(QDate(2026, 3, 11), QTime(1, 30), Qt::LocalTime);
    EXPECT_EQ(NotificationPolicy::nextMorning(night),
              QDateTime(QDate(2026, 3, 11), QTime(8, 0), Qt::LocalTime));
    const QDateTime eight(QDate(2026, 3, 11), QTime(8, 0), Qt::LocalTime);
    EXPECT_EQ(NotificationPolicy::nextMorning(eight),
              QDateTime(QDate(2026, 3, 12), QTime(8, 0), Qt::LocalTime));
}

TEST_F(NotificationPolicyTest, ClearingDoNotDisturbLetsToastsThroughAgain) {
    policy.setDoNotDisturbForOneHour();
    policy.clearDoNotDisturb();
    EXPECT_FALSE(policy.isDoNotDisturbActive());
    policy.favouriteWentLive("1", live("t", "g"));
    EXPECT_EQ(sink.toasts.size(), 1);
}

TEST_F(NotificationPolicyTest, FocusOnThatChannelSuppressesOnlyThatChannel) {
    policy.setFavourites({favourite("1", "Ada", true, {eventKindName(EventKind::Raid)}),
                          favourite("3", "Cy", true, {})});
    policy.setFocusedChannel("1");
    policy.eventArrived(raid("1", "Dora", 5));
    policy.favouriteWentLive("1", live("t", "g"));
    EXPECT_TRUE(sink.toasts.isEmpty());
    policy.favouriteWentLive("3", live("t", "g"));
    ASSERT_EQ(sink.toasts.size(), 1);
    EXPECT_EQ(sink.toasts[0].channelId, "3");
    policy.setFocusedChannel({}); // the window lost focus
    advance(5s);
    policy.eventArrived(raid("1", "Dora", 5));
    EXPECT_EQ(sink.toasts.size(), 2);
}

TEST_F(NotificationPolicyTest, ABurstBecomesOneGroupedToastAfterTheInterval) {
    for (int i = 0; i < 13; ++i)
        policy.eventArrived(raid("1", QStringLiteral("Raider%1").arg(i), 3));
    ASSERT_EQ(sink.toasts.size(), 1); // the first at once, the rest wait
    EXPECT_EQ(sink.toasts[0].body, "Raider0 raided with 3 viewers");
    EXPECT_EQ(policy.nextDueAt(), now.addSecs(5));

    advance(4999ms);
    policy.processDue();
    EXPECT_EQ(sink.toasts.size(), 1);

    advance(1ms);
    policy.processDue();
    ASSERT_EQ(sink.toasts.size(), 2);
    EXPECT_EQ(sink.toasts[1], (Toast{"Ada", "12 new events in Ada's channel", "1"}));
    EXPECT_FALSE(policy.nextDueAt().isValid());
}

TEST_F(NotificationPolicyTest, NeverMoreThanOneToastPerIntervalAcrossChannels) {
    policy.setFavourites({favourite("1", "Ada", true, {eventKindName(EventKind::Raid)}),
                          favourite("3", "Cy", true, {eventKindName(EventKind::Raid)})});
    policy.eventArrived(raid("1", "Dora", 1));
    policy.eventArrived(raid("3", "Eve", 2));
    policy.favouriteWentLive("3", live("Back", "Art"));
    ASSERT_EQ(sink.toasts.size(), 1);
    for (int turn = 2; turn <= 3; ++turn) {
        advance(5s);
        policy.processDue();
        policy.processDue(); // a second call in the same turn shows nothing more
        ASSERT_EQ(sink.toasts.size(), turn);
    }
    EXPECT_EQ(sink.toasts[1], (Toast{"Cy", "Eve raided with 2 viewers", "3"}));
    EXPECT_EQ(sink.toasts[2], (Toast{"Cy is live", "Back\nArt", "3"}));
}

TEST_F(NotificationPolicyTest, TheIntervalIsSettable) {
    policy.setMinimumInterval(30s);
    policy.eventArrived(raid("1", "A", 1));
    policy.eventArrived(raid("1", "B", 1));
    policy.eventArrived(raid("1", "C", 1));
    advance(29s);
    policy.processDue();
    EXPECT_EQ(sink.toasts.size(), 1);
    advance(1s);
    policy.processDue();
    ASSERT_EQ(sink.toasts.size(), 2);
    EXPECT_EQ(sink.toasts[1].body, "2 new events in Ada's channel");
}

TEST_F(NotificationPolicyTest, WaitingToastsAreDroppedWhenDoNotDisturbStarts) {
    policy.eventArrived(raid("1", "A", 1));
    policy.eventArrived(raid("1", "B", 1));
    policy.setDoNotDisturbForOneHour();
    advance(5s);
    policy.processDue();
    EXPECT_EQ(sink.toasts.size(), 1);
}

TEST_F(NotificationPolicyTest, TheDueTimerShowsTheGroupWithoutBeingCalled) {
    // With the real clock: the policy's own timer must flush the group.
    RecordingSink realSink;
    NotificationPolicy real(realSink);
    real.setFavourites({favourite("1", "Ada", true, {eventKindName(EventKind::Raid)})});
    real.setMinimumInterval(50ms);
    real.eventArrived(raid("1", "A", 1));
    real.eventArrived(raid("1", "B", 1));
    real.eventArrived(raid("1", "C", 1));
    ASSERT_EQ(realSink.toasts.size(), 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return realSink.toasts.size() == 2; }, 5000));
    EXPECT_EQ(realSink.toasts[1].body, "2 new events in Ada's channel");
}
