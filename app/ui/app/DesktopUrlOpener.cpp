#include "ui/app/DesktopUrlOpener.h"

#include "core/app/Logging.h"

#include <QDesktopServices>

namespace streamside::ui {

bool DesktopUrlOpener::open(const QUrl& url) {
    const bool opened = QDesktopServices::openUrl(url);
    if (!opened)
        qCWarning(lcUi) << "No browser could be opened for" << url.host();
    return opened;
}

} // namespace streamside::ui
