#include "ui/widgets/RepaintRateLimiter.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QPaintEvent>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using streamside::ui::RepaintRateLimiter;

namespace {

// Counts the label's paints and remembers the text each one showed.
class PaintRecorder : public QObject {
public:
    explicit PaintRecorder(QLabel* label)
        : m_label(label) {
        label->installEventFilter(this);
    }
    int paints = 0;
    QString lastPaintedText;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (watched == m_label && event->type() == QEvent::Paint) {
            ++paints;
            lastPaintedText = m_label->text();
        }
        return false;
    }

private:
    QLabel* m_label;
};

// Changes the label once per turn of the event loop, `changes` times, as a
// burst of events does, and returns when the last change has been made.
void changeOncePerTurn(QLabel& label, int changes) {
    int made = 0;
    QTimer turn;
    turn.setInterval(0);
    QObject::connect(&turn, &QTimer::timeout, [&] {
        label.setText(QString::number(++made));
        if (made == changes)
            turn.stop();
    });
    turn.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return made == changes; }, 10'000));
}

} // namespace

// Without the limiter Qt paints once per turn that changed something; with
// it, a burst of changes within a few frames is painted a few times, and the
// last change is always painted.
TEST(RepaintRateLimiter, ABurstOfChangesIsPaintedAtMostOncePerFrameAndTheLastOneIsShown) {
    const auto paintsForBurst = [](bool limited, int* heldBack) {
        QLabel label(QStringLiteral("start"));
        label.resize(200, 40);
        RepaintRateLimiter* limiter = nullptr;
        if (limited)
            limiter = RepaintRateLimiter::install(&label, 1000); // a long frame: deterministic
        label.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&label));
        // Let the first paint happen, then count from there.
        QTest::qWait(0);
        EXPECT_TRUE(QTest::qWaitFor([&] { return label.isVisible(); }));
        PaintRecorder recorder(&label);
        changeOncePerTurn(label, 50);
        EXPECT_TRUE(
            QTest::qWaitFor([&] { return recorder.lastPaintedText == QStringLiteral("50"); }, 5000))
            << "the last change must be painted";
        if (heldBack && limiter)
            *heldBack = limiter->heldBack();
        return recorder.paints;
    };
    int heldBack = 0;
    const int unlimited = paintsForBurst(false, nullptr);
    const int limited = paintsForBurst(true, &heldBack);
    EXPECT_GE(unlimited, 10) << "Qt paints nearly every turn that changed something";
    EXPECT_LE(limited, 3) << "one frame of 1 s covers the whole burst, at most a paint on "
                             "each side of it";
    EXPECT_GT(heldBack, 0);
}
