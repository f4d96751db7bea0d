#include "sim/PageService.h"

#include "sim/EventSubServer.h"
#include "sim/Simulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

using streamside::sim::ChatMessage;
using streamside::sim::Simulator;

namespace {

struct Reply {
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
    QHash<QByteArray, QByteArray> headers;
};

class PageServiceTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(simulator.start()); }

    Reply send(const QString& path, const QByteArray& method = "GET", const QByteArray& body = {},
               const QList<QPair<QByteArray, QByteArray>>& headers = {}) {
        QNetworkRequest request(simulator.baseUrl().resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        for (const auto& [name, value] : headers)
            request.setRawHeader(name, value);
        std::unique_ptr<QNetworkReply> reply(network.sendCustomRequest(request, method, body));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        EXPECT_TRUE(finished.wait(5000)) << path.toStdString();
        Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.error = reply->error();
        for (const auto& [name, value] : reply->rawHeaderPairs())
            result.headers.insert(name.toLower(), value);
        return result;
    }

    Simulator simulator;
    QNetworkAccessManager network;
};

} // namespace

TEST_F(PageServiceTest, PlayerPageOfALiveChannelPlaysTheClip) {
    const Reply reply = send("/embed/player?channel=PixelPioneer&parent=localhost&muted=true");
    ASSERT_EQ(reply.status, 200);
    EXPECT_TRUE(reply.header("content-type").startsWith("text/html"));
    EXPECT_TRUE(reply.body.contains(R"("displayName":"PixelPioneer")"));
    EXPECT_TRUE(reply.body.contains(R"("live":true)"));
    EXPECT_TRUE(reply.body.contains(R"("mediaUrl":"/_sim/media/stream.mp4")"));
    EXPECT_TRUE(reply.body.contains(R"("muted":true)"));
}

TEST_F(PageServiceTest, PlayerPageOfAnOfflineChannelSaysSo) {
    const Reply reply = send("/embed/player?channel=nightowlgaming&parent=localhost");
    ASSERT_EQ(reply.status, 200);
    EXPECT_TRUE(reply.body.contains(R"("live":false)"));
}

TEST_F(PageServiceTest, PlayerFollowsLiveChanges) {
    ASSERT_TRUE(simulator.setChannelLive("pixelpioneer", false));
    EXPECT_TRUE(
        send("/embed/player?channel=pixelpioneer&parent=x").body.contains(R"("live":false)"));
}

TEST_F(PageServiceTest, EmbedsWithoutParentOrChannelAreRefused) {
    EXPECT_EQ(send("/embed/player?channel=pixelpioneer").status, 400);
    EXPECT_EQ(send("/embed/player?channel=nobody_here&parent=localhost").status, 404);
    EXPECT_EQ(send("/embed/pixelpioneer/chat").status, 400);
    EXPECT_EQ(send("/embed/nobody_here/chat?parent=localhost").status, 404);
}

TEST_F(PageServiceTest, ScriptDataCannotBreakOutOfTheScriptElement) {
    simulator.world().channelById("500000001")->title = "</script><script>alert(1)</script>";
    const Reply reply = send("/embed/player?channel=pixelpioneer&parent=localhost");
    EXPECT_FALSE(reply.body.contains("</script><script>alert(1)"));
    EXPECT_TRUE(reply.body.contains(R"(<\/script><script>alert(1)<\/script>)"));
}

TEST_F(PageServiceTest, MediaIsAnMp4ServedWholeOrByRange) {
    const Reply whole = send("/_sim/media/stream.mp4");
    ASSERT_EQ(whole.status, 200);
    EXPECT_EQ(whole.header("content-type"), "video/mp4");
    EXPECT_EQ(whole.header("accept-ranges"), "bytes");
    ASSERT_GT(whole.body.size(), 10000);
    EXPECT_EQ(whole.body.mid(4, 4), "ftyp");

    const Reply part = send("/_sim/media/stream.mp4", "GET", {}, {{"Range", "bytes=100-199"}});
    EXPECT_EQ(part.status, 206);
    EXPECT_EQ(part.body, whole.body.mid(100, 100));
    EXPECT_EQ(part.header("content-range"),
              "bytes 100-199/" + QByteArray::number(whole.body.size()));

    const Reply open = send("/_sim/media/stream.mp4", "GET", {}, {{"Range", "bytes=100-"}});
    EXPECT_EQ(open.status, 206);
    EXPECT_EQ(open.body, whole.body.mid(100));

    const Reply suffix = send("/_sim/media/stream.mp4", "GET", {}, {{"Range", "bytes=-50"}});
    EXPECT_EQ(suffix.status, 206);
    EXPECT_EQ(suffix.body, whole.body.right(50));

    const QByteArray beyond = "bytes=" + QByteArray::number(whole.body.size() + 10) + "-";
    EXPECT_EQ(send("/_sim/media/stream.mp4", "GET", {}, {{"Range", beyond}}).status, 416);
}

