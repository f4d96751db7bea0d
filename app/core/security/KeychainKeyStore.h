#pragma once

#include "core/security/KeyStore.h"

namespace streamside {

// The database key in the system keychain through QtKeychain: Secret Service
// (GNOME Keyring, KWallet) on Linux, Keychain on macOS, Credential Manager on
// Windows.
class KeychainKeyStore : public KeyStore {
    Q_OBJECT
public:
    // entryName distinguishes profiles (the demo has its own key).
    explicit KeychainKeyStore(QString entryName, QObject* parent = nullptr);

    void fetchOrCreateKey() override;

    static constexpr char serviceName[] = "Streamside";

private:
    void storeNewKey();

    QString m_entryName;
};

} // namespace streamside
