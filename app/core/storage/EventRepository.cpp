#include "core/storage/EventRepository.h"

#include "core/app/Logging.h"
#include "core/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

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

QString EventRepository::newestStatement() {
    // The index on (channel_id, occurred_at) read backwards gives this order
    // as it stands, ties by rowid included: no sorting.
    return QStringLiteral(
        "SELECT message_id, channel_id, kind, subscription_type, occurred_at, received_at,"
        " actor_login, actor_name, target_name, amount, message, raw FROM events"
        " WHERE channel_id = ? ORDER BY occurred_at DESC, rowid DESC LIMIT ?");
}

QString EventRepository::pruneStatement() {
    // Finds the first event past the newest N (in the order of newest())
    // and deletes it and everything older, saying which. Runs after every
    // commit, so it must stay a walk along the index: no IN list and no
    // sorting, whose temporary b-trees cost an allocation and a release of
    // pages each time (the writer thread's madvise calls were interrupting
    // the UI thread).
    return QStringLiteral("DELETE FROM events WHERE channel_id = ? AND (occurred_at, rowid) <= ("
                          "SELECT occurred_at, rowid FROM events WHERE channel_id = ?"
                          " ORDER BY occurred_at DESC, rowid DESC LIMIT 1 OFFSET ?)"
                          " RETURNING message_id");
}

EventRepository::EventRepository(Database& database)
    : m_database(database) {}

StorageError EventRepository::insert(const EventRecord& event, bool* inserted) {
    int stored = 0;
    const StorageError error = insertAll({event}, &stored);
    if (inserted)
        *inserted = !error && stored > 0;
    return error;
}

StorageError EventRepository::insertAll(const QList<EventRecord>& events, int* storedCount,
                                        QStringList* prunedIds) {
    int stored = 0;
    QStringList pruned; // reported only once committed
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
            QStringList channels; // that got new events, to be pruned
            for (const EventRecord& event : events) {
                query.bindValue(0, event.messageId);
                query.bindValue(1, event.channelId);
                query.bindValue(2, event.kind);
                query.bindValue(3, event.subscriptionType);
                query.bindValue(4, toMillis(event.occurredAt));
                query.bindValue(5, toMillis(event.receivedAt));
                query.bindValue(6, nullable(event.actorLogin));
                query.bindValue(7, nullable(event.actorName));
                query.bindValue(8, nullable(event.targetName));
                query.bindValue(9, event.amount ? QVariant(*event.amount)
                                                : QVariant(QMetaType::fromType<qint64>()));
                query.bindValue(10, nullable(event.message));
                query.bindValue(11, QString::fromUtf8(event.raw));
                if (!query.exec())
                    return StorageError::fromSql(query.lastError(),
                                                 StorageError::tr("An event could not be saved."));
                if (query.numRowsAffected() > 0) {
                    ++stored;
                    if (!channels.contains(event.channelId))
                        channels << event.channelId;
                }
            }
            if (channels.isEmpty())
                return StorageError{};

            // Keep the newest m_retention of each channel.
            QSqlQuery prune(m_database.connection());
            prune.prepare(pruneStatement());
            for (const QString& channel : channels) {
                prune.bindValue(0, channel);
                prune.bindValue(1, channel);
                prune.bindValue(2, m_retention);
                if (!prune.exec())
                    return StorageError::fromSql(
                        prune.lastError(), StorageError::tr("Old events could not be removed."));
                while (prune.next())
                    pruned << prune.value(0).toString();
            }
            return StorageError{};
        });
    if (storedCount)
        *storedCount = error ? 0 : stored;
    if (prunedIds && !error)
        *prunedIds += pruned;
    return error;
}

QList<EventRecord> EventRepository::newest(const QString& channelId, int limit) const {
    QSqlQuery query(m_database.connection());
    query.prepare(newestStatement());
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

QStringList EventRepository::messageIds(bool* complete) const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QStringList ids;
    *complete = query.exec(QStringLiteral("SELECT message_id FROM events"));
    while (query.next())
        ids << query.value(0).toString();
    if (query.lastError().isValid())
        *complete = false;
    return ids;
}

int EventRepository::count(const QString& channelId) const {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM events WHERE channel_id = ?"));
    query.addBindValue(channelId);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

} // namespace streamside
