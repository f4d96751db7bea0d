#pragma once

#include "ui/widgets/RetranslatedTexts.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTimer;

namespace streamside::ui {

class EmptyStateWidget;

// The application's one window. Remembers its geometry in the profile's
// config folder.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // stateFile: the INI file that keeps the window's geometry and layout.
    explicit MainWindow(const QString& stateFile, bool demoProfile, QWidget* parent = nullptr);

    QAction* quitAction() const { return m_quitAction; }
    QAction* addFavouriteAction() const { return m_addFavourite; }
    QAction* removeFavouriteAction() const { return m_removeFavourite; }
    QAction* favouriteNotificationsAction() const { return m_favouriteNotifications; }
    QAction* nextFavouriteAction() const { return m_nextFavourite; }
    QAction* previousFavouriteAction() const { return m_previousFavourite; }
    QAction* focusChatAction() const { return m_focusChat; }
    QAction* toggleEventsAction() const { return m_toggleEvents; }
    QAction* settingsAction() const { return m_settings; }
    QAction* logOutAction() const { return m_logOut; }
    EmptyStateWidget* emptyState() const { return m_emptyState; }

    // The pages of the window (login, the favourites and streamer page ...):
    // added once, shown one at a time. The message page is always there.
    void addPage(QWidget* page);
    void showPage(QWidget* page);
    QWidget* currentPage() const;
    void showMessage(const QString& heading, const QString& text);
    // The message page's texts, whether it shows or not.
    void setMessage(const QString& heading, const QString& text);

    // The status area: who is signed in, and the live connection's state.
    void setAccountText(const QString& text);
    void setConnectionText(const QString& text, bool healthy);
    QString connectionText() const;

    // A splitter whose sizes are kept with the window's state.
    void rememberSplitter(QSplitter* splitter, const QString& key);
    QString lastChannel() const;
    // Kept with the window's state: written when switching has paused for
    // lastChannelWriteDelayMs, and with the rest of the state on close and
    // quit, not on every switch (see setLastChannel()).
    void setLastChannel(const QString& login);
    static constexpr int lastChannelWriteDelayMs = 2000;
    // Actions that need a signed-in user (favourites, chat, log out).
    void setSignedInActionsEnabled(bool enabled);

    void saveWindowState() const;

signals:
    // The user asked to quit the application (not merely to close the window).
    void quitRequested();
    // The language was switched and the window's own texts set again: the
    // texts others set from their state are due again too.
    void languageChanged();

protected:
    bool event(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createMenus();
    void retranslateUi();
    void restoreWindowState();
    void showAbout();
    void writeLastChannel();

    // Declared first: event() reads it, and building the members below sends
    // this window ChildAdded events before later members are initialised.
    bool m_painted = false;
    QString m_stateFile;
    QStackedWidget* m_pages;
    EmptyStateWidget* m_emptyState;
    QLabel* m_accountLabel;
    QLabel* m_connectionLabel;
    QAction* m_quitAction = nullptr;
    QAction* m_addFavourite = nullptr;
    QAction* m_removeFavourite = nullptr;
    QAction* m_favouriteNotifications = nullptr;
    QAction* m_nextFavourite = nullptr;
    QAction* m_previousFavourite = nullptr;
    QAction* m_focusChat = nullptr;
    QAction* m_toggleEvents = nullptr;
    QAction* m_settings = nullptr;
    QAction* m_logOut = nullptr;
    QList<QPair<QSplitter*, QString>> m_splitters;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    RetranslatedTexts m_texts;
    QString m_lastChannel; // set since the window opened; empty: as in the file
    QTimer* m_lastChannelWrite;
};

} // namespace streamside::ui
