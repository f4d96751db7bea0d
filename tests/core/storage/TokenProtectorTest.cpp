#include "core/security/TokenProtector.h"

#include <gtest/gtest.h>

using streamside::TokenProtector;

TEST(TokenProtector, SealsAndOpensWithTheKey) {
    TokenProtector protector;
    protector.setKey(TokenProtector::generateKey());
    ASSERT_TRUE(protector.isEncrypting());
    const TokenProtector::Sealed sealed = protector.seal("abcdefghijklmnopqrstuvwxyz0123");
    EXPECT_EQ(sealed.scheme, "secretbox-v1");
    EXPECT_FALSE(sealed.data.contains("abcdefghijklmnopqrstuvwxyz0123"));
    EXPECT_EQ(protector.open(sealed.data, sealed.scheme), "abcdefghijklmnopqrstuvwxyz0123");
}

TEST(TokenProtector, EverySealUsesAFreshNonce) {
    TokenProtector protector;
    protector.setKey(TokenProtector::generateKey());
    EXPECT_NE(protector.seal("same").data, protector.seal("same").data);
}

TEST(TokenProtector, AnotherKeyOrTamperingCannotOpen) {
    TokenProtector protector;
    protector.setKey(TokenProtector::generateKey());
    TokenProtector::Sealed sealed = protector.seal("secret");
    TokenProtector other;
    other.setKey(TokenProtector::generateKey());
    EXPECT_FALSE(other.open(sealed.data, sealed.scheme));
    sealed.data[sealed.data.size() - 1] = char(sealed.data.back() ^ 1);
    EXPECT_FALSE(protector.open(sealed.data, sealed.scheme));
    EXPECT_FALSE(protector.open("short", sealed.scheme));
    TokenProtector noKey;
    EXPECT_FALSE(noKey.open(sealed.data, sealed.scheme));
}

TEST(TokenProtector, WithoutAKeyStoresPlainAndSaysSo) {
    TokenProtector protector;
    EXPECT_FALSE(protector.isEncrypting());
    const TokenProtector::Sealed sealed = protector.seal("plain-token");
    EXPECT_EQ(sealed.scheme, "none");
    EXPECT_EQ(sealed.data, "plain-token");
    EXPECT_EQ(protector.open(sealed.data, sealed.scheme), "plain-token");
}

TEST(TokenProtector, RejectsAKeyOfTheWrongSize) {
    TokenProtector protector;
    protector.setKey("too short");
    EXPECT_FALSE(protector.isEncrypting());
}
