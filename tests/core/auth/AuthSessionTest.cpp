// AuthSession against the simulator over real sockets: sign-in with a grant,
// restore at start, the hourly validation, refresh with rotation, the end of
// a session (EventSub stopped, Helix credentials cleared) and log-out, also
// when Twitch cannot be reached. The account is checked in a real Storage.
#include "core/auth/AuthSession.h"

#include "auth/AuthSimFixture.h"
#include "auth/ClosedPort.h"
#include "core/auth/Scopes.h"
#include "core/eventsub/EventFeed.h"
#include "core/helix/HelixClient.h"
#include "core/storage/Storage.h"
#include "sim/EventSubServer.h"
#include "support/FakeKeyStore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace streamside;
using State = AuthSession::State;

namespace {

const QString demoViewerId = QStringLiteral("600000001");
const QString pixelPioneerId = QStringLiteral("500000001");

// The real Helix client, with a record of the credentials it was given.
class RecordingHelix : public HelixClient {
public:
    using HelixClient::HelixClient;
    void setCredentials(const QString& clientId, const QString& accessToken) override {
        lastClientId = clientId;
        lastAccessToken = accessToken;
        ++credentialChanges;
        HelixClient::setCredentials(clientId, accessToken);
    }
    QString lastClientId;
    QString lastAccessToken;
    int credentialChanges = 0;
};

} // namespace

class AuthSessionTest : public AuthSimFixture {
protected:
    void SetUp() override {
        AuthSimFixture::SetUp();
        storage = std::make_unique<Storage>(dataDir.path(), keys);
        QSignalSpy ready(storage.get(), &Storage::ready);
        storage->open();
        ASSERT_TRUE(ready.wait(waitMs)) << "storage did not open";
        helix = std::make_unique<RecordingHelix>(endpoints);
    }

    void TearDown() override {
        // Every token the session handed out (refreshed ones included).
        if (credentials)
            for (const QList<QVariant>& arguments : *credentials)
                remember(arguments.at(1).toString());
        session.reset();
        AuthSimFixture::TearDown();
    }

    AuthSession& makeSession(AuthSession::Options options = {}) {
        return makeSessionWith(*oauth, options);
    }

    AuthSession& makeSessionWith(OAuthClient& client, AuthSession::Options options = {}) {
        session =
            std::make_unique<AuthSession>(client, storage->accounts(), *helix, clientId(), options);
        credentials = std::make_unique<QSignalSpy>(session.get(), &AuthSession::credentialsChanged);
        return *session;
    }

    // Signs in with a grant and waits until the session says so.
    void signIn(const TokenGrant& grant) {
        QSignalSpy signedIn(session.get(), &AuthSession::signedIn);
        session->acceptGrant(grant);
        ASSERT_TRUE(signedIn.wait(waitMs)) << "not signed in";
        ASSERT_EQ(session->state(), State::SignedIn);
    }

    // An account as a previous run of the app left it in the database.
    void storeAccount(const sim::AccessToken& token, bool withRefreshToken = true) {
        Account account;
        account.userId = token.userId;
        account.login = QStringLiteral("demo_viewer");
        account.displayName = QStringLiteral("DemoViewer");
        account.scopes = token.scopes;
        account.tokenExpiresAt = token.expiresAt;
        account.accessToken = token.accessToken;
        account.refreshToken = withRefreshToken ? token.refreshToken : QString();
        account.isActive = true;
        ASSERT_FALSE(storage->accounts().save(account));
    }

    std::optional<Account> storedAccount() { return storage->accounts().find(demoViewerId); }

    // Whether a refresh token still works at Twitch (it is spent when it does).
    bool refreshTokenWorks(const QString& refreshToken) {
        const auto result = await<TokenGrant>([&](auto* context, auto ok, auto failed) {
            oauth->refresh(clientId(), refreshToken, context, ok, failed);
        });
        if (result.value)
            remember(*result.value);
        return result.value.has_value();
    }

    QTemporaryDir dataDir;
    FakeKeyStore keys;
    std::unique_ptr<Storage> storage;
    std::unique_ptr<RecordingHelix> helix;
    std::unique_ptr<AuthSession> session;
    std::unique_ptr<QSignalSpy> credentials;
};

