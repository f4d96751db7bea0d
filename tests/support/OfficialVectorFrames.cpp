#include "support/OfficialVectorFrames.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

QList<QByteArray> officialNotificationFrames(const QString& vectorsDir) {
    QList<QByteArray> frames;
    const QDir dir(vectorsDir);
    int n = 0;
    for (const QString& name : dir.entryList({QStringLiteral("payload.*.json")}, QDir::Files)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject payload = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject subscription = payload.value(QStringLiteral("subscription")).toObject();
        const QJsonObject frame{
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("message_id"), QStringLiteral("bench-%1").arg(++n)},
                         {QStringLiteral("message_type"), QStringLiteral("notification")},
                         {QStringLiteral("message_timestamp"),
                          QStringLiteral("2026-11-27T20:00:00.123456789Z")},
                         {QStringLiteral("subscription_type"), subscription.value("type")},
                         {QStringLiteral("subscription_version"), subscription.value("version")}}},
            {QStringLiteral("payload"), payload}};
        frames << QJsonDocument(frame).toJson(QJsonDocument::Compact);
    }
    return frames;
}
