#pragma once

#include "sim/ChatLog.h"
#include "sim/SimContext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace streamside::sim {

// Builds the `event` object of EventSub notifications, field for field in
// the shape of Twitch's official examples (the vectors under
// tests/data/twitch-vectors and the EventSub reference), with values drawn
// from the World: real broadcaster and user ids, logins and display names.
//
// Callers can override any field: the overrides are merged into the built
// event (objects key by key, everything else replaced), so that a test can
// set a raid's viewer count ({"viewers": 9001}) or a resub's months
// ({"resub": {"cumulative_months": 24}}). Derived text such as a chat
// notification's system_message is written after the merge, so it agrees
// with the overridden values unless it is overridden itself.
class EventFactory {
public:
    // Reads the World and, for image URLs, the simulator's own HTTP address:
    // events never point a client at a host other than the simulator.
    explicit EventFactory(const SimContext& context);

    // Every subscription type the simulator can deliver, and the version
    // whose event shape it builds.
    static QStringList types();
    static QString versionOf(const QString& type); // empty when unknown
    // channel.chat.notification notice types (watch_streak included).
    static QStringList chatNoticeTypes();
    // channel.chat.message message_type values.
    static QStringList chatMessageTypes();

    // The event for `type` in the channel of `broadcasterId`. `variant` is the
    // notice_type of channel.chat.notification and the message_type of
    // channel.chat.message (empty: "sub" / "text"); other types ignore it.
    // Empty when the type, the variant or the broadcaster is unknown.
    std::optional<QJsonObject> event(const QString& type, const QString& variant,
                                     const QString& broadcasterId,
                                     const QJsonObject& overrides = {}) const;

    // channel.chat.message for a message of the chat log: cheers ("Cheer100")
    // become cheermote fragments and cheer.bits, known emotes emote
    // fragments, "@login" of a known user mention fragments.
    QJsonObject chatMessageEvent(const ChatMessage& message, const QString& messageType = {},
                                 const QJsonObject& overrides = {}) const;
    // A believable chat line from a user of the World other than the
    // broadcaster (not yet appended to any log).
    ChatMessage randomChatMessage(const QString& broadcasterId, int bits = 0) const;

    // Merges overrides into target: nested objects key by key, other values replaced.
    static void merge(QJsonObject& target, const QJsonObject& overrides);

private:
    QJsonObject chatNotification(const SimUser& broadcaster, const QString& noticeType,
                                 const QJsonObject& overrides) const;
    QJsonObject noticeObject(const QString& noticeType, const SimUser& broadcaster,
                             const SimUser& chatter) const;
    QString systemMessage(const QJsonObject& event) const;
    QJsonObject buildEvent(const QString& type, const SimUser& broadcaster) const;
    QJsonObject hypeTrain(const QString& phase, const SimUser& broadcaster) const;
    QJsonObject poll(const QString& phase, const SimUser& broadcaster) const;
    QJsonObject prediction(const QString& phase, const SimUser& broadcaster) const;
    QJsonObject goal(const QString& phase, const SimUser& broadcaster) const;
    QJsonObject charityCampaign(const QString& phase, const SimUser& broadcaster) const;
    QJsonObject sharedChat(const QString& phase, const SimUser& broadcaster) const;
    QJsonArray fragments(const QString& text, bool withMentions) const;
    QJsonArray badgesFor(const QString& broadcasterId, const QString& userId) const;

    const SimUser& someoneOtherThan(const QString& userId, const QString& alsoNot = {}) const;
    const SimUser& otherBroadcaster(const QString& broadcasterId) const;
    int randomInt(int lowest, int highest) const; // inclusive
    template <typename T>
    const T& pick(const QList<T>& values) const {
        return values.at(randomInt(0, int(values.size()) - 1));
    }

    QString imageUrl(const QString& path) const;

    const SimContext& m_context;
    const World& m_world;
};

} // namespace streamside::sim
