// What the simulator offers soak tests, over real loopback sockets: the
// delivery ledger and its verdicts, silenced sessions, tokens expired by
// account, the steady event load, and chaos mode (seeded, every fault kind
// acting on the sessions).
#include "sim/DeliveryLedger.h"
#include "sim/EventLoad.h"
#include "sim/EventSubServer.h"
#include "sim/EventSubTestClient.h"
#include "sim/FaultScheduler.h"
#include "sim/HelixService.h"
#include "sim/LoopbackHttpClient.h"
#include "sim/OAuthService.h"
#include "sim/SimulatorFixture.h"

#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace streamside::sim;

namespace {

constexpr int waitMs = 5000;
const QString pixelPioneer = QStringLiteral("500000001");
const QString& viewerId = fixtureViewerId;

class SoakSupportTest : public SimulatorFixture {
protected:
    // What a viewer of PixelPioneer holds, as Streamside plans it.
    void subscribeViewer(const QString& sessionId) {
        const QJsonObject chat{{"broadcaster_user_id", pixelPioneer}, {"user_id", viewerId}};
        const QJsonObject channel{{"broadcaster_user_id", pixelPioneer}};
        subscribe(sessionId, "channel.chat.notification", "1", chat);
        subscribe(sessionId, "channel.chat.message", "1", chat);
        subscribe(sessionId, "stream.online", "1", channel);
        subscribe(sessionId, "stream.offline", "1", channel);
        subscribe(sessionId, "channel.update", "2", channel);
        subscribe(sessionId, "channel.raid", "1", {{"to_broadcaster_user_id", pixelPioneer}});
    }

    Subscription subscribeFollows(const QString& sessionId) {
        return subscribe(
            sessionId, "channel.follow", "2",
            {{"broadcaster_user_id", pixelPioneer}, {"moderator_user_id", pixelPioneer}});
    }

    // One follow; sessions: how many sessions hold the subscription (a frame each).
    QString follow(int sessions = 1) {
        const QStringList ids =
            simulator.eventSub().trigger("channel.follow", {}, pixelPioneer).messageIds;
        EXPECT_EQ(ids.size(), sessions);
        return ids.value(0);
    }

    // The ledger's verdict on each frame, by message id.
    QHash<QString, QString> verdicts(int graceMs) {
        QHash<QString, QString> result;
        const QJsonArray frames =
            simulator.ledger().report(graceMs, true).value("frames").toArray();
        for (const QJsonValue& frame : frames)
            result.insert(frame["message_id"].toString(), frame["verdict"].toString());
        return result;
    }

    QJsonObject connectionReport(int index) {
        return simulator.ledger()
            .report(0, false)
            .value("connections")
            .toArray()
            .at(index)
            .toObject();
    }
};

} // namespace

TEST(DeliveryLedger, JudgesAFrameByWhatBecameOfItsSocketWithinTheGraceWindow) {
    DeliveryLedger ledger;
    for (quint64 socket : {1, 2, 3, 4, 5})
        ledger.connectionOpened(socket, QStringLiteral("session"));
    for (quint64 socket : {1, 2, 3, 4, 5})
        ledger.frameSent(socket, QStringLiteral("session"), QStringLiteral("m%1").arg(socket),
                         QStringLiteral("channel.follow"), pixelPioneer);
    ledger.connectionEnded(2, DeliveryLedger::End::Dropped);
    ledger.connectionEnded(3, DeliveryLedger::End::ClosedByServer, 4000);
    ledger.connectionEnded(4, DeliveryLedger::End::ClosedByClient);
    ledger.connectionEnded(5, DeliveryLedger::End::HandedOver, 4004);
    // A second end changes nothing: the first one is what happened.
    ledger.connectionEnded(5, DeliveryLedger::End::Dropped);

    const QList<DeliveryLedger::Frame> frames = ledger.frames();
    ASSERT_EQ(frames.size(), 5);
    const qint64 now = ledger.nowMs();
    const qint64 hour = 3'600'000;
    // Within the window: the open socket's frame is not judged yet, those of
    // sockets that broke are at risk, the handed-over socket's is owed.
    EXPECT_EQ(ledger.verdict(frames[0], hour, now), DeliveryLedger::Verdict::Pending);
    EXPECT_EQ(ledger.verdict(frames[1], hour, now), DeliveryLedger::Verdict::AtRisk);
    EXPECT_EQ(ledger.verdict(frames[2], hour, now), DeliveryLedger::Verdict::AtRisk);
    EXPECT_EQ(ledger.verdict(frames[3], hour, now), DeliveryLedger::Verdict::AtRisk);
    EXPECT_EQ(ledger.verdict(frames[4], hour, now), DeliveryLedger::Verdict::Owed);
    // Once the window has passed (here: no window), everything is owed.
    for (const DeliveryLedger::Frame& frame : frames)
        EXPECT_EQ(ledger.verdict(frame, 0, now), DeliveryLedger::Verdict::Owed);
    // Later than the window after the frame: the open socket's frame is owed.
    EXPECT_EQ(ledger.verdict(frames[0], hour, frames[0].sentAtMs + hour),
              DeliveryLedger::Verdict::Owed);

    ledger.frameCopied(QStringLiteral("m1"));
    const QJsonObject summary = ledger.report(hour, false).value("summary").toObject();
    EXPECT_EQ(summary.value("frames").toInt(), 5);
    EXPECT_EQ(summary.value("frames_written").toInt(), 6);
    EXPECT_EQ(summary.value("duplicated").toInt(), 1);
    EXPECT_EQ(summary.value("owed").toInt(), 1);
    EXPECT_EQ(summary.value("at_risk").toInt(), 3);
    EXPECT_EQ(summary.value("pending").toInt(), 1);
}

