#pragma once

#include <QHttpServerResponse>
#include <QJsonObject>

#include <optional>

class QHttpServerRequest;

namespace streamside::sim {

// What the simulator's control routes (EventSub's and the soak's) share: the
// JSON error they answer with, and how they read a request's body.

// {"error": message} with the given status.
QHttpServerResponse controlError(QHttpServerResponse::StatusCode status, const QString& message);

// The request's JSON object body; an empty body is an empty object, anything
// else that is not a JSON object is nothing.
std::optional<QJsonObject> controlRequestBody(const QHttpServerRequest& request);

} // namespace streamside::sim
