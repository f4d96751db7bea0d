#include "ui/app/BackgroundRestart.h"

#include "core/app/Logging.h"

#include <QProcess>

#include <csignal>

namespace streamside::ui {

BackgroundRestart::BackgroundRestart(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_eligible([] { return true; })
    , m_currentDelayMs(m_options.delayMs) {
    m_delay.setSingleShot(true);
    m_readyTimeout.setSingleShot(true);
    connect(&m_delay, &QTimer::timeout, this, &BackgroundRestart::startSuccessor);
    connect(&m_readyTimeout, &QTimer::timeout, this,
            [this] { abandonSuccessor(tr("The new Streamside was not ready in time."), true); });
}

BackgroundRestart::~BackgroundRestart() {
    // Leaving without a hand-over (e.g. Quit): no successor is left behind.
    if (m_successorPid > 0)
        ::kill(pid_t(m_successorPid), SIGTERM);
}

void BackgroundRestart::setEligibility(std::function<bool()> eligible) {
    m_eligible = std::move(eligible);
}

void BackgroundRestart::setBeforeLeaving(BeforeLeaving step) {
    m_beforeLeaving = std::move(step);
}

void BackgroundRestart::windowHidden() {
    if (m_successorPid == 0 && !m_leaving)
        m_delay.start(m_currentDelayMs);
}

void BackgroundRestart::windowShown() {
    // Too late once the successor is ready: this process has fallen silent.
    if (m_leaving)
        return;
    m_delay.stop();
    if (m_successorPid > 0)
        abandonSuccessor(tr("The window was shown again."), false);
    m_currentDelayMs = m_options.delayMs;
}

void BackgroundRestart::startSuccessor() {
    if (!m_eligible())
        return;
    m_server = new HandOverServer(this);
    QString error;
    if (!m_server->listen(&error)) {
        abandonSuccessor(error, true);
        return;
    }
    connect(m_server, &HandOverServer::successorReady, this, &BackgroundRestart::onSuccessorReady);
    QStringList arguments = m_options.arguments;
    arguments << QStringLiteral("--minimized") << QStringLiteral("--take-over-from")
              << m_server->serverName();
    qint64 pid = 0;
    // Detached: the successor outlives this process.
    if (!QProcess::startDetached(m_options.program, arguments, QString(), &pid) || pid <= 0) {
        abandonSuccessor(tr("Could not start %1.").arg(m_options.program), true);
        return;
    }
    m_successorPid = pid;
    m_readyTimeout.start(m_options.readyTimeoutMs);
    qCInfo(lcApp) << "Handing over to a fresh process" << pid << "to free Qt WebEngine's memory";
}

void BackgroundRestart::onSuccessorReady(qint64 pid) {
    if (pid != m_successorPid) {
        // Not the process this one started: it is not trusted to take over.
        qCWarning(lcApp) << "Hand-over: process" << pid << "is not the successor started";
        return;
    }
    m_readyTimeout.stop();
    m_leaving = true;
    emit silenceRequested();
    if (m_beforeLeaving)
        m_beforeLeaving([this] { leave(); });
    else
        leave();
}

void BackgroundRestart::leave() {
    if (!m_server)
        return;
    m_server->release();
    qCInfo(lcApp) << "Handed over to process" << m_successorPid;
    m_successorPid = 0; // it stays when this process goes
    emit finished();
}

void BackgroundRestart::abandonSuccessor(const QString& reason, bool tryAgainLater) {
    m_readyTimeout.stop();
    if (m_successorPid > 0)
        ::kill(pid_t(m_successorPid), SIGTERM);
    m_successorPid = 0;
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
    qCWarning(lcApp).noquote() << "Hand-over abandoned:" << reason;
    m_currentDelayMs = qMin(m_currentDelayMs * 2, m_options.maxDelayMs);
    if (tryAgainLater)
        m_delay.start(m_currentDelayMs);
    emit attemptFailed(reason);
}

} // namespace streamside::ui
