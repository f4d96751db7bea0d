#pragma once

#include <QSqlDatabase>
#include <QStandardItemModel>
#include <QStringList>
#include <QWidget>

class QLabel;
class QListView;
class QListWidget;

namespace streamside::floors {

// The floor of Streamside's own stack for switching favourites: a bare Qt
// Widgets window with a list of channels and a list of their latest events.
// Selecting a channel runs one QSqlQuery for its ten newest events (the same
// table and index as the app's history) and fills a QStandardItemModel
// shown in a plain QListView. No network, no subscriptions, no delegate.
class BareHistorySwitchFloor : public QWidget {
    Q_OBJECT
public:
    static constexpr int rows = 10;

    // channelIds are shown in this order; databasePath holds their events.
    BareHistorySwitchFloor(const QString& databasePath, const QStringList& channelIds);
    ~BareHistorySwitchFloor() override;

    bool open(QString* error);
    void showNext(); // selects the next channel, wrapping around
    QString shownChannelId() const { return m_shownChannelId; }
    int shownRows() const { return m_model.rowCount(); }

private:
    void showChannel(int row);

    QString m_connectionName;
    QStringList m_channelIds;
    QListWidget* m_channels;
    QLabel* m_title;
    QListView* m_events;
    QStandardItemModel m_model;
    QString m_shownChannelId;
};

} // namespace streamside::floors
