// Both sides of the hand-over between two Streamside processes, over a real
// local socket (in one test process: the protocol is what is tested here).
#include "core/handover/HandOverClient.h"
#include "core/handover/HandOverServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocalSocket>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace streamside;

TEST(HandOver, ReadySuccessorIsReleasedAndLearnsThePredecessorLeft) {
    HandOverServer server;
    QString error;
    ASSERT_TRUE(server.listen(&error)) << error.toStdString();
    QSignalSpy ready(&server, &HandOverServer::successorReady);
    QObject::connect(&server, &HandOverServer::successorReady, &server, [&] { server.release(); });

    HandOverClient client;
    QSignalSpy left(&client, &HandOverClient::predecessorLeft);
    QSignalSpy failed(&client, &HandOverClient::failed);
    client.announceReady(server.serverName());

    ASSERT_TRUE(left.wait(5000)) << failed.value(0).value(0).toString().toStdString();
    ASSERT_EQ(ready.size(), 1);
    EXPECT_EQ(ready.at(0).at(0).toLongLong(), QCoreApplication::applicationPid());
    EXPECT_TRUE(failed.isEmpty());
}

TEST(HandOver, SuccessorIsNotReleasedBeforeThePredecessorSaysSo) {
    HandOverServer server;
    ASSERT_TRUE(server.listen(nullptr));
    QSignalSpy ready(&server, &HandOverServer::successorReady);
    HandOverClient client;
    QSignalSpy left(&client, &HandOverClient::predecessorLeft);
    client.announceReady(server.serverName());
    ASSERT_TRUE(ready.wait(5000));
    // The predecessor is still announcing: the successor stays quiet.
    QCoreApplication::processEvents();
    EXPECT_TRUE(left.isEmpty());
    server.release();
    EXPECT_TRUE(left.wait(5000));
}

TEST(HandOver, NoPredecessorIsMissingNotAFailure) {
    HandOverClient client;
    QSignalSpy missing(&client, &HandOverClient::predecessorMissing);
    QSignalSpy failed(&client, &HandOverClient::failed);
    client.announceReady(QStringLiteral("streamside-handover-nobody-listens-here"));
    ASSERT_TRUE(missing.wait(5000));
    EXPECT_TRUE(missing.at(0).at(0).toString().contains("Could not reach"));
    EXPECT_TRUE(failed.isEmpty()) << "a gone predecessor leaves the successor in charge";
}

TEST(HandOver, PredecessorClosingWithoutReleaseFails) {
    HandOverServer server;
    ASSERT_TRUE(server.listen(nullptr));
    QObject::connect(&server, &HandOverServer::successorReady, &server, [&] { server.close(); });
    HandOverClient client;
    QSignalSpy left(&client, &HandOverClient::predecessorLeft);
    QSignalSpy failed(&client, &HandOverClient::failed);
    client.announceReady(server.serverName());
    ASSERT_TRUE(failed.wait(5000));
    EXPECT_TRUE(left.isEmpty());
    EXPECT_EQ(failed.size(), 1) << "one failure, however the socket ended";
}

TEST(HandOver, SilentPredecessorTimesOut) {
    HandOverServer server;
    ASSERT_TRUE(server.listen(nullptr));
    HandOverClient client;
    QSignalSpy failed(&client, &HandOverClient::failed);
    client.announceReady(server.serverName(), 200);
    ASSERT_TRUE(failed.wait(5000));
    EXPECT_TRUE(failed.at(0).at(0).toString().contains("did not answer in time"));
}

TEST(HandOver, ServerDropsAnythingButTheReadyLine) {
    HandOverServer server;
    ASSERT_TRUE(server.listen(nullptr));
    QSignalSpy ready(&server, &HandOverServer::successorReady);
    QLocalSocket stranger;
    stranger.connectToServer(server.serverName());
    ASSERT_TRUE(stranger.waitForConnected(5000));
    stranger.write("ready not-a-pid\n");
    QSignalSpy disconnected(&stranger, &QLocalSocket::disconnected);
    ASSERT_TRUE(disconnected.wait(5000));
    EXPECT_TRUE(ready.isEmpty());

    // An endless line without a newline is dropped too.
    QLocalSocket flooder;
    flooder.connectToServer(server.serverName());
    ASSERT_TRUE(flooder.waitForConnected(5000));
    QSignalSpy flooderGone(&flooder, &QLocalSocket::disconnected);
    flooder.write(QByteArray(1000, 'x'));
    ASSERT_TRUE(flooderGone.wait(5000));
    EXPECT_TRUE(ready.isEmpty());
}

TEST(HandOver, OnlyOneSuccessorAtATime) {
    HandOverServer server;
    ASSERT_TRUE(server.listen(nullptr));
    QLocalSocket first;
    first.connectToServer(server.serverName());
    ASSERT_TRUE(first.waitForConnected(5000));
    QLocalSocket second;
    QSignalSpy secondGone(&second, &QLocalSocket::disconnected);
    second.connectToServer(server.serverName());
    ASSERT_TRUE(secondGone.wait(5000));
    EXPECT_EQ(first.state(), QLocalSocket::ConnectedState);
}

// Another user's process must not make this one fall silent: the socket is
// the owner's alone (connecting to a Unix socket needs write permission).
TEST(HandOver, OnlyTheSameUserCanReachTheSocket) {
    HandOverServer server;
    QString error;
    ASSERT_TRUE(server.listen(&error)) << error.toStdString();
    const QFileInfo socket(QDir::temp().filePath(server.serverName()));
    ASSERT_TRUE(socket.exists()) << socket.filePath().toStdString();
    EXPECT_EQ(socket.permissions() &
                  (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                   QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther),
              QFileDevice::Permissions());
    EXPECT_TRUE(socket.permissions() & QFileDevice::WriteOwner);
}
