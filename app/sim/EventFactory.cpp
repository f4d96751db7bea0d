#include "sim/EventFactory.h"

#include "sim/EventSubFrames.h"
#include "sim/PageService.h"

#include <QHash>
#include <QJsonValue>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

namespace streamside::sim {

namespace {

using eventsub_frames::timestamp;

const QJsonValue null = QJsonValue(QJsonValue::Null);

QString uuid() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString at(qint64 secondsFromNow) {
    return timestamp(QDateTime::currentDateTimeUtc().addSecs(secondsFromNow));
}

// "<prefix>_user_id", "<prefix>_user_login", "<prefix>_user_name"; without a
// prefix "user_id", "user_login", "user_name".
QString userKey(const QString& prefix, const char* field) {
    const QString name = QStringLiteral("user_") + QLatin1String(field);
    return prefix.isEmpty() ? name : prefix + QLatin1Char('_') + name;
}

void putUser(QJsonObject& object, const QString& prefix, const SimUser& user) {
    object.insert(userKey(prefix, "id"), user.id);
    object.insert(userKey(prefix, "login"), user.login);
    object.insert(userKey(prefix, "name"), user.displayName);
}

void putNullUser(QJsonObject& object, const QString& prefix) {
    object.insert(userKey(prefix, "id"), null);
    object.insert(userKey(prefix, "login"), null);
    object.insert(userKey(prefix, "name"), null);
}

QJsonObject broadcasterFields(const SimUser& broadcaster) {
    QJsonObject object;
    putUser(object, QStringLiteral("broadcaster"), broadcaster);
    return object;
}

QString tierNumber(const QString& tier) {
    return tier == QLatin1String("3000")   ? QStringLiteral("3")
           : tier == QLatin1String("2000") ? QStringLiteral("2")
                                           : QStringLiteral("1");
}

// Global emotes that chat lines use, with their Twitch emote ids.
const QHash<QString, QString>& emotes() {
    static const QHash<QString, QString> table{
        {QStringLiteral("Kappa"), QStringLiteral("25")},
        {QStringLiteral("PogChamp"), QStringLiteral("305954156")},
        {QStringLiteral("LUL"), QStringLiteral("425618")},
        {QStringLiteral("VoHiYo"), QStringLiteral("81274")},
        {QStringLiteral("HeyGuys"), QStringLiteral("30259")},
        {QStringLiteral("<3"), QStringLiteral("9")},
        {QStringLiteral("SeemsGood"), QStringLiteral("64138")},
        {QStringLiteral("Kreygasm"), QStringLiteral("41")},
        {QStringLiteral("BibleThump"), QStringLiteral("86")},
        {QStringLiteral("GlitchCat"), QStringLiteral("304486301")},
    };
    return table;
}

int cheermoteTier(int bits) {
    for (int tier : {10000, 5000, 1000, 100})
        if (bits >= tier)
            return tier;
    return 1;
}

const QStringList& chatLines() {
    static const QStringList lines{
        QStringLiteral("Hi chat HeyGuys"),
        QStringLiteral("that jump was insane PogChamp"),
        QStringLiteral("first time catching the stream live, love the vibes"),
        QStringLiteral("LUL LUL LUL"),
        QStringLiteral("what keyboard are you using?"),
        QStringLiteral("gg"),
        QStringLiteral("can we get a rematch?"),
        QStringLiteral("the music today is so good SeemsGood"),
        QStringLiteral("just got here, what did I miss?"),
        QStringLiteral("this is my favourite part of the game"),
        QStringLiteral("hydrate check! <3"),
        QStringLiteral("W streamer"),
        QStringLiteral("is this a new PB pace?"),
        QStringLiteral("Kappa sure it was lag"),
        QStringLiteral("greetings from Lisbon VoHiYo"),
        QStringLiteral("chat is moving fast today"),
        QStringLiteral("clip it!"),
        QStringLiteral("that boss has way too much health"),
        QStringLiteral("BibleThump so close"),
        QStringLiteral("love the new overlay"),
        QStringLiteral("what's the plan for tomorrow's stream?"),
        QStringLiteral("lurking while I work, have a great stream"),
        QStringLiteral("Kreygasm that soundtrack"),
        QStringLiteral("no way that worked"),
        QStringLiteral("the cat cameo GlitchCat"),
    };
    return lines;
}

QJsonObject badge(const char* setId, const QString& id, const QString& info = {}) {
    return QJsonObject{{QStringLiteral("set_id"), QLatin1String(setId)},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("info"), info}};
}

QJsonObject textFragment(const QString& text) {
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                       {QStringLiteral("text"), text},
                       {QStringLiteral("cheermote"), null},
                       {QStringLiteral("emote"), null},
                       {QStringLiteral("mention"), null}};
}

QJsonObject amount(int value, const char* decimalKey) {
    return QJsonObject{{QStringLiteral("value"), value},
                       {QLatin1String(decimalKey), 2},
                       {QStringLiteral("currency"), QStringLiteral("USD")}};
}

// Every notice object key of channel.chat.notification, as the official
// example lists them (all present, all but one null).
const QStringList& noticeKeys() {
    static const QStringList keys{QStringLiteral("sub"),
                                  QStringLiteral("resub"),
                                  QStringLiteral("sub_gift"),
                                  QStringLiteral("community_sub_gift"),
                                  QStringLiteral("gift_paid_upgrade"),
                                  QStringLiteral("prime_paid_upgrade"),
                                  QStringLiteral("pay_it_forward"),
                                  QStringLiteral("raid"),
                                  QStringLiteral("unraid"),
                                  QStringLiteral("announcement"),
                                  QStringLiteral("bits_badge_tier"),
                                  QStringLiteral("charity_donation"),
                                  QStringLiteral("shared_chat_sub"),
                                  QStringLiteral("shared_chat_resub"),
                                  QStringLiteral("shared_chat_sub_gift"),
                                  QStringLiteral("shared_chat_community_sub_gift"),
                                  QStringLiteral("shared_chat_gift_paid_upgrade"),
                                  QStringLiteral("shared_chat_prime_paid_upgrade"),
                                  QStringLiteral("shared_chat_pay_it_forward"),
                                  QStringLiteral("shared_chat_raid"),
                                  QStringLiteral("shared_chat_announcement")};
    return keys;
}

