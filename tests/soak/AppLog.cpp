#include "AppLog.h"

#include <QProcess>
#include <QRegularExpression>

AppLog::AppLog(QProcess& process, const QString& path, QObject* parent)
    : QObject(parent)
    , m_process(process)
    , m_file(path) {
    m_file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &AppLog::read);
}

void AppLog::markRunStart() {
    drain();
    m_marked = true;
}

void AppLog::drain() {
    read();
}

void AppLog::read() {
    const QByteArray chunk = m_process.readAllStandardOutput();
    if (chunk.isEmpty())
        return;
    m_file.write(chunk);
    m_file.flush();
    m_partial += chunk;
    qsizetype newline;
    while ((newline = m_partial.indexOf('\n')) >= 0) {
        take(QString::fromUtf8(m_partial.left(newline)));
        m_partial.remove(0, newline + 1);
    }
}

void AppLog::take(const QString& line) {
    // The watchdog's lines (core/app/EventLoopWatchdog.cpp).
    static const QRegularExpression blocked(
        QStringLiteral("event loop blocked for (\\d+) ms \\(late (\\d+) ms"));
    static const QRegularExpression interval(
        QStringLiteral("event loop: longest block (\\d+) ms \\(late (\\d+) ms\\) in the last"));
    if (m_marked)
        m_runLines.append(line);
    if (!line.contains(QLatin1String("streamside.timing.stalls")))
        return;
    if (line.contains(QLatin1String("event loop watchdog on")))
        m_watchdogOn = true;
    if (line.contains(QLatin1String("event loop has not run for"))) {
        if (m_marked)
            m_hangs.append(line);
        return;
    }
    QRegularExpressionMatch match = blocked.match(line);
    const bool single = match.hasMatch();
    if (!single)
        match = interval.match(line);
    if (!match.hasMatch())
        return;
    const qint64 ms = match.captured(1).toLongLong();
    const qint64 lateMs = match.captured(2).toLongLong();
    if (m_marked) {
        // A summary line may cover a little of the time before the mark;
        // the stalls logged one by one tell, and the summary only counts
        // when nothing before the mark was as long.
        if (single)
            m_runStalls.append(ms);
        if (single || ms > m_startupLongestMs)
            m_runLongestMs = qMax(m_runLongestMs, ms);
        if (single || lateMs > m_startupLongestLateMs)
            m_runLongestLateMs = qMax(m_runLongestLateMs, lateMs);
    } else {
        m_startupLongestMs = qMax(m_startupLongestMs, ms);
        m_startupLongestLateMs = qMax(m_startupLongestLateMs, lateMs);
    }
}

int AppLog::countSinceMark(const QString& text) const {
    int count = 0;
    for (const QString& line : m_runLines)
        count += line.contains(text) ? 1 : 0;
    return count;
}

QStringList AppLog::warningsSinceMark(int limit) const {
    QStringList found;
    for (const QString& line : m_runLines) {
        if (found.size() >= limit)
            break;
        if (line.contains(QLatin1String(" warning: ")) ||
            line.contains(QLatin1String(" critical: ")))
            found.append(line);
    }
    return found;
}
