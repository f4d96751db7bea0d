#include "sim/Simulator.h"

#include "sim/EventLoad.h"
#include "sim/EventSubControlRoutes.h"
#include "sim/EventSubServer.h"
#include "sim/FaultScheduler.h"
#include "sim/HelixService.h"
#include "sim/LivelyGenerator.h"
#include "sim/OAuthService.h"
#include "sim/PageService.h"
#include "sim/SoakControlRoutes.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>

namespace streamside::sim {

Simulator::Simulator(QObject* parent)
    : QObject(parent)
    , m_pages(std::make_unique<PageService>(m_context))
    , m_oauth(std::make_unique<OAuthService>(m_context))
    , m_helix(std::make_unique<HelixService>(m_context))
    , m_eventSub(std::make_unique<EventSubServer>(m_context))
    , m_lively(std::make_unique<LivelyGenerator>(m_context, *m_eventSub))
    , m_load(std::make_unique<EventLoad>(m_context, *m_eventSub))
    , m_faults(std::make_unique<FaultScheduler>(*this))
    , m_http(std::make_unique<QHttpServer>()) {
    m_pages->registerRoutes(*m_http);
    m_oauth->addRoutes(*m_http);
    m_helix->addRoutes(*m_http);
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

bool Simulator::setChannelLive(const QString& login, bool live) {
    const SimUser* user = m_context.world.userByLogin(login);
    if (!user || !m_context.world.setLive(user->id, live))
        return false;
    m_eventSub->announceLiveState(user->id);
    emit channelLiveChanged(user->id, live);
    return true;
}

void Simulator::addControlRoutes() {
    using StatusCode = QHttpServerResponse::StatusCode;
    m_http->route(QStringLiteral("/_sim/health"), [] {
        return QHttpServerResponse(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
    });
    // POST /_sim/channels/<login>/live  {"live": true|false}
    m_http->route(
        QStringLiteral("/_sim/channels/<arg>/live"), QHttpServerRequest::Method::Post,
        [this](const QString& login, const QHttpServerRequest& request) {
            const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
            if (!body.value(QStringLiteral("live")).isBool())
                return QHttpServerResponse(
                    QJsonObject{
                        {QStringLiteral("error"), QStringLiteral("body must be {\"live\": bool}")}},
                    StatusCode::BadRequest);
            const bool live = body.value(QStringLiteral("live")).toBool();
            const SimUser* user = m_context.world.userByLogin(login);
            if (!user)
                return QHttpServerResponse(
                    QJsonObject{{QStringLiteral("error"), QStringLiteral("no such channel")}},
                    StatusCode::NotFound);
            const bool changed = setChannelLive(login, live);
            return QHttpServerResponse(QJsonObject{{QStringLiteral("login"), user->login},
                                                   {QStringLiteral("live"), live},
                                                   {QStringLiteral("changed"), changed}});
        });
    addEventSubControlRoutes(*m_http, m_context, *m_eventSub, *m_lively);
    addSoakControlRoutes(*m_http, *this);
}

} // namespace streamside::sim
