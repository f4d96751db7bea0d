#include "sim/EventSubTestClient.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>

EventSubTestClient::EventSubTestClient(QObject* parent)
    : QObject(parent) {
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString& text) {
        m_texts.append(text);
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
        if (document.isObject())
            m_frames.append(document.object());
        emit changed();
    });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        m_closed = true;
        m_closeCode = int(m_socket.closeCode());
        emit changed();
    });
}

bool EventSubTestClient::open(const QUrl& url, int timeoutMs) {
    m_socket.open(url);
    return waitUntil([this] { return !m_frames.isEmpty() || m_closed; }, timeoutMs) &&
           !m_frames.isEmpty();
}

QString EventSubTestClient::sessionId() const {
    return welcome()
        .value(QStringLiteral("payload"))
        .toObject()
        .value(QStringLiteral("session"))
        .toObject()
        .value(QStringLiteral("id"))
        .toString();
}

QList<QJsonObject> EventSubTestClient::framesOfType(const QString& messageType) const {
    QList<QJsonObject> result;
    for (const QJsonObject& frame : m_frames)
        if (frame.value(QStringLiteral("metadata"))
                .toObject()
                .value(QStringLiteral("message_type"))
                .toString() == messageType)
            result.append(frame);
    return result;
}

std::optional<QJsonObject> EventSubTestClient::waitForFrame(const QString& messageType,
                                                            int timeoutMs, int count) {
    if (!waitUntil([&] { return framesOfType(messageType).size() >= count; }, timeoutMs))
        return std::nullopt;
    return framesOfType(messageType).at(count - 1);
}

bool EventSubTestClient::waitForClose(int timeoutMs) {
    return waitUntil([this] { return m_closed; }, timeoutMs);
}

bool EventSubTestClient::waitUntil(const std::function<bool()>& done, int timeoutMs) {
    QSignalSpy spy(this, &EventSubTestClient::changed);
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
