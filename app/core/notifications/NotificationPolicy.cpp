#include "core/notifications/NotificationPolicy.h"

#include "core/events/EventKind.h"
#include "core/events/EventSummary.h"

#include <algorithm>

namespace streamside {

NotificationPolicy::NotificationPolicy(NotificationSink& sink, Clock clock, QObject* parent)
    : QObject(parent)
    , m_sink(sink)
    , m_clock(std::move(clock)) {
    m_dueTimer.setSingleShot(true);
    connect(&m_dueTimer, &QTimer::timeout, this, &NotificationPolicy::processDue);
}

void NotificationPolicy::setFavourites(const QList<Favourite>& favourites) {
    m_favourites.clear();
    for (const Favourite& f : favourites)
        m_favourites.insert(f.channelId, f);
}

void NotificationPolicy::setMinimumInterval(std::chrono::milliseconds interval) {
    m_minimumInterval = std::max(interval, std::chrono::milliseconds(0));
    schedule();
}

void NotificationPolicy::setFocusedChannel(const QString& channelId) {
    m_focusedChannel = channelId;
}

void NotificationPolicy::setDoNotDisturbUntil(const QDateTime& until) {
    m_doNotDisturbUntil = until;
    emit doNotDisturbChanged();
}

void NotificationPolicy::setDoNotDisturbForOneHour() {
    setDoNotDisturbUntil(m_clock().addSecs(60 * 60));
}

void NotificationPolicy::setDoNotDisturbUntilTomorrowMorning() {
    setDoNotDisturbUntil(nextMorning(m_clock()));
}

void NotificationPolicy::clearDoNotDisturb() {
    setDoNotDisturbUntil({});
}

bool NotificationPolicy::isDoNotDisturbActive() const {
    return m_doNotDisturbUntil.isValid() && m_clock() < m_doNotDisturbUntil;
}

QDateTime NotificationPolicy::doNotDisturbUntil() const {
    return isDoNotDisturbActive() ? m_doNotDisturbUntil : QDateTime();
}

QDateTime NotificationPolicy::nextMorning(const QDateTime& now) {
    const QDateTime local = now.toLocalTime();
    QDateTime morning(local.date(), QTime(8, 0), Qt::LocalTime);
    if (morning <= local)
        morning = QDateTime(local.date().addDays(1), QTime(8, 0), Qt::LocalTime);
    return morning;
}

void NotificationPolicy::favouriteWentLive(const QString& channelId, const ChannelLiveInfo& info) {
    const Favourite* f = favourite(channelId);
    if (!f || !f->notifyLive)
        return;
    Pending pending;
    pending.channelId = channelId;
    pending.channelName = channelName(channelId, channelId);
    pending.goLive = true;
    pending.title = tr("%1 is live").arg(pending.channelName);
    QStringList lines;
    if (!info.title.isEmpty())
        lines << info.title;
    if (!info.gameName.isEmpty())
        lines << info.gameName;
    pending.body = lines.join(QLatin1Char('\n'));
    enqueue(std::move(pending));
}

void NotificationPolicy::eventArrived(const ChannelEvent& event) {
    const Favourite* f = favourite(event.broadcasterId);
    if (!f || !f->notifyKinds.contains(eventKindName(event.kind)))
        return;
    Pending pending;
    pending.channelId = event.broadcasterId;
    pending.channelName = channelName(event.broadcasterId, event.broadcasterName);
    pending.title = pending.channelName;
    pending.body = EventSummary::text(event);
    pending.eventCount = 1;
    enqueue(std::move(pending));
}

void NotificationPolicy::processDue() {
    const QDateTime due = nextDueAt();
    if (due.isValid() && m_clock() >= due) {
        // Whatever became suppressed while it waited is dropped and does not
        // use up the turn.
        while (!m_pending.isEmpty()) {
            const Pending pending = m_pending.takeFirst();
            if (suppressed(pending.channelId))
                continue;
            showPending(pending);
            break;
        }
    }
    schedule();
}

QDateTime NotificationPolicy::nextDueAt() const {
    if (m_pending.isEmpty())
        return {};
    if (!m_lastShownAt.isValid())
        return m_clock();
    return m_lastShownAt.addMSecs(m_minimumInterval.count());
}

const Favourite* NotificationPolicy::favourite(const QString& channelId) const {
    const auto it = m_favourites.constFind(channelId);
    return it == m_favourites.cend() ? nullptr : &it.value();
}

QString NotificationPolicy::channelName(const QString& channelId, const QString& fallback) const {
    if (const Favourite* f = favourite(channelId)) {
        if (!f->displayName.isEmpty())
            return f->displayName;
        if (!f->login.isEmpty())
            return f->login;
    }
    return fallback.isEmpty() ? channelId : fallback;
}

bool NotificationPolicy::suppressed(const QString& channelId) const {
    return isDoNotDisturbActive() || (!m_focusedChannel.isEmpty() && m_focusedChannel == channelId);
}

void NotificationPolicy::enqueue(Pending pending) {
    if (suppressed(pending.channelId))
        return;
    const QDateTime now = m_clock();
    const bool turnFree =
        !m_lastShownAt.isValid() || now >= m_lastShownAt.addMSecs(m_minimumInterval.count());
    if (m_pending.isEmpty() && turnFree) {
        showPending(pending);
        return;
    }
    if (!pending.goLive) {
        const auto same = std::find_if(m_pending.begin(), m_pending.end(), [&](const Pending& p) {
            return !p.goLive && p.channelId == pending.channelId;
        });
        if (same != m_pending.end()) {
            same->eventCount += pending.eventCount;
            schedule();
            return;
        }
    }
    m_pending.append(std::move(pending));
    schedule();
}

void NotificationPolicy::showPending(const Pending& pending) {
    m_lastShownAt = m_clock();
    if (pending.eventCount > 1) {
        //: %1 is the channel
        m_sink.show(pending.channelName,
                    tr("%n new event(s) in %1's channel", nullptr, pending.eventCount)
                        .arg(pending.channelName),
                    pending.channelId);
        return;
    }
    m_sink.show(pending.title, pending.body, pending.channelId);
}

void NotificationPolicy::schedule() {
    const QDateTime due = nextDueAt();
    if (!due.isValid()) {
        m_dueTimer.stop();
        return;
    }
    m_dueTimer.start(std::max<qint64>(0, m_clock().msecsTo(due)));
}

} // namespace streamside
