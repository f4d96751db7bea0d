#include "sim/ControlRouteReplies.h"

#include <QHttpServerRequest>
#include <QJsonDocument>

namespace streamside::sim {

QHttpServerResponse controlError(QHttpServerResponse::StatusCode status, const QString& message) {
    return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), message}}, status);
}

std::optional<QJsonObject> controlRequestBody(const QHttpServerRequest& request) {
    if (request.body().trimmed().isEmpty())
        return QJsonObject{};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace streamside::sim
