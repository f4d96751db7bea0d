// LoopbackLoginFlow against real sockets on loopback: end to end with a
// headless Chromium (Qt WebEngine) clicking through the simulator's consent
// page, and with hand-written requests for everything a browser would not do.
#include "core/auth/LoopbackLoginFlow.h"

#include "auth/RawHttpConnection.h"
#include "core/auth/AuthError.h"
#include "core/auth/Scopes.h"
#include "core/auth/TokenGrant.h"
#include "core/auth/UrlOpener.h"
#include "core/config/EndpointConfig.h"
#include "helix/LogCapture.h"
#include "sim/Simulator.h"
#include "sim/TokenStore.h"
#include "sim/World.h"

#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTcpServer>
#include <QUrlQuery>
#include <QWebEnginePage>
#include <QWebEngineProfile>

#include <gtest/gtest.h>

#include <memory>
#include <optional>

using streamside::AuthError;
using streamside::LoopbackLoginFlow;
using streamside::TokenGrant;

namespace {

constexpr int waitMs = 5000;
// Chromium's first start in a test process takes a while.
constexpr int browserWaitMs = 60'000;
constexpr char testClientId[] = "streamsideloopbacktest00000001";

// A port free on both loopback addresses right now.
quint16 freeLoopbackPort() {
    for (int attempt = 0; attempt < 20; ++attempt) {
        QTcpServer ipv4;
        if (!ipv4.listen(QHostAddress(QHostAddress::LocalHost), 0))
            continue;
        QTcpServer ipv6;
        if (ipv6.listen(QHostAddress(QHostAddress::LocalHostIPv6), ipv4.serverPort()))
            return ipv4.serverPort();
    }
    return 0;
}

// Records the URL instead of opening a browser; the test plays the browser.
class RecordingOpener : public streamside::UrlOpener {
public:
    bool open(const QUrl& url) override {
        opened.append(url);
        return browserAvailable;
    }
    bool browserAvailable = true;
    QList<QUrl> opened;
};

// A headless browser engine in place of the system browser: loads the
// consent page and presses one of its buttons, as a user would.
class HeadlessBrowser : public streamside::UrlOpener {
public:
    explicit HeadlessBrowser(const QString& buttonId)
        : m_page(std::make_unique<QWebEnginePage>(&m_profile)) {
        QObject::connect(
            m_page.get(), &QWebEnginePage::loadFinished, m_page.get(), [this, buttonId](bool ok) {
                if (!ok || m_pressed || m_page->url().path() != QLatin1String("/oauth2/authorize"))
                    return;
                m_pressed = true;
                m_page->runJavaScript(
                    QStringLiteral("document.getElementById('%1').click()").arg(buttonId));
            });
    }
    bool open(const QUrl& url) override {
        m_page->load(url);
        return true;
    }
    QWebEnginePage& page() { return *m_page; }

private:
    QWebEngineProfile m_profile; // off the record: nothing of it outlives the test
    std::unique_ptr<QWebEnginePage> m_page;
    bool m_pressed = false;
};

// Waits until the page's title is the given one.
bool waitForTitle(QWebEnginePage& page, const QString& title) {
    QSignalSpy titles(&page, &QWebEnginePage::titleChanged);
    while (page.title() != title)
        if (!titles.wait(waitMs))
            return false;
    return true;
}

QString queryValue(const QUrl& url, const QString& name) {
    return QUrlQuery(url.query(QUrl::FullyEncoded)).queryItemValue(name, QUrl::FullyDecoded);
}

class LoopbackLoginFlowTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(simulator.start()) << simulator.errorString().toStdString();
        port = freeLoopbackPort();
        ASSERT_NE(port, 0);
        redirectUri = QStringLiteral("http://localhost:%1").arg(port);
        streamside::sim::SimClient client;
        client.clientId = QLatin1String(testClientId);
        client.name = QStringLiteral("Streamside loopback test");
        client.redirectUris = {redirectUri};
        simulator.world().clients.append(client);

