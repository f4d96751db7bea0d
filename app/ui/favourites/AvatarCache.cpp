#include "ui/favourites/AvatarCache.h"

#include "core/app/Logging.h"

#include <QImageReader>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPainter>
#include <QPainterPath>

namespace streamside::ui {

AvatarCache::AvatarCache(QNetworkAccessManager& network, QObject* parent)
    : QObject(parent)
    , m_network(network) {}

QPixmap AvatarCache::avatar(const QUrl& url, const QString& name, int size,
                            qreal devicePixelRatio) {
    const auto image = m_images.constFind(url);
    if (image == m_images.constEnd()) {
        if (url.isValid() && !m_loading.contains(url) && !m_failed.contains(url)) {
            m_loading.insert(url);
            QNetworkReply* reply = m_network.get(QNetworkRequest(url));
            connect(reply, &QNetworkReply::finished, this, [this, reply, url] {
                reply->deleteLater();
                m_loading.remove(url);
                QImageReader reader(reply);
                const QImage loaded =
                    reply->error() == QNetworkReply::NoError ? reader.read() : QImage();
                if (loaded.isNull()) {
                    m_failed.insert(url);
                    qCInfo(lcUi) << "No profile image from" << url.host() << reply->errorString();
                    return;
                }
                m_images.insert(url, loaded);
                emit avatarLoaded(url);
            });
        }
        return standIn(name, size, devicePixelRatio);
    }
    const int pixels = qRound(size * devicePixelRatio);
    QPixmap round(pixels, pixels);
    round.fill(Qt::transparent);
    QPainter painter(&round);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    QPainterPath circle;
    circle.addEllipse(0, 0, pixels, pixels);
    painter.setClipPath(circle);
    painter.drawImage(QRect(0, 0, pixels, pixels), *image);
    painter.end();
    round.setDevicePixelRatio(devicePixelRatio);
    return round;
}

QPixmap AvatarCache::standIn(const QString& name, int size, qreal devicePixelRatio) {
    const int pixels = qRound(size * devicePixelRatio);
    QPixmap disc(pixels, pixels);
    disc.fill(Qt::transparent);
    QPainter painter(&disc);
    painter.setRenderHint(QPainter::Antialiasing);
    // A stable colour per name, so the same channel keeps its colour.
    painter.setBrush(QColor::fromHsv(int(qHash(name) % 360), 120, 170));
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(0, 0, pixels, pixels);
    QFont font;
    font.setBold(true);
    font.setPixelSize(pixels / 2);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRect(0, 0, pixels, pixels), Qt::AlignCenter, name.left(1).toUpper());
    painter.end();
    disc.setDevicePixelRatio(devicePixelRatio);
    return disc;
}

} // namespace streamside::ui
