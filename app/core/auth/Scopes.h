#pragma once

#include <QStringList>

namespace streamside::scopes {

// What a viewer needs: chat events and sending chat messages for any
// channel, and the followed-channels list (TWITCH.md).
inline QStringList viewer() {
    return {QStringLiteral("user:read:chat"), QStringLiteral("user:write:chat"),
            QStringLiteral("user:read:follows")};
}

// Asked for only when the user opts in to "Full events for my own channel":
// follows, subscriptions, cheers, redemptions, hype trains, polls,
// predictions, goals, charity and ad breaks of their own channel.
inline QStringList ownChannel() {
    return {QStringLiteral("moderator:read:followers"),
            QStringLiteral("channel:read:subscriptions"),
            QStringLiteral("bits:read"),
            QStringLiteral("channel:read:redemptions"),
            QStringLiteral("channel:read:hype_train"),
            QStringLiteral("channel:read:polls"),
            QStringLiteral("channel:read:predictions"),
            QStringLiteral("channel:read:goals"),
            QStringLiteral("channel:read:charity"),
            QStringLiteral("channel:read:ads"),
            QStringLiteral("moderator:read:shoutouts")};
}

} // namespace streamside::scopes
