#pragma once

#include <QString>

namespace streamside {

// Where toasts go: the tray's balloon, the desktop's notification service, or
// a recorder in the tests. The channel id travels with the toast so that a
// click can open that channel.
class NotificationSink {
public:
    virtual ~NotificationSink() = default;
    virtual void show(const QString& title, const QString& body, const QString& channelId) = 0;
};

} // namespace streamside
