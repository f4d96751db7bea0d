#pragma once

#include <QIcon>

namespace streamside::ui {

// The tray icon with the number of unread events drawn on it: a red badge in
// the lower right corner ("99+" beyond 99). Without unread events the icon is
// the plain app icon.
class TrayIconPainter {
public:
    static QIcon withUnreadCount(const QIcon& base, int count);
};

} // namespace streamside::ui
