#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QTimer;
class QWidget;

namespace streamside::ui {

// Paints a top-level window at most once per display frame. Qt paints a
// widget window once per turn of the event loop that changed something; a
// channel sending hundreds of events a second changes the events list on
// nearly every turn, and each repaint costs the UI thread far more than the
// event did (0.4 ms against 0.03 ms), while no screen shows more than its
// refresh rate. So a repaint asked for sooner than one frame after the last
// is held back and done once when the frame is due, with everything that
// changed meanwhile: the data changes at once, the picture at display rate.
class RepaintRateLimiter : public QObject {
    Q_OBJECT
public:
    static constexpr int defaultFrameMs = 16;

    // Limits `window` (a top-level widget) from now on; owned by it.
    static RepaintRateLimiter* install(QWidget* window, int frameMs = defaultFrameMs);

    int heldBack() const { return m_heldBack; } // repaints deferred so far

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    RepaintRateLimiter(QWidget* window, int frameMs);

    QPointer<QWidget> m_window;
    QTimer* m_deferred;
    QElapsedTimer m_sinceLastPaint;
    int m_frameMs;
    int m_heldBack = 0;
    bool m_releasing = false; // the held-back request is being handed back
};

} // namespace streamside::ui
