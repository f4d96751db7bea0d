#pragma once

#include <QObject>

class QSocketNotifier;

namespace streamside {

// Turns SIGTERM, SIGINT and SIGHUP into a Qt signal delivered on the event
// loop, so that a session logout or Ctrl+C shuts the app down cleanly (state
// saved, database closed) instead of killing it mid-write. A signal handler
// may only do async-signal-safe work, so it writes to a socket pair that the
// event loop watches.
class UnixSignalWatcher : public QObject {
    Q_OBJECT
public:
    explicit UnixSignalWatcher(QObject* parent = nullptr);
    ~UnixSignalWatcher() override;

signals:
    void terminationRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace streamside
