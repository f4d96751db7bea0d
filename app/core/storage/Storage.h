#pragma once

#include "core/security/TokenProtector.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/Database.h"
#include "core/storage/EventHistory.h"
#include "core/storage/EventRepository.h"
#include "core/storage/FavouriteRepository.h"
#include "core/storage/SettingsRepository.h"

#include <QObject>

namespace streamside {

class KeyStore;

// Everything Streamside keeps, behind one object: asks the key store for the
// database key (asynchronously: keychains answer over D-Bus), then opens the
// database and offers the repositories.
class Storage : public QObject {
    Q_OBJECT
public:
    static constexpr char fileName[] = "streamside.db";

    // keyStore is not owned and must outlive the Storage.
    Storage(const QString& dataDir, KeyStore& keyStore, QObject* parent = nullptr);

    // Starts opening: ends with ready() or failed().
    void open();
    bool isReady() const { return m_ready; }

    // False when no keychain was available: tokens are then stored
    // unencrypted in the owner-only database, and keychainProblem() says why.
    bool tokensEncrypted() const { return m_protector.isEncrypting(); }
    QString keychainProblem() const { return m_keychainProblem; }

    Database& database() { return m_database; }
    AccountRepository& accounts() { return m_accounts; }
    FavouriteRepository& favourites() { return m_favourites; }
    SettingsRepository& settings() { return m_settings; }
    EventRepository& events() { return m_events; }
    // The live events' way into the history: written on a thread of its own.
    EventHistory& eventHistory() { return m_eventHistory; }

signals:
    void ready();
    void failed(const streamside::StorageError& error);

private:
    void openDatabase();

    KeyStore& m_keyStore;
    TokenProtector m_protector;
    Database m_database;
    AccountRepository m_accounts;
    FavouriteRepository m_favourites;
    SettingsRepository m_settings;
    EventRepository m_events;
    EventHistory m_eventHistory; // destroyed first: writes what is queued
    QString m_keychainProblem;
    bool m_ready = false;
};

} // namespace streamside
