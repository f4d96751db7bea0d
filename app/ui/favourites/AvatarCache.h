#pragma once

#include <QHash>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QUrl>

class QNetworkAccessManager;

namespace streamside::ui {

// Profile images, loaded once per URL and kept in memory. Until one has
// arrived (or when it cannot be loaded) a disc with the name's initial stands
// in, so that a row never shows an empty hole.
class AvatarCache : public QObject {
    Q_OBJECT
public:
    explicit AvatarCache(QNetworkAccessManager& network, QObject* parent = nullptr);

    // The image for url at size (device-independent pixels), or the stand-in;
    // starts loading when not loaded yet.
    QPixmap avatar(const QUrl& url, const QString& name, int size, qreal devicePixelRatio);

signals:
    void avatarLoaded(const QUrl& url);

private:
    static QPixmap standIn(const QString& name, int size, qreal devicePixelRatio);

    QNetworkAccessManager& m_network;
    QHash<QUrl, QImage> m_images;
    QSet<QUrl> m_loading;
    QSet<QUrl> m_failed;
};

} // namespace streamside::ui
