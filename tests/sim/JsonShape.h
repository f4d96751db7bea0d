#pragma once

#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>

// Compares the shape of two JSON values the way the official Twitch examples
// are meant to be read: objects key by key (the same key set, recursively),
// arrays element by element against the example's first element, scalars by
// JSON type. Paths are written "event.message.fragments[].emote".
struct JsonShapeRules {
    // Paths where the example shows null but Twitch documents a value in
    // other cases (e.g. event.cheer is an object when the message is a
    // cheer): there ours may be null or any value.
    QSet<QString> nullOrValue;
    // Paths whose content is the caller's own data (e.g. a subscription's
    // condition): only the JSON type is compared.
    QSet<QString> typeOnly;
};

// The differences, one readable line each; empty when the shapes agree.
QStringList jsonShapeDifferences(const QJsonValue& example, const QJsonValue& actual,
                                 const JsonShapeRules& rules = {}, const QString& path = {});
