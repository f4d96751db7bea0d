#pragma once

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>

class QHttpServer;

namespace streamside::sim {

// The Twitch simulator. Listens on the loopback interface only.
class Simulator : public QObject {
    Q_OBJECT
public:
    explicit Simulator(QObject* parent = nullptr);
    ~Simulator() override;

    // Starts listening on 127.0.0.1; port 0 lets the operating system choose.
    // Returns false (and sets errorString()) when the port cannot be bound.
    bool start(quint16 port = 0);

    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;
    QString errorString() const { return m_error; }

private:
    void addControlRoutes();

    std::unique_ptr<QHttpServer> m_http;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace streamside::sim
