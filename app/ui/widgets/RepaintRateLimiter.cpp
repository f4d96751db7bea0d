#include "ui/widgets/RepaintRateLimiter.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace streamside::ui {

RepaintRateLimiter* RepaintRateLimiter::install(QWidget* window, int frameMs) {
    return new RepaintRateLimiter(window, frameMs);
}

RepaintRateLimiter::RepaintRateLimiter(QWidget* window, int frameMs)
    : QObject(window)
    , m_window(window)
    , m_deferred(new QTimer(this))
    , m_frameMs(frameMs) {
    m_deferred->setSingleShot(true);
    m_deferred->setTimerType(Qt::PreciseTimer);
    // Qt's repaint manager posted one UpdateRequest and waits for it to be
    // handled before it posts another: the held-back one is handed back, so
    // the window paints everything that changed since.
    connect(m_deferred, &QTimer::timeout, this, [this] {
        if (!m_window)
            return;
        m_releasing = true;
        QEvent request(QEvent::UpdateRequest);
        QCoreApplication::sendEvent(m_window, &request);
        m_releasing = false;
    });
    window->installEventFilter(this);
}

bool RepaintRateLimiter::eventFilter(QObject* watched, QEvent* event) {
    if (watched != m_window || event->type() != QEvent::UpdateRequest)
        return false;
    if (m_releasing) {
        m_sinceLastPaint.start();
        return false;
    }
    if (m_deferred->isActive())
        return true; // one is due already and paints this change too
    if (m_sinceLastPaint.isValid() && m_sinceLastPaint.elapsed() < m_frameMs) {
        ++m_heldBack;
        m_deferred->start(m_frameMs - int(m_sinceLastPaint.elapsed()));
        return true;
    }
    m_sinceLastPaint.start();
    return false;
}

} // namespace streamside::ui
