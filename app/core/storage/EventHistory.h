#pragma once

#include "core/storage/EventRecord.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QWaitCondition>

#include <memory>

class QThread;

namespace streamside {

class EventRepository;

// The event history as the live events use it: looked up on the calling
// thread, through the repository's connection, and written on a thread of
// its own, through a connection of its own, so that an event on screen never
// waits for SQLite (a commit takes a fraction of a millisecond, a WAL
// checkpoint now and then several).
//
// Group commit: the events stored while one transaction commits go together
// into the next, so there is one transaction per event when they come
// slowly, and few when they come fast. The writer never waits to gather a
// batch, so a crash (or SIGKILL) costs at most what is queued or being
// written: the events of the last transaction's duration, a few
// milliseconds. committed() says when events are durable.
class EventHistory : public QObject {
    Q_OBJECT
public:
    // At most this many events go into one transaction.
    static constexpr int maxBatch = 500;

    // repository is not owned and must outlive this. Its database must have
    // been opened (checked and migrated) before the first store(); its path,
    // busy timeout and retention are what the writer uses.
    explicit EventHistory(EventRepository& repository, QObject* parent = nullptr);
    // Writes what is still queued, then ends the writer thread.
    ~EventHistory() override;

    const EventRepository& repository() const { return m_repository; }

    // Whether the message id is stored (committed) already: a redelivery
    // across a restart. Events stored in this run but not yet committed are
    // not seen here; the pipeline remembers those itself. Asked for every
    // live event, on the UI thread, and nearly always "no": once the writer
    // thread (started by the first call) has read the stored ids, a new one
    // is answered from memory and only a likely duplicate is looked up.
    bool contains(const QString& messageId);
    // The ids of every stored event are known (see contains()).
    bool knowsEveryStoredId() const;
    // How many contains() calls went to the database (for tests).
    qint64 databaseLookups() const { return m_databaseLookups; }

    // The newest events of a channel, newest first, as
    // EventRepository::newest() gives them, including those stored and not
    // committed yet: a channel opened again at once shows what it just got.
    QList<EventRecord> newest(const QString& channelId, int limit) const;

    // Queues the event for the writer thread and returns at once. The thread
    // starts with the first event. A message id stored before is skipped.
    void store(const EventRecord& event);

    // Blocks until every event stored before the call is committed or has
    // failed. For shutdown and tests; the UI never needs it.
    void waitUntilWritten();

signals:
    // Both are emitted on this object's thread, after the writer thread has
    // finished the transaction (those still on their way when this object is
    // destroyed are not emitted).
    //
    // One transaction committed: these events are in the history (stored
    // now, or before: a redelivery), in the order they were stored.
    void committed(const QStringList& messageIds);
    // These events could not be stored; message says why, for the user.
    void failed(const QStringList& messageIds, const QString& message);

private:
    void startWriter(); // with m_mutex held
    void writeUntilStopped();
    void writeBatch(EventRepository& writer, const QList<EventRecord>& batch);
    void noteStored(const QStringList& stored, const QStringList& pruned);
    void announceCommitted(const QStringList& messageIds);
    void announceFailed(const QStringList& messageIds, const QString& message);

    EventRepository& m_repository;
    // Copied from the repository's database when the thread starts.
    QString m_path;
    int m_busyTimeoutMs = 0;

    mutable QMutex m_mutex;    // guards everything below
    QWaitCondition m_work;     // the queue got events, or stopping
    QWaitCondition m_progress; // a batch was written (or failed)
    QList<EventRecord> m_queue;
    QList<EventRecord> m_writing; // the batch in the writer thread's hands
    qint64 m_stored = 0;          // events ever queued
    qint64 m_written = 0;         // of those, committed or failed
    int m_retention = 0;
    bool m_stopping = false;
    // A 64-bit digest of each stored message id, filled by the writer
    // thread: from the table when it starts, then as it commits and prunes.
    // Complete (no id missing) once m_knowsEveryStoredId; a digest can be
    // shared by two ids, so "present" means "look it up".
    QSet<size_t> m_storedDigests;
    bool m_knowsEveryStoredId = false;
    qint64 m_databaseLookups = 0; // UI thread only
    std::unique_ptr<QThread> m_thread;
};

} // namespace streamside
