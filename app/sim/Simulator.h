#pragma once

#include "sim/SimContext.h"

#include <QObject>
#include <QUrl>

#include <memory>

class QHttpServer;
class QHttpServerRequest;

namespace streamside::sim {

class PageService;
class HelixService;
class OAuthService;
class EventSubServer;
class EventLoad;
class FaultScheduler;
class LivelyGenerator;

// The Twitch simulator: OAuth, Helix, EventSub WebSocket, player and chat
// pages, and a control API for tests and the demo. Listens on the loopback
// interface only. Each Twitch surface is a service with its own routes; this
// class owns the shared state and the servers.
class Simulator : public QObject {
    Q_OBJECT
public:
    explicit Simulator(QObject* parent = nullptr);
    ~Simulator() override;

    // Starts listening on 127.0.0.1; port 0 lets the operating system choose.
    // Returns false (and sets errorString()) when a port cannot be bound.
    bool start(quint16 httpPort = 0);

    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;
    QString errorString() const { return m_error; }

    SimContext& context() { return m_context; }
    World& world() { return m_context.world; }
    SimSettings& settings() { return m_context.settings; }
    SubscriptionRegistry& subscriptions() { return m_context.subscriptions; }
    ChatLog& chat() { return m_context.chat; }
    TokenStore& tokens() { return m_context.tokens; }
    OAuthService& oauth() { return *m_oauth; }
    HelixService& helix() { return *m_helix; }
    EventSubServer& eventSub() { return *m_eventSub; }
    LivelyGenerator& lively() { return *m_lively; }
    // For soak tests: a steady load of events, chaos mode, and the ledger of
    // what EventSub delivered (SimContext::ledger).
    EventLoad& load() { return *m_load; }
    FaultScheduler& faults() { return *m_faults; }
    DeliveryLedger& ledger() { return m_context.ledger; }

    // Makes a channel go live or offline; returns false for an unknown login
    // or when the state does not change.
    bool setChannelLive(const QString& login, bool live);

signals:
    // A channel went live or offline (World already changed).
    void channelLiveChanged(const QString& broadcasterId, bool live);

private:
    void addControlRoutes();

    SimContext m_context;
    // The services before the server: the server's routes point into them,
    // so it is destroyed (and stops routing) first.
    std::unique_ptr<PageService> m_pages;
    std::unique_ptr<OAuthService> m_oauth;
    std::unique_ptr<HelixService> m_helix;
    std::unique_ptr<EventSubServer> m_eventSub;
    std::unique_ptr<LivelyGenerator> m_lively;
    std::unique_ptr<EventLoad> m_load;
    std::unique_ptr<FaultScheduler> m_faults;
    std::unique_ptr<QHttpServer> m_http;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace streamside::sim
