#pragma once

#include <QByteArray>
#include <QObject>
#include <QSocketNotifier>

namespace streamside::fakedesktop {

// Reads the test's commands from stdin, one a line ("action ID KEY",
// "close ID REASON"), without blocking the bus; emits finished at end of
// input (the test has gone: the fake goes too).
class CommandReader : public QObject {
    Q_OBJECT
public:
    explicit CommandReader(QObject* parent = nullptr);

signals:
    void commandReceived(const QList<QByteArray>& words);
    void finished();

private:
    void readAvailable();

    QSocketNotifier m_notifier;
    QByteArray m_buffer;
};

} // namespace streamside::fakedesktop
