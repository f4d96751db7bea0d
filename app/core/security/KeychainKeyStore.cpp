#include "core/security/KeychainKeyStore.h"

#include "core/app/Logging.h"
#include "core/security/TokenProtector.h"

#include <qt6keychain/keychain.h>

namespace streamside {

KeychainKeyStore::KeychainKeyStore(QString entryName, QObject* parent)
    : KeyStore(parent)
    , m_entryName(std::move(entryName)) {}

void KeychainKeyStore::fetchOrCreateKey() {
    auto* job = new QKeychain::ReadPasswordJob(QLatin1String(serviceName), this);
    job->setKey(m_entryName);
    // No fallback to a plain-text file: without a keychain we say so instead.
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        job->deleteLater();
        if (job->error() == QKeychain::EntryNotFound) {
            storeNewKey();
            return;
        }
        if (job->error() != QKeychain::NoError) {
            qCWarning(lcStorage).noquote() << "No keychain:" << job->errorString();
            emit unavailable(job->errorString());
            return;
        }
        const QByteArray key = job->binaryData();
        if (key.size() != TokenProtector::keySize) {
            emit unavailable(tr("The key in the keychain has the wrong size."));
            return;
        }
        emit keyReady(key);
    });
    job->start();
}

void KeychainKeyStore::storeNewKey() {
    const QByteArray key = TokenProtector::generateKey();
    auto* job = new QKeychain::WritePasswordJob(QLatin1String(serviceName), this);
    job->setKey(m_entryName);
    job->setInsecureFallback(false);
    job->setBinaryData(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key] {
        job->deleteLater();
        if (job->error() != QKeychain::NoError) {
            qCWarning(lcStorage).noquote()
                << "Cannot store a key in the keychain:" << job->errorString();
            emit unavailable(job->errorString());
            return;
        }
        qCInfo(lcStorage) << "Created a new database key in the keychain";
        emit keyReady(key);
    });
    job->start();
}

} // namespace streamside