const QHash<QString, QString>& typeVersions() {
    static const QHash<QString, QString> versions = [] {
        QHash<QString, QString> v;
        for (const char* type : {"channel.chat.notification",
                                 "channel.chat.message",
                                 "channel.chat.clear",
                                 "channel.chat.message_delete",
                                 "channel.chat_settings.update",
                                 "stream.online",
                                 "stream.offline",
                                 "channel.raid",
                                 "channel.shared_chat.begin",
                                 "channel.shared_chat.update",
                                 "channel.shared_chat.end",
                                 "channel.subscribe",
                                 "channel.subscription.gift",
                                 "channel.subscription.message",
                                 "channel.subscription.end",
                                 "channel.cheer",
                                 "channel.bits.use",
                                 "channel.poll.begin",
                                 "channel.poll.progress",
                                 "channel.poll.end",
                                 "channel.prediction.begin",
                                 "channel.prediction.progress",
                                 "channel.prediction.lock",
                                 "channel.prediction.end",
                                 "channel.ad_break.begin",
                                 "channel.channel_points_custom_reward_redemption.add",
                                 "channel.goal.begin",
                                 "channel.goal.progress",
                                 "channel.goal.end",
                                 "channel.charity_campaign.donate",
                                 "channel.charity_campaign.start",
                                 "channel.charity_campaign.progress",
                                 "channel.charity_campaign.stop",
                                 "channel.shoutout.create",
                                 "channel.shoutout.receive",
                                 "channel.shield_mode.begin",
                                 "channel.shield_mode.end"})
            v.insert(QLatin1String(type), QStringLiteral("1"));
        for (const char* type : {"channel.update", "channel.follow", "channel.hype_train.begin",
                                 "channel.hype_train.progress", "channel.hype_train.end",
                                 "channel.channel_points_automatic_reward_redemption.add"})
            v.insert(QLatin1String(type), QStringLiteral("2"));
        return v;
    }();
    return versions;
}

} // namespace

EventFactory::EventFactory(const SimContext& context)
    : m_context(context)
    , m_world(context.world) {}

QStringList EventFactory::types() {
    QStringList result = typeVersions().keys();
    result.sort();
    return result;
}

QString EventFactory::versionOf(const QString& type) {
    return typeVersions().value(type);
}

QStringList EventFactory::chatNoticeTypes() {
    QStringList result = noticeKeys();
    result.append(QStringLiteral("watch_streak"));
    return result;
}

QStringList EventFactory::chatMessageTypes() {
    return {QStringLiteral("text"),
            QStringLiteral("channel_points_highlighted"),
            QStringLiteral("channel_points_sub_only"),
            QStringLiteral("user_intro"),
            QStringLiteral("power_ups_message_effect"),
            QStringLiteral("power_ups_gigantified_emote")};
}

void EventFactory::merge(QJsonObject& target, const QJsonObject& overrides) {
    for (auto it = overrides.begin(); it != overrides.end(); ++it) {
        const QJsonValue current = target.value(it.key());
        if (current.isObject() && it.value().isObject()) {
            QJsonObject nested = current.toObject();
            merge(nested, it.value().toObject());
            target.insert(it.key(), nested);
        } else {
            target.insert(it.key(), it.value());
        }
    }
}

int EventFactory::randomInt(int lowest, int highest) const {
    return lowest + int(QRandomGenerator::global()->bounded(highest - lowest + 1));
}

// Only the simulator's own pages: events never point anywhere but loopback.
QString EventFactory::imageUrl(const QString& path) const {
    return m_context.httpBaseUrl.resolved(QUrl(path)).toString();
}

const SimUser& EventFactory::someoneOtherThan(const QString& userId, const QString& alsoNot) const {
    QList<SimUser> candidates;
    for (const SimUser& user : m_world.users)
        if (user.id != userId && user.id != alsoNot)
            candidates.append(user);
    const SimUser& chosen = pick(candidates);
    return *m_world.userById(chosen.id);
}

const SimUser& EventFactory::otherBroadcaster(const QString& broadcasterId) const {
    QStringList ids;
    for (const SimChannel& channel : m_world.channels)
        if (channel.broadcasterId != broadcasterId)
            ids.append(channel.broadcasterId);
    return *m_world.userById(pick(ids));
}

QJsonArray EventFactory::badgesFor(const QString& broadcasterId, const QString& userId) const {
    QJsonArray badges;
    if (userId == broadcasterId)
        badges.append(badge("broadcaster", QStringLiteral("1")));
    else if (m_world.isModerator(broadcasterId, userId))
        badges.append(badge("moderator", QStringLiteral("1")));
    // A stable subscriber badge per (channel, user) so that a chatter keeps
    // the same badge across messages.
    const int months = int(qHash(broadcasterId + userId) % 40);
    if (months > 2 && userId != broadcasterId) {
        const int badgeTier = months >= 24 ? 24 : months >= 12 ? 12 : months >= 6 ? 6 : 3;
        badges.append(badge("subscriber", QString::number(badgeTier), QString::number(months)));
    }
    return badges;
}

