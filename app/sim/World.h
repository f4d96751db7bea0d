#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace streamside::sim {

// A Twitch account. Every broadcaster is a user; viewers are users without a channel.
struct SimUser {
    QString id;
    QString login;
    QString displayName;
    QString description;
    QString broadcasterType; // "", "affiliate" or "partner"
    QString avatarColor;     // background of the generated profile image (#rrggbb)
    QDateTime createdAt;
};

// A user's channel and stream state.
struct SimChannel {
    QString broadcasterId; // the owning SimUser's id
    QString title;
    QString gameId;
    QString gameName;
    QString language = QStringLiteral("en");
    QStringList tags;
    bool live = false;
    QString streamId;    // set while live
    int viewerCount = 0; // while live
    QDateTime startedAt; // while live
};

// An application registered with Twitch.
struct SimClient {
    QString clientId;
    QString clientSecret;     // empty for public clients
    QStringList redirectUris; // matched exactly
    bool isPublic = true;     // "Public" client type: no secret, device flow refresh allowed
    QString name;
};

// Everything the simulator knows about Twitch's users, channels and
// registered applications. Plain data: the services read and change it, and
// the Simulator turns changes into EventSub notifications.
class World {
public:
    // The world used by the demo and the tests: a handful of channels (some
    // live), a few viewer accounts and the demo's registered clients.
    static World standard();

    QList<SimUser> users;
    QList<SimChannel> channels;
    QList<SimClient> clients;
    QHash<QString, QSet<QString>> moderators; // channel (broadcaster) id -> moderator user ids
    QHash<QString, QStringList> follows;      // user id -> followed broadcaster ids, in order

    const SimUser* userById(const QString& id) const;
    const SimUser* userByLogin(const QString& login) const; // case-insensitive
    SimChannel* channelById(const QString& broadcasterId);
    const SimChannel* channelById(const QString& broadcasterId) const;
    const SimClient* client(const QString& clientId) const;
    bool isModerator(const QString& broadcasterId, const QString& userId) const;

    // Changes a channel's live state; returns false when nothing changed.
    // Going live sets a fresh stream id, start time and viewer count.
    bool setLive(const QString& broadcasterId, bool live);

    // Ids of the demo's registered applications.
    static constexpr char demoClientId[] = "streamsidedemo0000000000000001";
    static constexpr char confidentialClientId[] = "streamsideconfidential00000002";
    static constexpr char confidentialClientSecret[] = "simulatedsecret0000000000000002";
    static constexpr char defaultRedirectUri[] = "http://localhost:17563";
};

} // namespace streamside::sim
