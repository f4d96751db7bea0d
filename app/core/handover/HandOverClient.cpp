#include "core/handover/HandOverClient.h"

#include "core/handover/HandOverProtocol.h"

#include <QCoreApplication>
#include <QLocalSocket>

namespace streamside {

HandOverClient::HandOverClient(QObject* parent)
    : QObject(parent)
    , m_socket(new QLocalSocket(this)) {
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this,
            [this] { fail(tr("The previous Streamside did not answer in time.")); });
    connect(m_socket, &QLocalSocket::connected, this, [this] {
        m_socket->write(QByteArray(handover::readyLine) + ' ' +
                        QByteArray::number(QCoreApplication::applicationPid()) + '\n');
    });
    connect(m_socket, &QLocalSocket::readyRead, this, &HandOverClient::onReadyRead);
    connect(m_socket, &QLocalSocket::errorOccurred, this,
            [this](QLocalSocket::LocalSocketError error) {
                const bool nobodyListens = error == QLocalSocket::ServerNotFoundError ||
                                           error == QLocalSocket::ConnectionRefusedError;
                fail(tr("Could not reach the previous Streamside: %1").arg(m_socket->errorString()),
                     nobodyListens);
            });
    connect(m_socket, &QLocalSocket::disconnected, this,
            [this] { fail(tr("The previous Streamside closed without handing over.")); });
}

HandOverClient::~HandOverClient() {
    m_finished = true;
}

void HandOverClient::announceReady(const QString& serverName, int timeoutMs) {
    m_timeout.start(timeoutMs);
    // From the event loop: a missing server fails at once, and the caller
    // should get failed() after this returns, like every other outcome.
    QMetaObject::invokeMethod(
        this, [this, serverName] { m_socket->connectToServer(serverName); }, Qt::QueuedConnection);
}

void HandOverClient::onReadyRead() {
    if (m_finished || !m_socket->canReadLine())
        return;
    const QByteArray line = m_socket->readLine(handover::maxLineLength + 1);
    if (line != handover::byeLine) {
        fail(tr("The previous Streamside answered something unexpected."));
        return;
    }
    m_finished = true;
    m_timeout.stop();
    emit predecessorLeft();
}

void HandOverClient::fail(const QString& reason, bool predecessorMissing) {
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    m_socket->abort();
    if (predecessorMissing)
        emit this->predecessorMissing(reason);
    else
        emit failed(reason);
}

} // namespace streamside
