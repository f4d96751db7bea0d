#include "core/events/EventDecoder.h"

#include "core/events/JsonObjectView.h"
#include "core/events/Rfc3339.h"

#include <QHash>
#include <QJsonDocument>

#include <cmath>
#include <functional>
#include <utility>

namespace streamside {

namespace {

QString str(const JsonObjectView& object, const char* key) {
    return object.string(QLatin1String(key));
}

JsonObjectView child(const JsonObjectView& object, const char* key) {
    return object.object(QLatin1String(key));
}

bool flag(const JsonObjectView& object, const char* key) {
    return object.boolean(QLatin1String(key));
}

// Numbers arrive as JSON numbers, and a few (tiers, some amounts) as strings.
// A number no count can be (beyond 2^53, or not finite) is ignored: converting
// it to an integer would be undefined behaviour.
std::optional<qint64> integer(const JsonObjectView& object, const char* key) {
    constexpr double largestExactInteger = 9007199254740992.0; // 2^53
    if (const std::optional<double> number = object.number(QLatin1String(key))) {
        if (!std::isfinite(*number) || std::fabs(*number) > largestExactInteger)
            return std::nullopt;
        return qint64(*number);
    }
    if (object.isString(QLatin1String(key))) {
        bool ok = false;
        const qint64 number = str(object, key).toLongLong(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

// The `<prefix>_id`, `<prefix>_login`, `<prefix>_name` fields that Twitch
// names people with throughout ("user", "chatter_user", "from_broadcaster_user"),
// spelled out so that no key is put together for every event.
struct PersonKeys {
    const char* id;
    const char* login;
    const char* name;
};
constexpr PersonKeys user{"user_id", "user_login", "user_name"};
constexpr PersonKeys chatterUser{"chatter_user_id", "chatter_user_login", "chatter_user_name"};
constexpr PersonKeys fromBroadcaster{"from_broadcaster_user_id", "from_broadcaster_user_login",
                                     "from_broadcaster_user_name"};
constexpr PersonKeys toBroadcaster{"to_broadcaster_user_id", "to_broadcaster_user_login",
                                   "to_broadcaster_user_name"};
constexpr PersonKeys moderatorUser{"moderator_user_id", "moderator_user_login",
                                   "moderator_user_name"};
constexpr PersonKeys targetUser{"target_user_id", "target_user_login", "target_user_name"};
constexpr PersonKeys recipientUser{"recipient_user_id", "recipient_user_login",
                                   "recipient_user_name"};
constexpr PersonKeys gifterUser{"gifter_user_id", "gifter_user_login", "gifter_user_name"};

void setActor(ChannelEvent& e, const JsonObjectView& o, const PersonKeys& keys) {
    e.actorId = str(o, keys.id);
    e.actorLogin = str(o, keys.login);
    e.actorName = str(o, keys.name);
}

void setTarget(ChannelEvent& e, const JsonObjectView& o, const PersonKeys& keys) {
    e.targetLogin = str(o, keys.login);
    e.targetName = str(o, keys.name);
}

QString messageText(const JsonObjectView& event) {
    if (event.isString(QLatin1String("message")))
        return str(event, "message");
    return str(child(event, "message"), "text");
}

// The docs' table says sub_tier; their resub example says sub_plan. Accept both.
QString tierOf(const JsonObjectView& o) {
    if (flag(o, "is_prime"))
        return QStringLiteral("prime");
    for (const char* key : {"sub_tier", "sub_plan", "tier"}) {
        const QString tier = str(o, key);
        if (!tier.isEmpty())
            return tier.compare(QLatin1String("Prime"), Qt::CaseInsensitive) == 0
                       ? QStringLiteral("prime")
                       : tier;
    }
    return {};
}

void setTime(ChannelEvent& e, const JsonObjectView& o, const char* key) {
    const QDateTime time = parseRfc3339(str(o, key));
    if (time.isValid())
        e.occurredAt = time;
}

// The gifter of a resub/upgrade/pay-it-forward, who is the event's target
// from the viewer's point of view ("continued the gift from X").
void setGifterAsTarget(ChannelEvent& e, const JsonObjectView& detail) {
    if (flag(detail, "gifter_is_anonymous")) {
        e.targetName = QStringLiteral("Anonymous");
        return;
    }
    setTarget(e, detail, gifterUser);
}

void decodeChatNotification(ChannelEvent& e, const JsonObjectView& event) {
    e.noticeType = str(event, "notice_type");
    e.systemMessage = str(event, "system_message");
    e.text = messageText(event);
    e.actorAnonymous = flag(event, "chatter_is_anonymous");
    if (!e.actorAnonymous)
        setActor(e, event, chatterUser);
    e.sourceBroadcasterId = str(event, "source_broadcaster_user_id");

    // Shared-chat notices carry the same detail object under their own key.
    QStringView notice = e.noticeType;
    if (notice.startsWith(QLatin1String("shared_chat_")))
        notice = notice.mid(qstrlen("shared_chat_"));
    JsonObjectView detail = event.object(QStringView(e.noticeType));
    if (detail.isEmpty())
        detail = event.object(notice);

    if (notice == QLatin1String("sub")) {
        e.kind = EventKind::Subscription;
        e.tier = tierOf(detail);
        e.amount = integer(detail, "duration_months");
    } else if (notice == QLatin1String("resub")) {
        e.kind = EventKind::Resubscription;
        e.tier = tierOf(detail);
        e.amount = integer(detail, "cumulative_months");
        if (flag(detail, "is_gift"))
            setGifterAsTarget(e, detail);
    } else if (notice == QLatin1String("sub_gift")) {
        e.kind = EventKind::GiftSubscription;
        e.tier = tierOf(detail);
        e.amount = integer(detail, "duration_months");
        setTarget(e, detail, recipientUser);
    } else if (notice == QLatin1String("community_sub_gift")) {
        e.kind = EventKind::CommunityGift;
        e.tier = tierOf(detail);
        e.amount = integer(detail, "total");
    } else if (notice == QLatin1String("gift_paid_upgrade")) {
        e.kind = EventKind::GiftUpgrade;
        setGifterAsTarget(e, detail);
    } else if (notice == QLatin1String("prime_paid_upgrade")) {
        e.kind = EventKind::PrimeUpgrade;
        e.tier = tierOf(detail);
    } else if (notice == QLatin1String("pay_it_forward")) {
        e.kind = EventKind::PayItForward;
        setGifterAsTarget(e, detail);
    } else if (notice == QLatin1String("raid")) {
        e.kind = EventKind::Raid;
        if (!str(detail, "user_name").isEmpty())
            setActor(e, detail, user);
        e.amount = integer(detail, "viewer_count");
    } else if (notice == QLatin1String("unraid")) {
        e.kind = EventKind::Unraid;
    } else if (notice == QLatin1String("announcement")) {
        e.kind = EventKind::Announcement;
    } else if (notice == QLatin1String("bits_badge_tier")) {
        e.kind = EventKind::BitsBadgeTier;
        e.amount = integer(detail, "tier");
    } else if (notice == QLatin1String("charity_donation")) {
        e.kind = EventKind::CharityDonation;
        const JsonObjectView amount = child(detail, "amount");
        e.amount = integer(amount, "value");
        e.decimalPlaces = int(integer(amount, "decimal_places").value_or(0));
        e.currency = str(amount, "currency");
        e.targetName = str(detail, "charity_name");
    } else if (notice == QLatin1String("watch_streak")) {
        e.kind = EventKind::WatchStreak;
        for (const char* key : {"streak_count", "streak", "count", "streak_months"}) {
            if (const auto value = integer(detail, key)) {
                e.amount = value;
                break;
            }
        }
    } else {
        e.kind = EventKind::Other;
    }
}

void decodeChatMessage(ChannelEvent& e, const JsonObjectView& event) {
    setActor(e, event, chatterUser);
    e.text = messageText(event);
    e.sourceBroadcasterId = str(event, "source_broadcaster_user_id");
    const JsonObjectView cheer = child(event, "cheer");
    const QString type = str(event, "message_type");
    if (const auto bits = integer(cheer, "bits"); bits && *bits > 0) {
        e.kind = EventKind::Cheer;
        e.amount = bits;
    } else if (type == QLatin1String("channel_points_highlighted")) {
        e.kind = EventKind::HighlightedMessage;
    } else if (type.startsWith(QLatin1String("power_ups"))) {
        e.kind = EventKind::PowerUp;
    } else {
        e.kind = EventKind::ChatMessage;
    }
}

using Handler = std::function<void(ChannelEvent&, const JsonObjectView&)>;

Handler simple(EventKind kind) {
    return [kind](ChannelEvent& e, const JsonObjectView&) { e.kind = kind; };
}

Handler withUser(EventKind kind, const char* timeKey = nullptr) {
    return [kind, timeKey](ChannelEvent& e, const JsonObjectView& event) {
        e.kind = kind;
        setActor(e, event, user);
        if (timeKey)
            setTime(e, event, timeKey);
    };
}

Handler titled(EventKind kind, const char* timeKey) {
    return [kind, timeKey](ChannelEvent& e, const JsonObjectView& event) {
        e.kind = kind;
        e.text = str(event, "title");
        setTime(e, event, timeKey);
    };
}

Handler hypeTrain(EventKind kind, const char* timeKey) {
    return [kind, timeKey](ChannelEvent& e, const JsonObjectView& event) {
        e.kind = kind;
        e.amount = integer(event, "level");
        setTime(e, event, timeKey);
    };
}

Handler goal(EventKind kind, const char* timeKey) {
    return [kind, timeKey](ChannelEvent& e, const JsonObjectView& event) {
        e.kind = kind;
        e.text = str(event, "description");
        e.amount = integer(event, "current_amount");
        setTime(e, event, timeKey);
    };
}

Handler charityCampaign(EventKind kind) {
    return [kind](ChannelEvent& e, const JsonObjectView& event) {
        e.kind = kind;
        e.targetName = str(event, "charity_name");
        const JsonObjectView amount = child(event, "current_amount");
        e.amount = integer(amount, "value");
        e.decimalPlaces = int(integer(amount, "decimal_places").value_or(0));
        e.currency = str(amount, "currency");
    };
}

const QHash<QString, Handler>& handlers() {
    static const QHash<QString, Handler> table{
        {QStringLiteral("channel.chat.notification"), decodeChatNotification},
        {QStringLiteral("channel.chat.message"), decodeChatMessage},
        {QStringLiteral("channel.chat.clear"), simple(EventKind::ChatCleared)},
        {QStringLiteral("channel.chat.message_delete"),
         [](ChannelEvent& e, const JsonObjectView& event) {
             e.kind = EventKind::MessageDeleted;
             setTarget(e, event, targetUser);
         }},
        {QStringLiteral("channel.chat_settings.update"), simple(EventKind::ChatSettingsChanged)},
        {QStringLiteral("stream.online"),
         [](ChannelEvent& e, const JsonObjectView& event) {
             e.kind = EventKind::StreamOnline;
             setTime(e, event, "started_at");
         }},
        {QStringLiteral("stream.offline"), simple(EventKind::StreamOffline)},
        {QStringLiteral("channel.update"),
         [](ChannelEvent& e, const JsonObjectView& event) {
             e.kind = EventKind::ChannelUpdate;
             e.text = str(event, "title");
             e.targetName = str(event, "category_name");
         }},
        {QStringLiteral("channel.raid"),
         [](ChannelEvent& e, const JsonObjectView& event) {
             e.amount = integer(event, "viewers");
             // One subscription per direction; the broadcaster of the event is
             // the channel the subscription was for, on either end.
             if (str(event, "to_broadcaster_user_id") == e.broadcasterId ||
                 e.broadcasterId.isEmpty()) {
                 e.kind = EventKind::Raid;
                 setActor(e, event, fromBroadcaster);
             } else {
                 e.kind = EventKind::RaidOut;
                 setActor(e, event, fromBroadcaster);
                 setTarget(e, event, toBroadcaster);
             }
         }},
        {QStringLiteral("channel.follow"), withUser(EventKind::Follow, "followed_at")},
        {QStringLiteral("channel.subscribe"),
         [](ChannelEvent& e, const JsonObjectView& event) {
             e.kind = EventKind::Subscription;
             setActor(e, event, user);
             e.tier = tierOf(event);
         }},
        {QStringLiteral("channel.subscription.end"),
         [](ChannelEvent& e, const JsonObjectView& event) {
             e.kind = EventKind::SubscriptionEnd;
             setActor(e, event, user);
             e.tier = tierOf(event);
         }},
        {QStringLiteral("channel.subscription.gift"),
         [](ChannelEvent& e, const JsonObjectView& event) {
             e.kind = EventKind::CommunityGift;
             e.actorAnonymous = flag(event, "is_anonymous");
             if (!e.actorAnonymous)
                 setActor(e, event, user);
             e.amount = integer(event, "total");
             e.tier = tierOf(event);
         }},
        {QStringLiteral("channel.subscription.message"),
         [](ChannelEvent& e, const JsonObjectView& event) {
             e.kind = EventKind::Resubscription;
             setActor(e, event, user);
             e.amount = integer(event, "cumulative_months");
             e.tier = tierOf(event);
             e.text = messageText(event);
         }},
        {QStringLiteral("channel.cheer"),
         [](ChannelEvent& e, const JsonObjectView& event) {
             e.kind = EventKind::Cheer;
             e.actorAnonymous = flag(event, "is_anonymous");
             if (!e.actorAnonymous)
                 setActor(e, event, user);
             e.amount = integer(event, "bits");
             e.text = messageText(event);
         }},
        {QStringLiteral("channel.bits.use"),
         [](ChannelEvent& e, const JsonObjectView& event) {
             e.kind = EventKind::BitsUse;
             setActor(e, event, user);
             e.amount = integer(event, "bits");
             e.text = messageText(event);
         }},
        {QStringLiteral("channel.hype_train.begin"),
         hypeTrain(EventKind::HypeTrainBegin, "started_at")},
        {QStringLiteral("channel.hype_train.progress"),
         hypeTrain(EventKind::HypeTrainProgress, "started_at")},
        {QStringLiteral("channel.hype_train.end"), hypeTrain(EventKind::HypeTrainEnd, "ended_at")},
        {QStringLiteral("channel.poll.begin"), titled(EventKind::PollBegin, "started_at")},
        {QStringLiteral("channel.poll.progress"), titled(EventKind::PollProgress, "started_at")},
        {QStringLiteral("channel.poll.end"), titled(EventKind::PollEnd, "ended_at")},
        {QStringLiteral("channel.prediction.begin"),
         titled(EventKind::PredictionBegin, "started_at")},
        {QStringLiteral("channel.prediction.progress"),
         titled(EventKind::PredictionProgress, "started_at")},
        {QStringLiteral("channel.prediction.lock"), titled(EventKind::PredictionLock, "locked_at")},
        {QStringLiteral("channel.prediction.end"), titled(EventKind::PredictionEnd, "ended_at")},
        {QStringLiteral("channel.ad_break.begin"),
         [](ChannelEvent& e, const JsonObjectView& event) {
             e.kind = EventKind::AdBreak;
             e.amount = integer(event, "duration_seconds");
             setTime(e, event, "started_at");
         }},
        {QStringLiteral("channel.channel_points_custom_reward_redemption.add"),
         [](ChannelEvent& e, const JsonObjectView& event) {
             e.kind = EventKind::Redemption;
             setActor(e, event, user);
             const JsonObjectView reward = child(event, "reward");
             e.targetName = str(reward, "title");
             e.amount = integer(reward, "cost");
             e.text = str(event, "user_input");
             setTime(e, event, "redeemed_at");
         }},
        {QStringLiteral("channel.channel_points_automatic_reward_redemption.add"),
         [](ChannelEvent& e, const JsonObjectView& event) {
             e.kind = EventKind::Redemption;
             setActor(e, event, user);
             const JsonObjectView reward = child(event, "reward");
             e.targetName = str(reward, "type");
             e.amount = integer(reward, "channel_points");
             if (!e.amount)
                 e.amount = integer(reward, "cost");
             e.text = messageText(event);
             setTime(e, event, "redeemed_at");
         }},
        {QStringLiteral("channel.goal.begin"), goal(EventKind::GoalBegin, "started_at")},
        {QStringLiteral("channel.goal.progress"), goal(EventKind::GoalProgress, "started_at")},
        {QStringLiteral("channel.goal.end"), goal(EventKind::GoalEnd, "ended_at")},
        {QStringLiteral("channel.charity_campaign.donate"),
         [](ChannelEvent& e, const JsonObjectView& event) {
             e.kind = EventKind::CharityDonation;
             setActor(e, event, user);
             e.targetName = str(event, "charity_name");
             const JsonObjectView amount = child(event, "amount");
             e.amount = integer(amount, "value");
             e.decimalPlaces = int(integer(amount, "decimal_places").value_or(0));
             e.currency = str(amount, "currency");
         }},
        {QStringLiteral("channel.charity_campaign.start"),
         charityCampaign(EventKind::CharityCampaignStart)},
        {QStringLiteral("channel.charity_campaign.progress"),
         charityCampaign(EventKind::CharityCampaignProgress)},
        {QStringLiteral("channel.charity_campaign.stop"),
         charityCampaign(EventKind::CharityCampaignStop)},
        {QStringLiteral("channel.shoutout.create"),
         [](ChannelEvent& e, const JsonObjectView& event) {
             e.kind = EventKind::ShoutoutSent;
             setActor(e, event, moderatorUser);
             setTarget(e, event, toBroadcaster);
             e.amount = integer(event, "viewer_count");
             setTime(e, event, "started_at");
         }},
        {QStringLiteral("channel.shoutout.receive"),
         [](ChannelEvent& e, const JsonObjectView& event) {
             e.kind = EventKind::ShoutoutReceived;
             setActor(e, event, fromBroadcaster);
             e.amount = integer(event, "viewer_count");
             setTime(e, event, "started_at");
         }},
        {QStringLiteral("channel.shield_mode.begin"),
         [](ChannelEvent& e, const JsonObjectView& event) {
             e.kind = EventKind::ShieldModeBegin;
             setActor(e, event, moderatorUser);
             setTime(e, event, "started_at");
         }},
        {QStringLiteral("channel.shield_mode.end"),
         [](ChannelEvent& e, const JsonObjectView& event) {
             e.kind = EventKind::ShieldModeEnd;
             setActor(e, event, moderatorUser);
             setTime(e, event, "ended_at");
         }},
        {QStringLiteral("channel.shared_chat.begin"), simple(EventKind::SharedChatBegin)},
        {QStringLiteral("channel.shared_chat.update"), simple(EventKind::SharedChatUpdate)},
        {QStringLiteral("channel.shared_chat.end"), simple(EventKind::SharedChatEnd)},
    };
    return table;
}

// Reads a notification payload, with either parser behind the view. The
// event's raw is left to the callers: the text they have, or a serialization.
EventDecoder::Result decodePayload(const JsonObjectView& payload, const QString& messageId,
                                   const QDateTime& messageTimestamp) {
    EventDecoder::Result result;
    const JsonObjectView subscription = child(payload, "subscription");
    const QString subscriptionType = str(subscription, "type");
    const bool hasEvent = payload.isObject(QLatin1String("event"));
    if (subscriptionType.isEmpty() || !hasEvent) {
        result.error = QStringLiteral("not an EventSub notification: %1")
                           .arg(subscriptionType.isEmpty() ? QStringLiteral("no subscription type")
                                                           : QStringLiteral("no event object"));
        return result;
    }
    const JsonObjectView event = child(payload, "event");

    ChannelEvent e;
    e.messageId = messageId;
    e.subscriptionType = subscriptionType;
    e.subscriptionVersion = str(subscription, "version");
    e.broadcasterId = str(event, "broadcaster_user_id");
    e.broadcasterLogin = str(event, "broadcaster_user_login");
    e.broadcasterName = str(event, "broadcaster_user_name");
    if (e.broadcasterId.isEmpty()) {
        // channel.raid names two broadcasters; the subscription condition says
        // which one this subscription is for.
        const JsonObjectView condition = child(subscription, "condition");
        for (const char* key :
             {"broadcaster_user_id", "to_broadcaster_user_id", "from_broadcaster_user_id"}) {
            const QString id = str(condition, key);
            if (!id.isEmpty()) {
                e.broadcasterId = id;
                const QString side = QLatin1String(key).chopped(int(qstrlen("_id")));
                e.broadcasterLogin = event.string(QStringView(side + QStringLiteral("_login")));
                e.broadcasterName = event.string(QStringView(side + QStringLiteral("_name")));
                break;
            }
        }
    }
    e.occurredAt = messageTimestamp;

    const auto handler = handlers().constFind(e.subscriptionType);
    if (handler != handlers().constEnd()) {
        (*handler)(e, event);
    } else {
        e.kind = EventKind::Other;
        e.systemMessage = str(event, "system_message");
    }

    // Bare payloads (no frame) are identified by the event's own id.
    QString ownId = str(event, "message_id");
    if (ownId.isEmpty())
        ownId = str(event, "id");
    if (e.messageId.isEmpty())
        e.messageId = ownId;
    const QString sourceMessage = str(event, "source_message_id");
    e.dedupKey = !sourceMessage.isEmpty() ? sourceMessage : !ownId.isEmpty() ? ownId : e.messageId;
    result.event = std::move(e);
    return result;
}

} // namespace

EventDecoder::Result EventDecoder::decode(const QJsonObject& payload, const QString& messageId,
                                          const QDateTime& messageTimestamp) {
    Result result = decodePayload(JsonObjectView(payload), messageId, messageTimestamp);
    if (result.event)
        result.event->raw = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    return result;
}

EventDecoder::Result EventDecoder::decodeText(const QByteArray& payloadText,
                                              const QString& messageId,
                                              const QDateTime& messageTimestamp) {
    // One parser per thread, reused: the view read below lives until its next parse.
    thread_local simdjson::dom::parser parser = JsonObjectView::makeParser();
    std::optional<JsonObjectView> payload = JsonObjectView::parse(parser, payloadText);
    if (!payload) // beyond simdjson (deep nesting, a lone surrogate...): Qt reads it, as decode()
        payload = JsonObjectView(QJsonDocument::fromJson(payloadText).object());
    Result result = decodePayload(*payload, messageId, messageTimestamp);
    if (result.event)
        result.event->raw = payloadText;
    return result;
}

} // namespace streamside
