#include "ui/tray/TrayNotificationSink.h"

#include <QSystemTrayIcon>

namespace streamside::ui {

TrayNotificationSink::TrayNotificationSink(QSystemTrayIcon& icon, QObject* parent)
    : QObject(parent)
    , m_icon(icon) {
    connect(&m_icon, &QSystemTrayIcon::messageClicked, this, [this] {
        if (!m_lastChannelId.isEmpty())
            emit openChannelRequested(m_lastChannelId);
    });
}

void TrayNotificationSink::show(const QString& title, const QString& body,
                                const QString& channelId) {
    m_lastChannelId = channelId;
    m_icon.showMessage(title, body, m_icon.icon());
}

} // namespace streamside::ui
