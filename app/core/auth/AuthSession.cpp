#include "core/auth/AuthSession.h"

#include "core/app/Logging.h"
#include "core/auth/OAuthClient.h"
#include "core/auth/OAuthFailure.h"
#include "core/auth/OAuthModels.h"
#include "core/auth/Scopes.h"
#include "core/helix/IHelix.h"
#include "core/storage/AccountRepository.h"

namespace streamside {

AuthSession::AuthSession(OAuthClient& oauth, AccountRepository& accounts, IHelix& helix,
                         const QString& clientId, QObject* parent)
    : AuthSession(oauth, accounts, helix, clientId, Options{}, parent) {}

AuthSession::AuthSession(OAuthClient& oauth, AccountRepository& accounts, IHelix& helix,
                         const QString& clientId, Options options, QObject* parent)
    : QObject(parent)
    , m_oauth(oauth)
    , m_accounts(accounts)
    , m_helix(helix)
    , m_clientId(clientId)
    , m_options(options)
    , m_requests(std::make_unique<QObject>()) {
    m_validationTimer.setSingleShot(true);
    connect(&m_validationTimer, &QTimer::timeout, this, &AuthSession::validateNow);
    connect(&m_helix, &IHelix::unauthorized, this, &AuthSession::onHelixUnauthorized);
}

AuthSession::~AuthSession() = default;

QStringList AuthSession::scopesFor(bool ownChannelEvents) {
    QStringList result = scopes::viewer();
    if (ownChannelEvents)
        result += scopes::ownChannel();
    return result;
}

AuthSession::AuthorizationRequest AuthSession::authorizationFor(bool ownChannelEvents) const {
    AuthorizationRequest request;
    request.scopes = scopesFor(ownChannelEvents);
    // Twitch reuses an earlier consent silently; asking for more must show the page.
    request.forceVerify = m_state == State::SignedIn;
    return request;
}

bool AuthSession::hasScopes(const QStringList& scopes) const {
    if (m_state != State::SignedIn)
        return false;
    for (const QString& scope : scopes)
        if (!m_account.scopes.contains(scope))
            return false;
    return true;
}

void AuthSession::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    qCInfo(lcAuth) << "Session state:" << state;
    emit stateChanged(state);
}

void AuthSession::resetRequests() {
    m_requests = std::make_unique<QObject>();
    m_checking = false;
    m_validationTimer.stop();
}

void AuthSession::applyCredentials(const QString& accessToken) {
    m_helix.setCredentials(m_clientId, accessToken);
    emit credentialsChanged(m_clientId, accessToken);
}

void AuthSession::store(const Account& account) {
    if (const StorageError error = m_accounts.save(account))
        qCWarning(lcAuth).noquote() << "Could not store the account:" << error.message;
}

void AuthSession::forgetTokensOf(const QString& userId, bool keepActive) {
    std::optional<Account> stored = m_accounts.find(userId);
    if (!stored)
        return;
    stored->accessToken.clear();
    stored->refreshToken.clear();
    stored->tokenExpiresAt = {};
    stored->isActive = keepActive;
    store(*stored);
}

AuthError AuthSession::sessionEndedError(AuthError::Kind kind) const {
    return {kind, tr("Your Twitch session has ended — log in again.")};
}

// --- restore and the token checks -------------------------------------------

void AuthSession::restore() {
    if (m_state != State::SignedOut && m_state != State::Ended)
        return;
    resetRequests();
    const std::optional<Account> stored = m_accounts.active();
    if (!stored) {
        m_account = {};
        setState(State::SignedOut);
        return;
    }
    m_account = *stored;
    if (m_accounts.lastReadHadUnreadableTokens()) {
        qCWarning(lcAuth) << "The stored tokens cannot be read (the keychain key changed)";
        endSession({AuthError::Kind::Revoked,
                    tr("Your saved Twitch login could not be read — log in again.")});
        return;
    }
    if (m_account.accessToken.isEmpty()) {
        // The session ended earlier: the row only remembers who it was.
        m_endReason = sessionEndedError(AuthError::Kind::Expired);
        setState(State::Ended);
        emit ended(m_endReason);
        return;
    }
    qCInfo(lcAuth).noquote() << "Restoring the session of" << m_account.login;
    setState(State::SigningIn);
    checkToken();
}

void AuthSession::validateNow() {
    if (m_state != State::SignedIn || m_checking)
        return;
    checkToken();
}

void AuthSession::checkToken() {
    m_checking = true;
    m_validationTimer.stop();
    m_oauth.validate(
        m_account.accessToken, m_requests.get(),
        [this](const TokenValidation& validation) { onTokenValid(validation); },
        [this](const OAuthFailure& failure) { onTokenCheckFailed(failure); });
}

