#include "core/storage/EventRepository.h"

#include "core/app/Logging.h"
#include "core/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace streamside {

namespace {

qint64 toMillis(const QDateTime& time) {
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QVariant nullable(const QString& text) {
    return text.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

EventRecord readRecord(const QSqlQuery& query) {
    EventRecord record;
    record.messageId = query.value(0).toString();
    record.channelId = query.value(1).toString();
    record.kind = query.value(2).toString();
    record.subscriptionType = query.value(3).toString();
    record.occurredAt = QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), Qt::UTC);
    record.receivedAt = QDateTime::fromMSecsSinceEpoch(query.value(5).toLongLong(), Qt::UTC);
    record.actorLogin = query.value(6).toString();
    record.actorName = query.value(7).toString();
    record.targetName = query.value(8).toString();
    if (!query.value(9).isNull())
        record.amount = query.value(9).toLongLong();
    record.message = query.value(10).toString();
    record.raw = query.value(11).toByteArray();
    return record;
}

} // namespace

EventRepository::EventRepository(Database& database)
    : m_database(database) {}

StorageError EventRepository::insert(const EventRecord& event, bool* inserted) {
    bool stored = false;
    const StorageError error =
        m_database.transaction(StorageError::tr("An event could not be saved."), [&] {
            QSqlQuery query(m_database.connection());
            query.prepare(QStringLiteral(
                "INSERT INTO events (message_id, channel_id, kind, subscription_type,"
                " occurred_at, received_at, actor_login, actor_name, target_name, amount, message, "
                "raw)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                // A redelivered message id is skipped; anything else that breaks a
                // constraint is an error, never a silently dropped event.
                " ON CONFLICT (message_id) DO NOTHING"));
            query.addBindValue(event.messageId);
            query.addBindValue(event.channelId);
            query.addBindValue(event.kind);
            query.addBindValue(event.subscriptionType);
            query.addBindValue(toMillis(event.occurredAt));
            query.addBindValue(toMillis(event.receivedAt));
            query.addBindValue(nullable(event.actorLogin));
            query.addBindValue(nullable(event.actorName));
            query.addBindValue(nullable(event.targetName));
            query.addBindValue(event.amount ? QVariant(*event.amount)
                                            : QVariant(QMetaType::fromType<qint64>()));
            query.addBindValue(nullable(event.message));
            query.addBindValue(QString::fromUtf8(event.raw));
            if (!query.exec())
                return StorageError::fromSql(query.lastError(),
                                             StorageError::tr("An event could not be saved."));
            stored = query.numRowsAffected() > 0;
            if (!stored)
                return StorageError{};

            // Keep the newest m_retention of this channel. The index on
            // (channel_id, occurred_at) makes this a short range scan.
            QSqlQuery prune(m_database.connection());
            prune.prepare(QStringLiteral(
                "DELETE FROM events WHERE message_id IN (SELECT message_id FROM events"
                " WHERE channel_id = ? ORDER BY occurred_at DESC, rowid DESC LIMIT -1 OFFSET ?)"));
            prune.addBindValue(event.channelId);
            prune.addBindValue(m_retention);
            if (!prune.exec())
                return StorageError::fromSql(prune.lastError(),
                                             StorageError::tr("Old events could not be removed."));
            return StorageError{};
        });
    if (inserted)
        *inserted = !error && stored;
    return error;
}

QList<EventRecord> EventRepository::newest(const QString& channelId, int limit) const {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT message_id, channel_id, kind, subscription_type, occurred_at, received_at,"
        " actor_login, actor_name, target_name, amount, message, raw FROM events"
        " WHERE channel_id = ? ORDER BY occurred_at DESC, rowid DESC LIMIT ?"));
    query.addBindValue(channelId);
    query.addBindValue(limit);
    QList<EventRecord> records;
    if (!query.exec()) {
        qCWarning(lcStorage).noquote()
            << StorageError::fromSql(query.lastError(),
                                     StorageError::tr("The event history could not be read."))
                   .message;
        return records;
    }
    while (query.next())
        records.append(readRecord(query));
    return records;
}

bool EventRepository::contains(const QString& messageId) const {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM events WHERE message_id = ?"));
    query.addBindValue(messageId);
    return query.exec() && query.next();
}

int EventRepository::count(const QString& channelId) const {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM events WHERE channel_id = ?"));
    query.addBindValue(channelId);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

} // namespace streamside
