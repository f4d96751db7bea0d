#include "sim/PageService.h"

#include "sim/SimContext.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace streamside::sim {

namespace {

using StatusCode = QHttpServerResponse::StatusCode;

QByteArray resource(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("simulator resource %s is missing", qPrintable(path));
    return file.readAll();
}

// JSON placed inside a <script> element: "</" would end the element early.
QByteArray scriptJson(const QJsonValue& value) {
    QByteArray json = value.isObject()
                          ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                          : QByteArray("null");
    return json.replace("</", "<\\/");
}

QHttpServerResponse html(QByteArray page, StatusCode status = StatusCode::Ok) {
    QHttpServerResponse response("text/html; charset=utf-8", std::move(page), status);
    // Like Twitch: the page refuses to run inside a foreign frame. Top-level
    // loads (as in Streamside's web views) have no ancestor and are unaffected.
    response.addHeader("Content-Security-Policy", "frame-ancestors 'self' http://localhost:*");
    return response;
}

bool isTrue(const QUrlQuery& query, const QString& key, bool otherwise) {
    if (!query.hasQueryItem(key))
        return otherwise;
    const QString value = query.queryItemValue(key);
    return value.isEmpty() || value == QLatin1String("true") || value == QLatin1String("1");
}

// Serves a byte range of the clip when asked: Chromium's media player seeks
// and loops with Range requests.
QHttpServerResponse mediaResponse(const QByteArray& media, const QHttpServerRequest& request) {
    static const QRegularExpression rangePattern(QStringLiteral("^bytes=(\\d*)-(\\d*)$"));
    const QString range = QString::fromLatin1(request.value("Range")).trimmed();
    const auto match = rangePattern.match(range);
    if (range.isEmpty() || !match.hasMatch()) {
        QHttpServerResponse response("video/mp4", media);
        response.addHeader("Accept-Ranges", "bytes");
        return response;
    }
    const qint64 size = media.size();
    qint64 first = match.captured(1).isEmpty() ? -1 : match.captured(1).toLongLong();
    qint64 last = match.captured(2).isEmpty() ? size - 1 : match.captured(2).toLongLong();
    if (first < 0) { // suffix range: the last N bytes
        first = qMax<qint64>(0, size - last);
        last = size - 1;
    }
    last = qMin(last, size - 1);
    if (first > last || first >= size) {
        QHttpServerResponse response(StatusCode::RequestRangeNotSatisfiable);
        response.addHeader("Content-Range", "bytes */" + QByteArray::number(size));
        return response;
    }
    QHttpServerResponse response("video/mp4", media.mid(first, last - first + 1),
                                 StatusCode::PartialContent);
    response.addHeader("Accept-Ranges", "bytes");
    response.addHeader("Content-Range", "bytes " + QByteArray::number(first) + '-' +
                                            QByteArray::number(last) + '/' +
                                            QByteArray::number(size));
    return response;
}

QByteArray avatarSvg(const SimUser& user) {
    const QString initial = user.displayName.left(1).toUpper().toHtmlEscaped();
    return QStringLiteral(
               "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"300\" height=\"300\" "
               "viewBox=\"0 0 300 300\"><circle cx=\"150\" cy=\"150\" r=\"150\" fill=\"%1\"/>"
               "<text x=\"150\" y=\"150\" dy=\".35em\" text-anchor=\"middle\" font-size=\"150\" "
               "font-family=\"DejaVu Sans, sans-serif\" font-weight=\"bold\" "
               "fill=\"#ffffff\">%2</text></svg>")
        .arg(user.avatarColor.toHtmlEscaped(), initial)
        .toUtf8();
}

} // namespace

PageService::PageService(SimContext& context)
    : m_context(context)
    , m_media(resource(QStringLiteral(":/sim/media/stream.mp4")))
    , m_playerTemplate(resource(QStringLiteral(":/sim/pages/player.html")))
    , m_chatTemplate(resource(QStringLiteral(":/sim/pages/chat.html"))) {}

QString PageService::avatarPath(const QString& login) {
    return QStringLiteral("/_sim/avatars/%1.svg").arg(login);
}

