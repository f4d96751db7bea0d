#include "sim/FaultScheduler.h"

#include "sim/EventSubServer.h"
#include "sim/HelixService.h"
#include "sim/OAuthService.h"
#include "sim/Simulator.h"

#include <QJsonDocument>

#include <algorithm>

namespace streamside::sim {

namespace {

constexpr int retryDelayMs = 1000;
constexpr int maxAttempts = 10;

bool actsOnSessions(const QString& fault) {
    return fault == QLatin1String("drop") || fault == QLatin1String("reconnect") ||
           fault.startsWith(QLatin1String("close_")) || fault == QLatin1String("keepalives_off") ||
           fault == QLatin1String("silence") || fault == QLatin1String("duplicate") ||
           fault == QLatin1String("revoke");
}

} // namespace

QStringList FaultScheduler::faultNames() {
    QStringList names{QStringLiteral("drop"), QStringLiteral("reconnect")};
    for (int code = 4000; code <= 4007; ++code)
        names << QStringLiteral("close_%1").arg(code);
    names << QStringLiteral("keepalives_off") << QStringLiteral("silence")
          << QStringLiteral("duplicate") << QStringLiteral("revoke") << QStringLiteral("helix_429")
          << QStringLiteral("helix_5xx") << QStringLiteral("token_expiry")
          << QStringLiteral("live_on") << QStringLiteral("live_off");
    return names;
}

FaultScheduler::FaultScheduler(Simulator& simulator, QObject* parent)
    : QObject(parent)
    , m_simulator(simulator) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &FaultScheduler::fire);
    m_retry.setSingleShot(true);
    m_retry.setInterval(retryDelayMs);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        if (inject(m_pending)) {
            scheduleNext();
        } else if (++m_attempts >= maxAttempts) {
            ++m_skipped[m_pending];
            scheduleNext();
        } else {
            m_retry.start();
        }
    });
}

bool FaultScheduler::start(const Options& options, QString* error) {
    const QStringList known = faultNames();
    for (const QString& fault : options.faults) {
        if (!known.contains(fault)) {
            *error = QStringLiteral("unknown fault '%1' (known: %2)")
                         .arg(fault, known.join(QStringLiteral(", ")));
            return false;
        }
    }
    for (const QString& login : options.liveChannels) {
        const SimUser* user = m_simulator.world().userByLogin(login);
        if (!user || !m_simulator.world().channelById(user->id)) {
            *error = QStringLiteral("unknown channel '%1'").arg(login);
            return false;
        }
    }
    if (!options.login.isEmpty() && !m_simulator.world().userByLogin(options.login)) {
        *error = QStringLiteral("unknown login '%1'").arg(options.login);
        return false;
    }
    if (options.minIntervalMs <= 0 || options.maxIntervalMs < options.minIntervalMs) {
        *error = QStringLiteral("the interval must be 0 < min <= max");
        return false;
    }
    stop();
    m_options = options;
    if (m_options.faults.isEmpty())
        m_options.faults = known;
    m_random.seed(options.seed);
    m_deck.clear();
    m_injected.clear();
    m_skipped.clear();
    m_log = {};
    m_since.start();
    scheduleNext();
    return true;
}

void FaultScheduler::stop() {
    m_timer.stop();
    m_retry.stop();
    m_simulator.helix().clearForcedFailures();
    m_simulator.eventSub().setKeepalivesEnabled(true);
}

int FaultScheduler::uniform(int lowest, int highest) {
    return std::uniform_int_distribution<int>(lowest, highest)(m_random);
}

QString FaultScheduler::draw() {
    if (m_deck.isEmpty()) {
        m_deck = m_options.faults;
        std::shuffle(m_deck.begin(), m_deck.end(), m_random);
    }
    return m_deck.takeFirst();
}

void FaultScheduler::scheduleNext() {
    m_timer.start(uniform(m_options.minIntervalMs, m_options.maxIntervalMs));
}

void FaultScheduler::fire() {
    m_pending = draw();
    m_attempts = 1;
    if (inject(m_pending))
        scheduleNext();
    else
        m_retry.start();
}

bool FaultScheduler::inject(const QString& fault) {
    EventSubServer& eventSub = m_simulator.eventSub();
    const QStringList sessions = eventSub.openSessionIds();
    if (actsOnSessions(fault) && sessions.isEmpty())
        return false;
    if (fault == QLatin1String("drop")) {
        for (const QString& session : sessions)
            eventSub.dropSession(session);
        record(fault, QStringLiteral("%1 session(s)").arg(sessions.size()));
        return true;
    }
    if (fault == QLatin1String("reconnect")) {
        const int sent = eventSub.sendReconnect();
        if (sent == 0)
            return false; // every session is already moving
        record(fault, QStringLiteral("%1 session(s)").arg(sent));
        return true;
    }
    if (fault.startsWith(QLatin1String("close_"))) {
        const int code = fault.mid(6).toInt();
        for (const QString& session : sessions)
            eventSub.closeSession(session, code, QStringLiteral("chaos"));
        record(fault, QStringLiteral("%1 session(s)").arg(sessions.size()));
        return true;
    }
    if (fault == QLatin1String("keepalives_off")) {
        for (const QString& session : sessions)
            eventSub.setKeepalivesEnabled(false, session);
        record(fault, QStringLiteral("%1 session(s)").arg(sessions.size()));
        return true;
    }
    if (fault == QLatin1String("silence")) {
        const int silenced = eventSub.silenceSession();
        if (silenced == 0)
            return false;
        record(fault, QStringLiteral("%1 session(s)").arg(silenced));
        return true;
    }
    if (fault == QLatin1String("duplicate")) {
        const int count = uniform(1, 20);
        eventSub.duplicateNextNotifications(count);
        record(fault, QStringLiteral("next %1 notification(s)").arg(count));
        return true;
    }
    if (fault == QLatin1String("revoke"))
        return revokeOne();
    if (fault == QLatin1String("helix_429") || fault == QLatin1String("helix_5xx"))
        return helixFault(fault);
    if (fault == QLatin1String("token_expiry")) {
        const bool withDrop = uniform(0, 1) == 1;
        int expired = 0;
        if (m_options.login.isEmpty()) {
            for (const SimUser& user : m_simulator.world().users)
                expired += m_simulator.tokens().expireAllOf(user.id);
        } else {
            expired = m_simulator.oauth().expireTokensOf(m_options.login);
        }
        if (withDrop)
            for (const QString& session : sessions)
                eventSub.dropSession(session);
        record(fault, QStringLiteral("%1 token(s)%2")
                          .arg(expired)
                          .arg(withDrop ? QStringLiteral(", with a drop") : QString()));
        return true;
    }
    if (fault == QLatin1String("live_on") || fault == QLatin1String("live_off"))
        return switchLive(fault == QLatin1String("live_on"));
    return false;
}

