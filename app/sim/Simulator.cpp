#include "sim/Simulator.h"

#include "sim/EventSubControlRoutes.h"
#include "sim/EventSubServer.h"
#include "sim/LivelyGenerator.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonObject>

namespace streamside::sim {

Simulator::Simulator(QObject* parent)
    : QObject(parent)
    , m_http(std::make_unique<QHttpServer>())
    , m_eventSub(std::make_unique<EventSubServer>(m_context))
    , m_lively(std::make_unique<LivelyGenerator>(m_context, *m_eventSub)) {
    addControlRoutes();
}

Simulator::~Simulator() = default;

bool Simulator::start(quint16 port) {
    m_port = m_http->listen(QHostAddress::LocalHost, port);
    if (m_port == 0) {
        m_error = QStringLiteral("cannot listen on 127.0.0.1:%1").arg(port);
        return false;
    }
    m_context.httpBaseUrl = baseUrl();
    if (!m_eventSub->listen()) {
        m_error = m_eventSub->errorString();
        return false;
    }
    return true;
}

QUrl Simulator::baseUrl() const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

void Simulator::addControlRoutes() {
    m_http->route(QStringLiteral("/_sim/health"), [] {
        return QHttpServerResponse(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
    });
    addEventSubControlRoutes(*m_http, m_context, *m_eventSub, *m_lively);
}

} // namespace streamside::sim
