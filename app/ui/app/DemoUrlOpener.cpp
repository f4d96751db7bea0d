#include "ui/app/DemoUrlOpener.h"

#include <QUrlQuery>

namespace streamside::ui {

QUrl DemoUrlOpener::withAutoApprove(const QUrl& url) {
    if (!url.path().endsWith(QLatin1String("/authorize")))
        return url;
    QUrl approving = url;
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("sim_auto_approve"), QString::number(autoApproveSeconds));
    approving.setQuery(query);
    return approving;
}

bool DemoUrlOpener::open(const QUrl& url) {
    return DesktopUrlOpener::open(withAutoApprove(url));
}

} // namespace streamside::ui
