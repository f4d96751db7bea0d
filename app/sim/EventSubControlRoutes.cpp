#include "sim/EventSubControlRoutes.h"

#include "sim/ControlRouteReplies.h"
#include "sim/EventSubServer.h"
#include "sim/LivelyGenerator.h"
#include "sim/SimContext.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace streamside::sim {

namespace {

using Status = QHttpServerResponse::StatusCode;
using Method = QHttpServerRequest::Method;

QString sessionIdOf(const QJsonObject& body) {
    return body.value(QStringLiteral("session_id")).toString();
}

QJsonObject livelyState(const LivelyGenerator& lively) {
    return QJsonObject{{QStringLiteral("enabled"), lively.isRunning()},
                       {QStringLiteral("rate"), lively.rate()}};
}

} // namespace

void addEventSubControlRoutes(QHttpServer& http, SimContext& context, EventSubServer& eventSub,
                              LivelyGenerator& lively) {
    // Wraps a handler that takes the parsed JSON body.
    auto withBody = [](auto handler) {
        return [handler](const QHttpServerRequest& request) {
            const std::optional<QJsonObject> body = controlRequestBody(request);
            if (!body)
                return controlError(Status::BadRequest,
                                    QStringLiteral("the body must be a JSON object"));
            return handler(*body);
        };
    };

    http.route(
        QStringLiteral("/_sim/trigger"), Method::Post,
        withBody([&context, &eventSub](const QJsonObject& body) {
            const QString type = body.value(QStringLiteral("type")).toString();
            const QString login = body.value(QStringLiteral("channel")).toString();
            const SimUser* broadcaster = context.world.userByLogin(login);
            if (!broadcaster || !context.world.channelById(broadcaster->id))
                return controlError(Status::NotFound,
                                    QStringLiteral("unknown channel: '%1'").arg(login));
            const QString variant =
                body.value(QStringLiteral("notice_type"))
                    .toString(body.value(QStringLiteral("message_type")).toString());
            const EventSubServer::TriggerResult result = eventSub.trigger(
                type, variant, broadcaster->id, body.value(QStringLiteral("fields")).toObject());
            if (!result.ok)
                return controlError(Status::BadRequest, result.error);
            return QHttpServerResponse(QJsonObject{
                {QStringLiteral("delivered"), int(result.messageIds.size())},
                {QStringLiteral("message_ids"), QJsonArray::fromStringList(result.messageIds)},
                {QStringLiteral("event"), result.event}});
        }));

    http.route(QStringLiteral("/_sim/eventsub/sessions"), Method::Get,
               [&eventSub] { return QHttpServerResponse(eventSub.sessions()); });

    http.route(QStringLiteral("/_sim/eventsub/reconnect"), Method::Post,
               withBody([&eventSub](const QJsonObject& body) {
                   const int sent = eventSub.sendReconnect(sessionIdOf(body));
                   if (sent == 0 && !sessionIdOf(body).isEmpty())
                       return controlError(Status::NotFound,
                                           QStringLiteral("no such open session"));
                   return QHttpServerResponse(QJsonObject{{QStringLiteral("sent"), sent}});
               }));

    http.route(
        QStringLiteral("/_sim/eventsub/close"), Method::Post,
        withBody([&eventSub](const QJsonObject& body) {
            const int code = body.value(QStringLiteral("code")).toInt(1000);
            if (code < 1000 || code > 4999)
                return controlError(Status::BadRequest, QStringLiteral("code must be 1000..4999"));
            if (!eventSub.closeSession(sessionIdOf(body), code,
                                       body.value(QStringLiteral("reason")).toString()))
                return controlError(Status::NotFound, QStringLiteral("no such open session"));
            return QHttpServerResponse(QJsonObject{{QStringLiteral("closed"), true}});
        }));

    http.route(QStringLiteral("/_sim/eventsub/drop"), Method::Post,
               withBody([&eventSub](const QJsonObject& body) {
                   if (!eventSub.dropSession(sessionIdOf(body)))
                       return controlError(Status::NotFound,
                                           QStringLiteral("no such open session"));
                   return QHttpServerResponse(QJsonObject{{QStringLiteral("dropped"), true}});
               }));

    http.route(QStringLiteral("/_sim/eventsub/keepalives"), Method::Post,
               withBody([&eventSub](const QJsonObject& body) {
                   if (!body.value(QStringLiteral("enabled")).isBool())
                       return controlError(Status::BadRequest,
                                           QStringLiteral("enabled must be a boolean"));
                   eventSub.setKeepalivesEnabled(body.value(QStringLiteral("enabled")).toBool(),
                                                 sessionIdOf(body));
                   return QHttpServerResponse(QJsonObject{
                       {QStringLiteral("enabled"), body.value(QStringLiteral("enabled"))}});
               }));

    http.route(QStringLiteral("/_sim/eventsub/silence"), Method::Post,
               withBody([&eventSub](const QJsonObject& body) {
                   const int silenced = eventSub.silenceSession(sessionIdOf(body));
                   if (silenced == 0 && !sessionIdOf(body).isEmpty())
                       return controlError(Status::NotFound,
                                           QStringLiteral("no such open session"));
                   return QHttpServerResponse(QJsonObject{{QStringLiteral("silenced"), silenced}});
               }));

    http.route(QStringLiteral("/_sim/eventsub/malformed"), Method::Post,
               withBody([&eventSub](const QJsonObject& body) {
                   return QHttpServerResponse(QJsonObject{
                       {QStringLiteral("sent"), eventSub.sendMalformedFrame(sessionIdOf(body))}});
               }));

    http.route(QStringLiteral("/_sim/eventsub/duplicate"), Method::Post,
               withBody([&eventSub](const QJsonObject& body) {
                   const int count = body.value(QStringLiteral("count")).toInt(1);
                   eventSub.duplicateNextNotifications(count);
                   return QHttpServerResponse(QJsonObject{{QStringLiteral("count"), count}});
               }));

    http.route(QStringLiteral("/_sim/eventsub/revoke"), Method::Post,
               withBody([&eventSub](const QJsonObject& body) {
                   const QString status = body.value(QStringLiteral("status"))
                                              .toString(QStringLiteral("authorization_revoked"));
                   if (!eventSub.revokeSubscription(
                           body.value(QStringLiteral("subscription_id")).toString(), status))
                       return controlError(Status::NotFound,
                                           QStringLiteral("no such subscription"));
                   return QHttpServerResponse(QJsonObject{{QStringLiteral("status"), status}});
               }));

    http.route(QStringLiteral("/_sim/lively"), Method::Get,
               [&lively] { return QHttpServerResponse(livelyState(lively)); });
    http.route(
        QStringLiteral("/_sim/lively"), Method::Post, withBody([&lively](const QJsonObject& body) {
            if (body.contains(QStringLiteral("rate"))) {
                const double rate = body.value(QStringLiteral("rate")).toDouble(-1);
                if (rate < 0 || rate > 100)
                    return controlError(Status::BadRequest, QStringLiteral("rate must be 0..100"));
                lively.setRate(rate);
            }
            if (body.contains(QStringLiteral("enabled"))) {
                if (body.value(QStringLiteral("enabled")).toBool())
                    lively.start();
                else
                    lively.stop();
            }
            return QHttpServerResponse(livelyState(lively));
        }));
}

} // namespace streamside::sim
