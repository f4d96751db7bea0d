#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace streamside::fakedesktop {

// org.freedesktop.Notifications as a desktop's notification daemon offers it
// (Desktop Notifications Specification 1.2), showing nothing: every call is
// written to the CallLog. The test plays the user through actionInvoked()
// and closed().
class FakeNotificationServer : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    using QObject::QObject;

    // As if the user clicked an action of notification `id`.
    void invokeAction(uint id, const QString& actionKey);
    // As if notification `id` went away (reason 1 expired, 2 dismissed).
    void close(uint id, uint reason);

public slots:
    uint Notify(const QString& appName, uint replacesId, const QString& appIcon,
                const QString& summary, const QString& body, const QStringList& actions,
                const QVariantMap& hints, int expireTimeout);
    void CloseNotification(uint id);
    QStringList GetCapabilities();
    QString GetServerInformation(QString& vendor, QString& version, QString& specVersion);

signals:
    void NotificationClosed(uint id, uint reason);
    void ActionInvoked(uint id, const QString& actionKey);

private:
    uint m_lastId = 0;
    QSet<uint> m_open;
};

} // namespace streamside::fakedesktop
