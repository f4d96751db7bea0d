#pragma once

#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

namespace streamside {

// The side of a running Streamside that hands its work over to a fresh
// process (see HandOverClient for the other side). It listens on a local
// socket only the same user can open; the successor connects once it is
// connected to Twitch and subscribed, and says "ready <pid>". This side then
// stops announcing anything, calls release() (the successor takes over the
// notifications) and exits.
//
// Why: Qt WebEngine's memory is only returned when the process ends, so a
// Streamside that has shown the player and then sat in the tray for a while
// starts a successor that never loads WebEngine, and leaves.
class HandOverServer : public QObject {
    Q_OBJECT
public:
    explicit HandOverServer(QObject* parent = nullptr);
    ~HandOverServer() override;

    // Listens under a fresh name; false (and why) when it cannot.
    bool listen(QString* error);
    // What the successor is given (--take-over-from NAME).
    QString serverName() const;

    // Tells the ready successor that this process is leaving: from now on
    // the successor announces events. Call once this side is silent.
    void release();
    // Stops listening and drops a connected successor without releasing it
    // (it then gives up and exits).
    void close();

signals:
    // A successor is connected and subscribed; pid is the process it says it is.
    void successorReady(qint64 pid);

private:
    void onNewConnection();
    void onReadyRead();

    QLocalServer* m_server;
    QLocalSocket* m_successor = nullptr;
};

} // namespace streamside