TEST_F(AuthSessionTest, AGrantIsValidatedAndStoredAsTheActiveAccount) {
    makeSession();
    EXPECT_EQ(session->state(), State::SignedOut);
    const sim::AccessToken token = mint("demo_viewer", scopes::viewer());
    QSignalSpy states(session.get(), &AuthSession::stateChanged);
    signIn(grantOf(token));

    ASSERT_EQ(states.count(), 2);
    EXPECT_EQ(states.at(0).at(0).value<State>(), State::SigningIn);
    EXPECT_EQ(states.at(1).at(0).value<State>(), State::SignedIn);
    EXPECT_EQ(session->account().userId, demoViewerId);
    EXPECT_EQ(session->account().login, "demo_viewer");
    EXPECT_EQ(session->account().displayName, "DemoViewer"); // from Helix
    EXPECT_EQ(session->account().scopes, scopes::viewer());
    EXPECT_TRUE(session->hasScopes(scopes::viewer()));
    EXPECT_FALSE(session->hasScopes(scopes::ownChannel()));
    EXPECT_TRUE(session->validationScheduled());

    const std::optional<Account> stored = storage->accounts().active();
    ASSERT_TRUE(stored);
    EXPECT_EQ(*stored, session->account());
    EXPECT_EQ(stored->accessToken, token.accessToken);
    EXPECT_EQ(stored->refreshToken, token.refreshToken);

    EXPECT_EQ(helix->lastClientId, clientId());
    EXPECT_EQ(helix->lastAccessToken, token.accessToken);
    ASSERT_FALSE(credentials->isEmpty());
    EXPECT_EQ(credentials->last().at(1).toString(), token.accessToken);
}

TEST_F(AuthSessionTest, OwnChannelScopesComeWithASecondForcedAuthorization) {
    makeSession();
    const AuthSession::AuthorizationRequest first = session->authorizationFor(false);
    EXPECT_EQ(first.scopes, scopes::viewer());
    EXPECT_FALSE(first.forceVerify);
    signIn(grantOf(mint("demo_viewer", first.scopes)));

    const AuthSession::AuthorizationRequest second = session->authorizationFor(true);
    EXPECT_TRUE(second.forceVerify);
    EXPECT_EQ(second.scopes, scopes::viewer() + scopes::ownChannel());
    const sim::AccessToken extended = mint("demo_viewer", second.scopes);
    signIn(grantOf(extended));

    EXPECT_EQ(session->account().scopes, second.scopes);
    EXPECT_TRUE(session->hasScopes(scopes::ownChannel()));
    const std::optional<Account> stored = storedAccount();
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->scopes, second.scopes);
    EXPECT_EQ(stored->accessToken, extended.accessToken);
    EXPECT_EQ(helix->lastAccessToken, extended.accessToken);
}

TEST_F(AuthSessionTest, AGrantTwitchRejectsLeavesTheSessionAsItWas) {
    makeSession();
    const sim::AccessToken token = mint("demo_viewer", scopes::viewer());
    signIn(grantOf(token));
    const sim::AccessToken revoked = mint("demo_viewer", scopes::viewer());
    ASSERT_TRUE(simulator.oauth().revokeToken(revoked.accessToken));

    QSignalSpy signInFailed(session.get(), &AuthSession::signInFailed);
    session->acceptGrant(grantOf(revoked));
    ASSERT_TRUE(signInFailed.wait(waitMs));
    EXPECT_EQ(signInFailed.first().at(0).value<AuthError>().kind, AuthError::Kind::Rejected);
    EXPECT_EQ(session->state(), State::SignedIn);
    EXPECT_EQ(session->account().accessToken, token.accessToken);
    EXPECT_EQ(helix->lastAccessToken, token.accessToken);
    EXPECT_TRUE(session->validationScheduled());
}

TEST_F(AuthSessionTest, RestoreAtStartValidatesTheStoredAccount) {
    const sim::AccessToken token = mint("demo_viewer", scopes::viewer());
    storeAccount(token);
    makeSession();
    QSignalSpy signedIn(session.get(), &AuthSession::signedIn);
    QSignalSpy validated(session.get(), &AuthSession::tokenValidated);
    session->restore();
    EXPECT_EQ(session->state(), State::SigningIn);
    ASSERT_TRUE(signedIn.wait(waitMs));
    EXPECT_EQ(validated.count(), 1);
    EXPECT_EQ(session->state(), State::SignedIn);
    EXPECT_EQ(session->account().login, "demo_viewer");
    EXPECT_EQ(session->account().accessToken, token.accessToken);
    EXPECT_TRUE(session->lastValidatedAt().isValid());
    EXPECT_EQ(helix->lastAccessToken, token.accessToken);
}

