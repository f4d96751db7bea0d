#pragma once

#include <QFile>
#include <QObject>
#include <QStringList>

class QProcess;

// The app's output while the soak runs: every line goes to a file, and the
// lines that matter are read on the way: the event loop watchdog's
// (streamside.timing.stalls) and a few of the app's own counts.
class AppLog : public QObject {
    Q_OBJECT
public:
    // Reads the process's merged output; the file is written as it comes.
    AppLog(QProcess& process, const QString& path, QObject* parent = nullptr);

    // Stalls and counts from here on are the run's; before, the start-up's.
    void markRunStart();

    // The longest block the watchdog logged (CPU waits taken out), before
    // and since the mark (-1: none logged); and the longest lateness (wall
    // clock, CPU waits included).
    qint64 longestStartupStallMs() const { return m_startupLongestMs; }
    qint64 longestRunStallMs() const { return m_runLongestMs; }
    qint64 longestStartupLateMs() const { return m_startupLongestLateMs; }
    qint64 longestRunLateMs() const { return m_runLongestLateMs; }
    // The block of every stall of at least the watchdog's floor (late), since the mark.
    QList<qint64> runStalls() const { return m_runStalls; }
    // "event loop has not run for N ms" lines since the mark.
    QStringList hangs() const { return m_hangs; }
    // Whether the watchdog said it was on at all.
    bool watchdogOn() const { return m_watchdogOn; }
    // Lines since the mark containing text.
    int countSinceMark(const QString& text) const;
    // Warnings (" warning: ") and criticals since the mark, at most `limit`.
    QStringList warningsSinceMark(int limit) const;

    // Reads whatever is buffered (call before judging, e.g. after the exit).
    void drain();

private:
    void read();
    void take(const QString& line);

    QProcess& m_process;
    QFile m_file;
    QByteArray m_partial;
    bool m_marked = false;
    bool m_watchdogOn = false;
    qint64 m_startupLongestMs = -1;
    qint64 m_runLongestMs = -1;
    qint64 m_startupLongestLateMs = -1;
    qint64 m_runLongestLateMs = -1;
    QList<qint64> m_runStalls;
    QStringList m_hangs;
    QStringList m_runLines;
};
