#include "core/eventsub/SubscriptionPlanner.h"

#include <QJsonObject>
#include <QSet>

#include <gtest/gtest.h>

using streamside::ChannelRole;
using streamside::PlannedSubscription;
using streamside::SubscriptionPlan;
using streamside::SubscriptionPlanInput;
using streamside::SubscriptionPlanner;

namespace {

const QString viewer = QStringLiteral("600000001");
const QString channel = QStringLiteral("500000001");

const QStringList everyBroadcasterScope{"user:read:chat",
                                        "moderator:read:followers",
                                        "moderator:read:shoutouts",
                                        "channel:read:subscriptions",
                                        "bits:read",
                                        "channel:read:redemptions",
                                        "channel:read:hype_train",
                                        "channel:read:polls",
                                        "channel:read:predictions",
                                        "channel:read:goals",
                                        "channel:read:charity",
                                        "channel:read:ads"};

QStringList typesOf(const QList<PlannedSubscription>& subscriptions) {
    QStringList types;
    for (const PlannedSubscription& subscription : subscriptions)
        types.append(subscription.type);
    return types;
}

const PlannedSubscription* find(const SubscriptionPlan& plan, const QString& type,
                                const QString& conditionKey = {}) {
    for (const PlannedSubscription& subscription : plan.subscriptions)
        if (subscription.type == type &&
            (conditionKey.isEmpty() || subscription.condition.contains(conditionKey)))
            return &subscription;
    return nullptr;
}

SubscriptionPlan planFor(const QString& userId, const QStringList& scopes, ChannelRole role,
                         int budget = 10, const QString& channelId = channel) {
    return SubscriptionPlanner::plan(
        SubscriptionPlanInput{userId, scopes, channelId, role, budget});
}

} // namespace

TEST(SubscriptionPlan, ViewerGetsChatForFreeAndPaysForStreamStateTitleAndRaids) {
    const SubscriptionPlan plan = planFor(viewer, {"user:read:chat"}, ChannelRole::Viewer);

    EXPECT_EQ(typesOf(plan.subscriptions),
              QStringList({"channel.chat.notification", "channel.chat.message", "stream.online",
                           "stream.offline", "channel.update", "channel.raid", "channel.raid"}));
    const QJsonObject chatCondition{{"broadcaster_user_id", channel}, {"user_id", viewer}};
    for (const char* type : {"channel.chat.notification", "channel.chat.message"}) {
        const PlannedSubscription* chat = find(plan, QLatin1String(type));
        ASSERT_NE(chat, nullptr) << type;
        EXPECT_EQ(chat->version, "1");
        EXPECT_EQ(chat->condition, chatCondition);
        EXPECT_EQ(chat->cost, 0);
    }
    for (const char* type : {"stream.online", "stream.offline", "channel.update"}) {
        const PlannedSubscription* paid = find(plan, QLatin1String(type));
        ASSERT_NE(paid, nullptr) << type;
        EXPECT_EQ(paid->condition, QJsonObject({{"broadcaster_user_id", channel}}));
        EXPECT_EQ(paid->cost, 1) << type;
    }
    EXPECT_EQ(find(plan, "channel.update")->version, "2");
    ASSERT_NE(find(plan, "channel.raid", "from_broadcaster_user_id"), nullptr);
    ASSERT_NE(find(plan, "channel.raid", "to_broadcaster_user_id"), nullptr);
    EXPECT_EQ(find(plan, "channel.raid", "to_broadcaster_user_id")->condition,
              QJsonObject({{"to_broadcaster_user_id", channel}}));
    EXPECT_EQ(plan.totalCost(), 5);
    EXPECT_TRUE(plan.droppedForBudget.isEmpty());
    EXPECT_TRUE(plan.missingScope.isEmpty());
}

TEST(SubscriptionPlan, WithoutUserReadChatTheChatSubscriptionsAreLeftOutAndReported) {
    const SubscriptionPlan plan = planFor(viewer, {}, ChannelRole::Viewer);

    EXPECT_EQ(typesOf(plan.missingScope),
              QStringList({"channel.chat.notification", "channel.chat.message"}));
    EXPECT_EQ(find(plan, "channel.chat.message"), nullptr);
    EXPECT_EQ(plan.subscriptions.size(), 5);
    EXPECT_EQ(plan.totalCost(), 5);
}

