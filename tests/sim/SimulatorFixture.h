#pragma once

// A simulator on loopback for the EventSub tests, with subscriptions put
// straight into its table (as its Helix would after a POST), shared by
// EventSubServerTest and SoakSupportTest.
#include "sim/Simulator.h"
#include "sim/SubscriptionRegistry.h"
#include "sim/World.h"

#include <QJsonObject>
#include <QUrl>

#include <gtest/gtest.h>

namespace streamside::sim {

// The demo viewer, who holds the subscriptions made here.
inline const QString fixtureViewerId = QStringLiteral("600000001");

inline QString messageIdOf(const QJsonObject& frame) {
    return frame.value("metadata").toObject().value("message_id").toString();
}

class SimulatorFixture : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(simulator.start()) << simulator.errorString().toStdString();
        url = simulator.context().eventSubUrl;
    }

    Subscription subscribe(const QString& sessionId, const QString& type, const QString& version,
                           const QJsonObject& condition) {
        Subscription subscription;
        subscription.type = type;
        subscription.version = version;
        subscription.status = QStringLiteral("enabled");
        subscription.condition = condition;
        subscription.sessionId = sessionId;
        subscription.clientId = QLatin1String(World::demoClientId);
        subscription.userId = fixtureViewerId;
        return simulator.subscriptions().add(subscription);
    }

    Simulator simulator;
    QUrl url;
};

} // namespace streamside::sim
