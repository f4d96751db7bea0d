#pragma once

#include <QHostAddress>
#include <QTcpServer>

// A port on 127.0.0.1 that nothing listens on any more: connecting is refused
// at once, as when Twitch cannot be reached.
inline quint16 closedLoopbackPort() {
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}