QJsonArray EventFactory::fragments(const QString& text, bool withMentions) const {
    static const QRegularExpression cheer(QStringLiteral("^(cheer|corgo|party)(\\d+)$"),
                                          QRegularExpression::CaseInsensitiveOption);
    QJsonArray result;
    QString pendingText;
    const QStringList words = text.split(QLatin1Char(' '));
    for (int i = 0; i < words.size(); ++i) {
        const QString& word = words.at(i);
        const QString separator = i + 1 < words.size() ? QStringLiteral(" ") : QString();
        QJsonObject special;
        if (const QRegularExpressionMatch match = cheer.match(word); match.hasMatch()) {
            const int bits = match.captured(2).toInt();
            special = textFragment(word);
            special.insert(QStringLiteral("type"), QStringLiteral("cheermote"));
            special.insert(QStringLiteral("cheermote"),
                           QJsonObject{{QStringLiteral("prefix"), match.captured(1).toLower()},
                                       {QStringLiteral("bits"), bits},
                                       {QStringLiteral("tier"), cheermoteTier(bits)}});
        } else if (emotes().contains(word)) {
            special = textFragment(word);
            special.insert(QStringLiteral("type"), QStringLiteral("emote"));
            special.insert(
                QStringLiteral("emote"),
                QJsonObject{{QStringLiteral("id"), emotes().value(word)},
                            {QStringLiteral("emote_set_id"), QStringLiteral("0")},
                            {QStringLiteral("owner_id"), QStringLiteral("0")},
                            {QStringLiteral("format"), QJsonArray{QStringLiteral("static")}}});
        } else if (withMentions && word.startsWith(QLatin1Char('@'))) {
            if (const SimUser* user = m_world.userByLogin(word.mid(1))) {
                special = textFragment(word);
                special.insert(QStringLiteral("type"), QStringLiteral("mention"));
                special.insert(QStringLiteral("mention"),
                               QJsonObject{{QStringLiteral("user_id"), user->id},
                                           {QStringLiteral("user_name"), user->displayName},
                                           {QStringLiteral("user_login"), user->login}});
            }
        }
        if (special.isEmpty()) {
            pendingText += word + separator;
            continue;
        }
        if (!pendingText.isEmpty())
            result.append(textFragment(pendingText));
        result.append(special);
        pendingText = separator;
    }
    if (!pendingText.isEmpty())
        result.append(textFragment(pendingText));
    return result;
}

ChatMessage EventFactory::randomChatMessage(const QString& broadcasterId, int bits) const {
    const SimUser& chatter = someoneOtherThan(broadcasterId);
    ChatMessage message;
    message.broadcasterId = broadcasterId;
    message.userId = chatter.id;
    message.userLogin = chatter.login;
    message.userName = chatter.displayName;
    message.color = chatter.avatarColor.toUpper();
    message.text = pick(chatLines());
    if (bits > 0) {
        message.bits = bits;
        message.text = QStringLiteral("Cheer%1 %2").arg(bits).arg(message.text);
    }
    return message;
}

QJsonObject EventFactory::chatMessageEvent(const ChatMessage& message, const QString& messageType,
                                           const QJsonObject& overrides) const {
    QJsonObject event;
    if (const SimUser* broadcaster = m_world.userById(message.broadcasterId)) {
        event = broadcasterFields(*broadcaster);
    } else {
        event.insert(QStringLiteral("broadcaster_user_id"), message.broadcasterId);
        event.insert(QStringLiteral("broadcaster_user_login"), QString());
        event.insert(QStringLiteral("broadcaster_user_name"), QString());
    }
    event.insert(QStringLiteral("chatter_user_id"), message.userId);
    event.insert(QStringLiteral("chatter_user_login"), message.userLogin);
    event.insert(QStringLiteral("chatter_user_name"), message.userName);
    event.insert(QStringLiteral("message_id"), message.id.isEmpty() ? uuid() : message.id);
    event.insert(QStringLiteral("message"),
                 QJsonObject{{QStringLiteral("text"), message.text},
                             {QStringLiteral("fragments"), fragments(message.text, true)}});
    event.insert(QStringLiteral("color"), message.color);
    event.insert(QStringLiteral("badges"), badgesFor(message.broadcasterId, message.userId));
    event.insert(QStringLiteral("message_type"),
                 messageType.isEmpty() ? QStringLiteral("text") : messageType);
    // A cheer is a chat message whose cheer object is not null.
    event.insert(QStringLiteral("cheer"),
                 message.bits > 0 ? QJsonValue(QJsonObject{{QStringLiteral("bits"), message.bits}})
                                  : null);
    event.insert(QStringLiteral("reply"), null);
    event.insert(QStringLiteral("channel_points_custom_reward_id"), null);
    event.insert(QStringLiteral("source_broadcaster_user_id"), null);
    event.insert(QStringLiteral("source_broadcaster_user_login"), null);
    event.insert(QStringLiteral("source_broadcaster_user_name"), null);
    event.insert(QStringLiteral("source_message_id"), null);
    event.insert(QStringLiteral("source_badges"), null);
    merge(event, overrides);
    return event;
}

std::optional<QJsonObject> EventFactory::event(const QString& type, const QString& variant,
                                               const QString& broadcasterId,
                                               const QJsonObject& overrides) const {
    const SimUser* broadcaster = m_world.userById(broadcasterId);
    if (!broadcaster || !m_world.channelById(broadcasterId) || !typeVersions().contains(type))
        return std::nullopt;
    if (type == QLatin1String("channel.chat.notification")) {
        const QString notice = variant.isEmpty() ? QStringLiteral("sub") : variant;
        if (!chatNoticeTypes().contains(notice))
            return std::nullopt;
        return chatNotification(*broadcaster, notice, overrides);
    }
    if (type == QLatin1String("channel.chat.message")) {
        if (!variant.isEmpty() && !chatMessageTypes().contains(variant))
            return std::nullopt;
        ChatMessage message = randomChatMessage(broadcasterId);
        if (variant == QLatin1String("power_ups_gigantified_emote"))
            message.text = QStringLiteral("look at this PogChamp");
        return chatMessageEvent(message, variant, overrides);
    }
    QJsonObject result = buildEvent(type, *broadcaster);
    merge(result, overrides);
    return result;
}

