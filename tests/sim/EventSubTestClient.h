#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QWebSocket>

#include <functional>
#include <optional>

// A plain QWebSocket client of the simulator's EventSub server, as a test
// sees it: it records every frame and waits on its own signals.
class EventSubTestClient : public QObject {
    Q_OBJECT
public:
    explicit EventSubTestClient(QObject* parent = nullptr);

    // Connects and waits for the first frame (the welcome).
    bool open(const QUrl& url, int timeoutMs = 5000);
    QJsonObject welcome() const { return m_frames.isEmpty() ? QJsonObject() : m_frames.first(); }
    QString sessionId() const;

    QList<QJsonObject> frames() const { return m_frames; }
    QList<QJsonObject> framesOfType(const QString& messageType) const;
    QStringList texts() const { return m_texts; }
    // Waits until `count` frames of the type have arrived in all.
    std::optional<QJsonObject> waitForFrame(const QString& messageType, int timeoutMs,
                                            int count = 1);
    bool waitForClose(int timeoutMs);
    bool isClosed() const { return m_closed; }
    int closeCode() const { return m_closeCode; }

    // Waits on this client's signals until done() holds.
    bool waitUntil(const std::function<bool()>& done, int timeoutMs);

    QWebSocket& socket() { return m_socket; }

signals:
    void changed();

private:
    QWebSocket m_socket;
    QList<QJsonObject> m_frames;
    QStringList m_texts;
    bool m_closed = false;
    int m_closeCode = 0;
};
