#include "helix/LogCapture.h"

#include <QLoggingCategory>
#include <QMutex>

namespace {

QMutex mutex;
QStringList captured;
QtMessageHandler previousHandler = nullptr;

} // namespace

LogCapture::LogCapture() {
    {
        QMutexLocker lock(&mutex);
        captured.clear();
    }
    // Debug lines are where a careless request dump would go: turn them on.
    QLoggingCategory::setFilterRules(QStringLiteral("streamside.*.debug=true"));
    m_previous = qInstallMessageHandler(&LogCapture::handler);
    previousHandler = m_previous;
}

LogCapture::~LogCapture() {
    qInstallMessageHandler(m_previous);
    previousHandler = nullptr;
    QLoggingCategory::setFilterRules(QString());
}

void LogCapture::handler(QtMsgType type, const QMessageLogContext& context,
                         const QString& message) {
    {
        QMutexLocker lock(&mutex);
        captured.append(QString::fromLatin1(context.category ? context.category : "") +
                        QLatin1String(": ") + message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

QStringList LogCapture::lines() const {
    QMutexLocker lock(&mutex);
    return captured;
}

QStringList LogCapture::linesContaining(const QString& needle) const {
    if (needle.isEmpty())
        return {};
    QStringList found;
    for (const QString& line : lines())
        if (line.contains(needle))
            found.append(line);
    return found;
}
