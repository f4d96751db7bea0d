#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QTcpSocket>

// What the listener answered on one connection.
struct RawHttpAnswer {
    int status = -1; // -1: no HTTP answer (reset, or nothing within the timeout)
    QByteArray head; // status line and headers
    QByteArray body;

    QByteArray header(const QByteArray& name) const; // case-insensitive, empty when absent
};

// One TCP connection that sends bytes exactly as given: the tests need
// requests no HTTP client library would write (foreign Host headers, bare LF,
// folded headers). Waits with QSignalSpy or an event loop, never a sleep.
class RawHttpConnection {
public:
    static constexpr int waitMs = 5000;

    // True once connected; false on an error (e.g. refused) or the timeout.
    bool connectTo(const QHostAddress& address, quint16 port);
    QAbstractSocket::SocketError error() const { return m_socket.error(); }

    // Writes the bytes and reads until the listener closes the connection.
    RawHttpAnswer send(const QByteArray& bytes);
    // Writes without waiting for an answer (a request in pieces).
    void write(const QByteArray& bytes);
    // Reads until the listener closes the connection.
    RawHttpAnswer receive();

private:
    QTcpSocket m_socket;
};

// A request in the form a browser sends it, with the Host header given.
QByteArray httpRequest(const QByteArray& method, const QByteArray& target, const QByteArray& host,
                       const QByteArray& body = {}, const QByteArray& extraHeaders = {});
