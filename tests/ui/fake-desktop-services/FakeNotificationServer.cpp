#include "FakeNotificationServer.h"

#include "CallLog.h"

#include <QJsonArray>

namespace streamside::fakedesktop {

uint FakeNotificationServer::Notify(const QString& appName, uint replacesId, const QString& appIcon,
                                    const QString& summary, const QString& body,
                                    const QStringList& actions, const QVariantMap& hints,
                                    int expireTimeout) {
    // Like a real daemon: a replacement keeps its id, anything else gets the
    // next one (never 0).
    const uint id = replacesId != 0 && m_open.contains(replacesId) ? replacesId : ++m_lastId;
    m_open.insert(id);
    CallLog::write({{"call", "Notify"},
                    {"id", qint64(id)},
                    {"app", appName},
                    {"replaces", qint64(replacesId)},
                    {"icon", appIcon},
                    {"title", summary},
                    {"body", body},
                    {"actions", QJsonArray::fromStringList(actions)},
                    {"hints", QJsonArray::fromStringList(hints.keys())},
                    {"timeout", expireTimeout}});
    return id;
}

void FakeNotificationServer::CloseNotification(uint id) {
    CallLog::write({{"call", "CloseNotification"}, {"id", qint64(id)}});
    close(id, 3); // closed by a call to CloseNotification
}

QStringList FakeNotificationServer::GetCapabilities() {
    CallLog::write({{"call", "GetCapabilities"}});
    return {QStringLiteral("actions"), QStringLiteral("body")};
}

QString FakeNotificationServer::GetServerInformation(QString& vendor, QString& version,
                                                     QString& specVersion) {
    CallLog::write({{"call", "GetServerInformation"}});
    vendor = QStringLiteral("Streamside tests");
    version = QStringLiteral("1");
    specVersion = QStringLiteral("1.2");
    return QStringLiteral("fake-desktop-services");
}

void FakeNotificationServer::invokeAction(uint id, const QString& actionKey) {
    emit ActionInvoked(id, actionKey);
}

void FakeNotificationServer::close(uint id, uint reason) {
    if (m_open.remove(id))
        emit NotificationClosed(id, reason);
}

} // namespace streamside::fakedesktop
