#pragma once

#include "core/auth/UrlOpener.h"

namespace streamside::ui {

// Opens URLs in the user's default browser (QDesktopServices: xdg-open on
// Linux).
class DesktopUrlOpener : public UrlOpener {
public:
    bool open(const QUrl& url) override;
};

} // namespace streamside::ui
