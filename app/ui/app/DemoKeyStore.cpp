#include "ui/app/DemoKeyStore.h"

#include <QTimer>

namespace streamside::ui {

void DemoKeyStore::fetchOrCreateKey() {
    QTimer::singleShot(0, this, [this] {
        emit unavailable(tr("The demo keeps the simulator's tokens unencrypted in its own "
                            "profile."));
    });
}

} // namespace streamside::ui