QJsonObject EventFactory::noticeObject(const QString& noticeType, const SimUser& broadcaster,
                                       const SimUser& chatter) const {
    const QString base = noticeType.startsWith(QLatin1String("shared_chat_"))
                             ? noticeType.mid(int(qstrlen("shared_chat_")))
                             : noticeType;
    const QString tier =
        pick(QStringList{QStringLiteral("1000"), QStringLiteral("1000"), QStringLiteral("1000"),
                         QStringLiteral("2000"), QStringLiteral("3000")});
    const SimUser& other = someoneOtherThan(broadcaster.id, chatter.id);
    if (base == QLatin1String("sub"))
        return QJsonObject{{QStringLiteral("sub_tier"), tier},
                           {QStringLiteral("is_prime"), false},
                           {QStringLiteral("duration_months"), 1}};
    if (base == QLatin1String("resub")) {
        const int months = randomInt(2, 48);
        QJsonObject resub{{QStringLiteral("cumulative_months"), months},
                          {QStringLiteral("duration_months"), 1},
                          {QStringLiteral("streak_months"), null},
                          {QStringLiteral("is_gift"), false},
                          {QStringLiteral("gifter_is_anonymous"), null}};
        putNullUser(resub, QStringLiteral("gifter"));
        if (noticeType == QLatin1String("resub")) {
            // The official example of the resub notice says "sub_plan" (where
            // the field table says "sub_tier") and has no "is_prime": follow
            // the example, since it is what Twitch sends.
            resub.insert(QStringLiteral("sub_plan"), tier);
        } else {
            // shared_chat_resub has no example: follow the field table.
            resub.insert(QStringLiteral("sub_tier"), tier);
            resub.insert(QStringLiteral("is_prime"), false);
        }
        return resub;
    }
    if (base == QLatin1String("sub_gift")) {
        QJsonObject gift{{QStringLiteral("duration_months"), 1},
                         {QStringLiteral("cumulative_total"), randomInt(1, 120)},
                         {QStringLiteral("sub_tier"), tier},
                         {QStringLiteral("community_gift_id"), null}};
        putUser(gift, QStringLiteral("recipient"), other);
        return gift;
    }
    if (base == QLatin1String("community_sub_gift")) {
        const int total = pick(QList<int>{1, 5, 5, 10, 20, 50});
        return QJsonObject{{QStringLiteral("id"), QString::number(randomInt(100000, 999999))},
                           {QStringLiteral("total"), total},
                           {QStringLiteral("sub_tier"), tier},
                           {QStringLiteral("cumulative_total"), total + randomInt(0, 200)}};
    }
    if (base == QLatin1String("gift_paid_upgrade") || base == QLatin1String("pay_it_forward")) {
        QJsonObject upgrade{{QStringLiteral("gifter_is_anonymous"), false}};
        putUser(upgrade, QStringLiteral("gifter"), other);
        return upgrade;
    }
    if (base == QLatin1String("prime_paid_upgrade"))
        return QJsonObject{{QStringLiteral("sub_tier"), QStringLiteral("1000")}};
    if (base == QLatin1String("raid")) {
        QJsonObject raid{{QStringLiteral("viewer_count"), randomInt(5, 2500)},
                         {QStringLiteral("profile_image_url"),
                          imageUrl(PageService::avatarPath(chatter.login))}};
        putUser(raid, QString(), chatter);
        return raid;
    }
    if (base == QLatin1String("unraid"))
        return QJsonObject{};
    if (base == QLatin1String("announcement"))
        return QJsonObject{{QStringLiteral("color"),
                            pick(QStringList{QStringLiteral("PRIMARY"), QStringLiteral("BLUE"),
                                             QStringLiteral("GREEN"), QStringLiteral("ORANGE"),
                                             QStringLiteral("PURPLE")})}};
    if (base == QLatin1String("bits_badge_tier"))
        return QJsonObject{{QStringLiteral("tier"), pick(QList<int>{100, 1000, 5000, 10000})}};
    if (base == QLatin1String("charity_donation"))
        return QJsonObject{
            {QStringLiteral("charity_name"), QStringLiteral("Example Children's Hospital")},
            // Singular "decimal_place" in this notice (the charity events use "decimal_places").
            {QStringLiteral("amount"), amount(pick(QList<int>{500, 1000, 2500}), "decimal_place")}};
    if (base == QLatin1String("watch_streak"))
        // Added by Twitch in 2026; no official example is in the vectors. The
        // field names follow what third-party tools report for this notice.
        return QJsonObject{{QStringLiteral("streak_count"), pick(QList<int>{3, 5, 10, 15})},
                           {QStringLiteral("channel_points_awarded"), 450}};
    return QJsonObject{};
}

QJsonObject EventFactory::chatNotification(const SimUser& broadcaster, const QString& noticeType,
                                           const QJsonObject& overrides) const {
    const bool raid = noticeType.endsWith(QLatin1String("raid"));
    // A raid's chatter is the raiding broadcaster; everyone else is a viewer.
    const SimUser& chatter =
        raid ? otherBroadcaster(broadcaster.id) : someoneOtherThan(broadcaster.id);
    QJsonObject event = broadcasterFields(broadcaster);
    putUser(event, QStringLiteral("chatter"), chatter);
    event.insert(QStringLiteral("chatter_is_anonymous"), false);
    event.insert(QStringLiteral("color"), chatter.avatarColor.toUpper());
    event.insert(QStringLiteral("badges"), badgesFor(broadcaster.id, chatter.id));
    event.insert(QStringLiteral("message_id"), uuid());
    QString text;
    if (noticeType.endsWith(QLatin1String("resub")) && randomInt(0, 1) == 1)
        text = pick(QStringList{QStringLiteral("time flies! still my favourite stream <3"),
                                QStringLiteral("another month of great content SeemsGood"),
                                QStringLiteral("can't believe it's been this long")});
    else if (noticeType.endsWith(QLatin1String("announcement")))
        text = pick(QStringList{QStringLiteral("Giveaway at the end of the stream, stick around!"),
                                QStringLiteral("New merch is up, link in the panels"),
                                QStringLiteral("Be kind in chat, mods are watching")});
    event.insert(QStringLiteral("message"),
                 QJsonObject{{QStringLiteral("text"), text},
                             {QStringLiteral("fragments"),
                              text.isEmpty() ? QJsonArray() : fragments(text, true)}});
    event.insert(QStringLiteral("notice_type"), noticeType);
    for (const QString& key : noticeKeys())
        event.insert(key, null);
    event.insert(noticeType, noticeObject(noticeType, broadcaster, chatter));
    const bool shared = noticeType.startsWith(QLatin1String("shared_chat_"));
    if (shared) {
        // In a shared chat session the notice happened in another channel.
        putUser(event, QStringLiteral("source_broadcaster"), otherBroadcaster(broadcaster.id));
        event.insert(QStringLiteral("source_message_id"), uuid());
        event.insert(QStringLiteral("source_badges"),
                     QJsonArray{badge("subscriber", QStringLiteral("6"), QStringLiteral("7"))});
    } else {
        putNullUser(event, QStringLiteral("source_broadcaster"));
        event.insert(QStringLiteral("source_message_id"), null);
        event.insert(QStringLiteral("source_badges"), null);
    }
    merge(event, overrides);
    if (!overrides.contains(QStringLiteral("system_message")))
        event.insert(QStringLiteral("system_message"), systemMessage(event));
    return event;
}

