#pragma once

#include <QIcon>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QWidget;

namespace streamside {
class FavouritesModel;
class NotificationPolicy;
} // namespace streamside

namespace streamside::ui {

// The tray icon and its menu: Open, the favourites live now, Do not disturb
// (1 hour / until tomorrow / off), Quit; the unread-events count drawn into
// the icon; a left click shows or hides the window. The menu follows the
// favourites model and the policy's Do-not-disturb state.
class TrayController : public QObject {
    Q_OBJECT
public:
    TrayController(QWidget& window, FavouritesModel& favourites, NotificationPolicy& policy,
                   QObject* parent = nullptr);
    ~TrayController() override;

    // Whether the desktop has a tray at all; show() does nothing without one.
    static bool isTrayAvailable();
    void show();

    QSystemTrayIcon& trayIcon() { return *m_tray; }
    QMenu& menu() { return *m_menu; }

    void setUnreadCount(int count);
    int unreadCount() const { return m_unread; }

    // What a left click on the icon does.
    void toggleWindow();
    void showWindow();

signals:
    void openChannelRequested(const QString& channelId);
    void quitRequested();

private:
    void createActions();
    // Sets every text again (at start and on a language switch).
    void retranslate();
    bool eventFilter(QObject* watched, QEvent* event) override;
    void rebuildMenu();
    void updateDoNotDisturb();

    QWidget& m_window;
    FavouritesModel& m_favourites;
    NotificationPolicy& m_policy;
    QIcon m_baseIcon;
    QSystemTrayIcon* m_tray;
    std::unique_ptr<QMenu> m_menu; // a QMenu takes only a widget as parent
    QAction* m_open = nullptr;
    QAction* m_noneLive = nullptr;
    QList<QAction*> m_liveActions;
    QMenu* m_doNotDisturbMenu = nullptr;
    QAction* m_doNotDisturbState = nullptr;
    QAction* m_doNotDisturbHour = nullptr;
    QAction* m_doNotDisturbTomorrow = nullptr;
    QAction* m_doNotDisturbOff = nullptr;
    QAction* m_quit = nullptr;
    int m_unread = 0;
};

} // namespace streamside::ui