TEST_F(SoakSupportTest, TheLedgerHasEveryNotificationFrameAndItsSocket) {
    EventSubTestClient client;
    ASSERT_TRUE(client.open(url));
    subscribeFollows(client.sessionId());
    const QStringList sent{follow(), follow(), follow()};
    ASSERT_TRUE(client.waitForFrame("notification", waitMs, 3).has_value());

    const QJsonObject report = simulator.ledger().report(0, true);
    const QJsonArray frames = report.value("frames").toArray();
    ASSERT_EQ(frames.size(), 3);
    QStringList received;
    for (const QJsonObject& frame : client.framesOfType("notification"))
        received << messageIdOf(frame);
    for (int i = 0; i < 3; ++i) {
        const QJsonObject frame = frames[i].toObject();
        EXPECT_EQ(frame["message_id"].toString(), sent[i]);
        EXPECT_EQ(frame["type"].toString(), "channel.follow");
        EXPECT_EQ(frame["broadcaster_user_id"].toString(), pixelPioneer);
        EXPECT_EQ(frame["session_id"].toString(), client.sessionId());
        EXPECT_EQ(frame["copies"].toInt(), 1);
        EXPECT_EQ(frame["verdict"].toString(), "owed");
    }
    EXPECT_EQ(received, sent);
    EXPECT_EQ(connectionReport(0)["end"].toString(), "open");
}

TEST_F(SoakSupportTest, TheLedgerKnowsHowEachSocketEnded) {
    EventSubTestClient dropped, closed, leaving;
    for (EventSubTestClient* client : {&dropped, &closed, &leaving})
        ASSERT_TRUE(client->open(url));
    QSignalSpy ended(&simulator.eventSub(), &EventSubServer::sessionEnded);
    ASSERT_TRUE(simulator.eventSub().dropSession(dropped.sessionId()));
    ASSERT_TRUE(simulator.eventSub().closeSession(closed.sessionId(), 4005, "test"));
    leaving.socket().close();
    for (EventSubTestClient* client : {&dropped, &closed, &leaving})
        ASSERT_TRUE(client->waitForClose(waitMs));
    EXPECT_EQ(closed.closeCode(), 4005);
    // The server hears of the client's close a moment after the client.
    ASSERT_TRUE(QTest::qWaitFor([&] { return ended.count() >= 3; }, waitMs));

    QStringList ends;
    for (int i = 0; i < 3; ++i)
        ends << connectionReport(i)["end"].toString();
    EXPECT_EQ(ends, QStringList({"dropped", "closed_by_server", "closed_by_client"}));
    EXPECT_EQ(connectionReport(1)["close_code"].toInt(), 4005);
    const QJsonObject summary = simulator.ledger().report(0, false).value("summary").toObject();
    EXPECT_EQ(summary.value("connection_ends").toObject().value("closed_by_server_4005").toInt(),
              1);
}