TEST_F(AuthSessionTest, RestoreRefreshesAnExpiredTokenAndStoresTheRotatedOne) {
    const sim::AccessToken token = mint("demo_viewer", scopes::viewer());
    storeAccount(token);
    ASSERT_TRUE(simulator.oauth().expireToken(token.accessToken));
    makeSession();
    QSignalSpy signedIn(session.get(), &AuthSession::signedIn);
    session->restore();
    ASSERT_TRUE(signedIn.wait(waitMs));

    const std::optional<Account> stored = storedAccount();
    ASSERT_TRUE(stored);
    EXPECT_NE(stored->accessToken, token.accessToken);
    EXPECT_NE(stored->refreshToken, token.refreshToken);
    EXPECT_FALSE(stored->refreshToken.isEmpty());
    EXPECT_TRUE(stored->isActive);
    EXPECT_EQ(session->account().accessToken, stored->accessToken);
    EXPECT_EQ(helix->lastAccessToken, stored->accessToken);
    EXPECT_NE(simulator.tokens().findUsable(stored->accessToken), nullptr);
    EXPECT_FALSE(refreshTokenWorks(token.refreshToken)) << "the old refresh token still works";
}

TEST_F(AuthSessionTest, RestoreEndsAnExpiredSessionWithoutRefreshToken) {
    const sim::AccessToken token = mint("demo_viewer", scopes::viewer());
    storeAccount(token, false); // a loopback (implicit grant) login
    ASSERT_TRUE(simulator.oauth().expireToken(token.accessToken));
    makeSession();
    QSignalSpy ended(session.get(), &AuthSession::ended);
    session->restore();
    ASSERT_TRUE(ended.wait(waitMs));
    EXPECT_EQ(session->state(), State::Ended);
    EXPECT_EQ(ended.first().at(0).value<AuthError>().message,
              "Your Twitch session has ended — log in again.");
    // Who it was stays, for the login screen; the token does not.
    EXPECT_EQ(session->account().login, "demo_viewer");
    const std::optional<Account> stored = storedAccount();
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->login, "demo_viewer");
    EXPECT_TRUE(stored->accessToken.isEmpty());
    EXPECT_TRUE(stored->isActive);

    // The next start remembers the ended session without asking Twitch.
    AuthSession next(*oauth, storage->accounts(), *helix, clientId());
    QSignalSpy endedAgain(&next, &AuthSession::ended);
    next.restore();
    EXPECT_EQ(next.state(), State::Ended);
    EXPECT_EQ(endedAgain.count(), 1);
    EXPECT_EQ(next.account().displayName, "DemoViewer");
}

TEST_F(AuthSessionTest, TheHourlyValidationNoticesExpiryAndRefreshesWithRotation) {
    AuthSession::Options options;
    options.validationIntervalMs = 100; // the hour, shortened
    makeSession(options);
    const sim::AccessToken token = mint("demo_viewer", scopes::viewer());
    signIn(grantOf(token));
    ASSERT_TRUE(simulator.oauth().expireToken(token.accessToken));

    // Nobody calls validateNow(): the timer does.
    ASSERT_TRUE(QTest::qWaitFor([&] { return session->account().accessToken != token.accessToken; },
                                waitMs));
    EXPECT_EQ(session->state(), State::SignedIn);
    const QString fresh = session->account().accessToken;
    EXPECT_EQ(credentials->last().at(1).toString(), fresh);
    EXPECT_EQ(helix->lastAccessToken, fresh);
    const std::optional<Account> stored = storedAccount();
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->accessToken, fresh);
    EXPECT_NE(stored->refreshToken, token.refreshToken);
    const sim::AccessToken* current = simulator.tokens().findUsable(fresh);
    ASSERT_NE(current, nullptr);
    EXPECT_EQ(stored->refreshToken, current->refreshToken);
    EXPECT_FALSE(refreshTokenWorks(token.refreshToken)) << "the old refresh token still works";
}

