#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QStandardItemModel>
#include <QUrl>
#include <QWebSocket>

#include <memory>

class QListView;

namespace streamside::floors {

// The floor of Streamside's own stack for frame-to-row latency: what a bare
// Qt program does with the same EventSub frames. A QWebSocket takes the
// session, one Helix request subscribes to the channel's chat
// notifications, and each notification is parsed with QJsonDocument and put
// on top of a ten-row QStandardItemModel, shown (when asked) in a plain
// QListView. No decoder, no duplicate checks, no history, no delegate.
class BareEventListFloor : public QObject {
    Q_OBJECT
public:
    struct Endpoints {
        QUrl eventSubUrl;
        QUrl subscriptionsUrl; // Helix's eventsub/subscriptions
        QString clientId;
        QString accessToken;
        QString channelId;
        QString userId;
    };

    static constexpr int rows = 10;
    static constexpr int messageIdRole = Qt::UserRole;

    BareEventListFloor(Endpoints endpoints, bool listVisible);
    ~BareEventListFloor() override;

    void start();
    QStandardItemModel& model() { return m_model; }
    QListView* view() const { return m_view.get(); }

signals:
    void ready(); // subscribed: notifications come from now on
    void failed(const QString& why);

private:
    void onFrame(const QString& text);
    void subscribe(const QString& sessionId);

    Endpoints m_endpoints;
    QWebSocket m_socket;
    QNetworkAccessManager m_network;
    QStandardItemModel m_model;
    std::unique_ptr<QListView> m_view;
};

} // namespace streamside::floors
