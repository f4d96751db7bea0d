#include "core/storage/AccountRepository.h"

#include "core/security/TokenProtector.h"
#include "core/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace streamside {

AccountRepository::AccountRepository(Database& database, const TokenProtector& protector)
    : m_database(database)
    , m_protector(protector) {}

StorageError AccountRepository::save(const Account& account) {
    const QString action = StorageError::tr("The account could not be saved.");
    return m_database.transaction(action, [&] {
        QSqlQuery query(m_database.connection());
        if (account.isActive && !query.exec(QStringLiteral("UPDATE accounts SET is_active = 0")))
            return StorageError::fromSql(query.lastError(), action);
        // Both tokens are sealed under one scheme, so that they are read back the same way.
        const TokenProtector::Sealed access = m_protector.seal(account.accessToken);
        const TokenProtector::Sealed refresh = m_protector.seal(account.refreshToken);
        query.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO accounts (user_id, login, display_name, scopes,"
            " token_expires_at, access_token, refresh_token, token_protection, is_active,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(account.userId);
        query.addBindValue(account.login);
        query.addBindValue(account.displayName);
        query.addBindValue(account.scopes.join(QLatin1Char(' ')));
        query.addBindValue(account.tokenExpiresAt.isValid()
                               ? QVariant(account.tokenExpiresAt.toMSecsSinceEpoch())
                               : QVariant(QMetaType::fromType<qint64>()));
        query.addBindValue(access.data);
        query.addBindValue(refresh.data);
        query.addBindValue(access.scheme);
        query.addBindValue(account.isActive ? 1 : 0);
        query.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!query.exec())
            return StorageError::fromSql(query.lastError(), action);
        return StorageError{};
    });
}

std::optional<Account> AccountRepository::find(const QString& userId) const {
    return read(QStringLiteral("user_id = ?"), userId);
}

std::optional<Account> AccountRepository::active() const {
    return read(QStringLiteral("is_active = ?"), QStringLiteral("1"));
}

std::optional<Account> AccountRepository::read(const QString& where,
                                               const QString& argument) const {
    m_unreadableTokens = false;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT user_id, login, display_name, scopes, token_expires_at,"
                                 " access_token, refresh_token, token_protection, is_active"
                                 " FROM accounts WHERE %1 LIMIT 1")
                      .arg(where));
    query.addBindValue(argument);
    if (!query.exec() || !query.next())
        return std::nullopt;
    Account account;
    account.userId = query.value(0).toString();
    account.login = query.value(1).toString();
    account.displayName = query.value(2).toString();
    account.scopes = query.value(3).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!query.value(4).isNull())
        account.tokenExpiresAt =
            QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), Qt::UTC);
    const QString scheme = query.value(7).toString();
    const auto access = m_protector.open(query.value(5).toByteArray(), scheme);
    const auto refresh = m_protector.open(query.value(6).toByteArray(), scheme);
    if (access && refresh) {
        account.accessToken = *access;
        account.refreshToken = *refresh;
    } else {
        m_unreadableTokens = true;
    }
    account.isActive = query.value(8).toInt() != 0;
    return account;
}

StorageError AccountRepository::remove(const QString& userId) {
    const QString action = StorageError::tr("The account could not be removed.");
    return m_database.transaction(action, [&] {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("DELETE FROM accounts WHERE user_id = ?"));
        query.addBindValue(userId);
        if (!query.exec())
            return StorageError::fromSql(query.lastError(), action);
        return StorageError{};
    });
}

} // namespace streamside
