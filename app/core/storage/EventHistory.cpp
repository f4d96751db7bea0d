#include "core/storage/EventHistory.h"

#include "core/app/Logging.h"
#include "core/storage/Database.h"
#include "core/storage/EventRepository.h"

#include <QThread>

#include <algorithm>

namespace streamside {

namespace {

QStringList messageIds(const QList<EventRecord>& events) {
    QStringList ids;
    ids.reserve(events.size());
    for (const EventRecord& event : events)
        ids << event.messageId;
    return ids;
}

size_t digestOf(const QString& messageId) {
    return qHash(messageId, size_t(0));
}

} // namespace

EventHistory::EventHistory(EventRepository& repository, QObject* parent)
    : QObject(parent)
    , m_repository(repository) {}

EventHistory::~EventHistory() {
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_work.wakeAll();
    }
    // The thread writes what is queued before it ends.
    if (m_thread)
        m_thread->wait();
}

bool EventHistory::contains(const QString& messageId) {
    {
        QMutexLocker lock(&m_mutex);
        startWriter();
        if (m_knowsEveryStoredId && !m_storedDigests.contains(digestOf(messageId)))
            return false;
    }
    // Not known yet, or a likely redelivery: the table has the last word.
    ++m_databaseLookups;
    return m_repository.contains(messageId);
}

bool EventHistory::knowsEveryStoredId() const {
    QMutexLocker lock(&m_mutex);
    return m_knowsEveryStoredId;
}

QList<EventRecord> EventHistory::newest(const QString& channelId, int limit) const {
    // What is not committed yet, in the order it was stored. Taken before
    // the table is read: an event committed in between is in both (and
    // kept once), and none can be in neither (store() runs on this thread).
    QList<EventRecord> pending;
    {
        QMutexLocker lock(&m_mutex);
        for (const QList<EventRecord>* events : {&m_writing, &m_queue})
            for (const EventRecord& event : *events)
                if (event.channelId == channelId)
                    pending.append(event);
    }
    QList<EventRecord> newest = m_repository.newest(channelId, limit);
    if (pending.isEmpty())
        return newest;
    // Stored after everything committed: among events of the same time, the
    // pending ones are newer, the last stored newest (as rowid orders them).
    for (const EventRecord& event : std::as_const(pending)) {
        auto stored = std::find_if(newest.begin(), newest.end(), [&](const EventRecord& e) {
            return e.messageId == event.messageId;
        });
        if (stored != newest.end())
            continue;
        auto place = std::find_if(newest.begin(), newest.end(), [&](const EventRecord& e) {
            return e.occurredAt <= event.occurredAt;
        });
        newest.insert(place, event);
    }
    if (newest.size() > limit)
        newest.resize(limit);
    return newest;
}

void EventHistory::startWriter() {
    if (m_thread)
        return;
    m_path = m_repository.database().path();
    m_busyTimeoutMs = m_repository.database().busyTimeout();
    m_thread.reset(QThread::create([this] { writeUntilStopped(); }));
    m_thread->setObjectName(QStringLiteral("streamside-history"));
    m_thread->start();
}

void EventHistory::store(const EventRecord& event) {
    QMutexLocker lock(&m_mutex);
    startWriter();
    m_retention = m_repository.retentionPerChannel();
    m_queue.append(event);
    ++m_stored;
    m_work.wakeOne();
}

void EventHistory::waitUntilWritten() {
    QMutexLocker lock(&m_mutex);
    const qint64 target = m_stored;
    while (m_written < target)
        m_progress.wait(&m_mutex);
}

void EventHistory::writeUntilStopped() {
    // A connection of this thread's own: Qt's connections belong to the
    // thread that made them, and SQLite lets one writer and many readers
    // work at once in WAL mode.
    Database database(m_path);
    database.setBusyTimeout(m_busyTimeoutMs);
    EventRepository writer(database);
    if (database.isOpen() || !database.openConnection()) {
        bool complete = false;
        const QStringList stored = writer.messageIds(&complete);
        QMutexLocker lock(&m_mutex);
        for (const QString& id : stored)
            m_storedDigests.insert(digestOf(id));
        m_knowsEveryStoredId = complete;
    }

    QMutexLocker lock(&m_mutex);
    for (;;) {
        while (m_queue.isEmpty() && !m_stopping)
            m_work.wait(&m_mutex);
        if (m_queue.isEmpty())
            break; // stopping, and everything is written
        if (m_queue.size() <= maxBatch) {
            m_writing.swap(m_queue);
        } else {
            m_writing = m_queue.first(maxBatch);
            m_queue.remove(0, maxBatch);
        }
        // Only this thread changes m_writing, so it reads it unlocked.
        const QList<EventRecord>& batch = m_writing;
        writer.setRetentionPerChannel(m_retention);
        lock.unlock();
        if (!database.isOpen()) {
            if (const StorageError error = database.openConnection()) {
                qCWarning(lcStorage).noquote() << error.message;
                announceFailed(messageIds(batch), error.message);
            }
        }
        if (database.isOpen())
            writeBatch(writer, batch);
        lock.relock();
        m_written += batch.size();
        m_writing.clear();
        m_progress.wakeAll();
    }
}

void EventHistory::writeBatch(EventRepository& writer, const QList<EventRecord>& batch) {
    QStringList pruned;
    const StorageError error = writer.insertAll(batch, nullptr, &pruned);
    if (!error) {
        const QStringList committed = messageIds(batch);
        noteStored(committed, pruned);
        announceCommitted(committed);
        return;
    }
    // A database that is locked, full, read-only or damaged would fail each
    // event alone the same way (each after the busy timeout).
    if (error.kind != StorageError::Kind::Failed || batch.size() == 1) {
        announceFailed(messageIds(batch), error.message);
        return;
    }
    // One event the database refuses must not cost the others: each alone.
    QStringList stored;
    QStringList lost;
    QString message;
    for (const EventRecord& event : batch) { // (pruned is empty: the batch failed)
        if (const StorageError one = writer.insertAll({event}, nullptr, &pruned)) {
            lost << event.messageId;
            if (message.isEmpty())
                message = one.message;
        } else {
            stored << event.messageId;
        }
    }
    noteStored(stored, pruned);
    if (!stored.isEmpty())
        announceCommitted(stored);
    if (!lost.isEmpty())
        announceFailed(lost, message);
}

void EventHistory::noteStored(const QStringList& stored, const QStringList& pruned) {
    QMutexLocker lock(&m_mutex);
    for (const QString& id : stored)
        m_storedDigests.insert(digestOf(id));
    // Pruned ones go, or the set would grow with every event ever stored.
    // (Were a pruned id's digest shared with a kept one, a redelivery of the
    // kept one would be shown again: stored once still, by the table's key.)
    for (const QString& id : pruned)
        m_storedDigests.remove(digestOf(id));
}

// The signals are emitted on the thread this object lives in, like any
// other object's: its users need not know about the writer thread.
void EventHistory::announceCommitted(const QStringList& messageIds) {
    QMetaObject::invokeMethod(
        this, [this, messageIds] { emit committed(messageIds); }, Qt::QueuedConnection);
}

void EventHistory::announceFailed(const QStringList& messageIds, const QString& message) {
    QMetaObject::invokeMethod(
        this, [this, messageIds, message] { emit failed(messageIds, message); },
        Qt::QueuedConnection);
}

} // namespace streamside
