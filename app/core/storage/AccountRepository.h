#pragma once

#include "core/storage/Account.h"
#include "core/storage/StorageError.h"

#include <optional>

namespace streamside {

class Database;
class TokenProtector;

// Accounts and their tokens. Tokens are sealed by the TokenProtector on the
// way in and opened on the way out; nothing here ever logs them.
class AccountRepository {
public:
    AccountRepository(Database& database, const TokenProtector& protector);

    // Inserts or replaces the account; an active account makes every other inactive.
    StorageError save(const Account& account);
    std::optional<Account> find(const QString& userId) const;
    std::optional<Account> active() const;
    StorageError remove(const QString& userId);

    // True when the last find()/active() met tokens it could not open (the
    // keychain key is gone or different): the user has to log in again.
    bool lastReadHadUnreadableTokens() const { return m_unreadableTokens; }

private:
    std::optional<Account> read(const QString& where, const QString& argument) const;

    Database& m_database;
    const TokenProtector& m_protector;
    mutable bool m_unreadableTokens = false;
};

} // namespace streamside
