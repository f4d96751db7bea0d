#include "sim/Simulator.h"

#include "sim/HelixService.h"
#include "sim/OAuthService.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonObject>

namespace streamside::sim {

Simulator::Simulator(QObject* parent)
    : QObject(parent)
    , m_http(std::make_unique<QHttpServer>())
    , m_oauth(std::make_unique<OAuthService>(m_context))
    , m_helix(std::make_unique<HelixService>(m_context)) {
    addControlRoutes();
    m_oauth->addRoutes(*m_http);
    m_helix->addRoutes(*m_http);
}

Simulator::~Simulator() = default;

bool Simulator::start(quint16 port) {
    m_port = m_http->listen(QHostAddress::LocalHost, port);
    if (m_port == 0) {
        m_error = QStringLiteral("cannot listen on 127.0.0.1:%1").arg(port);
        return false;
    }
    m_context.httpBaseUrl = baseUrl();
    return true;
}

QUrl Simulator::baseUrl() const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

void Simulator::addControlRoutes() {
    m_http->route(QStringLiteral("/_sim/health"), [] {
        return QHttpServerResponse(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
    });
}

} // namespace streamside::sim
