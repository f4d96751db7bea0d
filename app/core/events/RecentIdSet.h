#pragma once

#include <QQueue>
#include <QSet>
#include <QString>

namespace streamside {

// The last N ids seen, for de-duplicating an at-least-once stream in
// constant memory: Twitch redelivers within seconds, not hours.
class RecentIdSet {
public:
    explicit RecentIdSet(int capacity)
        : m_capacity(capacity) {}

    // Records the id; returns false when it was already among the last N.
    bool insert(const QString& id) {
        if (m_ids.contains(id))
            return false;
        m_ids.insert(id);
        m_order.enqueue(id);
        if (m_order.size() > m_capacity)
            m_ids.remove(m_order.dequeue());
        return true;
    }
    bool contains(const QString& id) const { return m_ids.contains(id); }
    qsizetype size() const { return m_order.size(); }

private:
    int m_capacity;
    QSet<QString> m_ids;
    QQueue<QString> m_order;
};

} // namespace streamside
