#pragma once

#include "core/auth/AuthError.h"
#include "core/auth/OAuthModels.h"
#include "core/auth/TokenGrant.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace streamside {

class OAuthClient;
struct OAuthFailure;

// Sign-in with the device code grant (Twitch's flow for a Public client):
// asks Twitch for a code, shows the user code and the verification link
// (the UI offers Copy and Open), then polls the token endpoint at the
// interval Twitch gave until the user approves, denies, or the code expires.
// Ends with exactly one of succeeded() / failed() per start().
class DeviceCodeFlow : public QObject {
    Q_OBJECT
public:
    struct Options {
        // Polls never come faster than this, whatever the server says
        // (an interval of 0 must not turn into a busy loop).
        int minimumPollIntervalMs = 1000;
        // RFC 8628 §3.5: on slow_down, every later poll waits 5 s longer.
        int slowDownStepMs = 5000;
    };

    // oauth is not owned and must outlive the flow.
    DeviceCodeFlow(OAuthClient& oauth, const QString& clientId, QObject* parent = nullptr);
    DeviceCodeFlow(OAuthClient& oauth, const QString& clientId, Options options,
                   QObject* parent = nullptr);
    ~DeviceCodeFlow() override;

    // Starts a sign-in for these scopes; a running one is abandoned silently.
    void start(const QStringList& scopes);
    // Stops polling; emits failed(Cancelled) when a sign-in was running.
    void cancel();

    bool isRunning() const { return m_running; }
    // Valid once codeReady() has been emitted.
    QString userCode() const { return m_device.userCode; }
    QUrl verificationUri() const { return m_device.verificationUri; }
    QDateTime expiresAt() const { return m_expiresAt; }
    // The current wait between polls (grows on slow_down).
    int pollIntervalMs() const { return m_pollIntervalMs; }
    // Token requests sent in this sign-in.
    int pollCount() const { return m_pollCount; }

signals:
    // Show the code and the link: the user approves in any browser.
    void codeReady(const QString& userCode, const QUrl& verificationUri);
    void succeeded(const streamside::TokenGrant& grant);
    void failed(const streamside::AuthError& error);

private:
    void poll();
    void onPollFailed(const OAuthFailure& failure);
    void scheduleNextPoll();
    void finish(const AuthError& error);
    void reset();
    AuthError errorFrom(const OAuthFailure& failure) const;

    OAuthClient& m_oauth;
    QString m_clientId;
    Options m_options;
    QStringList m_scopes;
    DeviceAuthorization m_device;
    QDateTime m_expiresAt;
    int m_pollIntervalMs = 0;
    int m_pollCount = 0;
    bool m_running = false;
    QTimer m_pollTimer;
    QTimer m_expiryTimer;
    // Context of the requests of the current sign-in: replaced on every
    // start()/cancel() so that answers of an abandoned one are dropped.
    std::unique_ptr<QObject> m_requests;
};

} // namespace streamside
