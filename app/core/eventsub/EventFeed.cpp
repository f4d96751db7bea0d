#include "core/eventsub/EventFeed.h"

#include "core/events/RecentEventsModel.h"
#include "core/storage/EventHistory.h"

namespace streamside {

EventFeed::EventFeed(EventSubConnection::Options connection, IHelix& helix, EventHistory* history,
                     RecentEventsModel* model, QObject* parent)
    : QObject(parent)
    , m_connection(std::move(connection))
    , m_planner(helix)
    , m_pipeline(history, model)
    , m_history(history)
    , m_model(model) {
    connect(&m_connection, &EventSubConnection::sessionStarted, &m_planner,
            &SubscriptionPlanner::onSessionStarted);
    connect(&m_connection, &EventSubConnection::revocationReceived, &m_planner,
            &SubscriptionPlanner::onRevocation);
    connect(&m_connection, &EventSubConnection::notificationReceived, &m_pipeline,
            &ChannelEventPipeline::processNotification);
    connect(&m_connection, &EventSubConnection::stateChanged, this,
            [this](EventSubConnection::State state, const QString& reason) {
                // A lost session took its subscriptions with it (Twitch keeps
                // none across a new connection); the next welcome plans anew.
                if (state != EventSubConnection::State::Connected)
                    m_planner.onSessionEnded();
                emit stateChanged(state, reason);
            });
    connect(&m_pipeline, &ChannelEventPipeline::eventArrived, this, &EventFeed::eventArrived);
    connect(&m_pipeline, &ChannelEventPipeline::problem, this, &EventFeed::problem);
    connect(&m_planner, &SubscriptionPlanner::problem, this, &EventFeed::problem);
    connect(&m_planner, &SubscriptionPlanner::revoked, this,
            [this](const QString&, const QString& reason) { emit problem(reason); });
}

void EventFeed::start(const QString& viewerUserId, const QStringList& scopes) {
    m_planner.setViewer(viewerUserId, scopes);
    m_connection.start();
}

void EventFeed::stop() {
    m_connection.stop();
    m_planner.onSessionEnded();
    m_planner.clearChannel();
}

void EventFeed::showChannel(const QString& channelId, ChannelRole role) {
    if (m_model && m_history)
        m_model->showChannel(channelId, *m_history);
    else if (m_model)
        m_model->showChannel(channelId);
    m_planner.setChannel(channelId, role);
}

} // namespace streamside
