#pragma once

#include "core/security/KeyStore.h"
#include "core/security/TokenProtector.h"

#include <QTimer>

// An in-memory keychain: answers asynchronously like a real one, with a key
// it keeps (so a second Storage gets the same key) or with "unavailable".
class FakeKeyStore : public streamside::KeyStore {
public:
    bool available = true;
    QByteArray key = streamside::TokenProtector::generateKey();
    int requests = 0;

    void fetchOrCreateKey() override {
        ++requests;
        QTimer::singleShot(0, this, [this] {
            if (available)
                emit keyReady(key);
            else
                emit unavailable(QStringLiteral("No D-Bus secret service (fake)"));
        });
    }
};