TEST_F(SoakSupportTest, FramesOnASocketHandedOverAreOwedAtOnce) {
    EventSubTestClient old;
    ASSERT_TRUE(old.open(url));
    subscribeFollows(old.sessionId());
    const QString beforeMove = follow();
    ASSERT_EQ(simulator.eventSub().sendReconnect(), 1);
    const std::optional<QJsonObject> reconnect = old.waitForFrame("session_reconnect", waitMs);
    ASSERT_TRUE(reconnect.has_value());
    const QString duringMove = follow();
    EventSubTestClient fresh;
    ASSERT_TRUE(fresh.open(QUrl(reconnect->value("payload")
                                    .toObject()
                                    .value("session")
                                    .toObject()
                                    .value("reconnect_url")
                                    .toString())));
    ASSERT_TRUE(old.waitForClose(waitMs));
    const QString afterMove = follow();
    ASSERT_TRUE(fresh.waitForFrame("notification", waitMs).has_value());

    // Everything before Twitch's 4004 reached the client: owed however
    // recent; the new socket's frame waits for its window.
    const QHash<QString, QString> judged = verdicts(3'600'000);
    EXPECT_EQ(judged.value(beforeMove), "owed");
    EXPECT_EQ(judged.value(duringMove), "owed");
    EXPECT_EQ(judged.value(afterMove), "pending");
    EXPECT_EQ(connectionReport(0)["end"].toString(), "handed_over");
    EXPECT_EQ(connectionReport(1)["end"].toString(), "open");
    EXPECT_EQ(simulator.eventSub().handOvers(), 1);
    EXPECT_EQ(simulator.eventSub().sessionsStarted(), 1);
}

TEST_F(SoakSupportTest, ADuplicatedFrameIsOneEntryWithTwoCopies) {
    EventSubTestClient client;
    ASSERT_TRUE(client.open(url));
    subscribeFollows(client.sessionId());
    simulator.eventSub().duplicateNextNotifications(1);
    const QString twice = follow();
    const QString once = follow();
    ASSERT_TRUE(client.waitForFrame("notification", waitMs, 3).has_value());
    QStringList received;
    for (const QJsonObject& frame : client.framesOfType("notification"))
        received << messageIdOf(frame);
    EXPECT_EQ(received, QStringList({twice, twice, once}));
    const QJsonArray frames = simulator.ledger().report(0, true).value("frames").toArray();
    ASSERT_EQ(frames.size(), 2);
    EXPECT_EQ(frames[0]["copies"].toInt(), 2);
    EXPECT_EQ(frames[1]["copies"].toInt(), 1);
}

TEST_F(SoakSupportTest, ASilencedSessionGetsNothingMoreAndItsEventsAreWithheld) {
    simulator.settings().minKeepaliveSeconds = 1;
    EventSubTestClient silenced, healthy;
    QUrl oneSecond = url;
    oneSecond.setQuery("keepalive_timeout_seconds=1");
    ASSERT_TRUE(silenced.open(oneSecond));
    ASSERT_TRUE(healthy.open(oneSecond));
    subscribeFollows(silenced.sessionId());
    subscribeFollows(healthy.sessionId());
    follow(2);
    ASSERT_TRUE(silenced.waitForFrame("notification", waitMs).has_value());

    EXPECT_EQ(simulator.eventSub().silenceSession(silenced.sessionId()), 1);
    const qsizetype framesBefore = silenced.frames().size();
    follow();
    ASSERT_TRUE(healthy.waitForFrame("notification", waitMs, 2).has_value());
    // Two keepalive periods on the healthy socket: the silenced one would
    // have had its keepalives too.
    const auto keepalives = healthy.framesOfType("session_keepalive").size();
    ASSERT_TRUE(healthy.waitForFrame("session_keepalive", waitMs, int(keepalives) + 2));
    EXPECT_EQ(silenced.frames().size(), framesBefore);
    EXPECT_FALSE(silenced.isClosed()); // half-open: up to the client to give up
    const QJsonObject summary = simulator.ledger().report(0, false).value("summary").toObject();
    EXPECT_EQ(summary.value("withheld").toInt(), 1);
    EXPECT_EQ(summary.value("frames").toInt(), 3);

    // The client gives up on it: the ledger says so.
    silenced.socket().abort();
    QSignalSpy ended(&simulator.eventSub(), &EventSubServer::sessionEnded);
    ASSERT_TRUE(ended.wait(waitMs));
    EXPECT_EQ(connectionReport(0)["end"].toString(), "closed_by_client");
}

