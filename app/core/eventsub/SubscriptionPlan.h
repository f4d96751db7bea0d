#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// What SubscriptionPlanner::plan() works from and what it decides. Plain data.
namespace streamside {

// The viewer's standing in the channel on screen.
enum class ChannelRole { Viewer, Moderator, Broadcaster };

// One EventSub subscription the viewer should hold.
struct PlannedSubscription {
    QString type;
    QString version;
    QJsonObject condition;
    int cost = 0;       // Twitch's cost toward max_total_cost
    QStringList scopes; // any one of these is needed; empty: none

    // Identifies the subscription (type, version, condition) for Twitch's
    // duplicate rule: the same key on the same session is a 409.
    QString key() const;
    bool operator==(const PlannedSubscription&) const = default;
};

struct SubscriptionPlanInput {
    QString userId; // the viewer (the token's user)
    QStringList scopes;
    QString channelId; // the channel on screen (broadcaster user id)
    ChannelRole role = ChannelRole::Viewer;
    int costBudget = 10; // Twitch's max_total_cost, or the share left for this channel
};

struct SubscriptionPlan {
    QList<PlannedSubscription> subscriptions;    // to create
    QList<PlannedSubscription> droppedForBudget; // paid ones left out, least important first
    QList<PlannedSubscription> missingScope;     // the token lacks the scope for these
    int totalCost() const;
    bool operator==(const SubscriptionPlan&) const = default;
};

} // namespace streamside
