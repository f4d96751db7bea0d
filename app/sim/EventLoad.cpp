#include "sim/EventLoad.h"

#include "sim/EventSubServer.h"

#include <QRandomGenerator>

#include <cmath>

namespace streamside::sim {

namespace {

// What a viewer's subscriptions bring that its events list shows, and how
// often each comes, out of 100.
struct Weighted {
    const char* type;
    const char* variant; // notice_type or message_type
    int weight;
};
constexpr Weighted mix[] = {
    {"channel.chat.notification", "sub", 12},
    {"channel.chat.notification", "resub", 14},
    {"channel.chat.notification", "sub_gift", 8},
    {"channel.chat.notification", "community_sub_gift", 4},
    {"channel.chat.notification", "gift_paid_upgrade", 3},
    {"channel.chat.notification", "prime_paid_upgrade", 3},
    {"channel.chat.notification", "pay_it_forward", 2},
    {"channel.chat.notification", "raid", 4},
    {"channel.chat.notification", "unraid", 1},
    {"channel.chat.notification", "announcement", 8},
    {"channel.chat.notification", "bits_badge_tier", 3},
    {"channel.chat.notification", "charity_donation", 2},
    {"channel.chat.notification", "watch_streak", 4},
    {"channel.chat.message", "cheer", 10},
    {"channel.chat.message", "channel_points_highlighted", 5},
    {"channel.chat.message", "power_ups_message_effect", 2},
    {"channel.chat.message", "power_ups_gigantified_emote", 2},
    {"channel.raid", "", 6},
    {"channel.update", "", 7},
};

const Weighted& pick() {
    int total = 0;
    for (const Weighted& entry : mix)
        total += entry.weight;
    int roll = int(QRandomGenerator::global()->bounded(total));
    for (const Weighted& entry : mix) {
        if (roll < entry.weight)
            return entry;
        roll -= entry.weight;
    }
    return mix[0];
}

} // namespace

EventLoad::EventLoad(SimContext& context, EventSubServer& eventSub, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_eventSub(eventSub) {
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &EventLoad::tick);
}

bool EventLoad::start(const QString& broadcasterId, double eventsPerSecond) {
    if (!m_context.world.channelById(broadcasterId) || !(eventsPerSecond > 0) ||
        eventsPerSecond > 1000)
        return false;
    m_channelId = broadcasterId;
    m_rate = eventsPerSecond;
    m_generated = 0;
    m_since.start();
    // Ticks no closer than 10 ms: at higher rates a tick sends several.
    m_timer.start(qMax(10, int(1000.0 / eventsPerSecond)));
    return true;
}

void EventLoad::stop() {
    m_timer.stop();
}

QJsonObject EventLoad::state() const {
    const SimUser* channel = m_context.world.userById(m_channelId);
    return QJsonObject{{QStringLiteral("running"), isRunning()},
                       {QStringLiteral("channel"), channel ? channel->login : QString()},
                       {QStringLiteral("rate"), m_rate},
                       {QStringLiteral("generated"), m_generated}};
}

void EventLoad::tick() {
    const qint64 due = qint64(std::floor(double(m_since.elapsed()) * m_rate / 1000.0));
    while (m_generated < due)
        generateOne();
}

QString EventLoad::generateOne() {
    const Weighted& kind = pick();
    const QString type = QLatin1String(kind.type);
    QString variant = QLatin1String(kind.variant);
    QJsonObject fields;
    if (variant == QLatin1String("cheer")) {
        // A cheer is a chat line with bits.
        variant.clear();
        fields.insert(
            QStringLiteral("cheer"),
            QJsonObject{{QStringLiteral("bits"), QList<int>{1, 50, 100, 500, 1000}.at(int(
                                                     QRandomGenerator::global()->bounded(5)))}});
    }
    m_eventSub.trigger(type, variant, m_channelId, fields);
    ++m_generated;
    return kind.variant[0] ? QLatin1String(kind.variant) : type;
}

} // namespace streamside::sim
