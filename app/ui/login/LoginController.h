#pragma once

#include "core/auth/AuthError.h"
#include "core/config/EndpointConfig.h"

#include <QObject>
#include <QPointer>

namespace streamside {
class AuthSession;
class DeviceCodeFlow;
class LoopbackLoginFlow;
class OAuthClient;
class UrlOpener;
} // namespace streamside

namespace streamside::ui {

class LoginPage;

// Runs the login flows for the login screen: the loopback flow in the system
// browser, the device code flow, cancel, and hands the grant to the session.
class LoginController : public QObject {
    Q_OBJECT
public:
    LoginController(LoginPage& page, AuthSession& session, OAuthClient& oauth, UrlOpener& opener,
                    EndpointConfig endpoints, QObject* parent = nullptr);
    ~LoginController() override;

    // Asks for the own-channel scopes as a second authorization.
    void authorizeOwnChannel();
    // The URL of the browser login in progress (for "Authorize in-app").
    QUrl authorizeUrl() const;

signals:
    // The demo shows this URL inside the app.
    void inAppAuthorizeRequested(const QUrl& url);
    // The user cancelled a login in progress.
    void cancelled();

private:
    void loginWithBrowser(bool ownChannelEvents);
    void loginWithCode();
    void cancel();
    void showFailure(const AuthError& error);

    LoginPage& m_page;
    AuthSession& m_session;
    OAuthClient& m_oauth;
    UrlOpener& m_opener;
    EndpointConfig m_endpoints;
    QPointer<LoopbackLoginFlow> m_browserFlow;
    QPointer<DeviceCodeFlow> m_codeFlow;
};

} // namespace streamside::ui
