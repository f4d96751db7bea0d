#include "sim/RawWebSocketClient.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>

RawWebSocketClient::RawWebSocketClient(bool answerPings, QObject* parent)
    : QObject(parent)
    , m_answerPings(answerPings) {
    connect(&m_socket, &QTcpSocket::readyRead, this, [this] {
        m_buffer += m_socket.readAll();
        if (!m_upgraded) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            m_upgraded = m_buffer.startsWith("HTTP/1.1 101");
            m_buffer.remove(0, end + 4);
            emit changed();
        }
        readFrames();
    });
    connect(&m_socket, &QTcpSocket::disconnected, this, [this] {
        m_closed = true;
        emit changed();
    });
}

bool RawWebSocketClient::open(const QUrl& url, int timeoutMs) {
    m_socket.connectToHost(url.host(), quint16(url.port()));
    QByteArray nonce(16, Qt::Uninitialized);
    for (char& byte : nonce)
        byte = char(QRandomGenerator::global()->bounded(256));
    const QByteArray key = nonce.toBase64();
    const QByteArray target =
        url.path(QUrl::FullyEncoded).toUtf8() +
        (url.hasQuery() ? "?" + url.query(QUrl::FullyEncoded).toUtf8() : QByteArray());
    m_socket.write("GET " + target + " HTTP/1.1\r\nHost: " + url.host().toUtf8() + ":" +
                   QByteArray::number(url.port()) +
                   "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + key +
                   "\r\nSec-WebSocket-Version: 13\r\n\r\n");
    return waitUntil([this] { return m_upgraded || m_closed; }, timeoutMs) && m_upgraded;
}

bool RawWebSocketClient::waitUntil(const std::function<bool()>& done, int timeoutMs) {
    QSignalSpy spy(this, &RawWebSocketClient::changed);
    QElapsedTimer elapsed;
    elapsed.start();
    while (!done()) {
        const qint64 left = timeoutMs - elapsed.elapsed();
        if (left <= 0)
            return false;
        spy.wait(int(left));
    }
    return true;
}

void RawWebSocketClient::readFrames() {
    for (;;) {
        if (m_buffer.size() < 2)
            return;
        const quint8 opcode = quint8(m_buffer.at(0)) & 0x0F;
        quint64 length = quint8(m_buffer.at(1)) & 0x7F;
        qsizetype header = 2;
        if (length == 126) {
            if (m_buffer.size() < 4)
                return;
            length = (quint64(quint8(m_buffer.at(2))) << 8) | quint8(m_buffer.at(3));
            header = 4;
        } else if (length == 127) {
            if (m_buffer.size() < 10)
                return;
            length = 0;
            for (int i = 2; i < 10; ++i)
                length = (length << 8) | quint8(m_buffer.at(i));
            header = 10;
        }
        if (quint64(m_buffer.size() - header) < length)
            return;
        const QByteArray payload = m_buffer.mid(header, qsizetype(length));
        m_buffer.remove(0, header + qsizetype(length));
        switch (opcode) {
        case 0x1:
            m_texts.append(QString::fromUtf8(payload));
            break;
        case 0x8:
            m_closeCode = payload.size() >= 2
                              ? (int(quint8(payload.at(0))) << 8) | int(quint8(payload.at(1)))
                              : 1005;
            sendFrame(0x8, payload.left(2)); // complete the closing handshake
            m_socket.disconnectFromHost();
            break;
        case 0x9:
            ++m_pings;
            if (m_answerPings)
                sendFrame(0xA, payload);
            break;
        default:
            break;
        }
        emit changed();
    }
}

void RawWebSocketClient::sendFrame(quint8 opcode, const QByteArray& payload) {
    // Client frames are always masked; control payloads are under 126 bytes.
    QByteArray frame;
    frame.append(char(0x80 | opcode));
    frame.append(char(0x80 | payload.size()));
    QByteArray mask(4, Qt::Uninitialized);
    for (char& byte : mask)
        byte = char(QRandomGenerator::global()->bounded(256));
    frame.append(mask);
    for (qsizetype i = 0; i < payload.size(); ++i)
        frame.append(char(payload.at(i) ^ mask.at(i % 4)));
    m_socket.write(frame);
}
