#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace streamside {

// A favourite channel and what the user wants to be told about it.
struct Favourite {
    QString channelId;
    QString login;
    QString displayName;
    int position = 0;        // the user's order, from 0
    bool notifyLive = true;  // a notification when it goes live
    QStringList notifyKinds; // event kinds that notify (empty: none)
    QDateTime addedAt;

    bool operator==(const Favourite&) const = default;
};

} // namespace streamside
