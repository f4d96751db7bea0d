#pragma once

#include <QStyledItemDelegate>

namespace streamside::ui {

class AvatarCache;

// One favourite in the sidebar: avatar with a live dot, the name, and while
// live the viewer count and the title.
class FavouriteDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    FavouriteDelegate(AvatarCache& avatars, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    AvatarCache& m_avatars;
};

} // namespace streamside::ui
