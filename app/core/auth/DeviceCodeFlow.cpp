#include "core/auth/DeviceCodeFlow.h"

#include "core/app/Logging.h"
#include "core/auth/OAuthClient.h"
#include "core/auth/OAuthFailure.h"

namespace streamside {

DeviceCodeFlow::DeviceCodeFlow(OAuthClient& oauth, const QString& clientId, QObject* parent)
    : DeviceCodeFlow(oauth, clientId, Options{}, parent) {}

DeviceCodeFlow::DeviceCodeFlow(OAuthClient& oauth, const QString& clientId, Options options,
                               QObject* parent)
    : QObject(parent)
    , m_oauth(oauth)
    , m_clientId(clientId)
    , m_options(options)
    , m_requests(std::make_unique<QObject>()) {
    m_pollTimer.setSingleShot(true);
    // A coarse timer may fire up to 5 % early: Twitch would answer slow_down.
    m_pollTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_pollTimer, &QTimer::timeout, this, &DeviceCodeFlow::poll);
    m_expiryTimer.setSingleShot(true);
    connect(&m_expiryTimer, &QTimer::timeout, this, [this] {
        finish({AuthError::Kind::Expired,
                tr("The code expired before it was approved. Start again to get a new code.")});
    });
}

DeviceCodeFlow::~DeviceCodeFlow() = default;

void DeviceCodeFlow::reset() {
    m_pollTimer.stop();
    m_expiryTimer.stop();
    m_requests = std::make_unique<QObject>();
    m_running = false;
}

void DeviceCodeFlow::start(const QStringList& scopes) {
    reset();
    m_scopes = scopes;
    m_device = {};
    m_expiresAt = {};
    m_pollCount = 0;
    m_running = true;
    if (m_clientId.isEmpty()) {
        // Answer later, like every other outcome: the caller connects after start().
        QTimer::singleShot(0, m_requests.get(), [this] {
            finish({AuthError::Kind::NoClientId,
                    tr("No Twitch application is configured: enter a client id first.")});
        });
        return;
    }
    m_oauth.requestDeviceCode(
        m_clientId, m_scopes, m_requests.get(),
        [this](const DeviceAuthorization& device) {
            if (device.deviceCode.isEmpty() || device.userCode.isEmpty()) {
                finish({AuthError::Kind::Rejected,
                        tr("Twitch answered the sign-in request in an unexpected way.")});
                return;
            }
            m_device = device;
            m_expiresAt = QDateTime::currentDateTimeUtc().addSecs(device.expiresInSeconds);
            m_pollIntervalMs = qMax(m_options.minimumPollIntervalMs, device.intervalSeconds * 1000);
            if (device.expiresInSeconds > 0)
                m_expiryTimer.start(device.expiresInSeconds * 1000);
            qCInfo(lcAuth) << "Device code sign-in started; polling every" << m_pollIntervalMs
                           << "ms";
            emit codeReady(device.userCode, device.verificationUri);
            scheduleNextPoll();
        },
        [this](const OAuthFailure& failure) { finish(errorFrom(failure)); });
}

void DeviceCodeFlow::cancel() {
    if (!m_running)
        return;
    finish({AuthError::Kind::Cancelled, tr("Sign-in cancelled.")});
}

void DeviceCodeFlow::scheduleNextPoll() {
    m_pollTimer.start(m_pollIntervalMs);
}

void DeviceCodeFlow::poll() {
    ++m_pollCount;
    m_oauth.pollDeviceToken(
        m_clientId, m_device.deviceCode, m_scopes, m_requests.get(),
        [this](const TokenGrant& grant) {
            if (grant.accessToken.isEmpty()) {
                finish({AuthError::Kind::Rejected,
                        tr("Twitch answered the sign-in request in an unexpected way.")});
                return;
            }
            qCInfo(lcAuth) << "Device code sign-in approved after" << m_pollCount << "polls";
            reset();
            emit succeeded(grant);
        },
        [this](const OAuthFailure& failure) { onPollFailed(failure); });
}

void DeviceCodeFlow::onPollFailed(const OAuthFailure& failure) {
    switch (failure.kind) {
    case OAuthFailure::Kind::AuthorizationPending:
        scheduleNextPoll();
        return;
    case OAuthFailure::Kind::SlowDown:
        m_pollIntervalMs += m_options.slowDownStepMs;
        qCInfo(lcAuth) << "Twitch asked to poll slower; now every" << m_pollIntervalMs << "ms";
        scheduleNextPoll();
        return;
    case OAuthFailure::Kind::Network:
        // A lost poll is no reason to give up: the code stays valid until it expires.
        scheduleNextPoll();
        return;
    default:
        finish(errorFrom(failure));
    }
}

AuthError DeviceCodeFlow::errorFrom(const OAuthFailure& failure) const {
    switch (failure.kind) {
    case OAuthFailure::Kind::ExpiredToken:
        return {AuthError::Kind::Expired,
                tr("The code expired before it was approved. Start again to get a new code.")};
    case OAuthFailure::Kind::AccessDenied:
        return {AuthError::Kind::Cancelled, tr("The sign-in was denied at Twitch.")};
    case OAuthFailure::Kind::Network:
        return {AuthError::Kind::Network,
                tr("Twitch could not be reached (%1).").arg(failure.message)};
    case OAuthFailure::Kind::InvalidClient:
        return {AuthError::Kind::Rejected,
                tr("Twitch does not know this application's client id (%1).").arg(failure.message)};
    default:
        return {AuthError::Kind::Rejected,
                tr("Twitch refused the sign-in (%1).").arg(failure.toString())};
    }
}

void DeviceCodeFlow::finish(const AuthError& error) {
    reset();
    qCInfo(lcAuth).noquote() << "Device code sign-in ended:" << error.message;
    emit failed(error);
}

} // namespace streamside
