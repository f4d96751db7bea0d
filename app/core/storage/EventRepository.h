#pragma once

#include "core/storage/EventRecord.h"
#include "core/storage/StorageError.h"

#include <QList>
#include <QStringList>

namespace streamside {

class Database;

// The event history: idempotent inserts keyed by EventSub message id, the
// newest N per channel kept (older ones pruned in the same transaction), and
// the newest events of a channel read with one indexed query. Synchronous, on
// the Database's connection; the live events are written through
// EventHistory, which calls insertAll() on a thread of its own.
class EventRepository {
public:
    static constexpr int defaultRetentionPerChannel = 500;

    explicit EventRepository(Database& database);

    const Database& database() const { return m_database; }

    void setRetentionPerChannel(int count) { m_retention = count; }
    int retentionPerChannel() const { return m_retention; }

    // Stores the event unless its message id is already stored; *inserted
    // tells which. Returns no error once the event is durably committed.
    StorageError insert(const EventRecord& event, bool* inserted = nullptr);
    // Stores the events, in their order, in one transaction (all or none),
    // skipping message ids already stored; *storedCount tells how many were
    // new. Each channel that got new events is pruned once, at the end;
    // *prunedIds gets the ids pruned (appended).
    StorageError insertAll(const QList<EventRecord>& events, int* storedCount = nullptr,
                           QStringList* prunedIds = nullptr);

    // The newest events of a channel, newest first (ties: last stored first).
    QList<EventRecord> newest(const QString& channelId, int limit = 10) const;
    bool contains(const QString& messageId) const;
    // Every stored message id; *complete is false when they could not all
    // be read.
    QStringList messageIds(bool* complete) const;
    int count(const QString& channelId) const;

    // The statements that run on every switch and every commit (tests
    // check their query plans).
    static QString newestStatement(); // binds: channel id, limit
    static QString pruneStatement();  // binds: channel id twice, events to keep

private:
    Database& m_database;
    int m_retention = defaultRetentionPerChannel;
};

} // namespace streamside
