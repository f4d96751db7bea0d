#include "floors/BareEventListFloor.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace streamside::floors {

BareEventListFloor::BareEventListFloor(Endpoints endpoints, bool listVisible)
    : m_endpoints(std::move(endpoints)) {
    if (listVisible) {
        m_view = std::make_unique<QListView>();
        m_view->setModel(&m_model);
        m_view->resize(640, 480);
        m_view->show();
    }
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &BareEventListFloor::onFrame);
    // Qt 6.4 names the signal error(); errorOccurred() came in 6.5.
    connect(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this] { emit failed(m_socket.errorString()); });
}

BareEventListFloor::~BareEventListFloor() {
    m_view.reset(); // before the model it shows
}

void BareEventListFloor::start() {
    m_socket.open(m_endpoints.eventSubUrl);
}

void BareEventListFloor::onFrame(const QString& text) {
    const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
    const QJsonObject metadata = frame.value(QLatin1String("metadata")).toObject();
    const QString type = metadata.value(QLatin1String("message_type")).toString();
    const QJsonObject payload = frame.value(QLatin1String("payload")).toObject();
    if (type == QLatin1String("session_welcome")) {
        subscribe(payload.value(QLatin1String("session"))
                      .toObject()
                      .value(QLatin1String("id"))
                      .toString());
        return;
    }
    if (type != QLatin1String("notification"))
        return;
    const QJsonObject event = payload.value(QLatin1String("event")).toObject();
    auto* item = new QStandardItem(event.value(QLatin1String("system_message")).toString());
    item->setData(metadata.value(QLatin1String("message_id")).toString(), messageIdRole);
    item->setEditable(false);
    // As the app's model: the oldest row goes, then the new one comes on top.
    if (m_model.rowCount() == rows)
        m_model.removeRow(rows - 1);
    m_model.insertRow(0, item);
}

void BareEventListFloor::subscribe(const QString& sessionId) {
    QNetworkRequest request(m_endpoints.subscriptionsUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + m_endpoints.accessToken.toUtf8());
    request.setRawHeader("Client-Id", m_endpoints.clientId.toUtf8());
    const QJsonObject body{
        {QStringLiteral("type"), QStringLiteral("channel.chat.notification")},
        {QStringLiteral("version"), QStringLiteral("1")},
        {QStringLiteral("condition"),
         QJsonObject{{QStringLiteral("broadcaster_user_id"), m_endpoints.channelId},
                     {QStringLiteral("user_id"), m_endpoints.userId}}},
        {QStringLiteral("transport"),
         QJsonObject{{QStringLiteral("method"), QStringLiteral("websocket")},
                     {QStringLiteral("session_id"), sessionId}}}};
    QNetworkReply* reply =
        m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error() == QNetworkReply::NoError)
            emit ready();
        else
            emit failed(reply->errorString());
    });
}

} // namespace streamside::floors