QString EventFactory::systemMessage(const QJsonObject& event) const {
    const QString noticeType = event.value(QStringLiteral("notice_type")).toString();
    const QJsonObject notice = event.value(noticeType).toObject();
    const QString base = noticeType.startsWith(QLatin1String("shared_chat_"))
                             ? noticeType.mid(int(qstrlen("shared_chat_")))
                             : noticeType;
    const QString name = event.value(QStringLiteral("chatter_is_anonymous")).toBool()
                             ? QStringLiteral("An anonymous user")
                             : event.value(QStringLiteral("chatter_user_name")).toString();
    const QString channel = event.value(QStringLiteral("broadcaster_user_name")).toString();
    auto tierOf = [&](const char* key) {
        return tierNumber(notice.value(QLatin1String(key)).toString());
    };
    auto gifter = [&] {
        return notice.value(QStringLiteral("gifter_is_anonymous")).toBool()
                   ? QStringLiteral("an anonymous gifter")
                   : notice.value(QStringLiteral("gifter_user_name")).toString();
    };
    if (base == QLatin1String("sub"))
        return QStringLiteral("%1 subscribed at Tier %2.").arg(name, tierOf("sub_tier"));
    if (base == QLatin1String("resub")) {
        const QString tier =
            notice.contains(QStringLiteral("sub_plan")) ? tierOf("sub_plan") : tierOf("sub_tier");
        return QStringLiteral("%1 subscribed at Tier %2. They've subscribed for %3 months!")
            .arg(name, tier)
            .arg(notice.value(QStringLiteral("cumulative_months")).toInt());
    }
    if (base == QLatin1String("sub_gift"))
        return QStringLiteral("%1 gifted a Tier %2 sub to %3!")
            .arg(name, tierOf("sub_tier"),
                 notice.value(QStringLiteral("recipient_user_name")).toString());
    if (base == QLatin1String("community_sub_gift")) {
        const int total = notice.value(QStringLiteral("total")).toInt();
        QString text =
            QStringLiteral("%1 is gifting %2 Tier %3 Sub%4 to %5's community!")
                .arg(name)
                .arg(total)
                .arg(tierOf("sub_tier"), total == 1 ? QString() : QStringLiteral("s"), channel);
        if (notice.value(QStringLiteral("cumulative_total")).isDouble())
            text += QStringLiteral(" They've gifted a total of %1 in the channel!")
                        .arg(notice.value(QStringLiteral("cumulative_total")).toInt());
        return text;
    }
    if (base == QLatin1String("gift_paid_upgrade"))
        return QStringLiteral("%1 is continuing the Gift Sub they got from %2!")
            .arg(name, gifter());
    if (base == QLatin1String("prime_paid_upgrade"))
        return QStringLiteral("%1 converted from a Prime sub to a Tier %2 sub!")
            .arg(name, tierOf("sub_tier"));
    if (base == QLatin1String("pay_it_forward"))
        return QStringLiteral("%1 is paying forward the Gift they got from %2 to the community!")
            .arg(name, gifter());
    if (base == QLatin1String("raid"))
        return QStringLiteral("%1 raiders from %2 have joined!")
            .arg(notice.value(QStringLiteral("viewer_count")).toInt())
            .arg(notice.value(QStringLiteral("user_name")).toString());
    if (base == QLatin1String("unraid"))
        return QStringLiteral("%1 has cancelled their raid.").arg(name);
    if (base == QLatin1String("announcement"))
        return QString(); // the announcement is the message itself
    if (base == QLatin1String("bits_badge_tier"))
        return QStringLiteral("bits badge tier notification: %1 just earned a new %2 Bits badge!")
            .arg(name)
            .arg(notice.value(QStringLiteral("tier")).toInt());
    if (base == QLatin1String("charity_donation")) {
        const QJsonObject money = notice.value(QStringLiteral("amount")).toObject();
        return QStringLiteral("%1: Donated %2 %3 to support %4")
            .arg(name, money.value(QStringLiteral("currency")).toString(),
                 QString::number(money.value(QStringLiteral("value")).toInt() / 100.0, 'f', 2),
                 notice.value(QStringLiteral("charity_name")).toString());
    }
    if (base == QLatin1String("watch_streak"))
        return QStringLiteral("%1 watched %2 consecutive streams and sparked a watch streak!")
            .arg(name)
            .arg(notice.value(QStringLiteral("streak_count")).toInt());
    return QString();
}

QJsonObject EventFactory::hypeTrain(const QString& phase, const SimUser& broadcaster) const {
    const SimUser& top = someoneOtherThan(broadcaster.id);
    const int total = randomInt(150, 4000);
    QJsonObject contribution{{QStringLiteral("type"), QStringLiteral("bits")},
                             {QStringLiteral("total"), randomInt(50, total)}};
    putUser(contribution, QString(), top);
    QJsonObject event = broadcasterFields(broadcaster);
    event.insert(QStringLiteral("id"), uuid());
    event.insert(QStringLiteral("total"), total);
    event.insert(QStringLiteral("level"), 1 + total / 1000);
    event.insert(QStringLiteral("top_contributions"), QJsonArray{contribution});
    event.insert(QStringLiteral("shared_train_participants"), null);
    event.insert(QStringLiteral("started_at"), at(-120));
    event.insert(QStringLiteral("is_shared_train"), false);
    event.insert(QStringLiteral("type"), QStringLiteral("regular"));
    if (phase == QLatin1String("end")) {
        event.insert(QStringLiteral("ended_at"), at(0));
        event.insert(QStringLiteral("cooldown_ends_at"), at(3600));
        return event;
    }
    event.insert(QStringLiteral("progress"), total % 1000);
    event.insert(QStringLiteral("goal"), 1000);
    event.insert(QStringLiteral("expires_at"), at(300));
    if (phase == QLatin1String("begin")) {
        event.insert(QStringLiteral("all_time_high_level"), 4);
        event.insert(QStringLiteral("all_time_high_total"), 2845);
    }
    return event;
}

