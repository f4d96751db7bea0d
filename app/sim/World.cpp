#include "sim/World.h"

#include <QRandomGenerator>

namespace streamside::sim {

namespace {

SimUser user(const char* id, const char* login, const QString& displayName,
             const char* broadcasterType, const char* avatarColor, const char* description,
             const char* createdAt) {
    return SimUser{QLatin1String(id),
                   QLatin1String(login),
                   displayName,
                   QLatin1String(description),
                   QLatin1String(broadcasterType),
                   QLatin1String(avatarColor),
                   QDateTime::fromString(QLatin1String(createdAt), Qt::ISODate)};
}

SimChannel channel(const char* id, const QString& title, const char* gameId, const char* gameName,
                   const QStringList& tags, bool live, int viewers, const char* language = "en") {
    SimChannel c;
    c.broadcasterId = QLatin1String(id);
    c.title = title;
    c.gameId = QLatin1String(gameId);
    c.gameName = QLatin1String(gameName);
    c.tags = tags;
    c.language = QLatin1String(language);
    c.live = live;
    c.viewerCount = live ? viewers : 0;
    if (live) {
        c.streamId = QStringLiteral("4%1").arg(QLatin1String(id));
        c.startedAt = QDateTime::currentDateTimeUtc().addSecs(-3600 - viewers % 5000);
    }
    return c;
}

} // namespace

World World::standard() {
    World world;
    world.users = {
        user("141981764", "twitchdev", QStringLiteral("TwitchDev"), "partner", "#9146ff",
             "Supporting third-party developers building Twitch integrations.",
             "2016-12-14T20:32:28Z"),
        user("500000001", "pixelpioneer", QStringLiteral("PixelPioneer"), "partner", "#e4572e",
             "Speedrunner. Celeste, Hollow Knight, and whatever chat dares me to.",
             "2017-03-02T18:11:05Z"),
        user("500000002", "cozycoder", QStringLiteral("CozyCoder"), "affiliate", "#17bebb",
             "Building a game engine in Rust, one lofi stream at a time.", "2019-07-21T09:45:00Z"),
        user("500000003", "nightowlgaming", QStringLiteral("NightOwlGaming"), "affiliate",
             "#2e294e", "Blind runs after midnight.", "2018-11-30T23:59:59Z"),
        user("500000004", "sakura_streams", QStringLiteral("さくら"), "partner", "#ff8fab",
             "Art, music and cozy games from Tokyo.", "2020-04-01T03:00:00Z"),
        user("500000005", "retro_rachel", QStringLiteral("Retro_Rachel"), "", "#ffc914",
             "90s consoles only.", "2021-06-15T12:00:00Z"),
        // Viewer accounts.
        user("600000001", "demo_viewer", QStringLiteral("DemoViewer"), "", "#4f6d7a", "",
             "2022-01-10T10:00:00Z"),
        user("600000002", "second_viewer", QStringLiteral("SecondViewer"), "", "#56a3a6", "",
             "2022-05-05T05:05:05Z"),
        user("600000003", "mod_mia", QStringLiteral("ModMia"), "", "#db504a", "",
             "2020-09-09T09:09:09Z"),
    };
    world.channels = {
        channel("141981764", QStringLiteral("Building the future of interactive streaming"),
                "1469308723", "Software and Game Development", {"English", "Programming"}, true,
                1240),
        channel("500000001", QStringLiteral("Celeste any% — PB attempts, !splits"), "504461",
                "Celeste", {"English", "Speedrun"}, true, 8735),
        channel("500000002", QStringLiteral("Rust + lofi: writing an ECS from scratch"),
                "1469308723", "Software and Game Development", {"English", "Rust"}, true, 312),
        channel("500000003", QStringLiteral("Elden Ring blind — no guides, no spoilers"), "512953",
                "Elden Ring", {"English", "Blind"}, false, 0),
        channel("500000004", QStringLiteral("お絵かき配信 — drawing with chat"), "509660", "Art",
                {"日本語", "Art"}, true, 2210, "ja"),
        channel("500000005", QStringLiteral("Sunday SNES marathon"), "26936", "Music", {"English"},
                false, 0),
    };
    world.clients = {
        SimClient{QLatin1String(demoClientId),
                  QString(),
                  {QLatin1String(defaultRedirectUri)},
                  true,
                  QStringLiteral("Streamside (demo)")},
        SimClient{QLatin1String(confidentialClientId),
                  QLatin1String(confidentialClientSecret),
                  {QStringLiteral("http://localhost:3000/callback")},
                  false,
                  QStringLiteral("A confidential web app")},
    };
    world.moderators.insert(QStringLiteral("500000001"), {QStringLiteral("600000003")});
    world.follows.insert(QStringLiteral("600000001"),
                         {QStringLiteral("500000001"), QStringLiteral("500000002"),
                          QStringLiteral("500000004"), QStringLiteral("500000003")});
    world.follows.insert(QStringLiteral("600000002"), {QStringLiteral("141981764")});
    return world;
}

const SimUser* World::userById(const QString& id) const {
    for (const SimUser& u : users)
        if (u.id == id)
            return &u;
    return nullptr;
}

const SimUser* World::userByLogin(const QString& login) const {
    for (const SimUser& u : users)
        if (u.login.compare(login, Qt::CaseInsensitive) == 0)
            return &u;
    return nullptr;
}

SimChannel* World::channelById(const QString& broadcasterId) {
    for (SimChannel& c : channels)
        if (c.broadcasterId == broadcasterId)
            return &c;
    return nullptr;
}

const SimChannel* World::channelById(const QString& broadcasterId) const {
    return const_cast<World*>(this)->channelById(broadcasterId);
}

const SimClient* World::client(const QString& clientId) const {
    for (const SimClient& c : clients)
        if (c.clientId == clientId)
            return &c;
    return nullptr;
}

bool World::isModerator(const QString& broadcasterId, const QString& userId) const {
    return moderators.value(broadcasterId).contains(userId);
}

bool World::setLive(const QString& broadcasterId, bool live) {
    SimChannel* c = channelById(broadcasterId);
    if (!c || c->live == live)
        return false;
    c->live = live;
    if (live) {
        c->streamId =
            QString::number(40000000000ULL + QRandomGenerator::global()->bounded(1000000));
        c->startedAt = QDateTime::currentDateTimeUtc();
        c->viewerCount = 1 + int(QRandomGenerator::global()->bounded(500));
    } else {
        c->streamId.clear();
        c->startedAt = {};
        c->viewerCount = 0;
    }
    return true;
}

} // namespace streamside::sim
