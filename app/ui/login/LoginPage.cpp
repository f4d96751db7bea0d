#include "ui/login/LoginPage.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace streamside::ui {

namespace {

constexpr int columnWidth = 440;

QLabel* paragraph(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    label->setOpenExternalLinks(false);
    return label;
}

QLabel* heading(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    label->setFont(font);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignHCenter);
    return label;
}

QProgressBar* busyIndicator(QWidget* parent) {
    auto* bar = new QProgressBar(parent);
    bar->setRange(0, 0); // indeterminate: we wait on someone else
    bar->setTextVisible(false);
    bar->setMaximumHeight(6);
    return bar;
}

void setErrorStyle(QLabel* label, bool error) {
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText,
                     error ? QColor(0xd9, 0x30, 0x25)
                           : label->parentWidget()->palette().color(QPalette::WindowText));
    label->setPalette(palette);
}

} // namespace

LoginPage::LoginPage(QWidget* parent)
    : QWidget(parent)
    , m_panels(new QStackedWidget(this)) {
    setObjectName(QStringLiteral("loginPage"));
    auto* logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/streamside.svg")).pixmap(QSize(72, 72)));
    logo->setAlignment(Qt::AlignCenter);

    m_panels->addWidget(createNoClientIdPanel());
    m_panels->addWidget(createReadyPanel());
    m_panels->addWidget(createWaitingPanel());
    m_panels->addWidget(createDeviceCodePanel());
    m_panels->addWidget(createSigningInPanel());

    auto* column = new QWidget(this);
    column->setMaximumWidth(columnWidth);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(logo);
    columnLayout->addSpacing(12);
    columnLayout->addWidget(m_panels);

    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 100);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);

    showReady();
}

QWidget* LoginPage::createNoClientIdPanel() {
    auto* panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("no-client-id"));
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(
        withText(heading(QString(), panel), [] { return tr("Connect Streamside to Twitch"); }));
    layout->addWidget(withText(paragraph(QString(), panel), [] {
        return tr("Streamside needs the client id of an application registered with Twitch. "
                  "Register one in the Twitch developer console with the OAuth redirect URL "
                  "<b>http://localhost:17563</b> and the client type <b>Public</b>, then paste "
                  "its client id here.");
    }));
    m_clientIdField = new QLineEdit(panel);
    m_clientIdField->setObjectName(QStringLiteral("clientIdField"));
    m_texts.set([this] { m_clientIdField->setPlaceholderText(tr("Client id")); });
    m_texts.set([this] { m_clientIdField->setAccessibleName(tr("Twitch client id")); });
    m_noClientIdProblem = paragraph(QString(), panel);
    m_noClientIdProblem->hide();
    setErrorStyle(m_noClientIdProblem, true);
    auto* save = withText(new QPushButton(panel), [] { return tr("Save and continue"); });
    save->setDefault(true);
    save->setEnabled(false);
    connect(m_clientIdField, &QLineEdit::textChanged, save,
            [save](const QString& text) { save->setEnabled(!text.trimmed().isEmpty()); });
    auto submit = [this] {
        if (!m_clientIdField->text().trimmed().isEmpty())
            emit clientIdEntered(m_clientIdField->text().trimmed());
    };
    connect(save, &QPushButton::clicked, this, submit);
    connect(m_clientIdField, &QLineEdit::returnPressed, this, submit);
    auto* demo = withText(new QPushButton(panel), [] { return tr("Try the demo instead"); });
    demo->setFlat(true);
    connect(demo, &QPushButton::clicked, this, &LoginPage::demoRequested);
    layout->addSpacing(8);
    layout->addWidget(m_clientIdField);
    layout->addWidget(m_noClientIdProblem);
    layout->addWidget(save);
    layout->addWidget(demo);
    return panel;
}

QWidget* LoginPage::createReadyPanel() {
    auto* panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("ready"));
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(withText(heading(QString(), panel), [] { return tr("Log in with Twitch"); }));
    m_readyNotice = paragraph(QString(), panel);
    m_readyNotice->setObjectName(QStringLiteral("loginNotice"));
    m_readyNotice->hide();
    layout->addWidget(m_readyNotice);
    layout->addWidget(withText(paragraph(QString(), panel), [] {
        return tr("Streamside opens Twitch in your browser to ask for your "
                  "permission. It never sees your password.");
    }));
    auto* browser = withText(new QPushButton(panel), [] { return tr("Log in with Twitch"); });
    browser->setObjectName(QStringLiteral("loginWithBrowserButton"));
    browser->setDefault(true);
    browser->setAutoDefault(true);
    connect(browser, &QPushButton::clicked, this, &LoginPage::loginWithBrowserRequested);
    auto* code = withText(new QPushButton(panel), [] { return tr("Use a code instead"); });
    code->setObjectName(QStringLiteral("loginWithCodeButton"));
    connect(code, &QPushButton::clicked, this, &LoginPage::loginWithCodeRequested);
    auto* demo = withText(new QPushButton(panel), [] { return tr("Try the demo"); });
    demo->setFlat(true);
    connect(demo, &QPushButton::clicked, this, &LoginPage::demoRequested);
    layout->addSpacing(8);
    layout->addWidget(browser);
    layout->addWidget(code);
    layout->addWidget(demo);
    return panel;
}

