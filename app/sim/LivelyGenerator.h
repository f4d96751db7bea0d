#pragma once

#include "sim/SimContext.h"

#include <QObject>
#include <QTimer>

namespace streamside::sim {

class EventSubServer;

// Makes the live channels feel alive for the demo: at
// SimSettings::livelyEventsPerSecond (on average, with random gaps) it picks
// a live channel and adds mostly chat lines (to SimContext::chat, so that
// they show on the chat page and arrive as channel.chat.message), then now
// and then a sub, resub, gift bomb, raid, cheer, follow, announcement or a
// title change, each sent as the notifications Twitch sends for it.
class LivelyGenerator : public QObject {
    Q_OBJECT
public:
    LivelyGenerator(SimContext& context, EventSubServer& eventSub, QObject* parent = nullptr);

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    // Events per second on average; takes effect at the next event.
    void setRate(double eventsPerSecond);
    double rate() const { return m_context.settings.livelyEventsPerSecond; }

    // One event now, in a random live channel (none when no channel is live).
    // Returns what it was ("chat", "sub", ...) or an empty string.
    QString generateOne();

signals:
    void generated(const QString& kind, const QString& broadcasterId);

private:
    void scheduleNext();

    SimContext& m_context;
    EventSubServer& m_eventSub;
    QTimer m_timer;
    bool m_running = false;
};

} // namespace streamside::sim
