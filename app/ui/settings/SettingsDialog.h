#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;

namespace streamside {
class FavouritesLiveTracker;
class FavouritesModel;
} // namespace streamside

namespace streamside::ui {

// The few settings Streamside has: the language, the own-channel events (which need a
// second authorization at Twitch), starting at login, how each favourite's
// going live is learnt, and where the login is kept.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    struct State {
        bool ownChannelEvents = false;
        bool startAtLogin = false;
        bool tokensEncrypted = true;
        QString keychainProblem;
        QString clientId;
        QString language; // setting::language: empty follows the system
        // The live alerts shown follow these while the dialog is open; both
        // null when nobody is signed in.
        const FavouritesLiveTracker* liveTracker = nullptr;
        const FavouritesModel* favourites = nullptr;
    };

    explicit SettingsDialog(const State& state, QWidget* parent = nullptr);

    bool ownChannelEvents() const;
    bool startAtLogin() const;
    // The language chosen: a shipped language's file name ("de", "pt_BR"),
    // or empty for the system's.
    QString language() const;

private:
    QCheckBox* m_ownChannel;
    QCheckBox* m_startAtLogin;
    QComboBox* m_language;
};

} // namespace streamside::ui
