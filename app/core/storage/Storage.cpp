#include "core/storage/Storage.h"

#include "core/app/Logging.h"
#include "core/security/KeyStore.h"

namespace streamside {

Storage::Storage(const QString& dataDir, KeyStore& keyStore, QObject* parent)
    : QObject(parent)
    , m_keyStore(keyStore)
    , m_database(dataDir + QLatin1Char('/') + QLatin1String(fileName))
    , m_accounts(m_database, m_protector)
    , m_favourites(m_database)
    , m_settings(m_database)
    , m_events(m_database)
    , m_eventHistory(m_events) {}

void Storage::open() {
    m_ready = false;
    connect(
        &m_keyStore, &KeyStore::keyReady, this,
        [this](const QByteArray& key) {
            m_protector.setKey(key);
            m_keychainProblem.clear();
            openDatabase();
        },
        Qt::SingleShotConnection);
    connect(
        &m_keyStore, &KeyStore::unavailable, this,
        [this](const QString& reason) {
            m_protector.setKey({});
            m_keychainProblem = reason;
            qCWarning(lcStorage).noquote()
                << "No keychain available; credentials are stored unencrypted in the "
                   "owner-only database:"
                << reason;
            openDatabase();
        },
        Qt::SingleShotConnection);
    m_keyStore.fetchOrCreateKey();
}

void Storage::openDatabase() {
    // Only one of the two answers arrives; drop the other connection.
    disconnect(&m_keyStore, nullptr, this, nullptr);
    if (const StorageError error = m_database.open()) {
        emit failed(error);
        return;
    }
    m_events.setRetentionPerChannel(m_settings.value(setting::eventRetentionPerChannel));
    m_ready = true;
    emit ready();
}

} // namespace streamside
