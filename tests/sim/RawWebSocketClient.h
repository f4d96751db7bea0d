#pragma once

#include <QByteArray>
#include <QObject>
#include <QStringList>
#include <QTcpSocket>
#include <QUrl>

#include <functional>

// A minimal WebSocket client (RFC 6455) over a plain QTcpSocket, for the one
// rule a QWebSocket cannot break: QWebSocket answers every ping by itself,
// so a test of "an unanswered ping closes 4002" needs a client that can
// choose not to answer. It completes the handshake, reads server frames
// (unfragmented, as the simulator sends them), answers pings only when told
// to, and records the close code of a close frame.
class RawWebSocketClient : public QObject {
    Q_OBJECT
public:
    explicit RawWebSocketClient(bool answerPings, QObject* parent = nullptr);

    // Connects and completes the opening handshake.
    bool open(const QUrl& url, int timeoutMs = 5000);
    bool waitUntil(const std::function<bool()>& done, int timeoutMs);

    QStringList texts() const { return m_texts; }
    int pingsReceived() const { return m_pings; }
    bool isClosed() const { return m_closed; }
    int closeCode() const { return m_closeCode; } // 0: no close frame

signals:
    void changed();

private:
    void readFrames();
    void sendFrame(quint8 opcode, const QByteArray& payload);

    QTcpSocket m_socket;
    bool m_answerPings;
    bool m_upgraded = false;
    QByteArray m_buffer;
    QStringList m_texts;
    int m_pings = 0;
    bool m_closed = false;
    int m_closeCode = 0;
};