        options.endpoints = streamside::EndpointConfig::twitchDefaults(QLatin1String(testClientId));
        options.endpoints.authUrl = QUrl(simulator.baseUrl().toString(QUrl::StripTrailingSlash) +
                                         QStringLiteral("/oauth2"));
        options.endpoints.redirectPort = port;
        options.scopes = streamside::scopes::viewer();
    }

    void TearDown() override {
        for (const QString& secret : secrets) {
            EXPECT_EQ(logs.linesContaining(secret), QStringList()) << "a secret reached the log";
            for (const AuthError& error : errors)
                EXPECT_FALSE(error.message.contains(secret)) << "a secret is in an error message";
        }
    }

    // A flow whose outcome the test reads from grant / errors.
    std::unique_ptr<LoopbackLoginFlow> makeFlow(streamside::UrlOpener& opener) {
        auto flow = std::make_unique<LoopbackLoginFlow>(options, opener);
        QObject::connect(flow.get(), &LoopbackLoginFlow::succeeded,
                         [this](const TokenGrant& granted) {
                             grants.append(granted);
                             secrets.append(granted.accessToken);
                         });
        QObject::connect(flow.get(), &LoopbackLoginFlow::failed,
                         [this](const AuthError& error) { errors.append(error); });
        QObject::connect(flow.get(), &LoopbackLoginFlow::callbackRefused,
                         [this](const AuthError& error) { refusals.append(error); });
        return flow;
    }

    // The state the flow put in the authorize URL it opened.
    static QByteArray stateOf(const LoopbackLoginFlow& flow) {
        return queryValue(flow.authorizeUrl(), QStringLiteral("state")).toLatin1();
    }

    QByteArray localHost() const { return "localhost:" + QByteArray::number(port); }

    // Sends a request to 127.0.0.1 on the flow's port.
    RawHttpAnswer request(const QByteArray& bytes) {
        RawHttpConnection connection;
        if (!connection.connectTo(QHostAddress(QHostAddress::LocalHost), port))
            return {};
        return connection.send(bytes);
    }

    // The callback the relay page posts after Twitch approved.
    RawHttpAnswer postCallback(const QByteArray& body, const QByteArray& host = {}) {
        return request(httpRequest("POST", "/callback", host.isEmpty() ? localHost() : host, body,
                                   "Origin: http://" + localHost() + "\r\n"));
    }

    QByteArray approvalBody(const QByteArray& state) {
        secrets.append(QLatin1String(fakeToken));
        return "access_token=" + QByteArray(fakeToken) +
               "&scope=user%3Aread%3Achat+user%3Awrite%3Achat&state=" + state +
               "&token_type=bearer";
    }

    bool portRefusesConnections() {
        RawHttpConnection connection;
        return !connection.connectTo(QHostAddress(QHostAddress::LocalHost), port) &&
               connection.error() == QAbstractSocket::ConnectionRefusedError;
    }

    static constexpr char fakeToken[] = "fakeloopbacktoken0123456789abc";

    LogCapture logs;
    streamside::sim::Simulator simulator;
    quint16 port = 0;
    QString redirectUri;
    LoopbackLoginFlow::Options options;
    QList<TokenGrant> grants;
    QList<AuthError> errors;
    QList<AuthError> refusals;
    QStringList secrets; // tokens and states: never in the log or an error message
};

TEST_F(LoopbackLoginFlowTest, AuthorizingInTheBrowserLogsInWithATokenTwitchIssued) {
    HeadlessBrowser browser(QStringLiteral("authorize-button"));
    auto flow = makeFlow(browser);
    QSignalSpy succeeded(flow.get(), &LoopbackLoginFlow::succeeded);
    flow->start();
    secrets.append(QString::fromLatin1(stateOf(*flow)));

    ASSERT_TRUE(succeeded.wait(browserWaitMs)) << "errors: " << errors.size();
    ASSERT_EQ(grants.size(), 1);
    const TokenGrant& grant = grants.first();
    const streamside::sim::AccessToken* issued = simulator.tokens().findUsable(grant.accessToken);
    ASSERT_NE(issued, nullptr) << "the simulator never issued this token";
    EXPECT_EQ(issued->clientId, QLatin1String(testClientId));
    EXPECT_EQ(issued->scopes, streamside::scopes::viewer());
    EXPECT_EQ(grant.scopes, streamside::scopes::viewer());
    EXPECT_TRUE(grant.refreshToken.isEmpty());
    EXPECT_FALSE(grant.expiresAt.isValid());
    EXPECT_TRUE(errors.isEmpty());
    EXPECT_FALSE(flow->isWaiting());
    EXPECT_TRUE(flow->listeningAddresses().isEmpty());

    EXPECT_TRUE(waitForTitle(browser.page(), QStringLiteral("Logged in - Streamside")))
        << browser.page().title().toStdString();
    // The relay took the token out of the address bar (and so the history).
    EXPECT_FALSE(browser.page().url().toString().contains(grant.accessToken));
    EXPECT_TRUE(portRefusesConnections());
}

