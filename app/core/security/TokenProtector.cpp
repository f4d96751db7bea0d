#include "core/security/TokenProtector.h"

#include <sodium.h>

namespace streamside {

namespace {
bool sodiumReady() {
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

QByteArray TokenProtector::generateKey() {
    QByteArray key(keySize, Qt::Uninitialized);
    if (!sodiumReady())
        return {};
    randombytes_buf(key.data(), size_t(key.size()));
    return key;
}

void TokenProtector::setKey(const QByteArray& key) {
    m_key = (key.size() == keySize && sodiumReady()) ? key : QByteArray();
}

TokenProtector::Sealed TokenProtector::seal(const QString& secret) const {
    const QByteArray plain = secret.toUtf8();
    if (m_key.isEmpty())
        return {plain, QLatin1String(plainScheme)};
    // nonce || MAC || ciphertext; a fresh random nonce per value.
    QByteArray sealed(int(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES) + plain.size(),
                      Qt::Uninitialized);
    auto* nonce = reinterpret_cast<unsigned char*>(sealed.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES,
                          reinterpret_cast<const unsigned char*>(plain.constData()),
                          quint64(plain.size()), nonce,
                          reinterpret_cast<const unsigned char*>(m_key.constData()));
    return {sealed, QLatin1String(encryptedScheme)};
}

std::optional<QString> TokenProtector::open(const QByteArray& data, const QString& scheme) const {
    if (scheme == QLatin1String(plainScheme))
        return QString::fromUtf8(data);
    if (scheme != QLatin1String(encryptedScheme) || m_key.isEmpty())
        return std::nullopt;
    const int overhead = int(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES);
    if (data.size() < overhead)
        return std::nullopt;
    QByteArray plain(data.size() - overhead, Qt::Uninitialized);
    const auto* nonce = reinterpret_cast<const unsigned char*>(data.constData());
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(plain.data()),
                                   nonce + crypto_secretbox_NONCEBYTES,
                                   quint64(data.size()) - crypto_secretbox_NONCEBYTES, nonce,
                                   reinterpret_cast<const unsigned char*>(m_key.constData())) != 0)
        return std::nullopt;
    return QString::fromUtf8(plain);
}

} // namespace streamside