bool FaultScheduler::helixFault(const QString& fault) {
    static const QList<int> serverErrors{500, 502, 503};
    const int status = fault == QLatin1String("helix_429") ? 429 : serverErrors.at(uniform(0, 2));
    const int durationMs = uniform(2000, 10'000);
    const bool withDrop = uniform(0, 1) == 1;
    m_simulator.helix().failRequestsFor(status, durationMs);
    if (withDrop)
        for (const QString& session : m_simulator.eventSub().openSessionIds())
            m_simulator.eventSub().dropSession(session);
    record(fault, QStringLiteral("%1 for %2 ms%3")
                      .arg(status)
                      .arg(durationMs)
                      .arg(withDrop ? QStringLiteral(", with a drop") : QString()));
    return true;
}

bool FaultScheduler::switchLive(bool live) {
    QStringList candidates;
    for (const QString& login : m_options.liveChannels) {
        const SimUser* user = m_simulator.world().userByLogin(login);
        if (m_simulator.world().channelById(user->id)->live != live)
            candidates << user->login;
    }
    if (candidates.isEmpty())
        return false;
    const QString login = candidates.at(uniform(0, int(candidates.size()) - 1));
    m_simulator.setChannelLive(login, live);
    record(live ? QStringLiteral("live_on") : QStringLiteral("live_off"), login);
    return true;
}

bool FaultScheduler::revokeOne() {
    static const QStringList statuses{QStringLiteral("authorization_revoked"),
                                      QStringLiteral("user_removed"),
                                      QStringLiteral("version_removed")};
    const QStringList open = m_simulator.eventSub().openSessionIds();
    QList<Subscription> enabled;
    for (const Subscription& subscription : m_simulator.subscriptions().all())
        if (subscription.isEnabled() && open.contains(subscription.sessionId))
            enabled.append(subscription);
    if (enabled.isEmpty())
        return false;
    // In an order of their own (ids are random), so that the seed decides.
    const auto key = [](const Subscription& subscription) {
        return subscription.type +
               QString::fromUtf8(QJsonDocument(subscription.condition).toJson());
    };
    std::sort(enabled.begin(), enabled.end(),
              [&](const Subscription& a, const Subscription& b) { return key(a) < key(b); });
    const Subscription& chosen = enabled.at(uniform(0, int(enabled.size()) - 1));
    const QString status = statuses.at(uniform(0, int(statuses.size()) - 1));
    m_simulator.eventSub().revokeSubscription(chosen.id, status);
    record(QStringLiteral("revoke"),
           chosen.type + QStringLiteral(" (") + status + QLatin1Char(')'));
    return true;
}

void FaultScheduler::record(const QString& fault, const QString& detail) {
    ++m_injected[fault];
    m_log.append(QJsonObject{{QStringLiteral("at_ms"), m_since.isValid() ? m_since.elapsed() : 0},
                             {QStringLiteral("fault"), fault},
                             {QStringLiteral("detail"), detail}});
    emit injected(fault, detail);
}

QJsonObject FaultScheduler::state() const {
    const auto counts = [](const QMap<QString, int>& map) {
        QJsonObject object;
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            object.insert(it.key(), it.value());
        return object;
    };
    return QJsonObject{
        {QStringLiteral("running"), isRunning()},
        {QStringLiteral("seed"), QString::number(m_options.seed)},
        {QStringLiteral("min_interval_ms"), m_options.minIntervalMs},
        {QStringLiteral("max_interval_ms"), m_options.maxIntervalMs},
        {QStringLiteral("faults"), QJsonArray::fromStringList(m_options.faults)},
        {QStringLiteral("injected"), counts(m_injected)},
        {QStringLiteral("skipped"), counts(m_skipped)},
        {QStringLiteral("log"), m_log},
        {QStringLiteral("observed"),
         QJsonObject{{QStringLiteral("sessions_started"), m_simulator.eventSub().sessionsStarted()},
                     {QStringLiteral("hand_overs"), m_simulator.eventSub().handOvers()},
                     {QStringLiteral("token_refreshes"), m_simulator.tokens().refreshCount()},
                     {QStringLiteral("helix_forced_failures"),
                      m_simulator.helix().forcedFailuresServed()}}}};
}

} // namespace streamside::sim