TEST_F(LoopbackLoginFlowTest, CancellingInTheBrowserFailsAsCancelled) {
    HeadlessBrowser browser(QStringLiteral("cancel-button"));
    auto flow = makeFlow(browser);
    QSignalSpy failed(flow.get(), &LoopbackLoginFlow::failed);
    flow->start();
    secrets.append(QString::fromLatin1(stateOf(*flow)));

    ASSERT_TRUE(failed.wait(browserWaitMs));
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors.first().kind, AuthError::Kind::Cancelled);
    EXPECT_EQ(errors.first().message, "You cancelled the login at Twitch.");
    EXPECT_TRUE(grants.isEmpty());
    EXPECT_TRUE(waitForTitle(browser.page(), QStringLiteral("Login cancelled - Streamside")))
        << browser.page().title().toStdString();
    EXPECT_TRUE(portRefusesConnections());
}

TEST_F(LoopbackLoginFlowTest, AuthorizeUrlAsksForATokenWithAFreshStateForTheRegisteredRedirect) {
    RecordingOpener opener;
    auto flow = makeFlow(opener);
    flow->start();
    ASSERT_EQ(opener.opened.size(), 1);
    const QUrl url = opener.opened.first();
    EXPECT_EQ(url, flow->authorizeUrl());
    EXPECT_EQ(url.adjusted(QUrl::RemoveQuery), options.endpoints.authEndpoint("authorize"));
    EXPECT_EQ(queryValue(url, "response_type"), "token");
    EXPECT_EQ(queryValue(url, "client_id"), QLatin1String(testClientId));
    EXPECT_EQ(queryValue(url, "redirect_uri"), redirectUri);
    EXPECT_EQ(queryValue(url, "scope"), "user:read:chat user:write:chat user:read:follows");
    EXPECT_FALSE(QUrlQuery(url).hasQueryItem("force_verify"));
    const QByteArray state = stateOf(*flow);
    EXPECT_GE(state.size(), 32) << "at least 128 bits as hex";
    EXPECT_TRUE(QByteArray::fromHex(state).toHex() == state) << state.constData();

    options.forceVerify = true;
    RecordingOpener secondOpener;
    auto second = makeFlow(secondOpener);
    flow->cancel(); // frees the port
    second->start();
    ASSERT_TRUE(second->isWaiting());
    EXPECT_EQ(queryValue(second->authorizeUrl(), "force_verify"), "true");
    EXPECT_NE(stateOf(*second), state);
}

TEST_F(LoopbackLoginFlowTest, ListensOnTheLoopbackAddressesOnly) {
    RecordingOpener opener;
    auto flow = makeFlow(opener);
    flow->start();
    ASSERT_TRUE(flow->isWaiting());

    QList<QHostAddress> addresses = flow->listeningAddresses();
    ASSERT_EQ(addresses.size(), 2);
    EXPECT_TRUE(addresses.contains(QHostAddress(QHostAddress::LocalHost)));
    EXPECT_TRUE(addresses.contains(QHostAddress(QHostAddress::LocalHostIPv6)));

    int nonLoopbackTried = 0;
    for (const QHostAddress& address : QNetworkInterface::allAddresses()) {
        if (address.isLoopback() || address.isLinkLocal())
            continue;
        ++nonLoopbackTried;
        RawHttpConnection connection;
        EXPECT_FALSE(connection.connectTo(address, port))
            << "the listener answered on " << address.toString().toStdString();
    }
    if (nonLoopbackTried == 0)
        std::cout << "No non-loopback address on this machine: only the bound addresses checked\n";
    // Both loopback addresses do answer.
    for (const QHostAddress& address : addresses) {
        RawHttpConnection connection;
        ASSERT_TRUE(connection.connectTo(address, port)) << address.toString().toStdString();
        EXPECT_EQ(connection.send(httpRequest("GET", "/", localHost())).status, 200);
    }
}

