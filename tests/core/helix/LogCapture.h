#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

// Captures every Qt log message (debug included, for the streamside.*
// categories) while it exists, so that a test can search what the code
// wrote: tokens must never appear there. Messages still reach the previous
// handler. One at a time.
class LogCapture {
public:
    LogCapture();
    ~LogCapture();
    LogCapture(const LogCapture&) = delete;
    LogCapture& operator=(const LogCapture&) = delete;

    QStringList lines() const;
    // The captured lines that contain needle (empty needle: none).
    QStringList linesContaining(const QString& needle) const;

private:
    static void handler(QtMsgType type, const QMessageLogContext& context, const QString& message);
    QtMessageHandler m_previous = nullptr;
};
