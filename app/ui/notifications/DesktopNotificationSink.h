#pragma once

#include "core/notifications/NotificationSink.h"

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QString>

namespace streamside::ui {

// Shows the policy's toasts through the desktop's notification service
// (org.freedesktop.Notifications) directly, for desktops that have one but no
// tray: there QSystemTrayIcon cannot show messages at all. Each toast carries
// an "Open" default action; the service says which notification was clicked,
// so every click opens its own channel (unlike the tray, which only reports
// "a message" was clicked).
//
// Calls are asynchronous: a slow or hung service never stalls the window.
class DesktopNotificationSink : public QObject, public NotificationSink {
    Q_OBJECT
public:
    static constexpr char serviceName[] = "org.freedesktop.Notifications";
    static constexpr char objectPath[] = "/org/freedesktop/Notifications";

    explicit DesktopNotificationSink(QDBusConnection bus = QDBusConnection::sessionBus(),
                                     QObject* parent = nullptr);

    // Whether the bus has a notification service: one running, or one the
    // bus starts on the first call (asks the bus; never starts one itself).
    static bool isServiceAvailable(QDBusConnection bus = QDBusConnection::sessionBus());

    void show(const QString& title, const QString& body, const QString& channelId) override;

    // The notifications on screen (as far as we know) and their channels.
    QHash<uint, QString> openNotifications() const { return m_channelOf; }

signals:
    void openChannelRequested(const QString& channelId);
    // The service answered a Notify call with this id.
    void notificationShown(uint id, const QString& channelId);

private slots:
    // Old-style slots: QDBusConnection::connect takes only these.
    void onActionInvoked(uint id, const QString& actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    void askCapabilities();

    QDBusConnection m_bus;
    QHash<uint, QString> m_channelOf;
    // Services that announce "body-markup" read the body as markup: a title
    // like "Rust & lofi" must then be escaped to be shown as written.
    bool m_bodyIsMarkup = false;
};

} // namespace streamside::ui
