#pragma once

#include "core/eventsub/EventSubMessage.h"

#include <QList>
#include <QObject>
#include <QUrl>
#include <QWebSocket>

// A real EventSub WebSocket session with the simulator, for tests of what
// subscribes on it: connects, keeps the welcome's session id and parses every
// frame. The simulator's Helix accepts subscriptions only for an open session.
class TestEventSubSocket : public QObject {
    Q_OBJECT
public:
    explicit TestEventSubSocket(QObject* parent = nullptr);

    // Connects and waits for the welcome; false when none came in time.
    bool open(const QUrl& url, int timeoutMs = 5000);
    QString sessionId() const { return m_sessionId; }
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    int closeCode() const { return m_socket.closeCode(); }
    QList<streamside::EventSubMessage> messages() const { return m_messages; }

signals:
    void welcomed(const QString& sessionId);
    void revocation(const streamside::EventSubMessage& message);

private:
    void onText(const QString& text);

    QWebSocket m_socket;
    QString m_sessionId;
    QList<streamside::EventSubMessage> m_messages;
};