TEST(SubscriptionPlan, ModeratorAddsFollowsAndShoutoutsAsThemselves) {
    const SubscriptionPlan plan =
        planFor(viewer, {"user:read:chat", "moderator:read:followers", "moderator:read:shoutouts"},
                ChannelRole::Moderator);

    const QJsonObject moderated{{"broadcaster_user_id", channel}, {"moderator_user_id", viewer}};
    const PlannedSubscription* follow = find(plan, "channel.follow");
    ASSERT_NE(follow, nullptr);
    EXPECT_EQ(follow->version, "2");
    EXPECT_EQ(follow->condition, moderated);
    EXPECT_EQ(follow->cost, 0);
    for (const char* type : {"channel.shoutout.create", "channel.shoutout.receive"}) {
        const PlannedSubscription* shoutout = find(plan, QLatin1String(type));
        ASSERT_NE(shoutout, nullptr) << type;
        EXPECT_EQ(shoutout->condition, moderated);
    }
    EXPECT_EQ(find(plan, "channel.subscribe"), nullptr) << "the broadcaster's only";
    EXPECT_EQ(plan.subscriptions.size(), 10);
    EXPECT_EQ(plan.totalCost(), 5) << "someone else's channel: stream state still costs";
}

TEST(SubscriptionPlan, ModeratorWithoutModeratorScopesAsksOnlyForWhatTheScopesAllow) {
    const SubscriptionPlan plan = planFor(viewer, {"user:read:chat"}, ChannelRole::Moderator);

    EXPECT_EQ(find(plan, "channel.follow"), nullptr);
    EXPECT_EQ(typesOf(plan.missingScope), QStringList({"channel.follow", "channel.shoutout.create",
                                                       "channel.shoutout.receive"}));
    EXPECT_EQ(plan.subscriptions.size(), 7);
}

TEST(SubscriptionPlan, ModeratorScopeAlternativesAreAccepted) {
    const SubscriptionPlan plan =
        planFor(viewer, {"moderator:manage:shoutouts"}, ChannelRole::Moderator);
    EXPECT_NE(find(plan, "channel.shoutout.create"), nullptr);
    EXPECT_EQ(find(plan, "channel.follow"), nullptr);
}

TEST(SubscriptionPlan, BroadcasterOnTheirOwnChannelGetsEverythingTheScopesAllowForFree) {
    const SubscriptionPlan plan = planFor(channel, everyBroadcasterScope, ChannelRole::Broadcaster);

    const QSet<QString> expected{"channel.chat.notification",
                                 "channel.chat.message",
                                 "stream.online",
                                 "stream.offline",
                                 "channel.update",
                                 "channel.raid",
                                 "channel.follow",
                                 "channel.shoutout.create",
                                 "channel.shoutout.receive",
                                 "channel.subscribe",
                                 "channel.subscription.gift",
                                 "channel.subscription.message",
                                 "channel.cheer",
                                 "channel.channel_points_custom_reward_redemption.add",
                                 "channel.hype_train.begin",
                                 "channel.hype_train.progress",
                                 "channel.hype_train.end",
                                 "channel.poll.begin",
                                 "channel.poll.end",
                                 "channel.prediction.begin",
                                 "channel.prediction.end",
                                 "channel.goal.begin",
                                 "channel.goal.end",
                                 "channel.charity_campaign.donate",
                                 "channel.ad_break.begin"};
    const QStringList types = typesOf(plan.subscriptions);
    EXPECT_EQ(QSet<QString>(types.begin(), types.end()), expected);
    EXPECT_EQ(plan.subscriptions.size(), expected.size() + 1) << "raids both ways";
    EXPECT_EQ(plan.totalCost(), 0);
    for (const PlannedSubscription& subscription : plan.subscriptions)
        EXPECT_EQ(subscription.cost, 0) << subscription.type.toStdString();
    EXPECT_EQ(find(plan, "channel.hype_train.begin")->version, "2");
    EXPECT_EQ(find(plan, "channel.follow")->condition,
              QJsonObject({{"broadcaster_user_id", channel}, {"moderator_user_id", channel}}));
    EXPECT_EQ(find(plan, "channel.cheer")->condition,
              QJsonObject({{"broadcaster_user_id", channel}}));
    EXPECT_EQ(find(plan, "channel.chat.message")->condition,
              QJsonObject({{"broadcaster_user_id", channel}, {"user_id", channel}}));
    EXPECT_TRUE(plan.missingScope.isEmpty());
}