QJsonObject EventFactory::poll(const QString& phase, const SimUser& broadcaster) const {
    const QStringList titles{QStringLiteral("Next game?"), QStringLiteral("Speedrun or casual?")};
    const QStringList options{QStringLiteral("Hollow Knight"), QStringLiteral("Celeste"),
                              QStringLiteral("Hades")};
    QJsonArray choices;
    for (int i = 0; i < options.size(); ++i) {
        QJsonObject choice{{QStringLiteral("id"), QString::number(8100 + i)},
                           {QStringLiteral("title"), options.at(i)}};
        if (phase != QLatin1String("begin")) {
            const int points = randomInt(0, 40);
            // Bits voting is not supported by Twitch any more: always 0.
            choice.insert(QStringLiteral("bits_votes"), 0);
            choice.insert(QStringLiteral("channel_points_votes"), points);
            choice.insert(QStringLiteral("votes"), points + randomInt(0, 120));
        }
        choices.append(choice);
    }
    QJsonObject event = broadcasterFields(broadcaster);
    event.insert(QStringLiteral("id"), uuid());
    event.insert(QStringLiteral("title"), pick(titles));
    event.insert(QStringLiteral("choices"), choices);
    event.insert(
        QStringLiteral("bits_voting"),
        QJsonObject{{QStringLiteral("is_enabled"), false}, {QStringLiteral("amount_per_vote"), 0}});
    event.insert(QStringLiteral("channel_points_voting"),
                 QJsonObject{{QStringLiteral("is_enabled"), true},
                             {QStringLiteral("amount_per_vote"), 100}});
    event.insert(QStringLiteral("started_at"), at(-60));
    if (phase == QLatin1String("end")) {
        event.insert(QStringLiteral("status"), QStringLiteral("completed"));
        event.insert(QStringLiteral("ended_at"), at(0));
    } else {
        event.insert(QStringLiteral("ends_at"), at(120));
    }
    return event;
}

QJsonObject EventFactory::prediction(const QString& phase, const SimUser& broadcaster) const {
    const bool begin = phase == QLatin1String("begin");
    const bool end = phase == QLatin1String("end");
    QJsonArray outcomes;
    const QStringList titles{QStringLiteral("Yes, first try"), QStringLiteral("No chance")};
    const QStringList colors{QStringLiteral("blue"), QStringLiteral("pink")};
    for (int i = 0; i < 2; ++i) {
        QJsonObject outcome{{QStringLiteral("id"), QStringLiteral("outcome-%1").arg(i + 1)},
                            {QStringLiteral("title"), titles.at(i)},
                            {QStringLiteral("color"), colors.at(i)}};
        if (!begin) {
            const int used = randomInt(100, 5000);
            QJsonObject predictor{{QStringLiteral("channel_points_used"), used},
                                  {QStringLiteral("channel_points_won"),
                                   end && i == 0 ? QJsonValue(used * 2) : null}};
            putUser(predictor, QString(), someoneOtherThan(broadcaster.id));
            outcome.insert(QStringLiteral("users"), randomInt(1, 300));
            outcome.insert(QStringLiteral("channel_points"), used + randomInt(0, 50000));
            outcome.insert(QStringLiteral("top_predictors"), QJsonArray{predictor});
        }
        outcomes.append(outcome);
    }
    QJsonObject event = broadcasterFields(broadcaster);
    event.insert(QStringLiteral("id"), uuid());
    event.insert(QStringLiteral("title"), QStringLiteral("Will we beat the boss this attempt?"));
    event.insert(QStringLiteral("outcomes"), outcomes);
    event.insert(QStringLiteral("started_at"), at(-90));
    if (begin || phase == QLatin1String("progress")) {
        event.insert(QStringLiteral("locks_at"), at(90));
    } else if (phase == QLatin1String("lock")) {
        event.insert(QStringLiteral("locked_at"), at(0));
    } else {
        event.insert(QStringLiteral("winning_outcome_id"), QStringLiteral("outcome-1"));
        event.insert(QStringLiteral("status"), QStringLiteral("resolved"));
        event.insert(QStringLiteral("ended_at"), at(0));
    }
    return event;
}

QJsonObject EventFactory::goal(const QString& phase, const SimUser& broadcaster) const {
    QJsonObject event = broadcasterFields(broadcaster);
    event.insert(QStringLiteral("id"), uuid());
    event.insert(QStringLiteral("type"), QStringLiteral("follower"));
    event.insert(QStringLiteral("description"), QStringLiteral("Road to the next milestone!"));
    const int target = 1000 * randomInt(1, 20);
    event.insert(QStringLiteral("current_amount"), randomInt(0, target));
    event.insert(QStringLiteral("target_amount"), target);
    event.insert(QStringLiteral("started_at"), at(-86400));
    if (phase == QLatin1String("end")) {
        event.insert(QStringLiteral("is_achieved"), false);
        event.insert(QStringLiteral("ended_at"), at(0));
    }
    return event;
}

