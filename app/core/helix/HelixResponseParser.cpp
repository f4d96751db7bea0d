#include "core/helix/HelixResponseParser.h"

#include "core/events/Rfc3339.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace streamside {

namespace {

QJsonArray dataArray(const QByteArray& body) {
    return QJsonDocument::fromJson(body).object().value(QLatin1String("data")).toArray();
}

QJsonObject firstObject(const QJsonArray& array) {
    return array.isEmpty() ? QJsonObject() : array.at(0).toObject();
}

QString text(const QJsonObject& object, const char* key) {
    return object.value(QLatin1String(key)).toString();
}

QStringList stringList(const QJsonValue& value) {
    QStringList list;
    for (const QJsonValue& item : value.toArray())
        list.append(item.toString());
    return list;
}

QDateTime timestamp(const QJsonObject& object, const char* key) {
    const QString value = text(object, key);
    return value.isEmpty() ? QDateTime() : parseRfc3339(value);
}

HelixUser userFromJson(const QJsonObject& json) {
    HelixUser user;
    user.id = text(json, "id");
    user.login = text(json, "login");
    user.displayName = text(json, "display_name");
    user.broadcasterType = text(json, "broadcaster_type");
    user.description = text(json, "description");
    user.profileImageUrl = text(json, "profile_image_url");
    user.offlineImageUrl = text(json, "offline_image_url");
    user.createdAt = timestamp(json, "created_at");
    return user;
}

HelixStream streamFromJson(const QJsonObject& json) {
    HelixStream stream;
    stream.id = text(json, "id");
    stream.userId = text(json, "user_id");
    stream.userLogin = text(json, "user_login");
    stream.userName = text(json, "user_name");
    stream.gameId = text(json, "game_id");
    stream.gameName = text(json, "game_name");
    stream.title = text(json, "title");
    stream.tags = stringList(json.value(QLatin1String("tags")));
    stream.viewerCount = json.value(QLatin1String("viewer_count")).toInt();
    stream.startedAt = timestamp(json, "started_at");
    stream.language = text(json, "language");
    stream.thumbnailUrl = text(json, "thumbnail_url");
    stream.isMature = json.value(QLatin1String("is_mature")).toBool();
    return stream;
}

HelixChannelSearchResult searchResultFromJson(const QJsonObject& json) {
    HelixChannelSearchResult result;
    result.id = text(json, "id");
    result.login = text(json, "broadcaster_login");
    result.displayName = text(json, "display_name");
    result.gameId = text(json, "game_id");
    result.gameName = text(json, "game_name");
    result.title = text(json, "title");
    result.tags = stringList(json.value(QLatin1String("tags")));
    result.language = text(json, "broadcaster_language");
    result.thumbnailUrl = text(json, "thumbnail_url");
    result.isLive = json.value(QLatin1String("is_live")).toBool();
    result.startedAt = timestamp(json, "started_at");
    return result;
}

template <typename T>
QList<T> listFromData(const QByteArray& body, T (*fromJson)(const QJsonObject&)) {
    QList<T> list;
    for (const QJsonValue& item : dataArray(body))
        list.append(fromJson(item.toObject()));
    return list;
}

} // namespace

QList<HelixUser> HelixResponseParser::users(const QByteArray& body) {
    return listFromData(body, &userFromJson);
}

QList<HelixStream> HelixResponseParser::streams(const QByteArray& body) {
    return listFromData(body, &streamFromJson);
}

QList<HelixChannelSearchResult> HelixResponseParser::channelSearchResults(const QByteArray& body) {
    return listFromData(body, &searchResultFromJson);
}

CreatedEventSubSubscription HelixResponseParser::createdSubscription(const QByteArray& body) {
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    const QJsonObject data = firstObject(root.value(QLatin1String("data")).toArray());
    CreatedEventSubSubscription created;
    created.id = text(data, "id");
    created.status = text(data, "status");
    created.type = text(data, "type");
    created.version = text(data, "version");
    created.cost = data.value(QLatin1String("cost")).toInt();
    created.totalCost = root.value(QLatin1String("total_cost")).toInt();
    created.maxTotalCost = root.value(QLatin1String("max_total_cost")).toInt();
    return created;
}

SentChatMessage HelixResponseParser::sentChatMessage(const QByteArray& body) {
    const QJsonObject data = firstObject(dataArray(body));
    const QJsonObject dropReason = data.value(QLatin1String("drop_reason")).toObject();
    SentChatMessage sent;
    sent.messageId = text(data, "message_id");
    sent.isSent = data.value(QLatin1String("is_sent")).toBool();
    sent.dropReasonCode = text(dropReason, "code");
    sent.dropReasonMessage = text(dropReason, "message");
    return sent;
}

} // namespace streamside
