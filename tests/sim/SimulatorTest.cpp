#include "sim/Simulator.h"

#include "sim/TokenStore.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QtEndian>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <unistd.h>

using streamside::sim::Simulator;

namespace {

struct ListeningSocket {
    QHostAddress address;
    quint16 port = 0;
};

// Every TCP socket this process listens on, as the kernel lists them
// (/proc/net/tcp and tcp6, matched to this process's descriptors): what the
// simulator's classes say about themselves does not count, the kernel does.
QList<ListeningSocket> listeningSockets() {
    QSet<QByteArray> ownInodes;
    const QDir descriptors(QStringLiteral("/proc/self/fd"));
    for (const QString& name : descriptors.entryList(QDir::AllEntries | QDir::System)) {
        char target[128] = {};
        const QByteArray path = descriptors.filePath(name).toLocal8Bit();
        const ssize_t length = ::readlink(path.constData(), target, sizeof target - 1);
        const QByteArray link(target, length > 0 ? length : 0);
        if (link.startsWith("socket:[") && link.endsWith(']'))
            ownInodes.insert(link.mid(8, link.size() - 9));
    }
    QList<ListeningSocket> sockets;
    for (const char* table : {"/proc/self/net/tcp", "/proc/self/net/tcp6"}) {
        QFile file(QString::fromLatin1(table));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        file.readLine(); // the column names
        while (!file.atEnd()) {
            const QList<QByteArray> fields = file.readLine().simplified().split(' ');
            // sl local_address rem_address st ... uid timeout inode
            if (fields.size() < 10 || fields.at(3) != "0A" || !ownInodes.contains(fields.at(9)))
                continue;
            const QList<QByteArray> local = fields.at(1).split(':');
            // The address is printed as 32-bit words in the kernel's byte order.
            QByteArray bytes;
            for (qsizetype i = 0; i + 8 <= local.at(0).size(); i += 8) {
                const quint32 word = local.at(0).mid(i, 8).toUInt(nullptr, 16);
                bytes.append(reinterpret_cast<const char*>(&word), sizeof word);
            }
            ListeningSocket socket;
            if (bytes.size() == 4)
                socket.address = QHostAddress(qFromBigEndian<quint32>(bytes.constData()));
            else
                socket.address = QHostAddress(reinterpret_cast<const quint8*>(bytes.constData()));
            socket.port = quint16(local.at(1).toUInt(nullptr, 16));
            sockets.append(socket);
        }
    }
    return sockets;
}

} // namespace

TEST(Simulator, ListensOnLoopbackAtAPortTheSystemChose) {
    Simulator simulator;
    ASSERT_TRUE(simulator.start()) << simulator.errorString().toStdString();
    EXPECT_NE(simulator.port(), 0);
    EXPECT_EQ(simulator.baseUrl().host(), "127.0.0.1");
}

TEST(Simulator, AnswersHealthOverARealSocket) {
    Simulator simulator;
    ASSERT_TRUE(simulator.start());
    QNetworkAccessManager network;
    std::unique_ptr<QNetworkReply> reply(
        network.get(QNetworkRequest(simulator.baseUrl().resolved(QUrl("/_sim/health")))));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    ASSERT_TRUE(finished.wait(5000));
    ASSERT_EQ(reply->error(), QNetworkReply::NoError) << reply->errorString().toStdString();
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    EXPECT_EQ(body.value("status").toString(), "ok");
}

TEST(Simulator, ReportsAPortInUse) {
    Simulator first;
    ASSERT_TRUE(first.start());
    Simulator second;
    EXPECT_FALSE(second.start(first.port()));
    EXPECT_TRUE(second.errorString().contains(QString::number(first.port())));
}

// The simulator holds tokens and lets anyone mint more: it must never be
// reachable from another machine.
TEST(Simulator, EveryServerSocketItOpensIsOnLoopbackOnly) {
    const QList<ListeningSocket> before = listeningSockets();
    auto simulator = std::make_unique<Simulator>();
    ASSERT_TRUE(simulator->start()) << simulator->errorString().toStdString();
    QList<ListeningSocket> opened;
    for (const ListeningSocket& socket : listeningSockets()) {
        const bool existed = std::any_of(before.cbegin(), before.cend(), [&](const auto& old) {
            return old.port == socket.port && old.address == socket.address;
        });
        if (!existed)
            opened.append(socket);
    }
    QList<quint16> ports;
    for (const ListeningSocket& socket : opened) {
        EXPECT_EQ(socket.address, QHostAddress(QHostAddress::LocalHost))
            << "listening on " << socket.address.toString().toStdString() << " port "
            << socket.port;
        ports.append(socket.port);
    }
    // The HTTP port (OAuth, Helix, pages, control) and the EventSub port.
    std::sort(ports.begin(), ports.end());
    QList<quint16> expected{simulator->port(), quint16(simulator->context().eventSubUrl.port())};
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(ports, expected);

    simulator.reset();
    for (const ListeningSocket& socket : listeningSockets())
        EXPECT_FALSE(expected.contains(socket.port)) << "still listening on " << socket.port;
}

// What leak checks compare against: every credential, spent ones too.
TEST(TokenStore, ListsEveryCredentialItIssued) {
    streamside::sim::TokenStore store;
    const auto first = store.issueUserToken("client", "1", {}, 3600, true);
    const auto* refreshed = store.refresh(first.refreshToken, "client", 3600);
    ASSERT_NE(refreshed, nullptr);
    const QString refreshedAccess = refreshed->accessToken;
    const QString refreshedRefresh = refreshed->refreshToken;
    const auto implicit = store.issueUserToken("client", "1", {}, 3600, false);
    ASSERT_TRUE(store.revoke(implicit.accessToken));
    const auto code = store.issueAuthorizationCode("client", "1", "http://localhost:1", {});
    const auto device = store.issueDeviceAuthorization("client", {}, 600, 5);
    const QStringList credentials = store.issuedCredentials();
    for (const QString& credential :
         {first.accessToken, first.refreshToken, refreshedAccess, refreshedRefresh,
          implicit.accessToken, code.code, device.deviceCode})
        EXPECT_TRUE(credentials.contains(credential)) << credential.toStdString();
    EXPECT_EQ(credentials.size(), 7);
    EXPECT_FALSE(credentials.contains(QString()));
}
