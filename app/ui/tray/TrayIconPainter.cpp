#include "ui/tray/TrayIconPainter.h"

#include <QFont>
#include <QPainter>
#include <QPixmap>

namespace streamside::ui {

QIcon TrayIconPainter::withUnreadCount(const QIcon& base, int count) {
    if (count <= 0)
        return base;
    const QString label = count > 99 ? QStringLiteral("99+") : QString::number(count);
    QIcon icon;
    // Tray hosts ask for different sizes; a badge drawn per size stays legible.
    for (const int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap = base.pixmap(size, size);
        if (pixmap.isNull()) {
            pixmap = QPixmap(size, size);
            pixmap.fill(Qt::transparent);
        }
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal badge = size * 0.62;
        const QRectF rect(size - badge, size - badge, badge, badge);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xd9, 0x1e, 0x18));
        painter.drawEllipse(rect);
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(qMax(6, int(badge * (label.size() > 2 ? 0.42 : 0.62))));
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(rect, Qt::AlignCenter, label);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace streamside::ui
