#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace streamside::fakedesktop {

// org.kde.StatusNotifierWatcher with a host registered: what a desktop with a
// StatusNotifierItem tray (KDE, GNOME with AppIndicator, ...) offers, and what
// Qt asks for before it says a tray exists. Registrations are written to the
// CallLog.
class FakeStatusNotifierWatcher : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.kde.StatusNotifierWatcher")
    Q_PROPERTY(bool IsStatusNotifierHostRegistered READ isHostRegistered)
    Q_PROPERTY(QStringList RegisteredStatusNotifierItems READ registeredItems)
    Q_PROPERTY(int ProtocolVersion READ protocolVersion)
public:
    using QObject::QObject;

    bool isHostRegistered() const { return true; }
    QStringList registeredItems() const { return m_items; }
    int protocolVersion() const { return 0; }

public slots:
    void RegisterStatusNotifierItem(const QString& service);
    void RegisterStatusNotifierHost(const QString& service);

signals:
    void StatusNotifierItemRegistered(const QString& service);
    void StatusNotifierItemUnregistered(const QString& service);
    void StatusNotifierHostRegistered();

private:
    QStringList m_items;
};

} // namespace streamside::fakedesktop
