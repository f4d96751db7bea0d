#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace streamside::sim {

// The simulator's own books of what it delivered on EventSub, for a soak test
// to compare with what the client stored: every notification frame written
// to a socket (with the socket, the session and when), every copy of a
// duplicated frame, every notification withheld from a silenced socket, and
// how and when every socket ended.
//
// A frame is OWED, i.e. "delivered on a healthy connection", when its socket
//   (a) stayed open for at least graceMs after the frame was written, or
//   (b) ended by a completed hand-over: the client was welcomed on the
//       reconnect_url and the server then closed the old socket with 4004
//       (everything written before that close frame reaches the client).
// A frame written less than graceMs before its socket was dropped (TCP
// abort, no close frame), closed by the server with a code, or closed or
// lost by the client is AT RISK: the bytes may still sit in a send buffer
// that the abort throws away, or in a receive buffer the client never read.
// A frame on a socket still open but written less than graceMs ago is
// PENDING: not judged yet. A client that stores every owed frame exactly
// once, and no at-risk frame twice, lost nothing Twitch can be blamed for.
class DeliveryLedger {
public:
    static constexpr int defaultGraceMs = 2000;

    enum class End {
        Open,           // still connected
        HandedOver,     // closed 4004 by the server once the client moved to reconnect_url
        ClosedByServer, // closed by the server with a close frame (any other case)
        Dropped,        // TCP connection aborted by the server, no close frame
        ClosedByClient, // closed or lost from the client's side
    };
    static QString endName(End end);

    struct Frame {
        QString messageId;
        QString type; // subscription type
        QString broadcasterId;
        QString sessionId;
        quint64 connection = 0;
        qint64 sentAtMs = 0; // since the ledger started
        int copies = 1;      // 2 when the frame was duplicated
    };
    struct Connection {
        quint64 serial = 0;
        QString sessionId;
        qint64 openedAtMs = 0;
        qint64 endedAtMs = -1;
        End end = End::Open;
        int closeCode = 0; // ClosedByServer and HandedOver
    };
    enum class Verdict { Owed, AtRisk, Pending };

    DeliveryLedger();

    // Forgets everything and starts the clock again.
    void clear();
    qint64 nowMs() const { return m_clock.elapsed(); }

    void connectionOpened(quint64 serial, const QString& sessionId);
    // Only the first end of a connection counts.
    void connectionEnded(quint64 serial, End end, int closeCode = 0);
    void frameSent(quint64 connection, const QString& sessionId, const QString& messageId,
                   const QString& type, const QString& broadcasterId);
    void frameCopied(const QString& messageId);
    void notificationWithheld(const QString& type);

    const QList<Frame>& frames() const { return m_frames; }
    const QHash<quint64, Connection>& connections() const { return m_connections; }
    int withheld() const { return m_withheld; }

    Verdict verdict(const Frame& frame, int graceMs, qint64 nowMs) const;

    // {"grace_ms", "now_ms", "summary": {...}, "connections": [...], and with
    // withFrames "frames": [{message_id, type, broadcaster_user_id,
    // session_id, connection, sent_at_ms, copies, verdict}]}.
    QJsonObject report(int graceMs, bool withFrames) const;

private:
    QElapsedTimer m_clock;
    QList<Frame> m_frames;
    QHash<QString, qsizetype> m_frameIndex; // message id -> index in m_frames
    QHash<quint64, Connection> m_connections;
    int m_withheld = 0;
};

} // namespace streamside::sim
