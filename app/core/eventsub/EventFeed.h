#pragma once

#include "core/events/ChannelEvent.h"
#include "core/events/ChannelEventPipeline.h"
#include "core/eventsub/EventSubConnection.h"
#include "core/eventsub/SubscriptionPlan.h"
#include "core/eventsub/SubscriptionPlanner.h"

#include <QObject>

namespace streamside {

class EventHistory;
class IHelix;
class RecentEventsModel;

// The live events of the channel on screen, pushed by Twitch: one EventSub
// WebSocket connection, the subscriptions it needs (created through Helix on
// every new session, moved along by Twitch on a session_reconnect), and the
// pipeline that turns its notifications into stored events and rows of the
// events list. No polling.
class EventFeed : public QObject {
    Q_OBJECT
public:
    // helix, history and model are not owned; history and model may be null.
    EventFeed(EventSubConnection::Options connection, IHelix& helix, EventHistory* history,
              RecentEventsModel* model, QObject* parent = nullptr);

    // Starts (or restarts) the feed for a signed-in viewer.
    void start(const QString& viewerUserId, const QStringList& scopes);
    // Stops everything: a dead token, log-out, or quit. Nothing keeps running.
    void stop();

    // The channel whose events are wanted, and what the viewer is there.
    // Fills the events list from the history at once.
    void showChannel(const QString& channelId, ChannelRole role);

    EventSubConnection& connection() { return m_connection; }
    SubscriptionPlanner& planner() { return m_planner; }
    ChannelEventPipeline& pipeline() { return m_pipeline; }

signals:
    void stateChanged(streamside::EventSubConnection::State state, const QString& reason);
    void eventArrived(const streamside::ChannelEvent& event);
    // Something the viewer should be told (a subscription that failed, a
    // history that could not be written, a revocation).
    void problem(const QString& message);

private:
    EventSubConnection m_connection;
    SubscriptionPlanner m_planner;
    ChannelEventPipeline m_pipeline;
    EventHistory* m_history;
    RecentEventsModel* m_model;
};

} // namespace streamside
