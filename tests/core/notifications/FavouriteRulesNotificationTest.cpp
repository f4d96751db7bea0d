// Rules changed through the favourites model reach the notification policy:
// the chosen kind toasts, another does not.
#include "core/events/EventKind.h"
#include "core/favourites/FavouritesModel.h"
#include "core/notifications/NotificationPolicy.h"
#include "core/storage/Database.h"
#include "core/storage/FavouriteRepository.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace streamside;

namespace {

class CountingSink : public NotificationSink {
public:
    void show(const QString& title, const QString& body, const QString&) override {
        toasts << title + QStringLiteral(": ") + body;
    }
    QStringList toasts;
};

ChannelEvent event(EventKind kind, const QString& who) {
    ChannelEvent e;
    e.kind = kind;
    e.broadcasterId = "1";
    e.actorLogin = who.toLower();
    e.actorName = who;
    e.amount = 5;
    return e;
}

} // namespace

TEST(FavouriteRulesNotification, TheChosenKindToastsAndAnUnchosenOneDoesNot) {
    QTemporaryDir dir;
    Database db{dir.filePath("streamside.db")};
    ASSERT_FALSE(db.open());
    FavouriteRepository repository{db};
    Favourite ada;
    ada.channelId = "1";
    ada.login = "ada";
    ada.displayName = "Ada";
    ASSERT_FALSE(repository.add(ada));
    FavouritesModel model(repository);
    CountingSink sink;
    const QDateTime now(QDate(2026, 3, 10), QTime(20, 0), Qt::LocalTime);
    NotificationPolicy policy(sink, [now] { return now; });
    policy.setMinimumInterval(std::chrono::milliseconds(0));
    // As AppController does.
    policy.setFavourites(repository.list());
    QObject::connect(&model, &FavouritesModel::notificationRulesChanged, &policy,
                     [&] { policy.setFavourites(repository.list()); });

    policy.eventArrived(event(EventKind::CommunityGift, "Dora"));
    EXPECT_TRUE(sink.toasts.isEmpty()) << "a new favourite notifies about no events";

    ASSERT_FALSE(model.setNotificationRules("1", true, {eventKindName(EventKind::CommunityGift)}));
    policy.eventArrived(event(EventKind::Raid, "Carl"));
    EXPECT_TRUE(sink.toasts.isEmpty()) << "raids were not chosen";
    policy.eventArrived(event(EventKind::CommunityGift, "Dora"));
    ASSERT_EQ(sink.toasts.size(), 1);
    EXPECT_TRUE(sink.toasts[0].startsWith("Ada: ")) << sink.toasts[0].toStdString();
}
