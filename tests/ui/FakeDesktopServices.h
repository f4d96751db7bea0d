#pragma once

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

// The fake-desktop-services process (tests/ui/fake-desktop-services) seen
// from a test: starts it on the session bus, collects the calls it reports,
// and plays the user's clicks on its notifications.
class FakeDesktopServices {
public:
    FakeDesktopServices() = default;
    FakeDesktopServices(const FakeDesktopServices&) = delete;
    FakeDesktopServices& operator=(const FakeDesktopServices&) = delete;
    // Ends the process and waits until its bus names are gone.
    ~FakeDesktopServices();

    // Starts it and waits until it owns its names ("ready"); false (with
    // errorString()) when it does not get there.
    bool start(const QStringList& arguments = {});
    QString errorString() const { return m_error; }

    // The calls reported so far, of one method.
    QList<QJsonObject> calls(const QString& method) const;
    // The Notify calls whose title is `title`.
    QList<QJsonObject> notificationsTitled(const QString& title) const;

    // Commands (see the fake's main.cpp).
    void clickAction(uint id, const QString& actionKey);
    void closeNotification(uint id, uint reason);

private:
    void readLines();
    void send(const QByteArray& command);

    QProcess m_process;
    QList<QJsonObject> m_calls;
    bool m_ready = false;
    QString m_error;
};
