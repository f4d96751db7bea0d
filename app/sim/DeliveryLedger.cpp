#include "sim/DeliveryLedger.h"

#include <QJsonArray>
#include <QMap>

namespace streamside::sim {

namespace {

QString verdictName(DeliveryLedger::Verdict verdict) {
    switch (verdict) {
    case DeliveryLedger::Verdict::Owed:
        return QStringLiteral("owed");
    case DeliveryLedger::Verdict::AtRisk:
        return QStringLiteral("at_risk");
    case DeliveryLedger::Verdict::Pending:
        return QStringLiteral("pending");
    }
    return {};
}

} // namespace

QString DeliveryLedger::endName(End end) {
    switch (end) {
    case End::Open:
        return QStringLiteral("open");
    case End::HandedOver:
        return QStringLiteral("handed_over");
    case End::ClosedByServer:
        return QStringLiteral("closed_by_server");
    case End::Dropped:
        return QStringLiteral("dropped");
    case End::ClosedByClient:
        return QStringLiteral("closed_by_client");
    }
    return {};
}

DeliveryLedger::DeliveryLedger() {
    m_clock.start();
}

void DeliveryLedger::clear() {
    m_frames.clear();
    m_frameIndex.clear();
    // Open connections stay known, re-based on the new clock: frames sent
    // on them from now on are judged like any other.
    QHash<quint64, Connection> open;
    for (const Connection& connection : std::as_const(m_connections)) {
        if (connection.end != End::Open)
            continue;
        Connection kept = connection;
        kept.openedAtMs = 0;
        open.insert(kept.serial, kept);
    }
    m_connections = open;
    m_withheld = 0;
    m_clock.restart();
}

void DeliveryLedger::connectionOpened(quint64 serial, const QString& sessionId) {
    m_connections.insert(serial, Connection{serial, sessionId, nowMs(), -1, End::Open, 0});
}

void DeliveryLedger::connectionEnded(quint64 serial, End end, int closeCode) {
    const auto it = m_connections.find(serial);
    if (it == m_connections.end() || it->end != End::Open)
        return;
    it->end = end;
    it->closeCode = closeCode;
    it->endedAtMs = nowMs();
}

void DeliveryLedger::frameSent(quint64 connection, const QString& sessionId,
                               const QString& messageId, const QString& type,
                               const QString& broadcasterId) {
    m_frameIndex.insert(messageId, m_frames.size());
    m_frames.append(Frame{messageId, type, broadcasterId, sessionId, connection, nowMs(), 1});
}

void DeliveryLedger::frameCopied(const QString& messageId) {
    const auto it = m_frameIndex.constFind(messageId);
    if (it != m_frameIndex.constEnd())
        ++m_frames[*it].copies;
}

void DeliveryLedger::notificationWithheld(const QString&) {
    ++m_withheld;
}

DeliveryLedger::Verdict DeliveryLedger::verdict(const Frame& frame, int graceMs, qint64 now) const {
    const auto it = m_connections.constFind(frame.connection);
    if (it == m_connections.constEnd())
        return Verdict::AtRisk; // written before clear() on a socket that has ended since
    if (it->end == End::HandedOver)
        return Verdict::Owed;
    if (it->end == End::Open)
        return now - frame.sentAtMs >= graceMs ? Verdict::Owed : Verdict::Pending;
    return it->endedAtMs - frame.sentAtMs >= graceMs ? Verdict::Owed : Verdict::AtRisk;
}

QJsonObject DeliveryLedger::report(int graceMs, bool withFrames) const {
    const qint64 now = nowMs();
    QMap<QString, int> verdicts;
    QMap<QString, int> types;
    int copies = 0;
    QJsonArray frames;
    for (const Frame& frame : m_frames) {
        const Verdict judged = verdict(frame, graceMs, now);
        ++verdicts[verdictName(judged)];
        ++types[frame.type];
        copies += frame.copies;
        if (withFrames)
            frames.append(QJsonObject{{QStringLiteral("message_id"), frame.messageId},
                                      {QStringLiteral("type"), frame.type},
                                      {QStringLiteral("broadcaster_user_id"), frame.broadcasterId},
                                      {QStringLiteral("session_id"), frame.sessionId},
                                      {QStringLiteral("connection"), qint64(frame.connection)},
                                      {QStringLiteral("sent_at_ms"), frame.sentAtMs},
                                      {QStringLiteral("copies"), frame.copies},
                                      {QStringLiteral("verdict"), verdictName(judged)}});
    }
    QMap<QString, int> ends;
    QJsonArray connections;
    QList<quint64> serials = m_connections.keys();
    std::sort(serials.begin(), serials.end());
    for (quint64 serial : serials) {
        const Connection& connection = m_connections.value(serial);
        QString end = endName(connection.end);
        if (connection.end == End::ClosedByServer)
            end += QLatin1Char('_') + QString::number(connection.closeCode);
        ++ends[end];
        connections.append(QJsonObject{{QStringLiteral("connection"), qint64(serial)},
                                       {QStringLiteral("session_id"), connection.sessionId},
                                       {QStringLiteral("opened_at_ms"), connection.openedAtMs},
                                       {QStringLiteral("ended_at_ms"), connection.endedAtMs},
                                       {QStringLiteral("end"), endName(connection.end)},
                                       {QStringLiteral("close_code"), connection.closeCode}});
    }
    const auto toJson = [](const QMap<QString, int>& counts) {
        QJsonObject object;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            object.insert(it.key(), it.value());
        return object;
    };
    QJsonObject summary{
        {QStringLiteral("frames"), int(m_frames.size())},
        {QStringLiteral("frames_written"), copies},
        {QStringLiteral("duplicated"), copies - int(m_frames.size())},
        {QStringLiteral("owed"), verdicts.value(QStringLiteral("owed"))},
        {QStringLiteral("at_risk"), verdicts.value(QStringLiteral("at_risk"))},
        {QStringLiteral("pending"), verdicts.value(QStringLiteral("pending"))},
        {QStringLiteral("withheld"), m_withheld},
        {QStringLiteral("types"), toJson(types)},
        {QStringLiteral("connection_ends"), toJson(ends)},
    };
    QJsonObject result{{QStringLiteral("grace_ms"), graceMs},
                       {QStringLiteral("now_ms"), now},
                       {QStringLiteral("summary"), summary},
                       {QStringLiteral("connections"), connections}};
    if (withFrames)
        result.insert(QStringLiteral("frames"), frames);
    return result;
}

} // namespace streamside::sim