void AuthSession::onTokenValid(const TokenValidation& validation) {
    m_checking = false;
    if (validation.clientId != m_clientId || validation.userId != m_account.userId) {
        // Not this app's token for this user any more: nothing to keep using.
        qCWarning(lcAuth) << "The token belongs to another application or user";
        endSession(sessionEndedError(AuthError::Kind::Revoked));
        return;
    }
    m_lastValidatedAt = QDateTime::currentDateTimeUtc();
    Account updated = m_account;
    updated.login = validation.login.isEmpty() ? updated.login : validation.login;
    updated.scopes = validation.scopes;
    if (validation.expiresAt.isValid())
        updated.tokenExpiresAt = validation.expiresAt;
    updated.isActive = true;
    m_account = updated;
    store(m_account);
    if (m_state != State::SignedIn)
        enterSignedIn(m_options.validationIntervalMs);
    else
        m_validationTimer.start(m_options.validationIntervalMs);
    emit tokenValidated();
}

void AuthSession::onTokenCheckFailed(const OAuthFailure& failure) {
    if (failure.kind == OAuthFailure::Kind::InvalidToken) {
        qCInfo(lcAuth) << "The access token is no longer valid";
        refreshOrEnd();
        return;
    }
    onCheckUnreachable(failure);
}

void AuthSession::refreshOrEnd() {
    if (m_account.refreshToken.isEmpty()) {
        // Implicit-grant logins have no refresh token: log in again.
        endSession(sessionEndedError(AuthError::Kind::Expired));
        return;
    }
    m_oauth.refresh(
        m_clientId, m_account.refreshToken, m_requests.get(),
        [this](const TokenGrant& grant) {
            m_checking = false;
            if (grant.accessToken.isEmpty()) {
                endSession(sessionEndedError(AuthError::Kind::Expired));
                return;
            }
            // Refresh tokens rotate: the one just used is spent, keep the new one.
            m_account.accessToken = grant.accessToken;
            m_account.refreshToken = grant.refreshToken;
            if (!grant.scopes.isEmpty())
                m_account.scopes = grant.scopes;
            m_account.tokenExpiresAt = grant.expiresAt;
            m_account.isActive = true;
            store(m_account);
            qCInfo(lcAuth).noquote() << "Refreshed the token of" << m_account.login;
            if (m_state != State::SignedIn) {
                enterSignedIn(m_options.validationIntervalMs);
            } else {
                applyCredentials(m_account.accessToken);
                m_validationTimer.start(m_options.validationIntervalMs);
            }
        },
        [this](const OAuthFailure& failure) {
            if (failure.kind == OAuthFailure::Kind::Network) {
                onCheckUnreachable(failure);
                return;
            }
            qCInfo(lcAuth).noquote() << "The token could not be refreshed:" << failure.toString();
            endSession(sessionEndedError(AuthError::Kind::Expired));
        });
}

void AuthSession::onCheckUnreachable(const OAuthFailure& failure) {
    // No answer is no verdict: keep the session (the app may start offline)
    // and ask again soon.
    m_checking = false;
    qCInfo(lcAuth).noquote() << "Could not check the token:" << failure.toString()
                             << "- trying again in" << m_options.validationRetryMs << "ms";
    if (m_state != State::SignedIn)
        enterSignedIn(m_options.validationRetryMs);
    else
        m_validationTimer.start(m_options.validationRetryMs);
}

void AuthSession::onHelixUnauthorized(const HelixError&) {
    if (m_state != State::SignedIn)
        return;
    qCInfo(lcAuth) << "Helix answered 401: validating the token";
    validateNow();
}

// --- a new grant ------------------------------------------------------------

void AuthSession::acceptGrant(const TokenGrant& grant) {
    resetRequests();
    if (m_state != State::SigningIn)
        m_stateBeforeSignIn = m_state == State::SigningOut ? State::SignedOut : m_state;
    setState(State::SigningIn);
    if (grant.accessToken.isEmpty()) {
        QTimer::singleShot(0, m_requests.get(), [this] {
            failSignIn({AuthError::Kind::Rejected, tr("Twitch gave no access token.")});
        });
        return;
    }
    m_oauth.validate(
        grant.accessToken, m_requests.get(),
        [this, grant](const TokenValidation& validation) { onGrantValid(grant, validation); },
        [this](const OAuthFailure& failure) {
            if (failure.kind == OAuthFailure::Kind::Network)
                failSignIn({AuthError::Kind::Network,
                            tr("Twitch could not be reached (%1).").arg(failure.message)});
            else
                failSignIn({AuthError::Kind::Rejected,
                            tr("Twitch did not accept the login (%1).").arg(failure.toString())});
        });
}

