#pragma once

#include "sim/SimContext.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

namespace streamside::sim {

class EventSubServer;

// A steady load for soak tests: events at a fixed rate into one channel, all
// of kinds a viewer's events list shows and its history keeps (subs,
// resubs, gifts, raids, cheers, announcements, highlighted messages,
// Power-ups, title changes...; never plain chat lines or progress updates),
// each delivered like any other event (EventSubServer::trigger), so that
// every frame is in the DeliveryLedger. The rate is kept on average: a tick
// that comes late sends what is due.
class EventLoad : public QObject {
    Q_OBJECT
public:
    EventLoad(SimContext& context, EventSubServer& eventSub, QObject* parent = nullptr);

    // Starts (or retargets) the load; false for an unknown channel or a rate
    // outside 0 < rate <= 1000.
    bool start(const QString& broadcasterId, double eventsPerSecond);
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    QString channelId() const { return m_channelId; }
    double rate() const { return m_rate; }
    // Events made since the load started (a frame each per matching subscription).
    qint64 generated() const { return m_generated; }
    QJsonObject state() const;

    // One event of the mix into the channel now; returns its kind ("resub", "cheer" ...).
    QString generateOne();

private:
    void tick();

    SimContext& m_context;
    EventSubServer& m_eventSub;
    QTimer m_timer;
    QElapsedTimer m_since;
    QString m_channelId;
    double m_rate = 0;
    qint64 m_generated = 0;
};

} // namespace streamside::sim
