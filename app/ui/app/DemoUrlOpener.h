#pragma once

#include "ui/app/DesktopUrlOpener.h"

namespace streamside::ui {

// The demo's browser: the system browser, with the simulator's consent page
// told to approve by itself after a moment, so that any browser completes
// the real login flow without a person.
class DemoUrlOpener : public DesktopUrlOpener {
public:
    static constexpr int autoApproveSeconds = 2;

    bool open(const QUrl& url) override;
    static QUrl withAutoApprove(const QUrl& url);
};

} // namespace streamside::ui
