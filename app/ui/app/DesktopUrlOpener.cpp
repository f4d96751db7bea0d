#include "ui/app/DesktopUrlOpener.h"

#include "core/app/Logging.h"

#include <QDesktopServices>

namespace streamside::ui {

bool DesktopUrlOpener::open(const QUrl& url) {
    // Web addresses only, whoever asks (a web view, an answer from Twitch):
    // through here the system never opens a file or starts another program.
    if ((url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
        url.host().isEmpty()) {
        qCWarning(lcUi).noquote() << "Refused to open a" << url.scheme()
                                  << "address in the browser";
        return false;
    }
    const bool opened = QDesktopServices::openUrl(url);
    if (!opened)
        qCWarning(lcUi) << "No browser could be opened for" << url.host();
    return opened;
}

} // namespace streamside::ui