TEST_F(LoopbackLoginFlowTest, RedirectPageRelaysTheFragmentToTheCallback) {
    RecordingOpener opener;
    auto flow = makeFlow(opener);
    flow->start();

    const RawHttpAnswer page = request(httpRequest("GET", "/?error=access_denied", localHost()));
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(page.header("Content-Type").startsWith("text/html"));
    EXPECT_EQ(page.header("Cache-Control"), "no-store");
    EXPECT_TRUE(page.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
    EXPECT_TRUE(page.body.contains("location.hash"));
    EXPECT_TRUE(page.body.contains("location.search"));
    EXPECT_TRUE(page.body.contains("fetch('/callback'"));
    // A GET with Twitch's error in the query does not end the login by itself:
    // only the relayed callback (with the state) does.
    EXPECT_TRUE(flow->isWaiting());
    EXPECT_TRUE(errors.isEmpty());

    EXPECT_EQ(request(httpRequest("GET", "/favicon.ico", localHost())).status, 404);
    EXPECT_EQ(request(httpRequest("GET", "/callback?state=x", localHost())).status, 405);
    EXPECT_EQ(request("GET / HTTP/1.1\nHost: " + localHost() + "\n\n").status, 400);
    EXPECT_TRUE(flow->isWaiting());
}

TEST_F(LoopbackLoginFlowTest, ACallbackWithTheRightStateSucceedsWithItsScopes) {
    RecordingOpener opener;
    auto flow = makeFlow(opener);
    flow->start();
    secrets.append(QString::fromLatin1(stateOf(*flow)));

    const RawHttpAnswer answer = postCallback(approvalBody(stateOf(*flow)));
    EXPECT_EQ(answer.status, 200);
    EXPECT_TRUE(answer.body.contains("You are logged in to Streamside. You can close this tab."));
    ASSERT_EQ(grants.size(), 1);
    EXPECT_EQ(grants.first().accessToken, QLatin1String(fakeToken));
    EXPECT_EQ(grants.first().scopes, QStringList({"user:read:chat", "user:write:chat"}));
    EXPECT_FALSE(flow->isWaiting());
}

TEST_F(LoopbackLoginFlowTest, ACallbackWithAnotherStateIsRefusedAndTheLoginKeepsWaiting) {
    RecordingOpener opener;
    auto flow = makeFlow(opener);
    flow->start();
    const QByteArray state = stateOf(*flow);
    secrets.append(QString::fromLatin1(state));

    QByteArray wrongState = state;
    wrongState[0] = wrongState[0] == 'a' ? 'b' : 'a';
    EXPECT_EQ(postCallback(approvalBody(wrongState)).status, 403);
    EXPECT_EQ(postCallback("access_token=abc&token_type=bearer").status, 403) << "no state";
    EXPECT_EQ(postCallback("error=access_denied&state=" + wrongState).status, 403)
        << "a foreign page must not cancel the login either";
    EXPECT_EQ(postCallback(approvalBody(state) + "&state=" + state).status, 400)
        << "a repeated parameter is not Twitch's";
    EXPECT_TRUE(grants.isEmpty());
    EXPECT_TRUE(errors.isEmpty());
    ASSERT_EQ(refusals.size(), 3);
    for (const AuthError& refusal : refusals)
        EXPECT_EQ(refusal.kind, AuthError::Kind::StateMismatch);
    EXPECT_TRUE(flow->isWaiting());

    EXPECT_EQ(postCallback(approvalBody(state)).status, 200);
    EXPECT_EQ(grants.size(), 1);
}

TEST_F(LoopbackLoginFlowTest, OnlyOneCallbackIsAccepted) {
    RecordingOpener opener;
    auto flow = makeFlow(opener);
    flow->start();
    const QByteArray state = stateOf(*flow);

    // Two connections open before the first callback arrives. A third one,
    // opened after them and answered, proves the listener has taken both.
    RawHttpConnection first;
    RawHttpConnection second;
    RawHttpConnection third;
    ASSERT_TRUE(first.connectTo(QHostAddress(QHostAddress::LocalHost), port));
    ASSERT_TRUE(second.connectTo(QHostAddress(QHostAddress::LocalHostIPv6), port));
    ASSERT_TRUE(third.connectTo(QHostAddress(QHostAddress::LocalHost), port));
    ASSERT_EQ(third.send(httpRequest("GET", "/", localHost())).status, 200);

    const QByteArray origin = "Origin: http://" + localHost() + "\r\n";
    EXPECT_EQ(first.send(httpRequest("POST", "/callback", localHost(), approvalBody(state), origin))
                  .status,
              200);
    ASSERT_EQ(grants.size(), 1);

    const RawHttpAnswer again =
        second.send(httpRequest("POST", "/callback", localHost(), approvalBody(state), origin));
    EXPECT_EQ(again.status, 409);
    EXPECT_EQ(grants.size(), 1);
    EXPECT_TRUE(errors.isEmpty());
    // And nothing new gets in: the listeners are closed.
    EXPECT_TRUE(portRefusesConnections());
}

TEST_F(LoopbackLoginFlowTest, RequestsForAForeignHostAreRefused) {
    RecordingOpener opener;
    auto flow = makeFlow(opener);
    flow->start();
    const QByteArray state = stateOf(*flow);
    const QByteArray portText = QByteArray::number(port);

    // DNS rebinding: a web page whose name resolves to 127.0.0.1.
    for (const QByteArray& host :
         QList<QByteArray>{"attacker.example:" + portText, "localhost",
                           "localhost:" + QByteArray::number(port + 1), "127.0.0.1",
                           "localhost.:" + portText, "192.0.2.1:" + portText}) {
        EXPECT_EQ(request(httpRequest("GET", "/", host)).status, 421) << host.constData();
        EXPECT_EQ(postCallback(approvalBody(state), host).status, 421) << host.constData();
    }
    // Another web page posting to the callback shows its own Origin.
    EXPECT_EQ(request(httpRequest("POST", "/callback", localHost(), approvalBody(state),
                                  "Origin: http://attacker.example\r\n"))
                  .status,
              403);
    EXPECT_EQ(request(httpRequest("POST", "/callback", localHost(), approvalBody(state),
                                  "Origin: null\r\n"))
                  .status,
              403);
    EXPECT_TRUE(grants.isEmpty());
    EXPECT_TRUE(flow->isWaiting());

    // Every spelling of the redirect origin is served.
    for (const QByteArray& host :
         QList<QByteArray>{"127.0.0.1:" + portText, "[::1]:" + portText, "LOCALHOST:" + portText})
        EXPECT_EQ(request(httpRequest("GET", "/", host)).status, 200) << host.constData();
    EXPECT_EQ(postCallback(approvalBody(state), "[::1]:" + portText).status, 200);
    EXPECT_EQ(grants.size(), 1);
}

TEST_F(LoopbackLoginFlowTest, AConnectionWithoutACompleteRequestIsDroppedAtItsDeadline) {
    options.requestDeadlineMs = 1000;
    RecordingOpener opener;
    auto flow = makeFlow(opener);
    flow->start();

    RawHttpConnection idle;
    ASSERT_TRUE(idle.connectTo(QHostAddress(QHostAddress::LocalHost), port));
    idle.write("GET / HTTP/1.1\r\nHost: " + localHost() + "\r\n"); // and nothing more
    EXPECT_EQ(idle.receive().status, -1) << "no answer to half a request";
    EXPECT_EQ(idle.error(), QAbstractSocket::RemoteHostClosedError)
        << "dropped by the listener, not given up by the test";
    // Dropping an idle connection does not end the login.
    EXPECT_TRUE(flow->isWaiting());
    EXPECT_EQ(request(httpRequest("GET", "/", localHost())).status, 200);
}

TEST_F(LoopbackLoginFlowTest, APortInUseIsReportedWithHowToChangeIt) {
    // Another program on 127.0.0.1, on ::1 (a browser trying ::1 first would
    // hand it the token), or on every interface.
    for (const QHostAddress& occupied :
         {QHostAddress(QHostAddress::LocalHost), QHostAddress(QHostAddress::LocalHostIPv6),
          QHostAddress(QHostAddress::Any)}) {
        errors.clear();
        QTcpServer otherProgram;
        ASSERT_TRUE(otherProgram.listen(occupied, port));
        RecordingOpener opener;
        auto flow = makeFlow(opener);
        flow->start();

        ASSERT_EQ(errors.size(), 1) << occupied.toString().toStdString();
        EXPECT_EQ(errors.first().kind, AuthError::Kind::PortInUse);
        EXPECT_TRUE(errors.first().message.contains(QString::number(port)));
        EXPECT_TRUE(errors.first().message.contains("STREAMSIDE_REDIRECT_PORT"));
        EXPECT_TRUE(errors.first().message.contains("registered"));
        EXPECT_TRUE(opener.opened.isEmpty()) << "no browser for a login that cannot finish";
        EXPECT_FALSE(flow->isWaiting());
        EXPECT_TRUE(flow->listeningAddresses().isEmpty());
    }
}

TEST_F(LoopbackLoginFlowTest, NoAnswerWithinTheTimeoutFails) {
    options.timeoutMs = 200;
    RecordingOpener opener;
    auto flow = makeFlow(opener);
    QSignalSpy failed(flow.get(), &LoopbackLoginFlow::failed);
    flow->start();
    ASSERT_TRUE(failed.wait(waitMs));
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors.first().kind, AuthError::Kind::TimedOut);
    EXPECT_EQ(errors.first().message,
              "No answer came from your browser within 1 minute. Start the login again.");
    EXPECT_TRUE(portRefusesConnections());
}

