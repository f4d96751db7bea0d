#pragma once

#include "core/security/KeyStore.h"

namespace streamside::ui {

// The demo's tokens are the simulator's, worth nothing outside it: the demo
// does not ask the system keychain (which could prompt for a password) and
// keeps them unencrypted in its own profile, saying so like any keychain-less
// machine.
class DemoKeyStore : public KeyStore {
    Q_OBJECT
public:
    using KeyStore::KeyStore;
    void fetchOrCreateKey() override;
};

} // namespace streamside::ui