void AuthSession::onGrantValid(const TokenGrant& grant, const TokenValidation& validation) {
    if (validation.clientId != m_clientId) {
        failSignIn({AuthError::Kind::Rejected, tr("The login was made for another application.")});
        return;
    }
    if (validation.userId.isEmpty()) {
        failSignIn({AuthError::Kind::Rejected, tr("The token is not a user's token.")});
        return;
    }
    m_lastValidatedAt = QDateTime::currentDateTimeUtc();
    Account account;
    account.userId = validation.userId;
    account.login = validation.login;
    account.displayName = validation.userId == m_account.userId && !m_account.displayName.isEmpty()
                              ? m_account.displayName
                              : validation.login;
    // The validated scopes are what the token can do, whatever was asked for.
    account.scopes = validation.scopes;
    account.tokenExpiresAt =
        validation.expiresAt.isValid() ? validation.expiresAt : grant.expiresAt;
    account.accessToken = grant.accessToken;
    account.refreshToken = grant.refreshToken;
    account.isActive = true;

    // The display name comes from Helix, on the new token.
    m_helix.setCredentials(m_clientId, account.accessToken);
    m_helix.getUsers(
        {account.userId}, {}, m_requests.get(),
        [this, account](const QList<HelixUser>& users) mutable {
            if (!users.isEmpty() && !users.first().displayName.isEmpty())
                account.displayName = users.first().displayName;
            commitGrant(account);
        },
        [this, account](const HelixError& error) {
            qCInfo(lcAuth).noquote() << "No display name from Helix:" << error.message;
            commitGrant(account);
        });
}

void AuthSession::commitGrant(Account account) {
    if (!m_account.userId.isEmpty() && m_account.userId != account.userId)
        forgetTokensOf(m_account.userId, false); // another user signed in: drop the old tokens
    m_account = std::move(account);
    store(m_account);
    qCInfo(lcAuth).noquote() << "Signed in as" << m_account.login << "with scopes"
                             << m_account.scopes.join(QLatin1Char(' '));
    enterSignedIn(m_options.validationIntervalMs);
    emit tokenValidated();
}

void AuthSession::failSignIn(const AuthError& error) {
    qCInfo(lcAuth).noquote() << "Sign-in failed:" << error.message;
    // Back to where the user was: a failed second authorization keeps the first.
    m_helix.setCredentials(
        m_clientId, m_stateBeforeSignIn == State::SignedIn ? m_account.accessToken : QString());
    setState(m_stateBeforeSignIn);
    if (m_state == State::SignedIn)
        m_validationTimer.start(m_options.validationIntervalMs);
    emit signInFailed(error);
}

void AuthSession::enterSignedIn(int nextValidationMs) {
    m_endReason = {};
    applyCredentials(m_account.accessToken);
    setState(State::SignedIn);
    m_validationTimer.start(nextValidationMs);
    emit signedIn(m_account);
}

// --- the end of a session ---------------------------------------------------

void AuthSession::endSession(const AuthError& reason) {
    qCInfo(lcAuth).noquote() << "Session ended:" << reason.message;
    resetRequests();
    applyCredentials({});
    emit sessionClosed();
    // Keep the row (the login screen says who), without anything usable.
    if (!m_account.userId.isEmpty())
        forgetTokensOf(m_account.userId, true);
    m_account.accessToken.clear();
    m_account.refreshToken.clear();
    m_account.tokenExpiresAt = {};
    m_endReason = reason;
    setState(State::Ended);
    emit ended(reason);
}

void AuthSession::logOut() {
    if (m_state == State::SigningOut)
        return;
    resetRequests();
    const bool hasTokenInUse = (m_state == State::SignedIn || m_state == State::SigningIn) &&
                               !m_account.accessToken.isEmpty();
    if (!hasTokenInUse) {
        // Nothing to revoke: only the memory of who was signed in goes.
        if (!m_account.userId.isEmpty())
            forgetTokensOf(m_account.userId, false);
        m_account = {};
        setState(State::SignedOut);
        QTimer::singleShot(0, m_requests.get(), [this] { emit loggedOut(); });
        return;
    }
    const QString userId = m_account.userId;
    const QString accessToken = m_account.accessToken;
    applyCredentials({});
    emit sessionClosed();
    setState(State::SigningOut);
    qCInfo(lcAuth).noquote() << "Logging out" << m_account.login;

    m_logOut = std::make_unique<QObject>();
    QTimer::singleShot(m_options.logOutTimeoutMs, m_logOut.get(), [this, userId, accessToken] {
        finishLogOut(
            userId, accessToken,
            QStringLiteral("no answer from Twitch within %1 ms").arg(m_options.logOutTimeoutMs));
    });
    m_oauth.revoke(
        m_clientId, accessToken, m_logOut.get(),
        [this, userId, accessToken] {
            finishLogOut(userId, accessToken, QStringLiteral("revoked at Twitch"));
        },
        [this, userId, accessToken](const OAuthFailure& failure) {
            finishLogOut(userId, accessToken,
                         QStringLiteral("the revoke failed: ") + failure.toString());
        });
}

void AuthSession::finishLogOut(const QString& userId, const QString& accessToken,
                               const QString& outcome) {
    // Whichever of the revoke's answer and the timeout comes first; the other is dropped.
    m_logOut.reset();
    qCInfo(lcAuth).noquote() << "Logged out (" + outcome + ")";
    // A login that happened meanwhile has stored its own token: leave that alone.
    const std::optional<Account> stored = m_accounts.find(userId);
    if (stored && stored->accessToken == accessToken)
        forgetTokensOf(userId, false);
    if (m_state == State::SigningOut) {
        m_account = {};
        setState(State::SignedOut);
    }
    emit loggedOut();
}

} // namespace streamside
