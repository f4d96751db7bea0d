#include "core/storage/Storage.h"

#include "storage/StorageTestSupport.h"
#include "support/FakeKeyStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace streamside;

namespace {

const Account account{"141981764",
                      "twitchdev",
                      "TwitchDev",
                      {"user:read:chat"},
                      QDateTime::currentDateTimeUtc().addSecs(3600),
                      "accesstoken0123456789abcdefghij",
                      "refreshtoken0123456789abcdefghijklmnopqrstu",
                      true};

bool openStorage(Storage& storage) {
    QSignalSpy ready(&storage, &Storage::ready);
    QSignalSpy failed(&storage, &Storage::failed);
    storage.open();
    if (!ready.wait(5000))
        return false;
    return failed.isEmpty();
}

// The database and its WAL, as a program reading the disk would see them.
QByteArray everythingOnDisk(const QString& dir) {
    return fileBytes(dir + "/streamside.db") + fileBytes(dir + "/streamside.db-wal");
}

} // namespace

TEST(Storage, TokensAreEncryptedWhenAKeychainIsAvailable) {
    QTemporaryDir dir;
    FakeKeyStore keys;
    {
        Storage storage(dir.path(), keys);
        ASSERT_TRUE(openStorage(storage));
        EXPECT_TRUE(storage.tokensEncrypted());
        EXPECT_TRUE(storage.keychainProblem().isEmpty());
        ASSERT_FALSE(storage.accounts().save(account));
        EXPECT_EQ(rawQuery(dir.filePath("streamside.db"), "SELECT token_protection FROM accounts")
                      .toString(),
                  "secretbox-v1");
        const QByteArray disk = everythingOnDisk(dir.path());
        ASSERT_FALSE(disk.isEmpty());
        EXPECT_FALSE(disk.contains(account.accessToken.toUtf8()));
        EXPECT_FALSE(disk.contains(account.refreshToken.toUtf8()));
    }
    // The next start gets the same key from the keychain and reads the tokens.
    Storage again(dir.path(), keys);
    ASSERT_TRUE(openStorage(again));
    ASSERT_TRUE(again.accounts().active());
    EXPECT_EQ(*again.accounts().active(), account);
    EXPECT_FALSE(again.accounts().lastReadHadUnreadableTokens());
}

TEST(Storage, WithoutAKeychainTokensAreStoredPlainAndTheAppIsTold) {
    QTemporaryDir dir;
    FakeKeyStore keys;
    keys.available = false;
    Storage storage(dir.path(), keys);
    ASSERT_TRUE(openStorage(storage));
    EXPECT_FALSE(storage.tokensEncrypted());
    EXPECT_FALSE(storage.keychainProblem().isEmpty());
    ASSERT_FALSE(storage.accounts().save(account));
    EXPECT_EQ(
        rawQuery(dir.filePath("streamside.db"), "SELECT token_protection FROM accounts").toString(),
        "none");
    EXPECT_EQ(*storage.accounts().active(), account);
}

TEST(Storage, ALostKeyMeansLoggingInAgainNotACrash) {
    QTemporaryDir dir;
    FakeKeyStore keys;
    {
        Storage storage(dir.path(), keys);
        ASSERT_TRUE(openStorage(storage));
        ASSERT_FALSE(storage.accounts().save(account));
    }
    keys.key = TokenProtector::generateKey(); // the keychain entry was replaced
    Storage storage(dir.path(), keys);
    ASSERT_TRUE(openStorage(storage));
    const auto stored = storage.accounts().active();
    ASSERT_TRUE(stored);
    EXPECT_TRUE(storage.accounts().lastReadHadUnreadableTokens());
    EXPECT_TRUE(stored->accessToken.isEmpty());
    EXPECT_EQ(stored->login, "twitchdev");
}

TEST(Storage, ReportsADatabaseItCannotOpen) {
    FakeKeyStore keys;
    Storage storage("/proc/self/no-such-place", keys);
    QSignalSpy failed(&storage, &Storage::failed);
    storage.open();
    ASSERT_TRUE(failed.wait(5000));
    EXPECT_EQ(failed.first().at(0).value<StorageError>().kind, StorageError::Kind::ReadOnly);
    EXPECT_FALSE(storage.isReady());
}

TEST(Storage, RetentionComesFromTheSettings) {
    QTemporaryDir dir;
    FakeKeyStore keys;
    {
        Storage storage(dir.path(), keys);
        ASSERT_TRUE(openStorage(storage));
        EXPECT_EQ(storage.events().retentionPerChannel(), 500);
        ASSERT_FALSE(storage.settings().setValue(setting::eventRetentionPerChannel, 50));
    }
    Storage storage(dir.path(), keys);
    ASSERT_TRUE(openStorage(storage));
    EXPECT_EQ(storage.events().retentionPerChannel(), 50);
}