QJsonObject EventFactory::charityCampaign(const QString& phase, const SimUser& broadcaster) const {
    QJsonObject event{
        {QStringLiteral("id"), uuid()},
        {QStringLiteral("charity_name"), QStringLiteral("Example Children's Hospital")},
        {QStringLiteral("charity_description"),
         QStringLiteral("Care and hope for children and their families.")},
        {QStringLiteral("charity_logo"), imageUrl(PageService::charityLogoPath())},
        {QStringLiteral("charity_website"), imageUrl(PageService::charityPagePath())}};
    if (phase == QLatin1String("donate")) {
        // The donate event names the channel broadcaster_user_*; the campaign
        // events below say broadcaster_id/_login/_name.
        merge(event, broadcasterFields(broadcaster));
        event.insert(QStringLiteral("campaign_id"), uuid());
        putUser(event, QString(), someoneOtherThan(broadcaster.id));
        event.insert(QStringLiteral("amount"),
                     amount(pick(QList<int>{500, 1000, 2500, 10000}), "decimal_places"));
        return event;
    }
    event.insert(QStringLiteral("broadcaster_id"), broadcaster.id);
    event.insert(QStringLiteral("broadcaster_login"), broadcaster.login);
    event.insert(QStringLiteral("broadcaster_name"), broadcaster.displayName);
    const int target = 100 * randomInt(50, 500);
    event.insert(
        QStringLiteral("current_amount"),
        amount(phase == QLatin1String("start") ? 0 : randomInt(0, target), "decimal_places"));
    event.insert(QStringLiteral("target_amount"), amount(target, "decimal_places"));
    if (phase == QLatin1String("start"))
        event.insert(QStringLiteral("started_at"), at(0));
    else if (phase == QLatin1String("stop"))
        event.insert(QStringLiteral("stopped_at"), at(0));
    return event;
}

QJsonObject EventFactory::sharedChat(const QString& phase, const SimUser& broadcaster) const {
    const SimUser& host = otherBroadcaster(broadcaster.id);
    QJsonObject event = broadcasterFields(broadcaster);
    event.insert(QStringLiteral("session_id"), uuid());
    putUser(event, QStringLiteral("host_broadcaster"), host);
    if (phase != QLatin1String("end")) {
        QJsonArray participants;
        for (const SimUser* user : {&host, &broadcaster})
            participants.append(broadcasterFields(*user));
        event.insert(QStringLiteral("participants"), participants);
    }
    return event;
}