TEST_F(PageServiceTest, ChatPageAndItsMessages) {
    const Reply page = send("/embed/cozycoder/chat?parent=localhost&darkpopout");
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(page.body.contains(R"("dark":true)"));
    EXPECT_TRUE(page.body.contains(R"("messagesUrl":"/_sim/chat/cozycoder/messages")"));

    ChatMessage first;
    first.broadcasterId = "500000002";
    first.userLogin = "demo_viewer";
    first.userName = "DemoViewer";
    first.text = "hello <b>chat</b>";
    const ChatMessage stored = simulator.chat().append(first);
    ChatMessage elsewhere = first;
    elsewhere.broadcasterId = "500000001";
    simulator.chat().append(elsewhere);
    ChatMessage second = first;
    second.text = "second";
    second.bits = 100;
    simulator.chat().append(second);

    const QJsonArray all = QJsonDocument::fromJson(send("/_sim/chat/cozycoder/messages").body)
                               .object()
                               .value("messages")
                               .toArray();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all[0].toObject().value("text").toString(), "hello <b>chat</b>");
    EXPECT_EQ(all[1].toObject().value("bits").toInt(), 100);

    const QJsonArray newer =
        QJsonDocument::fromJson(
            send(QStringLiteral("/_sim/chat/cozycoder/messages?after=%1").arg(stored.sequence))
                .body)
            .object()
            .value("messages")
            .toArray();
    ASSERT_EQ(newer.size(), 1);
    EXPECT_EQ(newer[0].toObject().value("text").toString(), "second");
}

TEST_F(PageServiceTest, AvatarsAreGeneratedPerUser) {
    const Reply avatar = send(streamside::sim::PageService::avatarPath("cozycoder"));
    ASSERT_EQ(avatar.status, 200);
    EXPECT_EQ(avatar.header("content-type"), "image/svg+xml");
    EXPECT_TRUE(avatar.body.contains("#17bebb"));
    EXPECT_TRUE(avatar.body.contains(">C</text>"));
    EXPECT_EQ(send("/_sim/avatars/nobody_here.svg").status, 404);
    EXPECT_EQ(send("/_sim/avatars/cozycoder.png").status, 404);
}

TEST_F(PageServiceTest, ControlRouteMakesAChannelGoLive) {
    QSignalSpy changed(&simulator, &Simulator::channelLiveChanged);
    const Reply reply = send("/_sim/channels/nightowlgaming/live", "POST", R"({"live": true})");
    ASSERT_EQ(reply.status, 200);
    EXPECT_TRUE(QJsonDocument::fromJson(reply.body).object().value("changed").toBool());
    EXPECT_TRUE(simulator.world().channelById("500000003")->live);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.first().at(0).toString(), "500000003");

    const Reply again = send("/_sim/channels/nightowlgaming/live", "POST", R"({"live": true})");
    EXPECT_FALSE(QJsonDocument::fromJson(again.body).object().value("changed").toBool());
    EXPECT_EQ(changed.count(), 1);

    EXPECT_EQ(send("/_sim/channels/nightowlgaming/live", "POST", "{}").status, 400);
    EXPECT_EQ(send("/_sim/channels/nobody_here/live", "POST", R"({"live": true})").status, 404);
}

// Events carry image and page URLs; all of them point at the simulator and load.
TEST_F(PageServiceTest, EveryUrlInGeneratedEventsIsServed) {
    QStringList urls;
    std::function<void(const QJsonValue&)> collect = [&](const QJsonValue& value) {
        if (value.isObject())
            for (const QJsonValue& v : value.toObject())
                collect(v);
        else if (value.isArray())
            for (const QJsonValue& v : value.toArray())
                collect(v);
        else if (value.isString() && value.toString().startsWith("http"))
            urls << value.toString();
    };
    collect(
        simulator.eventSub().trigger("channel.chat.notification", "raid", "500000001", {}).event);
    collect(
        simulator.eventSub().trigger("channel.charity_campaign.start", {}, "500000001", {}).event);
    ASSERT_GE(urls.size(), 3);
    for (const QString& url : urls) {
        EXPECT_TRUE(url.startsWith(simulator.baseUrl().toString())) << url.toStdString();
        EXPECT_EQ(send(QUrl(url).path()).status, 200) << url.toStdString();
    }
}
