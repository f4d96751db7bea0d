#include "HistoryCheck.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

HistoryCheck HistoryCheck::run(const QJsonArray& frames, const QJsonArray& connections,
                               const QString& databasePath) {
    HistoryCheck check;
    const QString connectionName = QStringLiteral("soak-history");
    QSet<QString> stored;
    QSet<QString> channels;
    for (const QJsonValue& frame : frames)
        channels.insert(frame[QStringLiteral("broadcaster_user_id")].toString());
    QHash<QString, int> storedPerChannel;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            check.error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("SELECT message_id, channel_id FROM events")))
                check.error = query.lastError().text();
            while (query.next()) {
                stored.insert(query.value(0).toString());
                ++storedPerChannel[query.value(1).toString()];
            }
            // The happening itself: chat notifications and messages carry an
            // id of their own inside the payload.
            QSqlQuery twice(db);
            if (twice.exec(QStringLiteral(
                    "SELECT COUNT(*) FROM (SELECT json_extract(raw, '$.event.message_id') AS id"
                    " FROM events WHERE id IS NOT NULL GROUP BY id HAVING COUNT(*) > 1)")) &&
                twice.next())
                check.happeningsStoredTwice = twice.value(0).toInt();
            else if (check.error.isEmpty())
                check.error = twice.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(connectionName);

    QHash<qint64, QJsonObject> socketOf;
    for (const QJsonValue& connection : connections)
        socketOf.insert(connection[QStringLiteral("connection")].toInteger(),
                        connection.toObject());

    QSet<QString> inLedger;
    for (const QJsonValue& value : frames) {
        const QJsonObject frame = value.toObject();
        const QString id = frame[QStringLiteral("message_id")].toString();
        const QString verdict = frame[QStringLiteral("verdict")].toString();
        const bool isStored = stored.contains(id);
        inLedger.insert(id);
        if (frame[QStringLiteral("copies")].toInt() > 1) {
            ++check.duplicatedFrames;
            check.duplicatedFramesStored += isStored ? 1 : 0;
        }
        if (verdict == QLatin1String("owed")) {
            ++check.owed;
            if (isStored) {
                ++check.owedStored;
            } else if (check.missing.size() < 20) {
                const QJsonObject socket =
                    socketOf.value(frame[QStringLiteral("connection")].toInteger());
                check.missing.append(
                    QStringLiteral("%1 %2 sent at %3 ms on socket %4 (%5 at %6 ms)")
                        .arg(id, frame[QStringLiteral("type")].toString())
                        .arg(frame[QStringLiteral("sent_at_ms")].toInteger())
                        .arg(frame[QStringLiteral("connection")].toInteger())
                        .arg(socket[QStringLiteral("end")].toString())
                        .arg(socket[QStringLiteral("ended_at_ms")].toInteger()));
            }
        } else if (verdict == QLatin1String("at_risk")) {
            ++check.atRisk;
            check.atRiskStored += isStored ? 1 : 0;
        } else {
            ++check.pending;
        }
    }
    for (const QString& channel : std::as_const(channels))
        check.storedForLedgerChannels += storedPerChannel.value(channel);
    // Stored in a channel the ledger covers, yet never sent while it was kept.
    for (const QString& id : std::as_const(stored))
        check.storedUnknown += inLedger.contains(id) ? 0 : 1;
    return check;
}