TEST_F(SoakSupportTest, ExpiringAnAccountsTokensKeepsItsRefreshTokenWorking) {
    LoopbackHttpClient http(simulator.baseUrl());
    const std::optional<AccessToken> token =
        simulator.oauth().mintUserToken("demo_viewer", {"user:read:chat"});
    ASSERT_TRUE(token.has_value());
    const HeaderList helix =
        LoopbackHttpClient::helixHeaders(token->accessToken, World::demoClientId);
    ASSERT_EQ(http.get("/helix/users", helix).status, 200);

    const LoopbackResponse expired =
        http.postJson("/_sim/tokens/expire", QJsonObject{{"login", "demo_viewer"}});
    ASSERT_EQ(expired.status, 200);
    EXPECT_EQ(expired.json().value("expired").toInt(), 1);
    EXPECT_EQ(http.get("/helix/users", helix).status, 401);
    EXPECT_EQ(http.postJson("/_sim/tokens/expire", QJsonObject{{"login", "nobody"}}).status, 404);

    EXPECT_EQ(simulator.tokens().refreshCount(), 0);
    const LoopbackResponse refreshed =
        http.postForm("/oauth2/token", {{"grant_type", "refresh_token"},
                                        {"refresh_token", token->refreshToken},
                                        {"client_id", World::demoClientId}});
    ASSERT_EQ(refreshed.status, 200);
    EXPECT_EQ(simulator.tokens().refreshCount(), 1);
    EXPECT_EQ(http.get("/helix/users",
                       LoopbackHttpClient::helixHeaders(
                           refreshed.json().value("access_token").toString(), World::demoClientId))
                  .status,
              200);
}

TEST_F(SoakSupportTest, TheLoadSendsOnlyKindsAViewersHistoryKeepsAtItsRate) {
    EventSubTestClient client;
    ASSERT_TRUE(client.open(url));
    subscribeViewer(client.sessionId());
    LoopbackHttpClient http(simulator.baseUrl());
    const LoopbackResponse started =
        http.postJson("/_sim/load", QJsonObject{{"channel", "pixelpioneer"}, {"rate", 200}});
    ASSERT_EQ(started.status, 200);
    EXPECT_TRUE(started.json().value("running").toBool());
    ASSERT_TRUE(client.waitForFrame("notification", waitMs, 100).has_value());
    ASSERT_EQ(http.deleteResource("/_sim/load").status, 200);
    EXPECT_FALSE(simulator.load().isRunning());

    const QSet<QString> notices{"sub",
                                "resub",
                                "sub_gift",
                                "community_sub_gift",
                                "gift_paid_upgrade",
                                "prime_paid_upgrade",
                                "pay_it_forward",
                                "raid",
                                "unraid",
                                "announcement",
                                "bits_badge_tier",
                                "charity_donation",
                                "watch_streak"};
    for (const QJsonObject& frame : client.framesOfType("notification")) {
        const QJsonObject payload = frame.value("payload").toObject();
        const QString type = payload["subscription"]["type"].toString();
        const QJsonObject event = payload.value("event").toObject();
        if (type == "channel.chat.notification") {
            EXPECT_TRUE(notices.contains(event["notice_type"].toString()))
                << event["notice_type"].toString().toStdString();
        } else if (type == "channel.chat.message") {
            // Never a plain chat line: a cheer, a highlight or a Power-up.
            const QString messageType = event["message_type"].toString();
            EXPECT_TRUE(event["cheer"]["bits"].toInt() > 0 ||
                        messageType == "channel_points_highlighted" ||
                        messageType.startsWith("power_ups"))
                << messageType.toStdString();
        } else {
            EXPECT_TRUE(type == "channel.raid" || type == "channel.update") << type.toStdString();
        }
    }
    EXPECT_GE(simulator.load().generated(), 100);
    // Every event is one frame here (one matching subscription each).
    EXPECT_EQ(simulator.ledger().frames().size(), simulator.load().generated());
}

