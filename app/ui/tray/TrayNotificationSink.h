#pragma once

#include "core/notifications/NotificationSink.h"

#include <QObject>
#include <QString>

class QSystemTrayIcon;

namespace streamside::ui {

// Shows the policy's toasts as the tray icon's messages. Qt sends them to the
// desktop's notification service (org.freedesktop.Notifications) when the
// tray icon is a StatusNotifierItem. A click on the message opens the channel
// of the message last shown: QSystemTrayIcon reports clicks without saying
// which message, and only the newest is on screen.
class TrayNotificationSink : public QObject, public NotificationSink {
    Q_OBJECT
public:
    explicit TrayNotificationSink(QSystemTrayIcon& icon, QObject* parent = nullptr);

    void show(const QString& title, const QString& body, const QString& channelId) override;
    QString lastChannelId() const { return m_lastChannelId; }

signals:
    void openChannelRequested(const QString& channelId);

private:
    QSystemTrayIcon& m_icon;
    QString m_lastChannelId;
};

} // namespace streamside::ui
