#include "ui/tray/TrayController.h"

#include "core/favourites/FavouritesModel.h"
#include "core/notifications/NotificationPolicy.h"
#include "ui/tray/TrayIconPainter.h"

#include <QAction>
#include <QEvent>
#include <QLocale>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidget>

namespace streamside::ui {

TrayController::TrayController(QWidget& window, FavouritesModel& favourites,
                               NotificationPolicy& policy, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_favourites(favourites)
    , m_policy(policy)
    , m_baseIcon(QStringLiteral(":/icons/streamside.svg"))
    , m_tray(new QSystemTrayIcon(m_baseIcon, this))
    , m_menu(std::make_unique<QMenu>()) {
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_tray->setContextMenu(m_menu.get());
    m_tray->setToolTip(tr("Streamside"));
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger)
                    toggleWindow();
            });
    connect(&m_favourites, &FavouritesModel::modelReset, this, &TrayController::rebuildMenu);
    connect(&m_favourites, &FavouritesModel::layoutChanged, this, &TrayController::rebuildMenu);
    connect(&m_favourites, &FavouritesModel::dataChanged, this, &TrayController::rebuildMenu);
    connect(&m_favourites, &FavouritesModel::rowsInserted, this, &TrayController::rebuildMenu);
    connect(&m_favourites, &FavouritesModel::rowsRemoved, this, &TrayController::rebuildMenu);
    connect(&m_favourites, &FavouritesModel::rowsMoved, this, &TrayController::rebuildMenu);
    connect(&m_policy, &NotificationPolicy::doNotDisturbChanged, this,
            &TrayController::updateDoNotDisturb);
    // Do-not-disturb ends by itself; the menu must not claim it still holds.
    connect(m_menu.get(), &QMenu::aboutToShow, this, &TrayController::updateDoNotDisturb);
    createActions();
    m_menu->installEventFilter(this);
    retranslate();
}

TrayController::~TrayController() = default;

bool TrayController::isTrayAvailable() {
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayController::show() {
    if (isTrayAvailable())
        m_tray->show();
}

void TrayController::setUnreadCount(int count) {
    m_unread = qMax(0, count);
    m_tray->setIcon(TrayIconPainter::withUnreadCount(m_baseIcon, m_unread));
    if (m_unread == 0) {
        m_tray->setToolTip(tr("Streamside"));
        return;
    }
    //: The tray icon's tooltip; %Ln is the number of unread events
    m_tray->setToolTip(tr("Streamside: %Ln unread event(s)", nullptr, m_unread));
}

void TrayController::toggleWindow() {
    if (m_window.isVisible() && !m_window.isMinimized())
        m_window.hide();
    else
        showWindow();
}

void TrayController::showWindow() {
    m_window.showNormal();
    m_window.raise();
    m_window.activateWindow();
}

void TrayController::createActions() {
    // These actions belong to the controller, not to the menu: rebuilding the
    // menu (which one of them may have caused) never deletes them.
    m_open = new QAction(this);
    m_open->setObjectName(QStringLiteral("trayOpen"));
    connect(m_open, &QAction::triggered, this, &TrayController::showWindow);

    m_noneLive = new QAction(this);
    m_noneLive->setEnabled(false);

    m_doNotDisturbMenu = new QMenu(m_menu.get());
    m_doNotDisturbMenu->setObjectName(QStringLiteral("trayDoNotDisturb"));
    m_doNotDisturbState = m_doNotDisturbMenu->addAction(QString());
    m_doNotDisturbState->setEnabled(false);
    m_doNotDisturbMenu->addSeparator();
    m_doNotDisturbHour = m_doNotDisturbMenu->addAction(
        QString(), &m_policy, &NotificationPolicy::setDoNotDisturbForOneHour);
    m_doNotDisturbHour->setObjectName(QStringLiteral("trayDndHour"));
    m_doNotDisturbTomorrow = m_doNotDisturbMenu->addAction(
        QString(), &m_policy, &NotificationPolicy::setDoNotDisturbUntilTomorrowMorning);
    m_doNotDisturbTomorrow->setObjectName(QStringLiteral("trayDndTomorrow"));
    m_doNotDisturbOff =
        m_doNotDisturbMenu->addAction(QString(), &m_policy, &NotificationPolicy::clearDoNotDisturb);
    m_doNotDisturbOff->setObjectName(QStringLiteral("trayDndOff"));

    m_quit = new QAction(this);
    m_quit->setObjectName(QStringLiteral("trayQuit"));
    connect(m_quit, &QAction::triggered, this, &TrayController::quitRequested);
}

void TrayController::retranslate() {
    m_open->setText(tr("Open Streamside"));
    m_noneLive->setText(tr("No favourite is live"));
    m_doNotDisturbMenu->setTitle(tr("Do not disturb"));
    m_doNotDisturbHour->setText(tr("For 1 hour"));
    m_doNotDisturbTomorrow->setText(tr("Until tomorrow"));
    m_doNotDisturbOff->setText(tr("Off"));
    m_quit->setText(tr("Quit Streamside"));
    setUnreadCount(m_unread); // the tooltip
    rebuildMenu();
}

bool TrayController::eventFilter(QObject* watched, QEvent* event) {
    // The menu is a top-level widget: it hears of a language switch.
    if (watched == m_menu.get() && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void TrayController::updateDoNotDisturb() {
    const bool active = m_policy.isDoNotDisturbActive();
    //: %1 is a date and time
    m_doNotDisturbState->setText(
        active ? tr("On until %1")
                     .arg(QLocale().toString(m_policy.doNotDisturbUntil(), QLocale::ShortFormat))
               : tr("Off"));
    m_doNotDisturbOff->setEnabled(active);
}

void TrayController::rebuildMenu() {
    updateDoNotDisturb();
    // Removed from the menu now, deleted once whatever signal led here is over.
    for (QAction* old : std::as_const(m_liveActions))
        old->deleteLater();
    m_liveActions.clear();
    m_menu->clear();

    m_menu->addAction(m_open);
    m_menu->addSection(tr("Live now"));
    for (const QString& channelId : m_favourites.channelIds()) {
        const QModelIndex index = m_favourites.index(m_favourites.rowOf(channelId));
        if (!index.data(FavouritesModel::LiveRole).toBool())
            continue;
        QString name = index.data(FavouritesModel::DisplayNameRole).toString();
        if (name.isEmpty())
            name = index.data(FavouritesModel::LoginRole).toString();
        const QString game = index.data(FavouritesModel::GameRole).toString();
        //: %1 is a channel, %2 what it is playing
        auto* live = new QAction(game.isEmpty() ? name : tr("%1 (%2)").arg(name, game), this);
        live->setObjectName(QStringLiteral("trayLive:") + channelId);
        connect(live, &QAction::triggered, this, [this, channelId] {
            showWindow();
            emit openChannelRequested(channelId);
        });
        m_liveActions.append(live);
        m_menu->addAction(live);
    }
    if (m_liveActions.isEmpty())
        m_menu->addAction(m_noneLive);
    m_menu->addSeparator();
    m_menu->addMenu(m_doNotDisturbMenu);
    m_menu->addSeparator();
    m_menu->addAction(m_quit);
}

} // namespace streamside::ui
