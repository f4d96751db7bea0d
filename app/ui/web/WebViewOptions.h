#pragma once

#include <QString>
#include <QStringList>

namespace streamside::ui {

// How a web view is set up. The views are locked down: they stay on the hosts
// named here (Twitch's player and chat hosts, or the simulator's), every
// other link opens in the system browser, and no JavaScript bridge into the
// app exists.
struct WebViewOptions {
    QString profileName;      // a persistent, named profile: a chat login survives restarts
    QString storagePath;      // where that profile keeps cookies and cache
    QStringList allowedHosts; // host names the view may navigate to (plus their subdomains)
    QString acceptLanguage;   // e.g. "de-DE,de;q=0.9" (empty: the default)
};

} // namespace streamside::ui
