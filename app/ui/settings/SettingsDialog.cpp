#include "ui/settings/SettingsDialog.h"

#include "core/app/Languages.h"
#include "ui/settings/LiveAlertsSection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace streamside::ui {

SettingsDialog::SettingsDialog(const State& state, QWidget* parent)
    : QDialog(parent)
    , m_ownChannel(new QCheckBox(tr("Full events for my own channel"), this))
    , m_startAtLogin(new QCheckBox(tr("Start Streamside when I log in"), this))
    , m_language(new QComboBox(this)) {
    m_language->setObjectName(QStringLiteral("language"));
    // Named by the language the app then shows: the system's when shipped,
    // English otherwise (and for the C locale, which has no name).
    //: The language setting's first choice; %1 is the system's language, by its own name.
    m_language->addItem(
        tr("System default (%1)").arg(nativeLanguageName(shippedLanguageFor(QLocale::system()))),
        QString());
    // Each language by its own name: whoever cannot read the current one
    // still finds theirs.
    for (const QString& language : shippedLanguages())
        m_language->addItem(nativeLanguageName(language), language);
    m_language->setCurrentIndex(std::max(0, m_language->findData(state.language)));
    auto* languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    m_startAtLogin->setObjectName(QStringLiteral("startAtLogin"));
    m_startAtLogin->setChecked(state.startAtLogin);
    m_startAtLogin->setToolTip(tr("Starts in the tray (or minimized) when you log in to your "
                                  "desktop, so you never miss a favourite going live."));
    setWindowTitle(tr("Settings"));
    setMinimumWidth(520);
    m_ownChannel->setChecked(state.ownChannelEvents);
    m_ownChannel->setObjectName(QStringLiteral("ownChannelEvents"));
    auto* ownChannelHelp = new QLabel(
        tr("Follows, subscriptions, cheers, channel-point redemptions, hype trains, polls, "
           "predictions, goals, charity and ad breaks of your own channel. Twitch asks you for "
           "this permission separately."),
        this);
    ownChannelHelp->setWordWrap(true);

    auto* storage = new QLabel(this);
    storage->setObjectName(QStringLiteral("credentialStorage"));
    storage->setWordWrap(true);
    if (state.tokensEncrypted) {
        storage->setText(tr("Your Twitch login is stored encrypted, with its key in your "
                            "system keychain."));
    } else {
        storage->setText(tr("<b>No system keychain was available</b>: your Twitch login is "
                            "stored unencrypted, in a file only your user account can read. "
                            "(%1)")
                             .arg(state.keychainProblem.toHtmlEscaped()));
    }
    auto* clientId = new QLabel(state.clientId.isEmpty() ? tr("none") : state.clientId, this);
    clientId->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->addRow(tr("Twitch application:"), clientId);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* languageForm = new QFormLayout;
    languageForm->addRow(languageLabel, m_language);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(languageForm);
    layout->addSpacing(12);
    layout->addWidget(m_ownChannel);
    layout->addWidget(ownChannelHelp);
    layout->addSpacing(12);
    layout->addWidget(m_startAtLogin);
    layout->addSpacing(12);
    layout->addWidget(new LiveAlertsSection(state.liveTracker, state.favourites, this));
    layout->addSpacing(12);
    layout->addWidget(storage);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
}

bool SettingsDialog::ownChannelEvents() const {
    return m_ownChannel->isChecked();
}

QString SettingsDialog::language() const {
    return m_language->currentData().toString();
}

bool SettingsDialog::startAtLogin() const {
    return m_startAtLogin->isChecked();
}

} // namespace streamside::ui