TEST_F(AuthSessionTest, TheHourlyValidationEndsASessionThatCannotBeRefreshed) {
    AuthSession::Options options;
    options.validationIntervalMs = 100;
    makeSession(options);
    const sim::AccessToken token = mint("demo_viewer", scopes::viewer());
    signIn(grantOf(token, false));
    QSignalSpy ended(session.get(), &AuthSession::ended);
    ASSERT_TRUE(simulator.oauth().expireToken(token.accessToken));
    ASSERT_TRUE(ended.wait(waitMs));
    EXPECT_EQ(ended.first().at(0).value<AuthError>().kind, AuthError::Kind::Expired);
    EXPECT_FALSE(session->validationScheduled());
}

TEST_F(AuthSessionTest, AFailedRefreshEndsTheSessionStopsEventSubAndClearsHelix) {
    makeSession();
    const sim::AccessToken token = mint("demo_viewer", scopes::viewer());
    signIn(grantOf(token));

    // The live events run on the session's token, as in the app.
    EventSubConnection::Options connection;
    connection.url = simulator.context().eventSubUrl;
    EventFeed feed(connection, *helix, nullptr, nullptr);
    QObject::connect(session.get(), &AuthSession::sessionClosed, &feed, &EventFeed::stop);
    QSignalSpy ready(&feed.planner(), &SubscriptionPlanner::ready);
    feed.showChannel(pixelPioneerId, ChannelRole::Viewer);
    feed.start(demoViewerId, session->account().scopes);
    ASSERT_TRUE(ready.wait(10000)) << "subscriptions not ready";
    ASSERT_EQ(simulator.eventSub().openSessionIds().size(), 1);

    // Revoked at Twitch (the user disconnected the app): the refresh token dies with it.
    ASSERT_TRUE(simulator.oauth().revokeToken(token.accessToken));
    QSignalSpy ended(session.get(), &AuthSession::ended);
    QSignalSpy closed(session.get(), &AuthSession::sessionClosed);
    QSignalSpy socketEnded(&simulator.eventSub(), &sim::EventSubServer::sessionEnded);
    // Any Helix call now answers 401, which makes the session validate.
    bool helixAnswered = false;
    helix->getStreams(
        {pixelPioneerId}, session.get(), [&](const QList<HelixStream>&) { helixAnswered = true; },
        [&](const HelixError&) { helixAnswered = true; });
    ASSERT_TRUE(ended.wait(waitMs)) << "the session did not end";

    EXPECT_TRUE(helixAnswered);
    EXPECT_EQ(closed.count(), 1);
    EXPECT_EQ(session->state(), State::Ended);
    EXPECT_EQ(ended.first().at(0).value<AuthError>().message,
              "Your Twitch session has ended — log in again.");
    // Nothing keeps running on the dead token.
    EXPECT_TRUE(helix->lastAccessToken.isEmpty());
    EXPECT_TRUE(credentials->last().at(1).toString().isEmpty());
    EXPECT_FALSE(session->validationScheduled());
    EXPECT_EQ(feed.connection().state(), EventSubConnection::State::Offline);
    ASSERT_TRUE(socketEnded.count() > 0 || socketEnded.wait(waitMs))
        << "the simulator still sees the EventSub session";
    EXPECT_TRUE(simulator.eventSub().openSessionIds().isEmpty());
    // The row stays for the login screen, without tokens.
    const std::optional<Account> stored = storedAccount();
    ASSERT_TRUE(stored);
    EXPECT_TRUE(stored->accessToken.isEmpty());
    EXPECT_TRUE(stored->refreshToken.isEmpty());
    EXPECT_EQ(stored->displayName, "DemoViewer");
}

TEST_F(AuthSessionTest, AHelix401WithAValidTokenOnlyValidates) {
    makeSession();
    // No user:write:chat: Twitch answers 401 for the missing scope.
    signIn(grantOf(mint("demo_viewer", {"user:read:chat"})));
    QSignalSpy validated(session.get(), &AuthSession::tokenValidated);
    QSignalSpy ended(session.get(), &AuthSession::ended);
    std::optional<HelixError> error;
    helix->sendChatMessage(
        pixelPioneerId, demoViewerId, "hello", session.get(), [](const SentChatMessage&) {},
        [&](const HelixError& e) { error = e; });
    ASSERT_TRUE(validated.wait(waitMs)) << "the 401 did not lead to a validation";
    ASSERT_TRUE(error);
    EXPECT_EQ(error->kind, HelixError::Kind::Unauthorized);
    EXPECT_EQ(session->state(), State::SignedIn);
    EXPECT_TRUE(ended.isEmpty());
    EXPECT_FALSE(helix->lastAccessToken.isEmpty());
}

