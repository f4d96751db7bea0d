#include "sim/LivelyGenerator.h"

#include "sim/EventSubServer.h"

#include <QJsonObject>
#include <QRandomGenerator>

#include <cmath>

namespace streamside::sim {

namespace {

int randomInt(int lowest, int highest) {
    return lowest + int(QRandomGenerator::global()->bounded(highest - lowest + 1));
}

// How often each kind of event happens, out of 100: chat dominates, as in a
// real channel.
struct Weighted {
    const char* kind;
    int weight;
};
constexpr Weighted kinds[] = {
    {"chat", 72},     {"cheer", 6},        {"sub", 4},  {"resub", 5}, {"follow", 5},
    {"gift_bomb", 2}, {"announcement", 2}, {"raid", 2}, {"title", 2},
};

const char* pickKind() {
    int total = 0;
    for (const Weighted& k : kinds)
        total += k.weight;
    int roll = randomInt(0, total - 1);
    for (const Weighted& k : kinds) {
        if (roll < k.weight)
            return k.kind;
        roll -= k.weight;
    }
    return "chat";
}

QJsonObject asViewer(const QString& prefix, const SimUser& user) {
    const QString p = prefix.isEmpty() ? QString() : prefix + QLatin1Char('_');
    return QJsonObject{{p + QStringLiteral("user_id"), user.id},
                       {p + QStringLiteral("user_login"), user.login},
                       {p + QStringLiteral("user_name"), user.displayName}};
}

} // namespace

LivelyGenerator::LivelyGenerator(SimContext& context, EventSubServer& eventSub, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_eventSub(eventSub) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        generateOne();
        scheduleNext();
    });
}

void LivelyGenerator::start() {
    m_running = true;
    scheduleNext();
}

void LivelyGenerator::stop() {
    m_running = false;
    m_timer.stop();
}

void LivelyGenerator::setRate(double eventsPerSecond) {
    m_context.settings.livelyEventsPerSecond = qMax(0.0, eventsPerSecond);
    if (m_running) {
        m_timer.stop();
        scheduleNext();
    }
}

