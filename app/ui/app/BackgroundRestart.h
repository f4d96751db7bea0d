#pragma once

#include "core/handover/HandOverServer.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>

namespace streamside::ui {

// Gives a Streamside that has sat hidden in the tray for a while its memory
// back: Qt WebEngine, once loaded, keeps tens of megabytes until the process
// ends. After `delayMs` hidden, when eligible (WebEngine was loaded, signed
// in, not the demo, whose simulator lives in this process), it starts
// `program --minimized --take-over-from NAME`; the successor connects to
// Twitch and subscribes, says it is ready, and this process falls silent
// (silenceRequested) and leaves (finished). Both are subscribed meanwhile,
// so no event is missed; the database keeps each event once.
//
// Showing the window cancels it; a successor that is not ready in time is
// stopped and the next attempt waits twice as long.
class BackgroundRestart : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString program;
        QStringList arguments; // besides --minimized and --take-over-from
        int delayMs = 3 * 60'000;
        int readyTimeoutMs = 60'000;
        int maxDelayMs = 60 * 60'000;
    };

    explicit BackgroundRestart(Options options, QObject* parent = nullptr);
    ~BackgroundRestart() override;

    void setEligibility(std::function<bool()> eligible);
    // A step between silenceRequested and releasing the successor, e.g.
    // deleting this process's costly subscriptions (the successor can only
    // create its own once they are gone); it calls done() when finished.
    using BeforeLeaving = std::function<void(std::function<void()> done)>;
    void setBeforeLeaving(BeforeLeaving step);

    void windowHidden();
    void windowShown();

    bool isWaiting() const { return m_delay.isActive(); }
    // The successor started and not yet ready (0 when none).
    qint64 pendingSuccessor() const { return m_successorPid; }
    int currentDelayMs() const { return m_currentDelayMs; }

signals:
    // The successor is ready: announce nothing more from here.
    void silenceRequested();
    // Handed over: quit now.
    void finished();
    // An attempt failed (reason for the log); the next waits longer.
    void attemptFailed(const QString& reason);

private:
    void startSuccessor();
    void onSuccessorReady(qint64 pid);
    // Still hidden: tryAgainLater schedules the next attempt (after twice the delay).
    void abandonSuccessor(const QString& reason, bool tryAgainLater);
    void leave();

    Options m_options;
    std::function<bool()> m_eligible;
    BeforeLeaving m_beforeLeaving;
    bool m_leaving = false; // the successor is ready: no way back
    QTimer m_delay;
    QTimer m_readyTimeout;
    HandOverServer* m_server = nullptr;
    qint64 m_successorPid = 0;
    int m_currentDelayMs;
};

} // namespace streamside::ui
