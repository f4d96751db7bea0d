#pragma once

#include "core/events/EventKind.h"
#include "core/storage/Favourite.h"
#include "core/storage/StorageError.h"

#include <QDialog>
#include <QHash>
#include <QStringList>

class QCheckBox;
class QDialogButtonBox;
class QPushButton;

namespace streamside {
class FavouritesModel;
}

namespace streamside::ui {

// What one favourite notifies about: going live, and the event kinds a
// viewer can get, each on or off. edit() stores the choice when the user
// presses OK.
class FavouriteNotificationsDialog : public QDialog {
    Q_OBJECT
public:
    explicit FavouriteNotificationsDialog(const Favourite& favourite, QWidget* parent = nullptr);

    // Asks (modal) about the favourite's rules and stores them on OK through
    // the model, which tells whoever decides about toasts. Cancel, or a
    // channel that is not a favourite, changes nothing. Returns the error if
    // storing failed.
    static StorageError edit(FavouritesModel& favourites, const QString& channelId,
                             QWidget* parent);

    bool notifyLive() const;
    // As stored in Favourite::notifyKinds. Kinds stored earlier that this
    // dialog does not offer stay as they were: it cannot show them.
    QStringList notifyKinds() const;

    QCheckBox* liveCheckBox() const { return m_live; }
    QCheckBox* kindCheckBox(EventKind kind) const { return m_kinds.value(kind); }
    QPushButton* allButton() const { return m_all; }
    QPushButton* noneButton() const { return m_none; }
    QDialogButtonBox* buttons() const { return m_buttons; }

    // The kind's name for people ("Gifted subs"), translated.
    static QString kindLabel(EventKind kind);

private:
    void setAllKinds(bool checked);

    QCheckBox* m_live;
    QHash<EventKind, QCheckBox*> m_kinds;
    QStringList m_notOffered; // stored kinds without a checkbox here
    QPushButton* m_all;
    QPushButton* m_none;
    QDialogButtonBox* m_buttons;
};

} // namespace streamside::ui
