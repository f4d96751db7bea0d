#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace streamside {

// Encrypts credentials at rest with libsodium's secretbox (XSalsa20-Poly1305)
// under a key kept in the operating system's keychain. Without a key the
// tokens are stored as they are, in the owner-only database file, and
// isEncrypting() says so (the settings page tells the user).
class TokenProtector {
public:
    static constexpr int keySize = 32;
    static constexpr char encryptedScheme[] = "secretbox-v1";
    static constexpr char plainScheme[] = "none";

    // Generates a random key for a new installation.
    static QByteArray generateKey();

    // An empty key means no keychain: store unencrypted.
    void setKey(const QByteArray& key);
    bool isEncrypting() const { return !m_key.isEmpty(); }

    struct Sealed {
        QByteArray data;
        QString scheme;
    };
    Sealed seal(const QString& secret) const;
    // nullopt when the data cannot be opened: wrong key, no key, or tampered.
    std::optional<QString> open(const QByteArray& data, const QString& scheme) const;

private:
    QByteArray m_key;
};

} // namespace streamside
