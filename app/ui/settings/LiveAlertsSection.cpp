#include "ui/settings/LiveAlertsSection.h"

#include "core/favourites/FavouritesLiveTracker.h"
#include "core/favourites/FavouritesModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace streamside::ui {

namespace {

enum Column { NameColumn, AlertColumn, ColumnCount };

constexpr int maxRowsWithoutScrolling = 10;

// Sets a row's cell, reusing its item so that the current cell (and the
// keyboard focus on it) survives an update.
void setCell(QTableWidget& table, int row, int column, const QString& text,
             const QString& toolTip = {}) {
    QTableWidgetItem* item = table.item(row, column);
    if (!item) {
        item = new QTableWidgetItem;
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        table.setItem(row, column, item);
    }
    item->setText(text);
    item->setToolTip(toolTip);
}

} // namespace

LiveAlertsSection::LiveAlertsSection(const FavouritesLiveTracker* tracker,
                                     const FavouritesModel* favourites, QWidget* parent)
    : QGroupBox(tr("Live alerts"), parent)
    , m_tracker(tracker)
    , m_favourites(favourites)
    , m_explanation(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this)) {
    setObjectName(QStringLiteral("liveAlerts"));
    m_explanation->setObjectName(QStringLiteral("liveAlertsExplanation"));
    m_explanation->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("liveAlertsSummary"));
    m_summary->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("liveAlertsEmpty"));
    m_empty->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("liveAlertsTable"));
    m_table->setHorizontalHeaderLabels({tr("Favourite"), tr("Live alert")});
    m_table->setAccessibleName(tr("Live alerts of your favourites"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Tab leaves the table for the next control; the arrows move inside it.
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(AlertColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setHighlightSections(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addWidget(m_summary);
    layout->addWidget(m_table);
    layout->addWidget(m_empty);

    if (m_tracker) {
        connect(m_tracker, &FavouritesLiveTracker::splitChanged, this, &LiveAlertsSection::refresh);
        connect(m_tracker, &FavouritesLiveTracker::polledChannelsChanged, this,
                &LiveAlertsSection::refresh);
    }
    if (m_favourites) {
        connect(m_favourites, &QAbstractItemModel::modelReset, this, &LiveAlertsSection::refresh);
        connect(m_favourites, &QAbstractItemModel::layoutChanged, this,
                &LiveAlertsSection::refresh);
        connect(m_favourites, &QAbstractItemModel::rowsInserted, this, &LiveAlertsSection::refresh);
        connect(m_favourites, &QAbstractItemModel::rowsRemoved, this, &LiveAlertsSection::refresh);
        connect(m_favourites, &QAbstractItemModel::dataChanged, this, &LiveAlertsSection::refresh);
    }
    refresh();
}

void LiveAlertsSection::refresh() {
    const QStringList channelIds = m_favourites ? m_favourites->channelIds() : QStringList{};
    const bool signedIn = m_tracker && m_favourites;
    const bool shown = signedIn && !channelIds.isEmpty();
    m_explanation->setVisible(shown);
    m_summary->setVisible(shown);
    m_table->setVisible(shown);
    m_empty->setVisible(!shown);
    if (!signedIn) {
        m_empty->setText(tr("Sign in to see how Streamside learns that your favourites go live."));
        return;
    }
    if (!shown) {
        m_empty->setText(tr("No favourites yet. Add the channels you watch (Ctrl+N) to be "
                            "told when they go live."));
        return;
    }

    const FavouritesLiveSplit split = m_tracker->split();
    const QStringList polled = m_tracker->polledChannels();
    const int total = m_tracker->totalCostBudget();
    const int channelCost = qMax(0, total - m_tracker->costBudget());
    m_explanation->setText(
        tr("Twitch allows a total subscription cost of %1 per user, shared with the open "
           "channel: the first favourites in your order get instant alerts, the others are "
           "checked every minute. Drag favourites in the sidebar to choose.")
            .arg(total));
    m_table->setAccessibleDescription(m_explanation->text());
    showRows(channelIds, split.pushed, polled);

    int instant = 0;
    for (const QString& id : channelIds)
        instant += split.pushed.contains(id) && !polled.contains(id) ? 1 : 0;
    // "X of Y" after a label: no plural forms needed.
    QString summary =
        channelCost == 0
            ? tr("Favourites with instant alerts: %1 of %2. Subscription cost: %3 of %4.")
            : tr("Favourites with instant alerts: %1 of %2. Subscription cost: %3 of %4; the "
                 "open channel uses %5.");
    summary = summary.arg(instant).arg(channelIds.size()).arg(split.cost).arg(total);
    m_summary->setText(channelCost == 0 ? summary : summary.arg(channelCost));
}

void LiveAlertsSection::showRows(const QStringList& channelIds, const QStringList& pushed,
                                 const QStringList& polled) {
    m_table->setRowCount(int(channelIds.size()));
    // Every row without scrolling, up to a screenful of the dialog; more scroll.
    const int visibleRows = qBound(1, int(channelIds.size()), maxRowsWithoutScrolling);
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() +
                            visibleRows * m_table->verticalHeader()->defaultSectionSize() +
                            2 * m_table->frameWidth());
    for (int row = 0; row < channelIds.size(); ++row) {
        const QString& id = channelIds.at(row);
        const QString name = m_favourites
                                 ->data(m_favourites->index(m_favourites->rowOf(id)),
                                        FavouritesModel::DisplayNameRole)
                                 .toString();
        setCell(*m_table, row, NameColumn, name);
        if (pushed.contains(id) && !polled.contains(id)) {
            setCell(*m_table, row, AlertColumn, tr("Instant (EventSub)"),
                    tr("Twitch tells Streamside the moment this channel goes live."));
        } else if (pushed.contains(id)) {
            setCell(*m_table, row, AlertColumn, tr("Checked every minute"),
                    tr("Meant for an instant alert, but checked every minute until Twitch "
                       "accepts the subscription."));
        } else {
            setCell(*m_table, row, AlertColumn, tr("Checked every minute"),
                    tr("Beyond Twitch's subscription cost limit: Streamside asks Twitch every "
                       "minute whether this channel is live."));
        }
    }
}

} // namespace streamside::ui
