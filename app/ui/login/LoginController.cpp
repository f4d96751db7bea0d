#include "ui/login/LoginController.h"

#include "core/app/Logging.h"
#include "core/auth/AuthSession.h"
#include "core/auth/DeviceCodeFlow.h"
#include "core/auth/LoopbackLoginFlow.h"
#include "core/auth/UrlOpener.h"
#include "ui/login/LoginPage.h"

#include <memory>

namespace streamside::ui {

LoginController::LoginController(LoginPage& page, AuthSession& session, OAuthClient& oauth,
                                 UrlOpener& opener, EndpointConfig endpoints, QObject* parent)
    : QObject(parent)
    , m_page(page)
    , m_session(session)
    , m_oauth(oauth)
    , m_opener(opener)
    , m_endpoints(std::move(endpoints)) {
    connect(&page, &LoginPage::loginWithBrowserRequested, this,
            [this] { loginWithBrowser(false); });
    connect(&page, &LoginPage::loginWithCodeRequested, this, &LoginController::loginWithCode);
    connect(&page, &LoginPage::cancelRequested, this, [this] {
        cancel();
        emit cancelled();
    });
    connect(&page, &LoginPage::openUrlRequested, this, [this](const QUrl& url) {
        if (!m_opener.open(url))
            m_page.showError(tr("Your browser could not be opened. Open the link yourself."));
    });
    connect(&page, &LoginPage::inAppAuthorizeRequested, this,
            [this] { emit inAppAuthorizeRequested(authorizeUrl()); });
    connect(&session, &AuthSession::signInFailed, this, &LoginController::showFailure);
}

LoginController::~LoginController() = default;

QUrl LoginController::authorizeUrl() const {
    return m_browserFlow ? m_browserFlow->authorizeUrl() : QUrl();
}

void LoginController::authorizeOwnChannel() {
    loginWithBrowser(true);
}

void LoginController::loginWithBrowser(bool ownChannelEvents) {
    cancel();
    const AuthSession::AuthorizationRequest request = m_session.authorizationFor(ownChannelEvents);
    LoopbackLoginFlow::Options options;
    options.endpoints = m_endpoints;
    options.scopes = request.scopes;
    options.forceVerify = request.forceVerify;
    auto* flow = new LoopbackLoginFlow(options, m_opener, this);
    m_browserFlow = flow;
    connect(flow, &LoopbackLoginFlow::succeeded, this, [this, flow](const TokenGrant& grant) {
        flow->deleteLater();
        m_page.showSigningIn();
        m_session.acceptGrant(grant);
    });
    connect(flow, &LoopbackLoginFlow::failed, this, [this, flow](const AuthError& error) {
        flow->deleteLater();
        showFailure(error);
    });
    auto browserOpened = std::make_shared<bool>(true);
    connect(flow, &LoopbackLoginFlow::browserUnavailable, this, [this, flow, browserOpened] {
        *browserOpened = false;
        m_page.showWaitingForBrowser(flow->authorizeUrl(), false);
    });
    connect(flow, &LoopbackLoginFlow::callbackRefused, this, [](const AuthError& error) {
        qCWarning(lcAuth).noquote() << "A login callback was refused:" << error.message;
    });
    flow->start();
    // start() reports a port in use (failed) or a missing browser before it
    // returns; otherwise the browser is on Twitch's page now.
    if (m_browserFlow && m_browserFlow->isWaiting())
        m_page.showWaitingForBrowser(m_browserFlow->authorizeUrl(), *browserOpened);
}

void LoginController::loginWithCode() {
    cancel();
    auto* flow = new DeviceCodeFlow(m_oauth, m_endpoints.clientId, this);
    m_codeFlow = flow;
    connect(flow, &DeviceCodeFlow::codeReady, this,
            [this, flow](const QString& userCode, const QUrl& verificationUri) {
                m_page.showDeviceCode(userCode, verificationUri, flow->expiresAt());
            });
    connect(flow, &DeviceCodeFlow::succeeded, this, [this, flow](const TokenGrant& grant) {
        flow->deleteLater();
        m_page.showSigningIn();
        m_session.acceptGrant(grant);
    });
    connect(flow, &DeviceCodeFlow::failed, this, [this, flow](const AuthError& error) {
        flow->deleteLater();
        showFailure(error);
    });
    m_page.showSigningIn();
    flow->start(m_session.authorizationFor(false).scopes);
}

void LoginController::cancel() {
    if (m_browserFlow) {
        m_browserFlow->disconnect(this);
        m_browserFlow->cancel();
        m_browserFlow->deleteLater();
    }
    if (m_codeFlow) {
        m_codeFlow->disconnect(this);
        m_codeFlow->cancel();
        m_codeFlow->deleteLater();
    }
    m_page.showReady();
}

void LoginController::showFailure(const AuthError& error) {
    // A cancel in the app is no error; everything else is said as it is.
    if (error.kind == AuthError::Kind::Cancelled && error.message.isEmpty())
        m_page.showReady();
    else
        m_page.showError(error.message);
}

} // namespace streamside::ui