TEST_F(SoakSupportTest, ChaosWithTheSameSeedInjectsTheSameFaults) {
    const auto firstFaults = [](quint64 seed) {
        Simulator simulator;
        EXPECT_TRUE(simulator.start());
        FaultScheduler::Options options;
        options.seed = seed;
        options.minIntervalMs = 1;
        options.maxIntervalMs = 5;
        options.faults = {"helix_429", "helix_5xx", "token_expiry", "live_on", "live_off"};
        options.liveChannels = {"pixelpioneer", "retro_rachel"};
        options.login = "demo_viewer";
        QString error;
        EXPECT_TRUE(simulator.faults().start(options, &error)) << error.toStdString();
        QSignalSpy injected(&simulator.faults(), &FaultScheduler::injected);
        while (injected.count() < 10)
            EXPECT_TRUE(injected.wait(waitMs));
        simulator.faults().stop();
        QStringList log;
        for (const QJsonValue& entry : simulator.faults().state().value("log").toArray())
            log << entry["fault"].toString() + ": " + entry["detail"].toString();
        return log.mid(0, 10);
    };
    const QStringList first = firstFaults(42);
    EXPECT_EQ(first, firstFaults(42));
    // Dealt like cards: each kind once in every round of five.
    QSet<QString> round;
    for (const QString& entry : first.mid(0, 5))
        round.insert(entry.section(':', 0, 0));
    EXPECT_EQ(round.size(), 5) << first.join(" | ").toStdString();
}

TEST_F(SoakSupportTest, EachSessionFaultActsOnTheOpenSession) {
    EventSubTestClient client;
    ASSERT_TRUE(client.open(url));
    subscribeViewer(client.sessionId());
    FaultScheduler& faults = simulator.faults();

    ASSERT_TRUE(faults.inject("duplicate"));
    simulator.eventSub().trigger("channel.update", {}, pixelPioneer);
    ASSERT_TRUE(client.waitForFrame("notification", waitMs, 2).has_value());
    EXPECT_EQ(messageIdOf(client.framesOfType("notification")[0]),
              messageIdOf(client.framesOfType("notification")[1]));

    ASSERT_TRUE(faults.inject("keepalives_off"));
    EXPECT_FALSE(
        simulator.eventSub().sessions().at(0).toObject().value("keepalives_enabled").toBool());

    ASSERT_TRUE(faults.inject("revoke"));
    ASSERT_TRUE(client.waitForFrame("revocation", waitMs).has_value());

    ASSERT_TRUE(faults.inject("reconnect"));
    ASSERT_TRUE(client.waitForFrame("session_reconnect", waitMs).has_value());
    EXPECT_FALSE(faults.inject("reconnect")) << "a session already moving is left alone";

    ASSERT_TRUE(faults.inject("close_4006"));
    ASSERT_TRUE(client.waitForClose(waitMs));
    EXPECT_EQ(client.closeCode(), 4006);
    EXPECT_FALSE(faults.inject("drop")) << "no open session left";

    const QJsonObject injected = faults.state().value("injected").toObject();
    for (const char* fault : {"duplicate", "keepalives_off", "revoke", "reconnect", "close_4006"})
        EXPECT_EQ(injected.value(fault).toInt(), 1) << fault;
}

TEST_F(SoakSupportTest, DropAndSilenceLeaveTheClientWithoutACloseFrame) {
    EventSubTestClient dropped, silenced;
    ASSERT_TRUE(dropped.open(url));
    ASSERT_TRUE(simulator.faults().inject("drop"));
    ASSERT_TRUE(dropped.waitForClose(waitMs));
    // (That no close frame came is EventSubServerTest's, with a raw client:
    // QWebSocket reports 1000 either way.)
    EXPECT_EQ(connectionReport(0)["end"].toString(), "dropped");

    ASSERT_TRUE(silenced.open(url));
    ASSERT_TRUE(simulator.faults().inject("silence"));
    EXPECT_EQ(simulator.faults().state().value("injected")["silence"].toInt(), 1);
    EXPECT_FALSE(simulator.faults().inject("silence")) << "already silent";
}