TEST(SubscriptionPlan, BroadcasterWithoutExtraScopesGetsTheBasicsAndTheRestIsReported) {
    const SubscriptionPlan plan =
        planFor(channel, {"user:read:chat", "bits:read"}, ChannelRole::Broadcaster);

    EXPECT_NE(find(plan, "channel.cheer"), nullptr);
    EXPECT_EQ(find(plan, "channel.subscribe"), nullptr);
    EXPECT_EQ(find(plan, "channel.follow"), nullptr);
    EXPECT_EQ(plan.subscriptions.size(), 8);
    EXPECT_TRUE(typesOf(plan.missingScope).contains("channel.ad_break.begin"));
    EXPECT_TRUE(typesOf(plan.missingScope).contains("channel.subscription.gift"));
}

TEST(SubscriptionPlan, TheOwnChannelMakesTheViewerTheBroadcasterAndAClaimElsewhereDoesNot) {
    const SubscriptionPlan own = planFor(channel, everyBroadcasterScope, ChannelRole::Viewer);
    EXPECT_NE(find(own, "channel.subscribe"), nullptr);
    EXPECT_EQ(own.totalCost(), 0);

    const SubscriptionPlan elsewhere =
        planFor(viewer, everyBroadcasterScope, ChannelRole::Broadcaster);
    EXPECT_EQ(find(elsewhere, "channel.subscribe"), nullptr);
    EXPECT_EQ(find(elsewhere, "channel.follow"), nullptr);
    EXPECT_EQ(elsewhere.totalCost(), 5);
}

TEST(SubscriptionPlan, ABudgetDropsTheLeastImportantPaidOnesFirst) {
    const SubscriptionPlan plan = planFor(viewer, {"user:read:chat"}, ChannelRole::Viewer, 3);

    EXPECT_EQ(plan.totalCost(), 3);
    ASSERT_EQ(plan.droppedForBudget.size(), 2);
    EXPECT_EQ(plan.droppedForBudget.at(0).condition,
              QJsonObject({{"to_broadcaster_user_id", channel}}))
        << "incoming raids also arrive as a chat notification";
    EXPECT_EQ(plan.droppedForBudget.at(1).condition,
              QJsonObject({{"from_broadcaster_user_id", channel}}));
    EXPECT_EQ(typesOf(plan.subscriptions),
              QStringList({"channel.chat.notification", "channel.chat.message", "stream.online",
                           "stream.offline", "channel.update"}));

    const SubscriptionPlan one = planFor(viewer, {"user:read:chat"}, ChannelRole::Viewer, 1);
    EXPECT_EQ(typesOf(one.subscriptions),
              QStringList({"channel.chat.notification", "channel.chat.message", "stream.online"}));
}

TEST(SubscriptionPlan, ANoneBudgetKeepsTheFreeOnes) {
    const SubscriptionPlan viewerPlan = planFor(viewer, {"user:read:chat"}, ChannelRole::Viewer, 0);
    EXPECT_EQ(typesOf(viewerPlan.subscriptions),
              QStringList({"channel.chat.notification", "channel.chat.message"}));
    EXPECT_EQ(viewerPlan.droppedForBudget.size(), 5);

    const SubscriptionPlan own =
        planFor(channel, everyBroadcasterScope, ChannelRole::Broadcaster, 0);
    EXPECT_TRUE(own.droppedForBudget.isEmpty());
    EXPECT_NE(find(own, "stream.online"), nullptr);
}

TEST(SubscriptionPlan, NoViewerOrNoChannelPlansNothing) {
    EXPECT_TRUE(
        planFor(QString(), {"user:read:chat"}, ChannelRole::Viewer).subscriptions.isEmpty());
    EXPECT_TRUE(planFor(viewer, {"user:read:chat"}, ChannelRole::Viewer, 10, QString())
                    .subscriptions.isEmpty());
}

TEST(SubscriptionPlan, RevocationReasonsSpeakToTheViewer) {
    EXPECT_EQ(SubscriptionPlanner::revocationReason("chat_user_banned"),
              "You are banned from this channel's chat, so its chat events stopped.");
    QSet<QString> reasons;
    for (const char* status : {"chat_user_banned", "authorization_revoked", "user_removed",
                               "version_removed", "moderator_removed"}) {
        const QString reason = SubscriptionPlanner::revocationReason(QLatin1String(status));
        EXPECT_FALSE(reason.contains(QLatin1String(status))) << status << " is jargon";
        reasons.insert(reason);
    }
    EXPECT_EQ(reasons.size(), 5);
    EXPECT_TRUE(SubscriptionPlanner::revocationReason("something_new").contains("something_new"));
}
