#include "core/handover/HandOverServer.h"

#include "core/app/Logging.h"
#include "core/handover/HandOverProtocol.h"

#include <QCoreApplication>
#include <QLocalServer>
#include <QLocalSocket>
#include <QUuid>

#include <utility>

namespace streamside {

HandOverServer::HandOverServer(QObject* parent)
    : QObject(parent)
    , m_server(new QLocalServer(this)) {
    // Only this user may connect: another user's process must not make this
    // one fall silent.
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &HandOverServer::onNewConnection);
}

HandOverServer::~HandOverServer() = default;

bool HandOverServer::listen(QString* error) {
    const QString name = QStringLiteral("streamside-handover-%1-%2")
                             .arg(QCoreApplication::applicationPid())
                             .arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    if (m_server->listen(name))
        return true;
    if (error)
        *error = tr("Could not listen for a successor: %1").arg(m_server->errorString());
    return false;
}

QString HandOverServer::serverName() const {
    return m_server->serverName();
}

void HandOverServer::release() {
    if (!m_successor)
        return;
    m_successor->write(handover::byeLine);
    m_successor->flush();
    // The bytes must be out before this process exits.
    m_successor->waitForBytesWritten(1000);
}

void HandOverServer::close() {
    m_server->close();
    // Forgotten before the abort: aborting emits disconnected() at once,
    // whose handler also clears m_successor.
    if (QLocalSocket* successor = std::exchange(m_successor, nullptr)) {
        successor->abort();
        successor->deleteLater();
    }
}

void HandOverServer::onNewConnection() {
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        if (m_successor) {
            // One successor at a time.
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_successor = socket;
        connect(socket, &QLocalSocket::readyRead, this, &HandOverServer::onReadyRead);
        connect(socket, &QLocalSocket::disconnected, this, [this, socket] {
            if (m_successor == socket)
                m_successor = nullptr;
            socket->deleteLater();
        });
    }
}

void HandOverServer::onReadyRead() {
    QLocalSocket* socket = m_successor;
    if (!socket)
        return;
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > handover::maxLineLength)
            socket->abort();
        return;
    }
    const QByteArray line = socket->readLine(handover::maxLineLength + 1).trimmed();
    const QList<QByteArray> words = line.split(' ');
    bool isPid = false;
    const qint64 pid = words.size() == 2 ? words[1].toLongLong(&isPid) : 0;
    if (words.size() != 2 || words[0] != handover::readyLine || !isPid || pid <= 0) {
        qCWarning(lcApp) << "Hand-over: unexpected message from the successor; dropped";
        socket->abort();
        return;
    }
    emit successorReady(pid);
}

} // namespace streamside
