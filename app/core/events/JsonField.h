#pragma once

#include <QJsonObject>
#include <QString>

namespace streamside {

// One member of a parsed JSON object, read the cheap way. QJsonObject::value()
// wraps what it finds in a QJsonValue of its own, which for a string means
// copying it into a CBOR container of its own (three allocations in Qt 6.4)
// before toString() copies it out again; the reference constFind() gives
// converts once. Same results as object.value(key).toString() and the like:
// a null QString, an empty object or false when the member is missing or of
// another type. Key is a QLatin1StringView or a QStringView.
template <typename Key>
QString jsonString(const QJsonObject& object, Key key) {
    const auto found = object.constFind(key);
    return found != object.constEnd() ? found->toString() : QString();
}

template <typename Key>
QJsonObject jsonObject(const QJsonObject& object, Key key) {
    const auto found = object.constFind(key);
    return found != object.constEnd() ? found->toObject() : QJsonObject();
}

template <typename Key>
bool jsonBool(const QJsonObject& object, Key key) {
    const auto found = object.constFind(key);
    return found != object.constEnd() && found->toBool();
}

} // namespace streamside