QWidget* LoginPage::createWaitingPanel() {
    auto* panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("waiting-for-browser"));
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(
        withText(heading(QString(), panel), [] { return tr("Continue in your browser"); }));
    m_waitingText = paragraph(QString(), panel);
    layout->addWidget(m_waitingText);
    layout->addWidget(busyIndicator(panel));
    m_authorizeLink = new QLineEdit(panel);
    m_authorizeLink->setReadOnly(true);
    m_texts.set([this] { m_authorizeLink->setAccessibleName(tr("Authorization link")); });
    auto* copy = withText(new QPushButton(panel), [] { return tr("Copy link"); });
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_authorizeLink->text()); });
    auto* linkRow = new QHBoxLayout;
    linkRow->addWidget(m_authorizeLink, 1);
    linkRow->addWidget(copy);
    layout->addLayout(linkRow);
    m_inAppAuthorize = withText(new QPushButton(panel), [] { return tr("Authorize in-app"); });
    m_inAppAuthorize->setObjectName(QStringLiteral("inAppAuthorizeButton"));
    m_inAppAuthorize->hide();
    connect(m_inAppAuthorize, &QPushButton::clicked, this, &LoginPage::inAppAuthorizeRequested);
    layout->addWidget(m_inAppAuthorize);
    auto* cancel = withText(new QPushButton(panel), [] { return tr("Cancel"); });
    cancel->setObjectName(QStringLiteral("cancelLoginButton"));
    connect(cancel, &QPushButton::clicked, this, &LoginPage::cancelRequested);
    layout->addWidget(cancel);
    return panel;
}

QWidget* LoginPage::createDeviceCodePanel() {
    auto* panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("device-code"));
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(withText(heading(QString(), panel), [] { return tr("Log in with a code"); }));
    layout->addWidget(withText(paragraph(QString(), panel), [] {
        return tr("On any device, open the link below, log in to Twitch and enter this code:");
    }));
    m_userCode = new QLabel(panel);
    m_userCode->setObjectName(QStringLiteral("userCode"));
    QFont codeFont = m_userCode->font();
    codeFont.setPointSizeF(codeFont.pointSizeF() * 2.2);
    codeFont.setBold(true);
    codeFont.setLetterSpacing(QFont::AbsoluteSpacing, 3);
    m_userCode->setFont(codeFont);
    m_userCode->setAlignment(Qt::AlignCenter);
    m_userCode->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_texts.set([this] { m_userCode->setAccessibleName(tr("Code to enter")); });
    layout->addWidget(m_userCode);
    auto* copyCode = withText(new QPushButton(panel), [] { return tr("Copy code"); });
    connect(copyCode, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_userCode->text()); });
    layout->addWidget(copyCode);
    m_verificationLink = new QLineEdit(panel);
    m_verificationLink->setReadOnly(true);
    m_texts.set([this] { m_verificationLink->setAccessibleName(tr("Verification link")); });
    auto* open = withText(new QPushButton(panel), [] { return tr("Open"); });
    connect(open, &QPushButton::clicked, this,
            [this] { emit openUrlRequested(m_verificationUrl); });
    auto* linkRow = new QHBoxLayout;
    linkRow->addWidget(m_verificationLink, 1);
    linkRow->addWidget(open);
    layout->addLayout(linkRow);
    m_codeExpiry = paragraph(QString(), panel);
    layout->addWidget(m_codeExpiry);
    layout->addWidget(busyIndicator(panel));
    auto* cancel = withText(new QPushButton(panel), [] { return tr("Cancel"); });
    connect(cancel, &QPushButton::clicked, this, &LoginPage::cancelRequested);
    layout->addWidget(cancel);
    return panel;
}

QWidget* LoginPage::createSigningInPanel() {
    auto* panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("signing-in"));
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(withText(heading(QString(), panel), [] { return tr("Signing in…"); }));
    layout->addWidget(busyIndicator(panel));
    return panel;
}

void LoginPage::showNoClientId(const QString& problem) {
    m_noClientIdProblem->setText(problem);
    m_noClientIdProblem->setVisible(!problem.isEmpty());
    m_panels->setCurrentIndex(0);
    m_clientIdField->setFocus();
}

void LoginPage::showReady(const QString& notice) {
    m_readyNotice->setText(notice);
    m_readyNotice->setVisible(!notice.isEmpty());
    setErrorStyle(m_readyNotice, false);
    m_panels->setCurrentIndex(1);
}

void LoginPage::showError(const QString& message) {
    showReady(message);
    setErrorStyle(m_readyNotice, true);
}

void LoginPage::showWaitingForBrowser(const QUrl& authorizeUrl, bool browserOpened) {
    m_texts.set(QStringLiteral("waiting"), [this, browserOpened] {
        m_waitingText->setText(
            browserOpened ? tr("Twitch opened in your browser. Authorize Streamside there; this "
                               "window continues by itself.")
                          : tr("Your browser could not be opened. Open this link in a browser "
                               "yourself; this window continues by itself."));
    });
    m_authorizeLink->setText(authorizeUrl.toString());
    m_authorizeLink->setCursorPosition(0);
    m_panels->setCurrentIndex(2);
}

void LoginPage::showDeviceCode(const QString& userCode, const QUrl& verificationUrl,
                               const QDateTime& expiresAt) {
    m_userCode->setText(userCode);
    m_verificationUrl = verificationUrl;
    m_verificationLink->setText(verificationUrl.toString());
    m_verificationLink->setCursorPosition(0);
    m_texts.set(QStringLiteral("codeExpiry"), [this, expiresAt] {
        m_codeExpiry->setText(
            tr("The code works until %1.")
                .arg(QLocale().toString(expiresAt.toLocalTime().time(), QLocale::ShortFormat)));
    });
    m_panels->setCurrentIndex(3);
}

void LoginPage::showSigningIn() {
    m_panels->setCurrentIndex(4);
}

void LoginPage::setInAppAuthorizeOffered(bool offered) {
    m_inAppAuthorize->setVisible(offered);
}

void LoginPage::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void LoginPage::retranslateUi() {
    m_texts.retranslate();
}

QString LoginPage::currentStateName() const {
    return m_panels->currentWidget()->objectName();
}

} // namespace streamside::ui
