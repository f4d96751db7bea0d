#pragma once

#include <QGroupBox>
#include <QPointer>

class QLabel;
class QTableWidget;

namespace streamside {
class FavouritesLiveTracker;
class FavouritesModel;
} // namespace streamside

namespace streamside::ui {

// How the app learns that each favourite goes live: at once through EventSub,
// or by asking Twitch every minute, and why (Twitch's subscription cost
// limit). Follows the tracker and the favourites while it is shown, since
// subscriptions may fail or a session end while the settings are open.
class LiveAlertsSection : public QGroupBox {
    Q_OBJECT
public:
    // Both null when nobody is signed in.
    LiveAlertsSection(const FavouritesLiveTracker* tracker, const FavouritesModel* favourites,
                      QWidget* parent = nullptr);

private:
    void refresh();
    void showRows(const QStringList& channelIds, const QStringList& pushed,
                  const QStringList& polled);

    QPointer<const FavouritesLiveTracker> m_tracker;
    QPointer<const FavouritesModel> m_favourites;
    QLabel* m_explanation;
    QLabel* m_summary;
    QLabel* m_empty;
    QTableWidget* m_table;
};

} // namespace streamside::ui
