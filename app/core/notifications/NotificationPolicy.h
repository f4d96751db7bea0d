#pragma once

#include "core/events/ChannelEvent.h"
#include "core/favourites/ChannelLiveInfo.h"
#include "core/notifications/NotificationSink.h"
#include "core/storage/Favourite.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

namespace streamside {

// Decides which toasts the user sees: go-lives and the chosen event kinds of
// each favourite, nothing while Do-not-disturb is on or while the window shows
// that very channel, and never more than one toast per interval: what arrives
// in between waits and is merged per channel ("12 new events in X's channel").
//
// The clock is injected so that tests move time instead of sleeping; they
// call processDue() themselves. In the app a timer calls it when due.
class NotificationPolicy : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit NotificationPolicy(NotificationSink& sink, Clock clock = &QDateTime::currentDateTime,
                                QObject* parent = nullptr);

    void setFavourites(const QList<Favourite>& favourites);
    // The shortest time between two toasts.
    void setMinimumInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds minimumInterval() const { return m_minimumInterval; }

    // The channel the focused window shows; empty when the window has no
    // focus (or shows no channel). Its toasts are suppressed: the user sees
    // the events already.
    void setFocusedChannel(const QString& channelId);

    void setDoNotDisturbUntil(const QDateTime& until);
    void setDoNotDisturbForOneHour();
    void setDoNotDisturbUntilTomorrowMorning();
    void clearDoNotDisturb();
    bool isDoNotDisturbActive() const;
    QDateTime doNotDisturbUntil() const; // invalid when off
    // The next 08:00 local time after `now`: "until tomorrow" said after
    // midnight means this morning.
    static QDateTime nextMorning(const QDateTime& now);

    void favouriteWentLive(const QString& channelId, const ChannelLiveInfo& info);
    void eventArrived(const ChannelEvent& event);

    // Shows the waiting toast whose turn has come, if any.
    void processDue();
    // When processDue() has something to show; invalid when nothing waits.
    QDateTime nextDueAt() const;

signals:
    void doNotDisturbChanged();

private:
    // What waits for its turn: a go-live stands alone; events of one channel
    // merge into one toast.
    struct Pending {
        QString channelId;
        QString channelName;
        bool goLive = false;
        QString title;
        QString body;
        int eventCount = 0;
    };

    const Favourite* favourite(const QString& channelId) const;
    QString channelName(const QString& channelId, const QString& fallback) const;
    bool suppressed(const QString& channelId) const;
    void enqueue(Pending pending);
    void showPending(const Pending& pending);
    void schedule();

    NotificationSink& m_sink;
    Clock m_clock;
    QHash<QString, Favourite> m_favourites;
    std::chrono::milliseconds m_minimumInterval{std::chrono::seconds(5)};
    QString m_focusedChannel;
    QDateTime m_doNotDisturbUntil;
    QDateTime m_lastShownAt;
    QList<Pending> m_pending; // oldest first
    QTimer m_dueTimer;
};

} // namespace streamside
