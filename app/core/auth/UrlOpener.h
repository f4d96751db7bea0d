#pragma once

#include <QUrl>

namespace streamside {

// Opens a URL in the user's browser. The app's implementation lives in the
// UI (QDesktopServices needs Qt Gui); tests put a headless browser engine in
// its place, the demo one that approves by itself.
class UrlOpener {
public:
    virtual ~UrlOpener() = default;
    // Returns false when no browser could be asked to open it.
    virtual bool open(const QUrl& url) = 0;
};

} // namespace streamside
