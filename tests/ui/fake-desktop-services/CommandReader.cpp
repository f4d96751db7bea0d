#include "CommandReader.h"

#include <unistd.h>

namespace streamside::fakedesktop {

CommandReader::CommandReader(QObject* parent)
    : QObject(parent)
    , m_notifier(STDIN_FILENO, QSocketNotifier::Read) {
    connect(&m_notifier, &QSocketNotifier::activated, this, &CommandReader::readAvailable);
}

void CommandReader::readAvailable() {
    char chunk[4096];
    const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
    if (n <= 0) {
        m_notifier.setEnabled(false);
        emit finished();
        return;
    }
    m_buffer.append(chunk, qsizetype(n));
    qsizetype end;
    while ((end = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(end).trimmed();
        m_buffer.remove(0, end + 1);
        if (!line.isEmpty())
            emit commandReceived(line.split(' '));
    }
}

} // namespace streamside::fakedesktop
