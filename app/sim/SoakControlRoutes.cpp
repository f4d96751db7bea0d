#include "sim/SoakControlRoutes.h"

#include "sim/ControlRouteReplies.h"
#include "sim/DeliveryLedger.h"
#include "sim/EventLoad.h"
#include "sim/FaultScheduler.h"
#include "sim/Simulator.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace streamside::sim {

namespace {

using Status = QHttpServerResponse::StatusCode;
using Method = QHttpServerRequest::Method;

QStringList strings(const QJsonValue& value) {
    QStringList result;
    for (const QJsonValue& item : value.toArray())
        result << item.toString();
    return result;
}

// A seed may come as a JSON number or, beyond 2^53, as a decimal string.
std::optional<quint64> seedOf(const QJsonValue& value) {
    if (value.isUndefined() || value.isNull())
        return quint64(0);
    if (value.isDouble() && value.toDouble() >= 0)
        return quint64(value.toDouble());
    bool ok = false;
    const quint64 seed = value.toString().toULongLong(&ok);
    return ok ? std::optional<quint64>(seed) : std::nullopt;
}

} // namespace

void addSoakControlRoutes(QHttpServer& http, Simulator& simulator) {
    http.route(
        QStringLiteral("/_sim/ledger"), Method::Get,
        [&simulator](const QHttpServerRequest& request) {
            const QUrlQuery query = request.query();
            bool ok = true;
            const int graceMs = query.hasQueryItem(QStringLiteral("grace_ms"))
                                    ? query.queryItemValue(QStringLiteral("grace_ms")).toInt(&ok)
                                    : DeliveryLedger::defaultGraceMs;
            if (!ok || graceMs < 0)
                return controlError(Status::BadRequest, QStringLiteral("grace_ms must be >= 0"));
            const QString frames = query.queryItemValue(QStringLiteral("frames"));
            const bool withFrames = frames == QLatin1String("1") || frames == QLatin1String("true");
            return QHttpServerResponse(simulator.context().ledger.report(graceMs, withFrames));
        });
    http.route(QStringLiteral("/_sim/ledger"), Method::Delete, [&simulator] {
        simulator.context().ledger.clear();
        return QHttpServerResponse(Status::NoContent);
    });

    http.route(QStringLiteral("/_sim/load"), Method::Get,
               [&simulator] { return QHttpServerResponse(simulator.load().state()); });
    http.route(
        QStringLiteral("/_sim/load"), Method::Post,
        [&simulator](const QHttpServerRequest& request) {
            const std::optional<QJsonObject> body = controlRequestBody(request);
            if (!body)
                return controlError(Status::BadRequest,
                                    QStringLiteral("the body must be a JSON object"));
            const QString login = body->value(QStringLiteral("channel")).toString();
            const SimUser* user = simulator.world().userByLogin(login);
            if (!user || !simulator.world().channelById(user->id))
                return controlError(Status::NotFound,
                                    QStringLiteral("unknown channel: '%1'").arg(login));
            if (!simulator.load().start(user->id, body->value(QStringLiteral("rate")).toDouble()))
                return controlError(Status::BadRequest,
                                    QStringLiteral("rate must be 0 < r <= 1000"));
            return QHttpServerResponse(simulator.load().state());
        });
    http.route(QStringLiteral("/_sim/load"), Method::Delete, [&simulator] {
        simulator.load().stop();
        return QHttpServerResponse(simulator.load().state());
    });

    http.route(QStringLiteral("/_sim/chaos"), Method::Get,
               [&simulator] { return QHttpServerResponse(simulator.faults().state()); });
    http.route(QStringLiteral("/_sim/chaos"), Method::Post,
               [&simulator](const QHttpServerRequest& request) {
                   const std::optional<QJsonObject> body = controlRequestBody(request);
                   if (!body)
                       return controlError(Status::BadRequest,
                                           QStringLiteral("the body must be a JSON object"));
                   const std::optional<quint64> seed = seedOf(body->value(QStringLiteral("seed")));
                   if (!seed)
                       return controlError(
                           Status::BadRequest,
                           QStringLiteral("seed must be a number or a decimal string"));
                   FaultScheduler::Options options;
                   options.seed = *seed;
                   options.minIntervalMs =
                       body->value(QStringLiteral("min_interval_ms")).toInt(options.minIntervalMs);
                   options.maxIntervalMs =
                       body->value(QStringLiteral("max_interval_ms")).toInt(options.maxIntervalMs);
                   options.faults = strings(body->value(QStringLiteral("faults")));
                   options.liveChannels = strings(body->value(QStringLiteral("live_channels")));
                   options.login = body->value(QStringLiteral("login")).toString();
                   QString problem;
                   if (!simulator.faults().start(options, &problem))
                       return controlError(Status::BadRequest, problem);
                   return QHttpServerResponse(simulator.faults().state());
               });
    http.route(QStringLiteral("/_sim/chaos"), Method::Delete, [&simulator] {
        simulator.faults().stop();
        return QHttpServerResponse(simulator.faults().state());
    });
    http.route(QStringLiteral("/_sim/chaos/inject"), Method::Post,
               [&simulator](const QHttpServerRequest& request) {
                   const std::optional<QJsonObject> body = controlRequestBody(request);
                   const QString fault =
                       body ? body->value(QStringLiteral("fault")).toString() : QString();
                   if (!FaultScheduler::faultNames().contains(fault))
                       return controlError(
                           Status::BadRequest,
                           QStringLiteral("fault must be one of: %1")
                               .arg(FaultScheduler::faultNames().join(QStringLiteral(", "))));
                   return QHttpServerResponse(
                       QJsonObject{{QStringLiteral("injected"), simulator.faults().inject(fault)}});
               });
}

} // namespace streamside::sim
