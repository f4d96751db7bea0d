#pragma once

#include "ui/widgets/RetranslatedTexts.h"

#include <QDateTime>
#include <QUrl>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace streamside::ui {

// The login screen: log in with Twitch in the system browser, or with a
// code, or try the demo. Shows the progress of a login and every error in
// words a viewer understands. It only shows and asks; LoginController
// runs the flows.
class LoginPage : public QWidget {
    Q_OBJECT
public:
    explicit LoginPage(QWidget* parent = nullptr);

    // No Twitch application is configured: explain how to register one and
    // offer a field to paste its client id.
    void showNoClientId(const QString& problem = {});
    // Ready to log in. notice: a line above the buttons (e.g. "Your Twitch
    // session has ended — log in again.").
    void showReady(const QString& notice = {});
    // The browser was asked to open Twitch's authorize page.
    void showWaitingForBrowser(const QUrl& authorizeUrl, bool browserOpened);
    // Device code flow: the code to type at the verification link.
    void showDeviceCode(const QString& userCode, const QUrl& verificationUrl,
                        const QDateTime& expiresAt);
    // Signing in: the token is being checked.
    void showSigningIn();
    // A login failed; the user can try again.
    void showError(const QString& message);

    // The demo offers to show Twitch's page inside the app when no browser
    // could be opened.
    void setInAppAuthorizeOffered(bool offered);

    QString currentStateName() const; // for tests: "no-client-id", "ready", ...

signals:
    void loginWithBrowserRequested();
    void loginWithCodeRequested();
    void cancelRequested();
    void demoRequested();
    void clientIdEntered(const QString& clientId);
    void openUrlRequested(const QUrl& url);
    void inAppAuthorizeRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    // Sets a label's or button's text now and again after a language switch.
    template <typename Widget>
    Widget* withText(Widget* widget, QString (*text)()) {
        m_texts.set([widget, text] { widget->setText(text()); });
        return widget;
    }
    QWidget* createNoClientIdPanel();
    QWidget* createReadyPanel();
    QWidget* createWaitingPanel();
    QWidget* createDeviceCodePanel();
    QWidget* createSigningInPanel();

    QStackedWidget* m_panels;
    QLabel* m_readyNotice = nullptr;
    QLabel* m_noClientIdProblem = nullptr;
    QLineEdit* m_clientIdField = nullptr;
    QLabel* m_waitingText = nullptr;
    QLineEdit* m_authorizeLink = nullptr;
    QPushButton* m_inAppAuthorize = nullptr;
    QLabel* m_userCode = nullptr;
    QLineEdit* m_verificationLink = nullptr;
    QLabel* m_codeExpiry = nullptr;
    QUrl m_verificationUrl;
    RetranslatedTexts m_texts;
};

} // namespace streamside::ui