TEST_F(AuthSessionTest, LogOutRevokesAtTwitchAndDeletesTheToken) {
    makeSession();
    const sim::AccessToken token = mint("demo_viewer", scopes::viewer());
    signIn(grantOf(token));
    QSignalSpy loggedOut(session.get(), &AuthSession::loggedOut);
    QSignalSpy closed(session.get(), &AuthSession::sessionClosed);
    session->logOut();
    EXPECT_EQ(session->state(), State::SigningOut);
    EXPECT_EQ(closed.count(), 1);
    EXPECT_TRUE(helix->lastAccessToken.isEmpty());
    ASSERT_TRUE(loggedOut.wait(waitMs));

    EXPECT_EQ(session->state(), State::SignedOut);
    const sim::AccessToken* atTwitch = simulator.tokens().find(token.accessToken);
    ASSERT_NE(atTwitch, nullptr);
    EXPECT_TRUE(atTwitch->revoked);
    const std::optional<Account> stored = storedAccount();
    ASSERT_TRUE(stored);
    EXPECT_TRUE(stored->accessToken.isEmpty());
    EXPECT_TRUE(stored->refreshToken.isEmpty());
    EXPECT_FALSE(storage->accounts().active());
}

TEST_F(AuthSessionTest, LogOutWhileOfflineDeletesTheTokenPromptly) {
    const sim::AccessToken token = mint("demo_viewer", scopes::viewer());
    storeAccount(token);
    EndpointConfig offline = endpoints;
    offline.authUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/oauth2").arg(closedLoopbackPort()));
    OAuthClient unreachable(offline);
    makeSessionWith(unreachable);

    // Started without a network: the stored account stays signed in.
    QSignalSpy signedIn(session.get(), &AuthSession::signedIn);
    session->restore();
    ASSERT_TRUE(signedIn.wait(waitMs));
    EXPECT_TRUE(session->validationScheduled()); // asks again later

    QSignalSpy loggedOut(session.get(), &AuthSession::loggedOut);
    QElapsedTimer clock;
    clock.start();
    session->logOut();
    ASSERT_TRUE(loggedOut.wait(waitMs));
    // The refused revoke ends the wait, not the 5 s timeout.
    EXPECT_LT(clock.elapsed(), 2000);
    EXPECT_EQ(session->state(), State::SignedOut);
    const std::optional<Account> stored = storedAccount();
    ASSERT_TRUE(stored);
    EXPECT_TRUE(stored->accessToken.isEmpty());
    EXPECT_TRUE(stored->refreshToken.isEmpty());
    session.reset(); // before the OAuthClient it uses
}

TEST_F(AuthSessionTest, LogOutGivesUpWaitingForATwitchThatNeverAnswers) {
    const sim::AccessToken token = mint("demo_viewer", scopes::viewer());
    storeAccount(token);
    // Accepts connections, never answers.
    QTcpServer blackHole;
    ASSERT_TRUE(blackHole.listen(QHostAddress::LocalHost, 0));
    EndpointConfig hanging = endpoints;
    hanging.authUrl =
        QUrl(QStringLiteral("http://127.0.0.1:%1/oauth2").arg(blackHole.serverPort()));
    OAuthClient silent(hanging);
    AuthSession::Options options;
    options.logOutTimeoutMs = 300;
    makeSessionWith(silent, options);

    session->restore(); // the validation hangs: still signing in
    ASSERT_TRUE(QTest::qWaitFor([&] { return blackHole.hasPendingConnections(); }, waitMs));
    EXPECT_EQ(session->state(), State::SigningIn);

    QSignalSpy loggedOut(session.get(), &AuthSession::loggedOut);
    QElapsedTimer clock;
    clock.start();
    session->logOut();
    ASSERT_TRUE(loggedOut.wait(waitMs));
    EXPECT_GE(clock.elapsed(), 300);
    EXPECT_LT(clock.elapsed(), 2000);
    EXPECT_EQ(session->state(), State::SignedOut);
    const std::optional<Account> stored = storedAccount();
    ASSERT_TRUE(stored);
    EXPECT_TRUE(stored->accessToken.isEmpty());
    session.reset();
}
