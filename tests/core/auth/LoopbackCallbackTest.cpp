// What the relay page posts to the loopback listener, read without sockets:
// Twitch's redirects as they come, and what another page could post instead.
#include "core/auth/LoopbackCallback.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using streamside::LoopbackCallback;
using Outcome = LoopbackCallback::Outcome;

namespace {

const QString state =
    QStringLiteral("5f0c3b0e8d8a4f6e9c1b2a3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6071");

LoopbackCallback read(const QByteArray& body) {
    return LoopbackCallback::read(body, state);
}

TEST(LoopbackCallback, TwitchsApprovalGivesTheTokenAndItsScopes) {
    // The fragment as Twitch writes it: scopes joined by '+', ':' encoded.
    const LoopbackCallback callback =
        read("access_token=0123456789abcdefghijklmnopqrst&scope=user%3Aread%3Achat+user%3Awrite"
             "%3Achat&state=" +
             state.toLatin1() + "&token_type=bearer");
    ASSERT_EQ(callback.outcome, Outcome::Approved);
    EXPECT_EQ(callback.grant.accessToken, "0123456789abcdefghijklmnopqrst");
    EXPECT_EQ(callback.grant.scopes, QStringList({"user:read:chat", "user:write:chat"}));
    EXPECT_TRUE(callback.grant.refreshToken.isEmpty());
    EXPECT_FALSE(callback.grant.expiresAt.isValid());
    EXPECT_TRUE(callback.twitchReason.isEmpty());

    EXPECT_EQ(read("token_type=Bearer&state=" + state.toLatin1() + "&access_token=x").outcome,
              Outcome::Approved)
        << "any order, any case of bearer";
    EXPECT_TRUE(
        read("access_token=x&token_type=bearer&state=" + state.toLatin1()).grant.scopes.isEmpty());
}

TEST(LoopbackCallback, TheStateIsCheckedBeforeAnythingElse) {
    const QByteArray approval = "access_token=x&token_type=bearer&state=";
    QString otherState = state;
    otherState[0] = QLatin1Char('6');
    EXPECT_EQ(read(approval + otherState.toLatin1()).outcome, Outcome::ForeignState);
    EXPECT_EQ(read(approval + state.left(10).toLatin1()).outcome, Outcome::ForeignState);
    EXPECT_EQ(read(approval + state.toLatin1() + "0").outcome, Outcome::ForeignState);
    EXPECT_EQ(read(approval.chopped(7)).outcome, Outcome::ForeignState) << "no state";
    EXPECT_EQ(read("").outcome, Outcome::ForeignState);
    EXPECT_EQ(read(approval + state.toUpper().toLatin1()).outcome, Outcome::ForeignState);
    // A page that is not this login's must not cancel it either.
    EXPECT_EQ(read("error=access_denied&state=" + otherState.toLatin1()).outcome,
              Outcome::ForeignState);
    // No login waits without a state: an empty one matches nothing.
    EXPECT_EQ(LoopbackCallback::read("access_token=x&token_type=bearer&state=", QString()).outcome,
              Outcome::ForeignState);
    EXPECT_EQ(LoopbackCallback::read("access_token=x&token_type=bearer", QString()).outcome,
              Outcome::ForeignState);
}

TEST(LoopbackCallback, TwitchsErrorsCancelOrRefuse) {
    EXPECT_EQ(read("error=access_denied&error_description=The+user+denied+you+access&state=" +
                   state.toLatin1())
                  .outcome,
              Outcome::Cancelled);

    const LoopbackCallback refused =
        read("error=invalid_scope&error_description=The+scope+is+%3Cinvalid%3E&state=" +
             state.toLatin1());
    EXPECT_EQ(refused.outcome, Outcome::Refused);
    EXPECT_EQ(refused.twitchReason, "The scope is <invalid>");
    EXPECT_TRUE(refused.grant.accessToken.isEmpty());

    const LoopbackCallback bare = read("error=server%0Aerror&state=" + state.toLatin1());
    EXPECT_EQ(bare.outcome, Outcome::Refused);
    EXPECT_EQ(bare.twitchReason, "server error") << "the error itself, on one line";

    // An error wins over a token that came with it.
    EXPECT_EQ(read("error=x&access_token=t&token_type=bearer&state=" + state.toLatin1()).outcome,
              Outcome::Refused);
}

TEST(LoopbackCallback, TwitchsReasonIsOnePrintableBoundedLine) {
    const LoopbackCallback callback = read("error=e&error_description=" + QByteArray(500, 'a') +
                                           "%0D%0Ab%00c%E2%80%AEd&state=" + state.toLatin1());
    EXPECT_EQ(callback.outcome, Outcome::Refused);
    EXPECT_EQ(callback.twitchReason, QString(LoopbackCallback::maxReasonLength, QLatin1Char('a')));

    const LoopbackCallback controls =
        read("error=e&error_description=a%0D%0Ab%00c%E2%80%AEd%09e&state=" + state.toLatin1());
    EXPECT_EQ(controls.twitchReason, "a b c d e")
        << "line breaks, NUL, tabs and the right-to-left override become spaces";
}

// An error Twitch could not have written: nothing in it to show.
TEST(LoopbackCallback, AnErrorWithNothingPrintableIsNotTwitchs) {
    for (const QByteArray& error : {QByteArray("%00"), QByteArray("+"), QByteArray("%0D%0A%09")})
        EXPECT_EQ(read("error=" + error + "&state=" + state.toLatin1()).outcome,
                  Outcome::Unreadable)
            << error.constData();
    // A description is enough to say why.
    const LoopbackCallback described =
        read("error=%00&error_description=Bad+request&state=" + state.toLatin1());
    EXPECT_EQ(described.outcome, Outcome::Refused);
    EXPECT_EQ(described.twitchReason, "Bad request");
}

// Inputs the fuzzer found (tests/data/fuzz-regressions/loopback-callback-*):
// as a body they answer with a reason that is one printable line, or none.
TEST(LoopbackCallback, FuzzRegressions) {
    const QDir dir(QStringLiteral(STREAMSIDE_FUZZ_REGRESSIONS_DIR));
    const QStringList files = dir.entryList({QStringLiteral("loopback-callback-*")}, QDir::Files);
    ASSERT_FALSE(files.isEmpty());
    for (const QString& name : files) {
        QFile file(dir.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const LoopbackCallback callback = read(file.readAll());
        const QString& reason = callback.twitchReason;
        EXPECT_EQ(callback.outcome == Outcome::Refused, !reason.isEmpty()) << name.toStdString();
        EXPECT_EQ(reason, reason.simplified()) << name.toStdString();
        EXPECT_LE(reason.size(), LoopbackCallback::maxReasonLength) << name.toStdString();
    }
}

TEST(LoopbackCallback, AnswersWithoutABearerTokenHaveNoToken) {
    EXPECT_EQ(read("state=" + state.toLatin1()).outcome, Outcome::NoToken);
    EXPECT_EQ(read("access_token=&token_type=bearer&state=" + state.toLatin1()).outcome,
              Outcome::NoToken);
    EXPECT_EQ(read("access_token=x&token_type=mac&state=" + state.toLatin1()).outcome,
              Outcome::NoToken);
    EXPECT_EQ(read("access_token=x&state=" + state.toLatin1()).outcome, Outcome::NoToken);
    EXPECT_EQ(read("code=abc&scope=x&state=" + state.toLatin1()).outcome, Outcome::NoToken)
        << "an authorization code is another flow's answer";
}

TEST(LoopbackCallback, WhatTwitchNeverWritesIsUnreadable) {
    const QByteArray approval = "access_token=x&token_type=bearer&state=" + state.toLatin1();
    EXPECT_EQ(read(approval + "&state=" + state.toLatin1()).outcome, Outcome::Unreadable)
        << "a repeated name";
    EXPECT_EQ(read(approval + "&access_token=y").outcome, Outcome::Unreadable) << "a second token";
    EXPECT_EQ(read(approval + "&st%61te=x").outcome, Outcome::Unreadable)
        << "a name repeated in another spelling";
    EXPECT_EQ(read(approval + "&=x").outcome, Outcome::Unreadable) << "an empty name";
    EXPECT_EQ(read(approval + "&").outcome, Outcome::Unreadable) << "an empty pair";
    EXPECT_EQ(read("&" + approval).outcome, Outcome::Unreadable);
}

} // namespace
