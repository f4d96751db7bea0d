#include "sim/Simulator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <memory>

using streamside::sim::Simulator;

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
