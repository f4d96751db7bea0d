#include "ui/favourites/FavouriteDelegate.h"

#include "core/favourites/FavouritesModel.h"
#include "ui/favourites/AvatarCache.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace streamside::ui {

namespace {
constexpr int padding = 8;
constexpr int avatarSize = 36;
} // namespace

FavouriteDelegate::FavouriteDelegate(AvatarCache& avatars, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_avatars(avatars) {}

QSize FavouriteDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const {
    const QFontMetrics metrics(option.font);
    return {180, qMax(avatarSize, metrics.height() * 2 + 2) + 2 * padding};
}

void FavouriteDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = {};
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);

    painter->save();
    const bool rightToLeft = opt.direction == Qt::RightToLeft;
    const QString name = index.data(FavouritesModel::DisplayNameRole).toString();
    const bool live = index.data(FavouritesModel::LiveRole).toBool();
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    QRect avatarRect(opt.rect.left() + padding,
                     opt.rect.top() + (opt.rect.height() - avatarSize) / 2, avatarSize, avatarSize);
    QRect textRect(avatarRect.right() + padding, opt.rect.top() + padding,
                   opt.rect.right() - padding - avatarRect.right() - padding,
                   opt.rect.height() - 2 * padding);
    if (rightToLeft) {
        avatarRect.moveRight(opt.rect.right() - padding);
        textRect.moveLeft(opt.rect.left() + padding);
    }
    painter->drawPixmap(avatarRect,
                        m_avatars.avatar(index.data(FavouritesModel::AvatarUrlRole).toUrl(), name,
                                         avatarSize, dpr));
    painter->setRenderHint(QPainter::Antialiasing);
    if (live) {
        // The red live dot on the avatar's corner, ringed in the row's background.
        const QRect dot(rightToLeft ? avatarRect.left() - 1 : avatarRect.right() - 10,
                        avatarRect.bottom() - 10, 12, 12);
        painter->setBrush(QColor(0xeb, 0x04, 0x00));
        painter->setPen(QPen(opt.palette.color(QPalette::Base), 2));
        painter->drawEllipse(dot);
    }

    const bool selected = opt.state & QStyle::State_Selected;
    const QColor textColor =
        opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = textColor;
    muted.setAlphaF(0.65);
    const QFontMetrics metrics(opt.font);
    QFont nameFont = opt.font;
    nameFont.setBold(true);
    const QFontMetrics nameMetrics(nameFont);
    const int lineHeight = metrics.height();
    const int top = live ? textRect.top() : textRect.center().y() - lineHeight / 2;
    const Qt::Alignment align = Qt::AlignVCenter | Qt::AlignLeading;

    QString viewers;
    if (live)
        viewers = QLocale().toString(index.data(FavouritesModel::ViewerCountRole).toInt());
    const int viewersWidth = viewers.isEmpty() ? 0 : metrics.horizontalAdvance(viewers) + padding;
    QRect nameRect(textRect.left(), top, textRect.width() - viewersWidth, lineHeight);
    QRect viewersRect(textRect.right() - viewersWidth + padding, top, viewersWidth - padding,
                      lineHeight);
    if (rightToLeft) {
        nameRect.moveRight(textRect.right());
        viewersRect.moveLeft(textRect.left());
    }
    painter->setFont(nameFont);
    painter->setPen(textColor);
    painter->drawText(nameRect, align,
                      nameMetrics.elidedText(name, Qt::ElideRight, nameRect.width()));
    if (live) {
        painter->setFont(opt.font);
        painter->setPen(muted);
        painter->drawText(viewersRect, Qt::AlignVCenter | Qt::AlignTrailing, viewers);
        const QString title = index.data(FavouritesModel::TitleRole).toString();
        const QRect titleRect(textRect.left(), top + lineHeight + 2, textRect.width(), lineHeight);
        painter->drawText(titleRect, align,
                          metrics.elidedText(title, Qt::ElideRight, titleRect.width()));
    }
    painter->restore();
}

} // namespace streamside::ui
