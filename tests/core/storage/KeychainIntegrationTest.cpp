// Runs against a real Secret Service (GNOME Keyring in a private D-Bus
// session, see tests/support/with-secret-service.sh), or against none.
#include "core/security/KeychainKeyStore.h"
#include "core/security/TokenProtector.h"
#include "core/storage/Storage.h"
#include "storage/StorageTestSupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <gtest/gtest.h>

using namespace streamside;

namespace {

struct KeyAnswer {
    QByteArray key;
    QString problem;
};

KeyAnswer fetch(KeyStore& store) {
    QSignalSpy ready(&store, &KeyStore::keyReady);
    QSignalSpy unavailable(&store, &KeyStore::unavailable);
    store.fetchOrCreateKey();
    // Either answer ends the wait; the caller checks which one came.
    [[maybe_unused]] const bool answered =
        QTest::qWaitFor([&] { return !ready.isEmpty() || !unavailable.isEmpty(); }, 30000);
    KeyAnswer answer;
    if (!ready.isEmpty())
        answer.key = ready.first().at(0).toByteArray();
    if (!unavailable.isEmpty())
        answer.problem = unavailable.first().at(0).toString();
    return answer;
}

QString uniqueEntry() {
    return QStringLiteral("test-key-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
}

} // namespace

TEST(WithSecretService, CreatesAKeyOnceAndReadsItBack) {
    const QString entry = uniqueEntry();
    KeychainKeyStore first(entry);
    const KeyAnswer created = fetch(first);
    ASSERT_TRUE(created.problem.isEmpty()) << created.problem.toStdString();
    ASSERT_EQ(created.key.size(), TokenProtector::keySize);

    KeychainKeyStore again(entry);
    const KeyAnswer read = fetch(again);
    ASSERT_TRUE(read.problem.isEmpty()) << read.problem.toStdString();
    EXPECT_EQ(read.key, created.key);

    KeychainKeyStore other(uniqueEntry());
    EXPECT_NE(fetch(other).key, created.key) << "each profile has its own key";
}

TEST(WithSecretService, TheDatabaseHoldsNoReadableToken) {
    QTemporaryDir dir;
    KeychainKeyStore keys(uniqueEntry());
    Storage storage(dir.path(), keys);
    QSignalSpy ready(&storage, &Storage::ready);
    storage.open();
    ASSERT_TRUE(ready.wait(30000));
    ASSERT_TRUE(storage.tokensEncrypted()) << storage.keychainProblem().toStdString();
    const QString token = QStringLiteral("k3ychaintest0accesstoken0value");
    Account account;
    account.userId = "1";
    account.login = "viewer";
    account.displayName = "Viewer";
    account.accessToken = token;
    account.isActive = true;
    ASSERT_FALSE(storage.accounts().save(account));
    const QByteArray disk =
        fileBytes(dir.filePath("streamside.db")) + fileBytes(dir.filePath("streamside.db-wal"));
    ASSERT_FALSE(disk.isEmpty());
    EXPECT_FALSE(disk.contains(token.toUtf8()));
    EXPECT_EQ(storage.accounts().active()->accessToken, token);
}

TEST(WithoutKeychain, SaysItIsUnavailable) {
    KeychainKeyStore keys(uniqueEntry());
    const KeyAnswer answer = fetch(keys);
    EXPECT_TRUE(answer.key.isEmpty());
    EXPECT_FALSE(answer.problem.isEmpty());
}
