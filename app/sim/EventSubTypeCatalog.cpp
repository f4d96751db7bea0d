#include "sim/EventSubTypeCatalog.h"

#include <QList>

namespace streamside::sim {

namespace {

using Authorization = EventSubTypeRule::Authorization;

QList<EventSubTypeRule> buildCatalog() {
    const QStringList broadcaster{QStringLiteral("broadcaster_user_id")};
    const QStringList chat{QStringLiteral("broadcaster_user_id"), QStringLiteral("user_id")};
    const QStringList moderated{QStringLiteral("broadcaster_user_id"),
                                QStringLiteral("moderator_user_id")};
    QList<EventSubTypeRule> rules;
    const auto add = [&rules](const QStringList& types, const char* version,
                              const QStringList& condition, Authorization authorization,
                              const QStringList& scopes) {
        for (const QString& type : types)
            rules.append(EventSubTypeRule{
                type, QLatin1String(version), condition, {}, authorization, scopes});
    };

    // Any channel, no authorization.
    add({QStringLiteral("stream.online"), QStringLiteral("stream.offline"),
         QStringLiteral("channel.shared_chat.begin"), QStringLiteral("channel.shared_chat.update"),
         QStringLiteral("channel.shared_chat.end")},
        "1", broadcaster, Authorization::None, {});
    add({QStringLiteral("channel.update")}, "1", broadcaster, Authorization::None, {});
    add({QStringLiteral("channel.update")}, "2", broadcaster, Authorization::None, {});
    add({QStringLiteral("user.update")}, "1", {QStringLiteral("user_id")}, Authorization::None, {});
    rules.append(EventSubTypeRule{
        QStringLiteral("channel.raid"),
        QStringLiteral("1"),
        {},
        {QStringLiteral("from_broadcaster_user_id"), QStringLiteral("to_broadcaster_user_id")},
        Authorization::None,
        {}});

    // Chat, read with the viewer's own token.
    add({QStringLiteral("channel.chat.message"), QStringLiteral("channel.chat.notification"),
         QStringLiteral("channel.chat.clear"), QStringLiteral("channel.chat.clear_user_messages"),
         QStringLiteral("channel.chat.message_delete"),
         QStringLiteral("channel.chat_settings.update")},
        "1", chat, Authorization::ChatReader, {QStringLiteral("user:read:chat")});

    // A moderator's (or the broadcaster's) token.
    add({QStringLiteral("channel.follow")}, "2", moderated, Authorization::Moderator,
        {QStringLiteral("moderator:read:followers")});
    add({QStringLiteral("channel.shoutout.create"), QStringLiteral("channel.shoutout.receive")},
        "1", moderated, Authorization::Moderator,
        {QStringLiteral("moderator:read:shoutouts"), QStringLiteral("moderator:manage:shoutouts")});
    add({QStringLiteral("channel.shield_mode.begin"), QStringLiteral("channel.shield_mode.end")},
        "1", moderated, Authorization::Moderator,
        {QStringLiteral("moderator:read:shield_mode"),
         QStringLiteral("moderator:manage:shield_mode")});

    // Only the broadcaster's own token.
    add({QStringLiteral("channel.subscribe"), QStringLiteral("channel.subscription.end"),
         QStringLiteral("channel.subscription.gift"),
         QStringLiteral("channel.subscription.message")},
        "1", broadcaster, Authorization::Broadcaster,
        {QStringLiteral("channel:read:subscriptions")});
    add({QStringLiteral("channel.cheer"), QStringLiteral("channel.bits.use")}, "1", broadcaster,
        Authorization::Broadcaster, {QStringLiteral("bits:read")});
    add({QStringLiteral("channel.hype_train.begin"), QStringLiteral("channel.hype_train.progress"),
         QStringLiteral("channel.hype_train.end")},
        "2", broadcaster, Authorization::Broadcaster, {QStringLiteral("channel:read:hype_train")});
    add({QStringLiteral("channel.poll.begin"), QStringLiteral("channel.poll.progress"),
         QStringLiteral("channel.poll.end")},
        "1", broadcaster, Authorization::Broadcaster,
        {QStringLiteral("channel:read:polls"), QStringLiteral("channel:manage:polls")});
    add({QStringLiteral("channel.prediction.begin"), QStringLiteral("channel.prediction.progress"),
         QStringLiteral("channel.prediction.lock"), QStringLiteral("channel.prediction.end")},
        "1", broadcaster, Authorization::Broadcaster,
        {QStringLiteral("channel:read:predictions"), QStringLiteral("channel:manage:predictions")});
    add({QStringLiteral("channel.ad_break.begin")}, "1", broadcaster, Authorization::Broadcaster,
        {QStringLiteral("channel:read:ads")});
    add({QStringLiteral("channel.channel_points_custom_reward_redemption.add"),
         QStringLiteral("channel.channel_points_custom_reward_redemption.update"),
         QStringLiteral("channel.channel_points_custom_reward.add"),
         QStringLiteral("channel.channel_points_custom_reward.update"),
         QStringLiteral("channel.channel_points_custom_reward.remove")},
        "1", broadcaster, Authorization::Broadcaster,
        {QStringLiteral("channel:read:redemptions"), QStringLiteral("channel:manage:redemptions")});
    add({QStringLiteral("channel.channel_points_automatic_reward_redemption.add")}, "2",
        broadcaster, Authorization::Broadcaster,
        {QStringLiteral("channel:read:redemptions"), QStringLiteral("channel:manage:redemptions")});
    add({QStringLiteral("channel.goal.begin"), QStringLiteral("channel.goal.progress"),
         QStringLiteral("channel.goal.end")},
        "1", broadcaster, Authorization::Broadcaster, {QStringLiteral("channel:read:goals")});
    add({QStringLiteral("channel.charity_campaign.donate"),
         QStringLiteral("channel.charity_campaign.start"),
         QStringLiteral("channel.charity_campaign.progress"),
         QStringLiteral("channel.charity_campaign.stop")},
        "1", broadcaster, Authorization::Broadcaster, {QStringLiteral("channel:read:charity")});
    return rules;
}

} // namespace

std::optional<EventSubTypeRule> EventSubTypeCatalog::find(const QString& type,
                                                          const QString& version) {
    static const QList<EventSubTypeRule> catalog = buildCatalog();
    for (const EventSubTypeRule& rule : catalog)
        if (rule.type == type && rule.version == version)
            return rule;
    return std::nullopt;
}

} // namespace streamside::sim
