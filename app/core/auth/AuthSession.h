#pragma once

#include "core/auth/AuthError.h"
#include "core/auth/TokenGrant.h"
#include "core/storage/Account.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <memory>

namespace streamside {

class AccountRepository;
class IHelix;
class OAuthClient;
struct OAuthFailure;
struct TokenValidation;
struct HelixError;

// The signed-in state of the app. Takes the token grant of either login flow
// (loopback or device code), validates it, keeps the account in storage, and
// keeps the token alive the way Twitch requires: validated at start and every
// hour, refreshed (with rotation) when it expired, and given up when it
// cannot be: then everything that runs on it must stop (sessionClosed()).
//
// It sets the credentials of the IHelix it is given and follows its 401s:
// Twitch also answers 401 for a missing scope, so a 401 only leads to a
// validation, which decides whether the session is really over.
class AuthSession : public QObject {
    Q_OBJECT
public:
    enum class State {
        SignedOut,  // nobody signed in
        SigningIn,  // a new grant (or the stored token at start) is being validated
        SignedIn,   // account() is signed in and its token is in use
        SigningOut, // log-out: revoking at Twitch (bounded by logOutTimeoutMs)
        Ended,      // the token died; account() says who it was: log in again
    };
    Q_ENUM(State)

    struct Options {
        int validationIntervalMs = 60 * 60 * 1000; // Twitch requires a validation every hour
        int validationRetryMs = 60 * 1000;         // when Twitch could not be reached
        int logOutTimeoutMs = 5000; // the local delete waits no longer for the revoke
    };

    // What to ask Twitch for in a (further) authorization.
    struct AuthorizationRequest {
        QStringList scopes;
        // Ask Twitch to show the consent page even though the user consented
        // before: a second, incremental authorization for more scopes.
        bool forceVerify = false;
    };

    // oauth, accounts and helix are not owned and must outlive the session.
    AuthSession(OAuthClient& oauth, AccountRepository& accounts, IHelix& helix,
                const QString& clientId, QObject* parent = nullptr);
    AuthSession(OAuthClient& oauth, AccountRepository& accounts, IHelix& helix,
                const QString& clientId, Options options, QObject* parent = nullptr);
    ~AuthSession() override;

    State state() const { return m_state; }
    // SignedIn/SigningOut: the account with its tokens. Ended: who it was
    // (no tokens). Otherwise empty.
    const Account& account() const { return m_account; }
    // Why the session ended (state Ended).
    const AuthError& endReason() const { return m_endReason; }
    QString clientId() const { return m_clientId; }
    QDateTime lastValidatedAt() const { return m_lastValidatedAt; }
    // True while a validation is due later (never once the session is over).
    bool validationScheduled() const { return m_validationTimer.isActive(); }

    // The viewer scopes, plus the own-channel extras when the user opted in.
    static QStringList scopesFor(bool ownChannelEvents);
    // What a login (or an incremental authorization) should ask for.
    AuthorizationRequest authorizationFor(bool ownChannelEvents) const;
    // Whether the token in use carries every one of these scopes.
    bool hasScopes(const QStringList& scopes) const;

    // At start: the stored active account, validated (refreshed when expired).
    void restore();
    // A login flow succeeded: validate the token and sign its user in. The
    // token's scopes replace the account's (a second grant brings all of them).
    void acceptGrant(const TokenGrant& grant);
    // Validates the token in use now: the hourly check, also run after any
    // Helix 401. Does nothing unless SignedIn or while a check is running.
    void validateNow();
    // Revokes the token at Twitch, then deletes it locally even when the
    // revoke fails or takes longer than logOutTimeoutMs.
    void logOut();

signals:
    void stateChanged(streamside::AuthSession::State state);
    void signedIn(const streamside::Account& account);
    // acceptGrant() could not sign in (the previous state is back).
    void signInFailed(const streamside::AuthError& error);
    // The session is over and the user must log in again.
    void ended(const streamside::AuthError& reason);
    // The token is no longer to be used: stop what runs on it (EventFeed::stop).
    // Emitted when the session ends and when a log-out starts.
    void sessionClosed();
    // The log-out finished: the token is gone from storage.
    void loggedOut();
    // The client id and token to send (empty token: none). Follows refreshes.
    void credentialsChanged(const QString& clientId, const QString& accessToken);
    // Twitch confirmed the token in use.
    void tokenValidated();

private:
    void setState(State state);
    void checkToken();
    void onTokenValid(const TokenValidation& validation);
    void onTokenCheckFailed(const OAuthFailure& failure);
    void refreshOrEnd();
    void onCheckUnreachable(const OAuthFailure& failure);
    void onGrantValid(const TokenGrant& grant, const TokenValidation& validation);
    void commitGrant(Account account);
    void failSignIn(const AuthError& error);
    void enterSignedIn(int nextValidationMs);
    void endSession(const AuthError& reason);
    void finishLogOut(const QString& userId, const QString& accessToken, const QString& outcome);
    void onHelixUnauthorized(const HelixError& error);
    void applyCredentials(const QString& accessToken);
    void store(const Account& account);
    void forgetTokensOf(const QString& userId, bool keepActive);
    void resetRequests();
    AuthError sessionEndedError(AuthError::Kind kind) const;

    OAuthClient& m_oauth;
    AccountRepository& m_accounts;
    IHelix& m_helix;
    QString m_clientId;
    Options m_options;
    State m_state = State::SignedOut;
    Account m_account;
    AuthError m_endReason;
    QDateTime m_lastValidatedAt;
    bool m_checking = false;
    QTimer m_validationTimer;
    // What to go back to when a new grant fails to sign in.
    State m_stateBeforeSignIn = State::SignedOut;
    // Context of the session's requests: replaced whenever their answers
    // stop mattering (a new grant, the end of the session, a log-out).
    std::unique_ptr<QObject> m_requests;
    // Context of the running log-out's revoke and its timeout.
    std::unique_ptr<QObject> m_logOut;
};

} // namespace streamside
