#include "helix/TestEventSubSocket.h"

#include <QTest>

TestEventSubSocket::TestEventSubSocket(QObject* parent)
    : QObject(parent) {
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &TestEventSubSocket::onText);
}

bool TestEventSubSocket::open(const QUrl& url, int timeoutMs) {
    m_socket.open(url);
    return QTest::qWaitFor([this] { return !m_sessionId.isEmpty(); }, timeoutMs);
}

void TestEventSubSocket::onText(const QString& text) {
    QString error;
    const std::optional<streamside::EventSubMessage> message =
        streamside::EventSubMessage::parse(text.toUtf8(), &error);
    if (!message)
        return;
    m_messages.append(*message);
    if (message->type == streamside::EventSubMessage::Type::Welcome && m_sessionId.isEmpty()) {
        m_sessionId = message->sessionId;
        emit welcomed(m_sessionId);
    } else if (message->type == streamside::EventSubMessage::Type::Revocation) {
        emit revocation(*message);
    }
}
