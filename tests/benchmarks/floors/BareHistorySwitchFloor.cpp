#include "floors/BareHistorySwitchFloor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QSqlError>
#include <QSqlQuery>
#include <QVBoxLayout>

namespace streamside::floors {

BareHistorySwitchFloor::BareHistorySwitchFloor(const QString& databasePath,
                                               const QStringList& channelIds)
    : m_connectionName(QStringLiteral("bare-history-switch-floor"))
    , m_channelIds(channelIds)
    , m_channels(new QListWidget(this))
    , m_title(new QLabel(this))
    , m_events(new QListView(this)) {
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    database.setDatabaseName(databasePath);
    m_channels->addItems(channelIds);
    m_channels->setFixedWidth(220);
    m_events->setModel(&m_model);
    auto* page = new QVBoxLayout;
    page->addWidget(m_title);
    page->addWidget(m_events, 1);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_channels);
    layout->addLayout(page, 1);
    connect(m_channels, &QListWidget::currentRowChanged, this,
            &BareHistorySwitchFloor::showChannel);
}

BareHistorySwitchFloor::~BareHistorySwitchFloor() {
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool BareHistorySwitchFloor::open(QString* error) {
    QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
    if (!database.open()) {
        *error = database.lastError().text();
        return false;
    }
    return true;
}

void BareHistorySwitchFloor::showNext() {
    m_channels->setCurrentRow((m_channels->currentRow() + 1) % int(m_channelIds.size()));
}

void BareHistorySwitchFloor::showChannel(int row) {
    if (row < 0)
        return;
    const QString channelId = m_channelIds.at(row);
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT kind, actor_name, amount, message FROM events"
                                 " WHERE channel_id = ? ORDER BY occurred_at DESC LIMIT ?"));
    query.addBindValue(channelId);
    query.addBindValue(rows);
    m_model.clear();
    if (query.exec()) {
        while (query.next()) {
            QString text = query.value(1).toString() + QLatin1Char(' ') + query.value(0).toString();
            if (!query.value(2).isNull())
                text += QLatin1Char(' ') + query.value(2).toString();
            if (!query.value(3).toString().isEmpty())
                text += QLatin1String(": ") + query.value(3).toString();
            auto* item = new QStandardItem(text);
            item->setEditable(false);
            m_model.appendRow(item);
        }
    }
    m_title->setText(channelId);
    m_shownChannelId = channelId;
}

} // namespace streamside::floors
