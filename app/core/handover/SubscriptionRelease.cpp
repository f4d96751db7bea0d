#include "core/handover/SubscriptionRelease.h"

#include "core/app/Logging.h"
#include "core/helix/HelixError.h"
#include "core/helix/IHelix.h"

namespace streamside {

SubscriptionRelease::SubscriptionRelease(IHelix& helix, QObject* parent)
    : QObject(parent)
    , m_helix(helix) {
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (m_done)
            return;
        qCWarning(lcApp) << "Hand-over:" << m_pending << "subscription deletions unanswered";
        m_failed += m_pending;
        m_pending = 0;
        m_done = true;
        emit finished();
    });
}

void SubscriptionRelease::release(const QStringList& subscriptionIds, int timeoutMs) {
    m_done = false;
    m_failed = 0;
    m_pending = int(subscriptionIds.size());
    if (m_pending == 0) {
        // From the event loop, like every other outcome.
        QMetaObject::invokeMethod(
            this, [this] { answered(true); }, Qt::QueuedConnection);
        m_pending = 1;
        return;
    }
    m_timeout.start(timeoutMs);
    for (const QString& id : subscriptionIds)
        m_helix.deleteEventSubSubscription(
            id, this, [this] { answered(true); },
            [this](const HelixError& error) {
                // 404: already gone, which is what was wanted.
                answered(error.httpStatus == 404);
            });
}

void SubscriptionRelease::answered(bool ok) {
    if (m_done)
        return;
    if (!ok)
        ++m_failed;
    if (--m_pending > 0)
        return;
    m_done = true;
    m_timeout.stop();
    emit finished();
}

} // namespace streamside
