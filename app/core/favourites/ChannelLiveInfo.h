#pragma once

#include <QDateTime>
#include <QString>

namespace streamside {

// What the sidebar shows of a favourite while it is live.
struct ChannelLiveInfo {
    bool live = false;
    int viewerCount = 0;
    QString title;
    QString gameName;
    QDateTime startedAt;

    bool operator==(const ChannelLiveInfo&) const = default;
};

} // namespace streamside