TEST_F(SoakSupportTest, HelixFaultsAndTokenExpiryTakeEffect) {
    LoopbackHttpClient http(simulator.baseUrl());
    const std::optional<AccessToken> token = simulator.oauth().mintUserToken("demo_viewer", {});
    ASSERT_TRUE(token.has_value());
    const HeaderList helix =
        LoopbackHttpClient::helixHeaders(token->accessToken, World::demoClientId);
    ASSERT_TRUE(simulator.faults().inject("helix_5xx"));
    const int status = http.get("/helix/users", helix).status;
    EXPECT_TRUE(status == 500 || status == 502 || status == 503) << status;
    simulator.helix().clearForcedFailures();
    ASSERT_TRUE(simulator.faults().inject("helix_429"));
    EXPECT_EQ(http.get("/helix/users", helix).status, 429);
    simulator.helix().clearForcedFailures();
    EXPECT_EQ(simulator.helix().forcedFailuresServed(), 2);
    ASSERT_TRUE(simulator.faults().inject("token_expiry"));
    EXPECT_EQ(http.get("/helix/users", helix).status, 401);
}

TEST_F(SoakSupportTest, LiveFaultsSwitchTheChosenChannelsAndAnnounceIt) {
    EventSubTestClient client;
    ASSERT_TRUE(client.open(url));
    subscribeViewer(client.sessionId());
    LoopbackHttpClient http(simulator.baseUrl());
    const LoopbackResponse started =
        http.postJson("/_sim/chaos", QJsonObject{{"seed", "7"},
                                                 {"min_interval_ms", 3'600'000},
                                                 {"max_interval_ms", 3'600'000},
                                                 {"live_channels", QJsonArray{"pixelpioneer"}},
                                                 {"faults", QJsonArray{"live_off"}}});
    ASSERT_EQ(started.status, 200) << started.body.toStdString();
    EXPECT_EQ(started.json().value("seed").toString(), "7");
    ASSERT_TRUE(simulator.faults().inject("live_off"));
    EXPECT_FALSE(simulator.world().channelById(pixelPioneer)->live);
    EXPECT_FALSE(simulator.faults().inject("live_off")) << "no live channel left to switch";
    const std::optional<QJsonObject> offline = client.waitForFrame("notification", waitMs);
    ASSERT_TRUE(offline.has_value());
    EXPECT_EQ(offline->value("payload")["subscription"]["type"].toString(), "stream.offline");
    ASSERT_TRUE(simulator.faults().inject("live_on"));
    EXPECT_TRUE(simulator.world().channelById(pixelPioneer)->live);
    EXPECT_EQ(http.deleteResource("/_sim/chaos").status, 200);
    EXPECT_FALSE(simulator.faults().isRunning());
}

TEST_F(SoakSupportTest, ControlRoutesRefuseWhatTheyCannotDo) {
    LoopbackHttpClient http(simulator.baseUrl());
    EXPECT_EQ(http.postJson("/_sim/chaos", QJsonObject{{"faults", QJsonArray{"meteor"}}}).status,
              400);
    EXPECT_EQ(
        http.postJson("/_sim/chaos", QJsonObject{{"min_interval_ms", 10}, {"max_interval_ms", 5}})
            .status,
        400);
    EXPECT_EQ(
        http.postJson("/_sim/chaos", QJsonObject{{"live_channels", QJsonArray{"nobody"}}}).status,
        400);
    EXPECT_EQ(http.postJson("/_sim/chaos/inject", QJsonObject{{"fault", "meteor"}}).status, 400);
    EXPECT_EQ(http.postJson("/_sim/load", QJsonObject{{"channel", "nobody"}, {"rate", 1}}).status,
              404);
    EXPECT_EQ(
        http.postJson("/_sim/load", QJsonObject{{"channel", "pixelpioneer"}, {"rate", 0}}).status,
        400);
    EXPECT_EQ(http.get("/_sim/ledger?grace_ms=soon").status, 400);
    const LoopbackResponse ledger = http.get("/_sim/ledger");
    ASSERT_EQ(ledger.status, 200);
    EXPECT_EQ(ledger.json().value("grace_ms").toInt(), DeliveryLedger::defaultGraceMs);
    EXPECT_FALSE(ledger.json().contains("frames"));
    EXPECT_EQ(http.postJson("/_sim/eventsub/silence", QJsonObject{{"session_id", "none"}}).status,
              404);
}
