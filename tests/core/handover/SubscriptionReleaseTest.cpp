// The subscriptions a Streamside deletes before its successor takes over.
#include "core/handover/SubscriptionRelease.h"

#include "support/FakeHelix.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace streamside;

TEST(SubscriptionRelease, FinishesOnceEveryDeletionIsAnswered) {
    FakeHelix helix;
    for (const char* id : {"a", "b", "c"})
        helix.live.insert(id, EventSubSubscriptionRequest{});
    helix.deleteFailure = [](const QString& id) -> std::optional<HelixError> {
        if (id == "b")
            return FakeHelix::error(500);
        return std::nullopt;
    };
    SubscriptionRelease release(helix);
    QSignalSpy finished(&release, &SubscriptionRelease::finished);
    // "gone" was deleted already (404): that is not a failure.
    release.release({"a", "b", "c", "gone"});
    EXPECT_TRUE(finished.isEmpty()) << "finished before Twitch answered";
    ASSERT_TRUE(finished.wait(5000));
    EXPECT_EQ(helix.deleteCalls.size(), 4);
    EXPECT_EQ(release.failedCount(), 1);
    EXPECT_EQ(helix.live.keys(), QStringList{"b"});
    EXPECT_FALSE(finished.wait(100)) << "finished twice";
}

TEST(SubscriptionRelease, NothingToDeleteFinishesFromTheEventLoop) {
    FakeHelix helix;
    SubscriptionRelease release(helix);
    QSignalSpy finished(&release, &SubscriptionRelease::finished);
    release.release({});
    EXPECT_TRUE(finished.isEmpty());
    ASSERT_TRUE(finished.wait(5000));
    EXPECT_EQ(release.failedCount(), 0);
}
