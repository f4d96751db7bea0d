#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>

namespace streamside {

class IHelix;

// Deletes EventSub subscriptions and says when Twitch has answered for all
// of them (or the time is up). A Streamside handing over deletes its costly
// subscriptions this way before it tells the successor to go ahead: both
// count toward the same max_total_cost of 10, so the successor can only
// create them once these are gone.
class SubscriptionRelease : public QObject {
    Q_OBJECT
public:
    explicit SubscriptionRelease(IHelix& helix, QObject* parent = nullptr);

    // Starts deleting; finished() follows (at once for no ids).
    void release(const QStringList& subscriptionIds, int timeoutMs = 5000);
    int failedCount() const { return m_failed; }

signals:
    void finished();

private:
    void answered(bool ok);

    IHelix& m_helix;
    QTimer m_timeout;
    int m_pending = 0;
    int m_failed = 0;
    bool m_done = true;
};

} // namespace streamside
