#include "ui/events/EventsPanel.h"

#include "core/events/RecentEventsModel.h"
#include "core/events/RelativeTime.h"
#include "ui/events/EventListDelegate.h"

#include <QApplication>
#include <QClipboard>
#include <QListView>
#include <QTest>

#include <gtest/gtest.h>

using namespace streamside;
using streamside::ui::EventsPanel;

namespace {
ChannelEvent event(const QString& id, EventKind kind, const QString& actor, qint64 amount,
                   const QDateTime& at, const QString& text = {}) {
    ChannelEvent e;
    e.messageId = id;
    e.broadcasterId = "1";
    e.kind = kind;
    e.actorName = actor;
    e.amount = amount;
    e.occurredAt = at;
    e.text = text;
    return e;
}
} // namespace

class EventsPanelTest : public ::testing::Test {
protected:
    void SetUp() override {
        model.showChannel("1");
        panel.setModel(&model);
        panel.resize(420, 600);
        panel.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    }
    RecentEventsModel model;
    EventsPanel panel;
    const QDateTime now = QDateTime::currentDateTimeUtc();
};

TEST_F(EventsPanelTest, EmptyUntilTheFirstEvent) {
    EXPECT_TRUE(panel.isShowingEmptyState());
    model.addEvent(event("a", EventKind::Raid, "PixelPioneer", 120, now));
    EXPECT_FALSE(panel.isShowingEmptyState());
    EXPECT_TRUE(panel.view()->isVisible());
    EXPECT_EQ(panel.view()->model()->rowCount(), 1);
    model.showChannel("2");
    EXPECT_TRUE(panel.isShowingEmptyState()) << "another channel, nothing yet";
}

TEST_F(EventsPanelTest, ANewRowGlowsForAMomentOnly) {
    model.addEvent(event("a", EventKind::Cheer, "Ada", 500, now));
    const qint64 t = QDateTime::currentMSecsSinceEpoch();
    EXPECT_TRUE(panel.delegate()->hasHighlights(t));
    EXPECT_FALSE(panel.delegate()->hasHighlights(t + ui::EventListDelegate::highlightMs + 1));
}

// A channel sends events all day: the marks of faded rows must not pile up.
TEST_F(EventsPanelTest, FadedHighlightsAreForgotten) {
    ui::EventListDelegate delegate;
    const qint64 start = 1'000'000;
    for (int i = 0; i < 1000; ++i)
        delegate.markNew(QStringLiteral("m%1").arg(i), start + i * 100); // 10 a second
    const qint64 last = start + 999 * 100;
    EXPECT_LE(delegate.markedCount(), ui::EventListDelegate::highlightMs / 100 + 1);
    EXPECT_TRUE(delegate.hasHighlights(last));
    EXPECT_FALSE(delegate.hasHighlights(last + ui::EventListDelegate::highlightMs));
    delegate.markNew(QStringLiteral("m0"), last + 50); // the same id again: glows anew
    EXPECT_TRUE(delegate.hasHighlights(last + ui::EventListDelegate::highlightMs));
}

// Rows are laid out once and kept; what a row says must still be what is
// painted when its text changes (another language, the same event again).
TEST_F(EventsPanelTest, KeptRowLayoutsFollowTheirText) {
    model.addEvent(event("a", EventKind::Cheer, "Ada", 500, now));
    const QImage ada = panel.view()->viewport()->grab().toImage();
    model.showChannel("1");
    model.addEvent(event("a", EventKind::Cheer, "Bob", 500, now));
    const QImage bob = panel.view()->viewport()->grab().toImage();
    EXPECT_NE(ada, bob) << "the same message id with another summary is painted anew";

    for (int i = 0; i < 200; ++i) {
        model.addEvent(
            event(QStringLiteral("m%1").arg(i), EventKind::Raid, "Raider", i, now.addSecs(i)));
        panel.view()->viewport()->grab();
    }
    EXPECT_LE(panel.delegate()->cachedRowCount(), 64) << "kept layouts stay bounded";
}

TEST_F(EventsPanelTest, SelectedRowsAreCopiedWithCtrlC) {
    model.addEvent(event("old", EventKind::Resubscription, "Ada", 12, now.addSecs(-120),
                         "twelve months already"));
    model.addEvent(event("new", EventKind::Cheer, "Bob", 100, now));
    panel.view()->setFocus();
    panel.view()->selectAll();
    QTest::keySequence(panel.view(), QKeySequence::Copy);
    EXPECT_EQ(QApplication::clipboard()->text(),
              "Bob cheered 100 bits\nAda resubscribed for 12 months — twelve months already");
}

TEST_F(EventsPanelTest, RowsAreTallEnoughForTheirText) {
    model.addEvent(event("plain", EventKind::Raid, "A", 5, now));
    model.addEvent(event("message", EventKind::Cheer, "B", 5, now, "gg"));
    const int withText = panel.view()->sizeHintForRow(0);
    const int withoutText = panel.view()->sizeHintForRow(1);
    EXPECT_GT(withText, withoutText);
    EXPECT_GE(withoutText, panel.fontMetrics().height());
}

// Hidden (in the tray) while events keep arriving: no repaint timer runs;
// shown again, the relative times are kept current again.
TEST_F(EventsPanelTest, NoRepaintTimerRunsWhileHidden) {
    model.addEvent(event("a", EventKind::Raid, "PixelPioneer", 120, now));
    EXPECT_TRUE(panel.isRepaintScheduled());
    panel.hide();
    EXPECT_FALSE(panel.isRepaintScheduled());
    model.addEvent(event("b", EventKind::Cheer, "Ada", 100, now));
    EXPECT_FALSE(panel.isRepaintScheduled()) << "a new row woke a hidden panel";
    panel.show();
    EXPECT_TRUE(panel.isRepaintScheduled());
}

TEST(RelativeTime, ReadsLikeAPerson) {
    const QDateTime now(QDate(2026, 11, 27), QTime(20, 0), Qt::UTC);
    EXPECT_EQ(RelativeTime::text(now.addSecs(-5), now), "just now");
    EXPECT_EQ(RelativeTime::text(now.addSecs(5), now), "just now") << "a clock a little ahead";
    EXPECT_EQ(RelativeTime::text(now.addSecs(-60), now), "1 min ago");
    EXPECT_EQ(RelativeTime::text(now.addSecs(-59 * 60), now), "59 min ago");
    EXPECT_EQ(RelativeTime::text(now.addSecs(-3 * 3600), now), "3 h ago");
    EXPECT_EQ(RelativeTime::millisecondsUntilChange(now.addSecs(-90), now), 30'000);
    EXPECT_EQ(RelativeTime::millisecondsUntilChange(now.addSecs(-3600), now), 3600'000);
}
