#include "ui/notifications/DesktopNotificationSink.h"

#include "core/BuildInfo.h"
#include "core/app/Logging.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusReply>
#include <QStringList>
#include <QVariantMap>

namespace streamside::ui {

namespace {

const QString interfaceName = QLatin1String(DesktopNotificationSink::serviceName);
const QString defaultAction = QStringLiteral("default");

} // namespace

DesktopNotificationSink::DesktopNotificationSink(QDBusConnection bus, QObject* parent)
    : QObject(parent)
    , m_bus(std::move(bus)) {
    const QString service = QLatin1String(serviceName);
    const QString path = QLatin1String(objectPath);
    m_bus.connect(service, path, interfaceName, QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(service, path, interfaceName, QStringLiteral("NotificationClosed"), this,
                  SLOT(onNotificationClosed(uint, uint)));
    askCapabilities();
}

bool DesktopNotificationSink::isServiceAvailable(QDBusConnection bus) {
    if (!bus.isConnected() || !bus.interface())
        return false;
    const QString name = QLatin1String(serviceName);
    const QDBusReply<bool> owned = bus.interface()->isServiceRegistered(name);
    if (owned.isValid() && owned.value())
        return true;
    // Many notification daemons (dunst, mako, xfce4-notifyd, ...) are started
    // by the bus on the first call: installed, they count as there.
    const QDBusReply<QStringList> activatable = bus.interface()->activatableServiceNames();
    return activatable.isValid() && activatable.value().contains(name);
}

void DesktopNotificationSink::askCapabilities() {
    const QDBusMessage call =
        QDBusMessage::createMethodCall(QLatin1String(serviceName), QLatin1String(objectPath),
                                       interfaceName, QStringLiteral("GetCapabilities"));
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this](QDBusPendingCallWatcher* finished) {
                finished->deleteLater();
                const QDBusPendingReply<QStringList> reply = *finished;
                if (reply.isValid())
                    m_bodyIsMarkup = reply.value().contains(QStringLiteral("body-markup"));
            });
}

void DesktopNotificationSink::show(const QString& title, const QString& body,
                                   const QString& channelId) {
    QDBusMessage call =
        QDBusMessage::createMethodCall(QLatin1String(serviceName), QLatin1String(objectPath),
                                       interfaceName, QStringLiteral("Notify"));
    const QStringList actions{defaultAction, tr("Open")};
    // The desktop entry lets the service show the app's name and icon and
    // group its toasts; the icon is named after it too (packaging/linux).
    const QString appId = QLatin1String(build::appId);
    const QVariantMap hints{{QStringLiteral("urgency"), QVariant::fromValue(uchar(1))}, // normal
                            {QStringLiteral("desktop-entry"), appId}};
    call.setArguments({QStringLiteral("Streamside"), uint(0), appId, title,
                       m_bodyIsMarkup ? body.toHtmlEscaped() : body, actions, hints,
                       int(-1) /* the service's default timeout */});
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, channelId](QDBusPendingCallWatcher* finished) {
                finished->deleteLater();
                const QDBusPendingReply<uint> reply = *finished;
                if (!reply.isValid()) {
                    qCWarning(lcUi).noquote()
                        << "The desktop's notification service refused a notification:"
                        << reply.error().message();
                    return;
                }
                m_channelOf.insert(reply.value(), channelId);
                emit notificationShown(reply.value(), channelId);
            });
}

void DesktopNotificationSink::onActionInvoked(uint id, const QString& actionKey) {
    // Every app's notifications raise this signal: only ours are in the map.
    const auto it = m_channelOf.constFind(id);
    if (it == m_channelOf.constEnd() || actionKey != defaultAction)
        return;
    emit openChannelRequested(it.value());
}

void DesktopNotificationSink::onNotificationClosed(uint id, uint /*reason*/) {
    m_channelOf.remove(id);
}

} // namespace streamside::ui
