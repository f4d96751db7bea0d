#pragma once

#include "ui/widgets/RetranslatedTexts.h"

#include <QWidget>

class QListView;
class QToolButton;

namespace streamside {
class FavouritesModel;
}

namespace streamside::ui {

class AvatarCache;
class EmptyStateWidget;

// The favourites on the left: live first, drag to reorder, Enter or a click
// opens one, Delete or the context menu removes it, the context menu also
// sets what it notifies about, + adds one. A right click's menu is for the
// favourite under the pointer and leaves the selection where it was.
class FavouritesSidebar : public QWidget {
    Q_OBJECT
public:
    FavouritesSidebar(FavouritesModel& model, AvatarCache& avatars, QWidget* parent = nullptr);

    QListView* view() const { return m_view; }
    QString currentChannelId() const;
    // Selects the favourite (without opening it again).
    void selectChannel(const QString& channelId);
    // Moves the selection to the next or previous favourite and opens it.
    void openNext(int step);

signals:
    void channelActivated(const QString& channelId);
    void addRequested();
    void removeRequested(const QString& channelId);
    void notificationsRequested(const QString& channelId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateEmptyState();
    // The favourite the context menu's actions are for.
    QString menuTarget() const;

    FavouritesModel& m_model;
    QListView* m_view;
    QToolButton* m_add;
    EmptyStateWidget* m_empty;
    QString m_pointedChannelId; // while a right click's menu is open

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    RetranslatedTexts m_texts;
};

} // namespace streamside::ui