void LivelyGenerator::scheduleNext() {
    const double rate = m_context.settings.livelyEventsPerSecond;
    if (!m_running || rate <= 0.0)
        return;
    // Exponential gaps (a Poisson process) so that bursts and lulls happen
    // like in a real chat, averaging `rate` events per second.
    const double uniform = 1.0 - QRandomGenerator::global()->generateDouble(); // (0, 1]
    const double gapMs = -std::log(uniform) * 1000.0 / rate;
    m_timer.start(int(qBound(1.0, gapMs, 60'000.0)));
}

QString LivelyGenerator::generateOne() {
    QStringList live;
    for (const SimChannel& channel : m_context.world.channels)
        if (channel.live)
            live.append(channel.broadcasterId);
    if (live.isEmpty())
        return QString();
    const QString channelId = live.at(randomInt(0, int(live.size()) - 1));
    const QString kind = QLatin1String(pickKind());
    const EventFactory& factory = m_eventSub.factory();
    const QString notification = QStringLiteral("channel.chat.notification");

    if (kind == QLatin1String("chat")) {
        m_context.chat.append(factory.randomChatMessage(channelId));
    } else if (kind == QLatin1String("cheer")) {
        // A cheer is a chat line with bits, and a channel.cheer and
        // channel.bits.use for the broadcaster's own subscriptions.
        const int bits = QList<int>{1, 50, 100, 100, 500, 1000}.at(randomInt(0, 5));
        const ChatMessage line = m_context.chat.append(factory.randomChatMessage(channelId, bits));
        const SimUser* chatter = m_context.world.userById(line.userId);
        QJsonObject who = asViewer(QString(), *chatter);
        who.insert(QStringLiteral("bits"), bits);
        who.insert(QStringLiteral("message"), line.text);
        m_eventSub.trigger(QStringLiteral("channel.cheer"), QString(), channelId, who);
        who.remove(QStringLiteral("message"));
        m_eventSub.trigger(QStringLiteral("channel.bits.use"), QString(), channelId, who);
    } else if (kind == QLatin1String("sub") || kind == QLatin1String("resub")) {
        const auto result = m_eventSub.trigger(notification, kind, channelId);
        const QJsonObject event = result.event;
        QJsonObject who{
            {QStringLiteral("user_id"), event.value(QStringLiteral("chatter_user_id"))},
            {QStringLiteral("user_login"), event.value(QStringLiteral("chatter_user_login"))},
            {QStringLiteral("user_name"), event.value(QStringLiteral("chatter_user_name"))}};
        if (kind == QLatin1String("sub")) {
            who.insert(
                QStringLiteral("tier"),
                event.value(QStringLiteral("sub")).toObject().value(QStringLiteral("sub_tier")));
            m_eventSub.trigger(QStringLiteral("channel.subscribe"), QString(), channelId, who);
        } else {
            const QJsonObject resub = event.value(QStringLiteral("resub")).toObject();
            who.insert(QStringLiteral("tier"), resub.value(QStringLiteral("sub_plan")));
            who.insert(QStringLiteral("cumulative_months"),
                       resub.value(QStringLiteral("cumulative_months")));
            m_eventSub.trigger(QStringLiteral("channel.subscription.message"), QString(), channelId,
                               who);
        }
    } else if (kind == QLatin1String("gift_bomb")) {
        const auto result =
            m_eventSub.trigger(notification, QStringLiteral("community_sub_gift"), channelId);
        const QJsonObject gift =
            result.event.value(QStringLiteral("community_sub_gift")).toObject();
        m_eventSub.trigger(
            QStringLiteral("channel.subscription.gift"), QString(), channelId,
            QJsonObject{
                {QStringLiteral("user_id"), result.event.value(QStringLiteral("chatter_user_id"))},
                {QStringLiteral("user_login"),
                 result.event.value(QStringLiteral("chatter_user_login"))},
                {QStringLiteral("user_name"),
                 result.event.value(QStringLiteral("chatter_user_name"))},
                {QStringLiteral("total"), gift.value(QStringLiteral("total"))},
                {QStringLiteral("tier"), gift.value(QStringLiteral("sub_tier"))},
                {QStringLiteral("cumulative_total"),
                 gift.value(QStringLiteral("cumulative_total"))}});
    } else if (kind == QLatin1String("follow")) {
        m_eventSub.trigger(QStringLiteral("channel.follow"), QString(), channelId);
    } else if (kind == QLatin1String("announcement")) {
        m_eventSub.trigger(notification, QStringLiteral("announcement"), channelId);
    } else if (kind == QLatin1String("raid")) {
        // The same raid as the chat notice and as channel.raid.
        const auto result = m_eventSub.trigger(notification, QStringLiteral("raid"), channelId);
        const QJsonObject raid = result.event.value(QStringLiteral("raid")).toObject();
        m_eventSub.trigger(
            QStringLiteral("channel.raid"), QString(), channelId,
            QJsonObject{
                {QStringLiteral("from_broadcaster_user_id"), raid.value(QStringLiteral("user_id"))},
                {QStringLiteral("from_broadcaster_user_login"),
                 raid.value(QStringLiteral("user_login"))},
                {QStringLiteral("from_broadcaster_user_name"),
                 raid.value(QStringLiteral("user_name"))},
                {QStringLiteral("viewers"), raid.value(QStringLiteral("viewer_count"))}});
    } else if (kind == QLatin1String("title")) {
        static const QStringList suffixes{QStringLiteral(" | !discord"), QStringLiteral(" (day 2)"),
                                          QStringLiteral(" — chat picks next"),
                                          QStringLiteral(" | !socials")};
        SimChannel* channel = m_context.world.channelById(channelId);
        QString title = channel->title;
        for (const QString& suffix : suffixes)
            if (title.endsWith(suffix))
                title.chop(suffix.size());
        channel->title = title + suffixes.at(randomInt(0, int(suffixes.size()) - 1));
        m_eventSub.trigger(QStringLiteral("channel.update"), QString(), channelId);
    }
    emit generated(kind, channelId);
    return kind;
}

} // namespace streamside::sim
