#include "FakeDesktopServices.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

namespace {

constexpr int startTimeoutMs = 10000;
constexpr int endTimeoutMs = 5000;

} // namespace

FakeDesktopServices::~FakeDesktopServices() {
    if (m_process.state() == QProcess::NotRunning)
        return;
    // End of input is the fake's cue to go.
    QSignalSpy finished(&m_process, &QProcess::finished);
    m_process.closeWriteChannel();
    if (!finished.wait(endTimeoutMs)) {
        m_process.kill();
        finished.wait(endTimeoutMs);
    }
}

bool FakeDesktopServices::start(const QStringList& arguments) {
    m_process.setProgram(QStringLiteral(STREAMSIDE_FAKE_DESKTOP_SERVICES));
    m_process.setArguments(arguments);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
                     [this] { readLines(); });
    m_process.start();
    if (!QTest::qWaitFor([this] { return m_ready || m_process.state() == QProcess::NotRunning; },
                         startTimeoutMs) ||
        !m_ready) {
        m_error = QStringLiteral("fake-desktop-services did not get ready: %1 (exit code %2)")
                      .arg(m_process.errorString())
                      .arg(m_process.exitCode());
        return false;
    }
    return true;
}

void FakeDesktopServices::readLines() {
    while (m_process.canReadLine()) {
        const QByteArray line = m_process.readLine().trimmed();
        if (line == "ready") {
            m_ready = true;
            continue;
        }
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (document.isObject())
            m_calls.append(document.object());
    }
}

QList<QJsonObject> FakeDesktopServices::calls(const QString& method) const {
    QList<QJsonObject> matching;
    for (const QJsonObject& call : m_calls)
        if (call.value(QLatin1String("call")).toString() == method)
            matching.append(call);
    return matching;
}

QList<QJsonObject> FakeDesktopServices::notificationsTitled(const QString& title) const {
    QList<QJsonObject> matching;
    for (const QJsonObject& call : calls(QStringLiteral("Notify")))
        if (call.value(QLatin1String("title")).toString() == title)
            matching.append(call);
    return matching;
}

void FakeDesktopServices::clickAction(uint id, const QString& actionKey) {
    send("action " + QByteArray::number(id) + ' ' + actionKey.toUtf8() + '\n');
}

void FakeDesktopServices::closeNotification(uint id, uint reason) {
    send("close " + QByteArray::number(id) + ' ' + QByteArray::number(reason) + '\n');
}

void FakeDesktopServices::send(const QByteArray& command) {
    m_process.write(command);
}
