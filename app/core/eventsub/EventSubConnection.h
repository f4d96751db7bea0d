#pragma once

#include "core/eventsub/EventSubMessage.h"
#include "core/eventsub/ReconnectBackoff.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>

class QWebSocket;

namespace streamside {

// The EventSub WebSocket connection to Twitch, kept alive: it reads the
// welcome, watches for keepalives, follows session_reconnect without losing,
// repeating or reordering a frame, and reconnects with backoff whenever the
// connection is lost or closed. It never sends a data frame (Twitch closes
// such a connection with 4001) and knows nothing of subscriptions: the owner
// subscribes on every sessionStarted().
class EventSubConnection : public QObject {
    Q_OBJECT
public:
    enum class State { Offline, Connecting, Connected, Reconnecting };
    Q_ENUM(State)

    struct Options {
        QUrl url;                    // EndpointConfig::eventSubUrl
        int keepaliveSeconds = 0;    // 0: Twitch's default; else ?keepalive_timeout_seconds=
        int keepaliveGraceMs = 3000; // watchdog = the welcome's keepalive_timeout_seconds + this
        // A socket not welcomed this long after it was opened counts as lost.
        int welcomeTimeoutMs = 10'000;
        // A session that stays up this long resets the backoff, so that the
        // next loss is retried at once again; 0 resets at the welcome. A
        // server that welcomes and then drops at once is retried with growing
        // delays instead of in a tight loop.
        int healthyAfterMs = 30'000;
        // After a session_reconnect hand-over, frames still arriving on the
        // old socket are delivered before the new socket's, which wait. The
        // old socket is read until Twitch closes it, or this long at most.
        int handOverDrainMs = 1000;
        ReconnectBackoff::Options backoff;
        ReconnectBackoff::RandomSource random; // empty: QRandomGenerator
    };

    explicit EventSubConnection(Options options, QObject* parent = nullptr);
    ~EventSubConnection() override;

    // Connects, and keeps reconnecting until stop(). Does nothing unless Offline.
    void start();
    // Closes every socket; no more reconnects; state Offline ("stopped").
    void stop();

    State state() const { return m_state; }
    // Why the connection is in its state, in words for the UI.
    QString stateReason() const { return m_stateReason; }
    // The welcomed session's id; empty while there is none.
    QString sessionId() const { return m_sessionId; }
    // The URL the first connection (and every reconnect after a loss) opens.
    QUrl connectUrl() const;

    // The reason text for a close frame with Twitch's code (4000–4007) or
    // another code; for the UI and the log.
    static QString closeCodeText(int code, const QString& closeReason = {});

signals:
    void stateChanged(streamside::EventSubConnection::State state, const QString& reason);
    // A NEW session: the owner must subscribe everything (again). Not emitted
    // when a session_reconnect hands the session over (Twitch moves the
    // subscriptions).
    void sessionStarted(const QString& sessionId);
    void notificationReceived(const streamside::EventSubMessage& message); // in arrival order
    void revocationReceived(const streamside::EventSubMessage& message);
    void malformedFrame(const QString& error); // logged; the connection goes on

private:
    // A frame from the hand-over socket, held back until the old socket's
    // remaining frames are delivered.
    struct HeldFrame {
        QWebSocket* socket;
        EventSubMessage message;
    };

    QWebSocket* openSocket(const QUrl& url);
    void discardSocket(QWebSocket*& socket); // abort: nothing more is read or sent
    void closeSocket(QWebSocket*& socket);   // close frame: for sockets still healthy
    void onTextFrame(QWebSocket* socket, const QString& text);
    void onSocketDisconnected(QWebSocket* socket);
    void dispatch(QWebSocket* socket, const EventSubMessage& message);
    void startSession(const EventSubMessage& welcome);
    void beginHandOver(const EventSubMessage& reconnect);
    void completeHandOver(const EventSubMessage& welcome);
    void finishDrain();
    void connectionLost(const QString& reason);
    void connectAgain();
    void armWatchdog(int keepaliveSeconds);
    void setState(State state, const QString& reason);
    QString describeEnd(QWebSocket* socket) const;

    Options m_options;
    ReconnectBackoff m_backoff;
    State m_state = State::Offline;
    QString m_stateReason;
    QString m_sessionId;

    QWebSocket* m_socket = nullptr;   // the session's socket (or the one being opened)
    bool m_welcomed = false;          // m_socket said welcome
    QWebSocket* m_handOver = nullptr; // opened on reconnect_url, not yet welcomed
    QWebSocket* m_retiring = nullptr; // replaced by m_handOver, read until Twitch closes it
    QList<HeldFrame> m_heldBack;

    QTimer m_watchdog;
    QTimer m_welcomeTimeout;
    QTimer m_healthy;
    QTimer m_drainTimeout;
    QTimer m_retry;
};

} // namespace streamside