void PageService::registerRoutes(QHttpServer& server) {
    server.route(QStringLiteral("/embed/player"), [this](const QHttpServerRequest& request) {
        const QUrlQuery query = request.query();
        const QString login = query.queryItemValue(QStringLiteral("channel")).toLower();
        QJsonObject options{
            {QStringLiteral("muted"), isTrue(query, QStringLiteral("muted"), false)},
            {QStringLiteral("autoplay"), isTrue(query, QStringLiteral("autoplay"), true)},
            {QStringLiteral("mediaUrl"), QStringLiteral("/_sim/media/stream.mp4")}};
        QJsonValue channelJson;
        StatusCode status = StatusCode::Ok;
        const SimUser* user = m_context.world.userByLogin(login);
        const SimChannel* channel = user ? m_context.world.channelById(user->id) : nullptr;
        if (!query.hasQueryItem(QStringLiteral("parent"))) {
            // Twitch's embeds refuse to load without a parent domain.
            options.insert(QStringLiteral("error"),
                           QStringLiteral("This embed is misconfigured: the parent parameter is "
                                          "missing."));
            status = StatusCode::BadRequest;
        } else if (!channel) {
            options.insert(QStringLiteral("error"),
                           QStringLiteral("Sorry. Unless you've got a time machine, that content "
                                          "is unavailable."));
            status = StatusCode::NotFound;
        } else {
            channelJson = QJsonObject{{QStringLiteral("login"), user->login},
                                      {QStringLiteral("displayName"), user->displayName},
                                      {QStringLiteral("title"), channel->title},
                                      {QStringLiteral("game"), channel->gameName},
                                      {QStringLiteral("live"), channel->live},
                                      {QStringLiteral("viewers"), channel->viewerCount},
                                      {QStringLiteral("avatar"), avatarPath(user->login)}};
        }
        QByteArray page = m_playerTemplate;
        page.replace("{{CHANNEL_JSON}}", scriptJson(channelJson));
        page.replace("{{OPTIONS_JSON}}", scriptJson(options));
        return html(std::move(page), status);
    });

    server.route(QStringLiteral("/embed/<arg>/chat"), [this](const QString& login,
                                                             const QHttpServerRequest& request) {
        const QUrlQuery query = request.query();
        QJsonObject chat{
            {QStringLiteral("dark"), query.hasQueryItem(QStringLiteral("darkpopout"))}};
        StatusCode status = StatusCode::Ok;
        const SimUser* user = m_context.world.userByLogin(login);
        if (!query.hasQueryItem(QStringLiteral("parent"))) {
            chat.insert(QStringLiteral("error"),
                        QStringLiteral("This embed is misconfigured: the parent "
                                       "parameter is missing."));
            status = StatusCode::BadRequest;
        } else if (!user) {
            chat.insert(QStringLiteral("error"), QStringLiteral("This channel does not exist."));
            status = StatusCode::NotFound;
        } else {
            chat.insert(QStringLiteral("displayName"), user->displayName);
            chat.insert(QStringLiteral("messagesUrl"),
                        QStringLiteral("/_sim/chat/%1/messages").arg(user->login));
        }
        QByteArray page = m_chatTemplate;
        page.replace("{{CHAT_JSON}}", scriptJson(chat));
        return html(std::move(page), status);
    });

    server.route(
        QStringLiteral("/_sim/chat/<arg>/messages"),
        [this](const QString& login, const QHttpServerRequest& request) {
            const SimUser* user = m_context.world.userByLogin(login);
            if (!user)
                return QHttpServerResponse(
                    QJsonObject{{QStringLiteral("error"), QStringLiteral("no such channel")}},
                    StatusCode::NotFound);
            const qint64 after =
                request.query().queryItemValue(QStringLiteral("after")).toLongLong();
            QJsonArray messages;
            for (const ChatMessage& m : m_context.chat.messages(user->id, after))
                messages.append(
                    QJsonObject{{QStringLiteral("sequence"), m.sequence},
                                {QStringLiteral("id"), m.id},
                                {QStringLiteral("user_login"), m.userLogin},
                                {QStringLiteral("user_name"), m.userName},
                                {QStringLiteral("color"), m.color},
                                {QStringLiteral("text"), m.text},
                                {QStringLiteral("bits"), m.bits},
                                {QStringLiteral("sent_at"), m.sentAt.toString(Qt::ISODateWithMs)}});
            return QHttpServerResponse(QJsonObject{{QStringLiteral("messages"), messages}});
        });

    server.route(QStringLiteral("/_sim/avatars/<arg>"), [this](const QString& file) {
        const SimUser* user = file.endsWith(QLatin1String(".svg"))
                                  ? m_context.world.userByLogin(file.chopped(4))
                                  : nullptr;
        if (!user)
            return QHttpServerResponse(StatusCode::NotFound);
        QHttpServerResponse response("image/svg+xml", avatarSvg(*user));
        response.addHeader("Cache-Control", "max-age=86400");
        return response;
    });

    server.route(charityLogoPath(), [] {
        return QHttpServerResponse(
            "image/svg+xml",
            QByteArrayLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"64\" "
                              "height=\"64\"><circle cx=\"32\" cy=\"32\" r=\"32\" "
                              "fill=\"#16a34a\"/><path d=\"M32 48 16 32a9 9 0 0 1 16-10 9 9 0 0 "
                              "1 16 10z\" fill=\"#fff\"/></svg>"));
    });
    server.route(charityPagePath(), [] {
        return html(QByteArrayLiteral(
            "<!DOCTYPE html><html lang=\"en\"><meta charset=\"utf-8\"><title>Simulated "
            "charity</title><body style=\"font-family:sans-serif\"><h1>Simulated charity</h1>"
            "<p>The charity of the Twitch simulator's donation events.</p></body></html>"));
    });

    server.route(
        QStringLiteral("/_sim/media/stream.mp4"),
        [this](const QHttpServerRequest& request) { return mediaResponse(m_media, request); });
}

} // namespace streamside::sim
