#include "sim/JsonShape.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

QString typeName(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("bool");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

QString child(const QString& path, const QString& key) {
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

} // namespace

QStringList jsonShapeDifferences(const QJsonValue& example, const QJsonValue& actual,
                                 const JsonShapeRules& rules, const QString& path) {
    const QString where = path.isEmpty() ? QStringLiteral("(root)") : path;
    if (example.isNull()) {
        if (actual.isNull() || rules.nullOrValue.contains(path))
            return {};
        return {QStringLiteral("%1: example is null, ours is %2").arg(where, typeName(actual))};
    }
    if (actual.isNull() && rules.nullOrValue.contains(path))
        return {};
    if (example.type() != actual.type())
        return {QStringLiteral("%1: example is %2, ours is %3")
                    .arg(where, typeName(example), typeName(actual))};
    if (rules.typeOnly.contains(path))
        return {};
    QStringList differences;
    if (example.isObject()) {
        const QJsonObject expected = example.toObject();
        const QJsonObject ours = actual.toObject();
        for (const QString& key : expected.keys())
            if (!ours.contains(key))
                differences.append(QStringLiteral("%1: missing key '%2'").arg(where, key));
        for (const QString& key : ours.keys())
            if (!expected.contains(key))
                differences.append(QStringLiteral("%1: extra key '%2'").arg(where, key));
        for (const QString& key : expected.keys())
            if (ours.contains(key))
                differences.append(jsonShapeDifferences(expected.value(key), ours.value(key), rules,
                                                        child(path, key)));
    } else if (example.isArray()) {
        const QJsonArray expected = example.toArray();
        if (expected.isEmpty())
            return {}; // nothing to compare the elements with
        for (const QJsonValue& element : actual.toArray())
            differences.append(jsonShapeDifferences(expected.first(), element, rules,
                                                    path + QStringLiteral("[]")));
    }
    return differences;
}