QJsonObject EventFactory::buildEvent(const QString& type, const SimUser& broadcaster) const {
    const SimChannel& channel = *m_world.channelById(broadcaster.id);
    const QString phase = type.section(QLatin1Char('.'), -1);
    const SimUser& viewer = someoneOtherThan(broadcaster.id);
    const QString tier = pick(QStringList{QStringLiteral("1000"), QStringLiteral("1000"),
                                          QStringLiteral("2000"), QStringLiteral("3000")});
    QJsonObject event = broadcasterFields(broadcaster);
    auto withViewer = [&] {
        putUser(event, QString(), viewer);
        return event;
    };

    if (type == QLatin1String("stream.online")) {
        event.insert(QStringLiteral("id"),
                     channel.streamId.isEmpty()
                         ? QString::number(40000000000LL + randomInt(0, 999999))
                         : channel.streamId);
        event.insert(QStringLiteral("type"), QStringLiteral("live"));
        event.insert(QStringLiteral("started_at"),
                     timestamp(channel.startedAt.isValid() ? channel.startedAt
                                                           : QDateTime::currentDateTimeUtc()));
        return event;
    }
    if (type == QLatin1String("stream.offline") || type == QLatin1String("channel.chat.clear"))
        return event;
    if (type == QLatin1String("channel.update")) {
        event.insert(QStringLiteral("title"), channel.title);
        event.insert(QStringLiteral("language"), channel.language);
        event.insert(QStringLiteral("category_id"), channel.gameId);
        event.insert(QStringLiteral("category_name"), channel.gameName);
        event.insert(QStringLiteral("content_classification_labels"), QJsonArray());
        return event;
    }
    if (type == QLatin1String("channel.raid")) {
        // The channel is the raid's target; from_* is another broadcaster.
        QJsonObject raid;
        putUser(raid, QStringLiteral("from_broadcaster"), otherBroadcaster(broadcaster.id));
        putUser(raid, QStringLiteral("to_broadcaster"), broadcaster);
        raid.insert(QStringLiteral("viewers"), randomInt(5, 2500));
        return raid;
    }
    if (type == QLatin1String("channel.follow")) {
        withViewer();
        event.insert(QStringLiteral("followed_at"), at(0));
        return event;
    }
    if (type == QLatin1String("channel.subscribe") ||
        type == QLatin1String("channel.subscription.end")) {
        withViewer();
        event.insert(QStringLiteral("tier"), tier);
        event.insert(QStringLiteral("is_gift"), false);
        return event;
    }
    if (type == QLatin1String("channel.subscription.gift")) {
        withViewer();
        const int total = pick(QList<int>{1, 5, 10, 20});
        event.insert(QStringLiteral("total"), total);
        event.insert(QStringLiteral("tier"), tier);
        event.insert(QStringLiteral("cumulative_total"), total + randomInt(0, 100));
        event.insert(QStringLiteral("is_anonymous"), false);
        return event;
    }
    if (type == QLatin1String("channel.subscription.message")) {
        withViewer();
        const QString text = QStringLiteral("Love the stream! Kappa");
        event.insert(QStringLiteral("tier"), tier);
        event.insert(
            QStringLiteral("message"),
            QJsonObject{{QStringLiteral("text"), text},
                        {QStringLiteral("emotes"),
                         QJsonArray{QJsonObject{
                             {QStringLiteral("begin"), 17},
                             {QStringLiteral("end"), 21},
                             {QStringLiteral("id"), emotes().value(QStringLiteral("Kappa"))}}}}});
        const int months = randomInt(2, 36);
        event.insert(QStringLiteral("cumulative_months"), months);
        event.insert(QStringLiteral("streak_months"), randomInt(0, 1) ? QJsonValue(months) : null);
        event.insert(QStringLiteral("duration_months"), 1);
        return event;
    }
    if (type == QLatin1String("channel.cheer")) {
        withViewer();
        const int bits = pick(QList<int>{1, 100, 100, 500, 1000});
        event.insert(QStringLiteral("is_anonymous"), false);
        event.insert(QStringLiteral("message"),
                     QStringLiteral("Cheer%1 %2").arg(bits).arg(pick(chatLines())));
        event.insert(QStringLiteral("bits"), bits);
        return event;
    }
    if (type == QLatin1String("channel.bits.use")) {
        withViewer();
        const int bits = pick(QList<int>{100, 100, 500, 1000});
        const QString text = QStringLiteral("Cheer%1 great run PogChamp").arg(bits);
        QJsonArray bitsFragments;
        // channel.bits.use fragments carry text, type, emote and cheermote (no mention).
        for (const QJsonValue& fragment : fragments(text, false)) {
            QJsonObject f = fragment.toObject();
            f.remove(QStringLiteral("mention"));
            bitsFragments.append(f);
        }
        event.insert(QStringLiteral("bits"), bits);
        event.insert(QStringLiteral("type"), QStringLiteral("cheer"));
        event.insert(QStringLiteral("message"),
                     QJsonObject{{QStringLiteral("text"), text},
                                 {QStringLiteral("fragments"), bitsFragments}});
        event.insert(QStringLiteral("power_up"), null);
        return event;
    }
    if (type.startsWith(QLatin1String("channel.hype_train.")))
        return hypeTrain(phase, broadcaster);
    if (type.startsWith(QLatin1String("channel.poll.")))
        return poll(phase, broadcaster);
    if (type.startsWith(QLatin1String("channel.prediction.")))
        return prediction(phase, broadcaster);
    if (type.startsWith(QLatin1String("channel.goal.")))
        return goal(phase, broadcaster);
    if (type.startsWith(QLatin1String("channel.charity_campaign.")))
        return charityCampaign(phase, broadcaster);
    if (type.startsWith(QLatin1String("channel.shared_chat.")))
        return sharedChat(phase, broadcaster);
    if (type == QLatin1String("channel.ad_break.begin")) {
        event.insert(QStringLiteral("duration_seconds"), pick(QList<int>{30, 60, 90, 180}));
        event.insert(QStringLiteral("started_at"), at(0));
        event.insert(QStringLiteral("is_automatic"), false);
        putUser(event, QStringLiteral("requester"), broadcaster);
        return event;
    }
    if (type == QLatin1String("channel.channel_points_custom_reward_redemption.add")) {
        withViewer();
        event.insert(QStringLiteral("id"), uuid());
        event.insert(QStringLiteral("user_input"), QStringLiteral("play the secret level next!"));
        event.insert(QStringLiteral("status"), QStringLiteral("unfulfilled"));
        event.insert(
            QStringLiteral("reward"),
            QJsonObject{{QStringLiteral("id"), uuid()},
                        {QStringLiteral("title"), QStringLiteral("Choose the next level")},
                        {QStringLiteral("cost"), 5000},
                        {QStringLiteral("prompt"), QStringLiteral("Pick what we play next")}});
        event.insert(QStringLiteral("redeemed_at"), at(0));
        return event;
    }
    if (type == QLatin1String("channel.channel_points_automatic_reward_redemption.add")) {
        withViewer();
        const QString text = QStringLiteral("Hello everyone! VoHiYo");
        QJsonArray rewardFragments;
        // This event's fragments are {type, text, emote{id}} (see the official example).
        for (const QJsonValue& fragment : fragments(text, false)) {
            const QJsonObject f = fragment.toObject();
            const QJsonValue emote = f.value(QStringLiteral("emote"));
            rewardFragments.append(QJsonObject{
                {QStringLiteral("type"), f.value(QStringLiteral("type"))},
                {QStringLiteral("text"), f.value(QStringLiteral("text"))},
                {QStringLiteral("emote"),
                 emote.isObject()
                     ? QJsonValue(QJsonObject{
                           {QStringLiteral("id"), emote.toObject().value(QStringLiteral("id"))}})
                     : null}});
        }
        event.insert(QStringLiteral("id"), uuid());
        event.insert(
            QStringLiteral("reward"),
            QJsonObject{{QStringLiteral("type"), QStringLiteral("send_highlighted_message")},
                        {QStringLiteral("channel_points"), 100},
                        {QStringLiteral("emote"), null}});
        event.insert(QStringLiteral("message"),
                     QJsonObject{{QStringLiteral("text"), text},
                                 {QStringLiteral("fragments"), rewardFragments}});
        event.insert(QStringLiteral("redeemed_at"), at(0));
        return event;
    }
    if (type == QLatin1String("channel.chat.message_delete")) {
        putUser(event, QStringLiteral("target"), viewer);
        event.insert(QStringLiteral("message_id"), uuid());
        return event;
    }
    if (type == QLatin1String("channel.chat_settings.update")) {
        event.insert(QStringLiteral("emote_mode"), false);
        event.insert(QStringLiteral("follower_mode"), true);
        event.insert(QStringLiteral("follower_mode_duration_minutes"), 10);
        event.insert(QStringLiteral("slow_mode"), false);
        event.insert(QStringLiteral("slow_mode_wait_time_seconds"), null);
        event.insert(QStringLiteral("subscriber_mode"), false);
        event.insert(QStringLiteral("unique_chat_mode"), false);
        return event;
    }
    if (type == QLatin1String("channel.shoutout.create")) {
        const SimUser& target = otherBroadcaster(broadcaster.id);
        putUser(event, QStringLiteral("to_broadcaster"), target);
        putUser(event, QStringLiteral("moderator"), broadcaster);
        event.insert(QStringLiteral("viewer_count"), qMax(1, channel.viewerCount));
        event.insert(QStringLiteral("started_at"), at(0));
        event.insert(QStringLiteral("cooldown_ends_at"), at(120));
        event.insert(QStringLiteral("target_cooldown_ends_at"), at(3600));
        return event;
    }
    if (type == QLatin1String("channel.shoutout.receive")) {
        putUser(event, QStringLiteral("from_broadcaster"), otherBroadcaster(broadcaster.id));
        event.insert(QStringLiteral("viewer_count"), randomInt(10, 5000));
        event.insert(QStringLiteral("started_at"), at(0));
        return event;
    }
    if (type.startsWith(QLatin1String("channel.shield_mode."))) {
        const QString moderatorId = m_world.moderators.value(broadcaster.id).isEmpty()
                                        ? broadcaster.id
                                        : *m_world.moderators.value(broadcaster.id).begin();
        putUser(event, QStringLiteral("moderator"), *m_world.userById(moderatorId));
        event.insert(phase == QLatin1String("begin") ? QStringLiteral("started_at")
                                                     : QStringLiteral("ended_at"),
                     at(0));
        return event;
    }
    return event;
}

} // namespace streamside::sim
