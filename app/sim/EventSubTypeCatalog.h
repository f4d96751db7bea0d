#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace streamside::sim {

// What Twitch requires to subscribe to one EventSub subscription type:
// the condition fields and whose token may create it.
struct EventSubTypeRule {
    enum class Authorization {
        None,        // any user token; costs 1 unless the token user is the channel
        ChatReader,  // condition user_id is the token's user (+ user:read:chat); costs 0
        Broadcaster, // only the broadcaster's own token (+ a scope); costs 0
        Moderator,   // moderator_user_id is the token's user, the broadcaster or one of
                     // the channel's moderators (+ a scope); costs 0
    };

    QString type;
    QString version;
    QStringList requiredConditionFields;
    // At least one field of this group must be set, and only one (channel.raid's
    // from_/to_broadcaster_user_id); empty when not applicable.
    QStringList exactlyOneOfConditionFields;
    Authorization authorization = Authorization::None;
    QStringList scopes; // any one of these is enough; empty: no scope needed
};

// The subscription types the simulator accepts, after Twitch's EventSub
// subscription type reference (type, version, condition, authorization).
class EventSubTypeCatalog {
public:
    static std::optional<EventSubTypeRule> find(const QString& type, const QString& version);
};

} // namespace streamside::sim