TEST_F(LoopbackLoginFlowTest, CancelInTheAppEndsTheLogin) {
    RecordingOpener opener;
    auto flow = makeFlow(opener);
    flow->start();
    ASSERT_TRUE(flow->isWaiting());
    flow->cancel();
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors.first().kind, AuthError::Kind::Cancelled);
    EXPECT_EQ(errors.first().message, "The login was cancelled.");
    EXPECT_FALSE(flow->isWaiting());
    EXPECT_TRUE(portRefusesConnections());
    flow->cancel();
    flow->start();
    EXPECT_EQ(errors.size(), 1) << "a finished flow stays finished";
}

TEST_F(LoopbackLoginFlowTest, WithoutABrowserTheLinkCanBeOpenedByHand) {
    RecordingOpener opener;
    opener.browserAvailable = false;
    auto flow = makeFlow(opener);
    QList<AuthError> notices;
    QObject::connect(flow.get(), &LoopbackLoginFlow::browserUnavailable,
                     [&notices](const AuthError& error) { notices.append(error); });
    flow->start();

    ASSERT_EQ(notices.size(), 1);
    EXPECT_EQ(notices.first().kind, AuthError::Kind::BrowserUnavailable);
    EXPECT_FALSE(notices.first().message.isEmpty());
    EXPECT_EQ(flow->authorizeUrl(), opener.opened.value(0));
    EXPECT_TRUE(flow->isWaiting()) << "the user may paste the link into a browser";
    EXPECT_TRUE(errors.isEmpty());

    EXPECT_EQ(postCallback(approvalBody(stateOf(*flow))).status, 200);
    EXPECT_EQ(grants.size(), 1);
}

TEST_F(LoopbackLoginFlowTest, TwitchErrorsOtherThanCancelFailAsRejected) {
    RecordingOpener opener;
    auto flow = makeFlow(opener);
    flow->start();
    const RawHttpAnswer answer = postCallback(
        "error=invalid_scope&error_description=The+scope+is+%3Cinvalid%3E&state=" + stateOf(*flow));
    EXPECT_EQ(answer.status, 200);
    EXPECT_TRUE(answer.body.contains("The scope is &lt;invalid&gt;")) << answer.body.constData();
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors.first().kind, AuthError::Kind::Rejected);
    EXPECT_EQ(errors.first().message, "Twitch refused the login: The scope is <invalid>");
}

TEST_F(LoopbackLoginFlowTest, WithoutAClientIdThereIsNothingToLogInTo) {
    options.endpoints.clientId.clear();
    RecordingOpener opener;
    auto flow = makeFlow(opener);
    flow->start();
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors.first().kind, AuthError::Kind::NoClientId);
    EXPECT_TRUE(opener.opened.isEmpty());
    EXPECT_TRUE(portRefusesConnections());
}

} // namespace
