#include "auth/RawHttpConnection.h"

#include <QEventLoop>
#include <QList>
#include <QTimer>

bool RawHttpConnection::connectTo(const QHostAddress& address, quint16 port) {
    QEventLoop loop;
    QObject::connect(&m_socket, &QTcpSocket::connected, &loop, &QEventLoop::quit);
    QObject::connect(&m_socket, &QTcpSocket::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(waitMs, &loop, &QEventLoop::quit);
    m_socket.connectToHost(address, port);
    if (m_socket.state() != QAbstractSocket::ConnectedState &&
        m_socket.state() != QAbstractSocket::UnconnectedState)
        loop.exec();
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

RawHttpAnswer RawHttpConnection::send(const QByteArray& bytes) {
    write(bytes);
    return receive();
}

void RawHttpConnection::write(const QByteArray& bytes) {
    m_socket.write(bytes);
    m_socket.flush();
}

RawHttpAnswer RawHttpConnection::receive() {
    QByteArray data;
    if (m_socket.state() == QAbstractSocket::ConnectedState) {
        QEventLoop loop;
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &loop,
                         [&] { data += m_socket.readAll(); });
        QObject::connect(&m_socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
        QObject::connect(&m_socket, &QTcpSocket::errorOccurred, &loop, &QEventLoop::quit);
        QTimer::singleShot(waitMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    data += m_socket.readAll();

    RawHttpAnswer answer;
    const qsizetype headEnd = data.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return answer;
    answer.head = data.left(headEnd);
    answer.body = data.mid(headEnd + 4);
    const QList<QByteArray> statusLine = answer.head.left(answer.head.indexOf("\r\n")).split(' ');
    if (statusLine.size() >= 2 && statusLine.at(0) == "HTTP/1.1")
        answer.status = statusLine.at(1).toInt();
    return answer;
}

QByteArray RawHttpAnswer::header(const QByteArray& name) const {
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

QByteArray httpRequest(const QByteArray& method, const QByteArray& target, const QByteArray& host,
                       const QByteArray& body, const QByteArray& extraHeaders) {
    QByteArray request = method + ' ' + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    request += extraHeaders;
    if (method == "POST")
        request += "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " +
                   QByteArray::number(body.size()) + "\r\n";
    request += "\r\n" + body;
    return request;
}
