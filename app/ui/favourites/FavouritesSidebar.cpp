#include "ui/favourites/FavouritesSidebar.h"

#include "core/favourites/FavouritesModel.h"
#include "ui/favourites/AvatarCache.h"
#include "ui/favourites/FavouriteDelegate.h"
#include "ui/widgets/EmptyStateWidget.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMouseEvent>
#include <QToolButton>
#include <QVBoxLayout>

namespace streamside::ui {

FavouritesSidebar::FavouritesSidebar(FavouritesModel& model, AvatarCache& avatars, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QListView(this))
    , m_add(new QToolButton(this))
    , m_empty(new EmptyStateWidget(this)) {
    setObjectName(QStringLiteral("favouritesSidebar"));
    auto* title = new QLabel(this);
    m_texts.set([title] { title->setText(tr("Favourites")); });
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_add->setText(QStringLiteral("+"));
    m_texts.set([this] { m_add->setToolTip(tr("Add a favourite (Ctrl+N)")); });
    m_texts.set([this] { m_add->setAccessibleName(tr("Add a favourite")); });
    connect(m_add, &QToolButton::clicked, this, &FavouritesSidebar::addRequested);
    auto* header = new QHBoxLayout;
    // Off the window's edge on both sides: layouts do not mirror their margins
    // for right-to-left languages.
    header->setContentsMargins(6, 0, 6, 0);
    header->addWidget(title, 1);
    header->addWidget(m_add);

    m_view->setObjectName(QStringLiteral("favouritesList"));
    m_texts.set([this] { m_view->setAccessibleName(tr("Favourites")); });
    m_view->setModel(&model);
    m_view->setItemDelegate(new FavouriteDelegate(avatars, m_view));
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_view, &QListView::activated, this, [this](const QModelIndex& index) {
        emit channelActivated(index.data(FavouritesModel::ChannelIdRole).toString());
    });
    connect(m_view, &QListView::clicked, this, [this](const QModelIndex& index) {
        emit channelActivated(index.data(FavouritesModel::ChannelIdRole).toString());
    });
    auto* notifications = new QAction(m_view);
    m_texts.set([notifications] { notifications->setText(tr("&Notifications…")); });
    connect(notifications, &QAction::triggered, this, [this] {
        if (const QString id = menuTarget(); !id.isEmpty())
            emit notificationsRequested(id);
    });
    m_view->addAction(notifications);
    auto* remove = new QAction(m_view);
    m_texts.set([remove] { remove->setText(tr("&Remove from favourites")); });
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, [this] {
        if (const QString id = menuTarget(); !id.isEmpty())
            emit removeRequested(id);
    });
    m_view->addAction(remove);
    // A right click opens the menu for the favourite under the pointer
    // without selecting it: the selection stays on the channel on screen.
    // From the keyboard (the menu key) the menu is for the selected one.
    m_view->viewport()->installEventFilter(this);
    connect(&avatars, &AvatarCache::avatarLoaded, m_view->viewport(),
            [this] { m_view->viewport()->update(); });

    m_texts.set([this] { m_empty->setHeading(tr("No favourites")); });
    m_texts.set([this] { m_empty->setText(tr("Press + to add the channels you watch.")); });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);
    connect(&model, &QAbstractItemModel::modelReset, this, &FavouritesSidebar::updateEmptyState);
    connect(&model, &QAbstractItemModel::rowsInserted, this, &FavouritesSidebar::updateEmptyState);
    connect(&model, &QAbstractItemModel::rowsRemoved, this, &FavouritesSidebar::updateEmptyState);
    updateEmptyState();
}

void FavouritesSidebar::updateEmptyState() {
    const bool empty = m_model.rowCount() == 0;
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
}

QString FavouritesSidebar::currentChannelId() const {
    return m_view->currentIndex().data(FavouritesModel::ChannelIdRole).toString();
}

QString FavouritesSidebar::menuTarget() const {
    return m_pointedChannelId.isEmpty() ? currentChannelId() : m_pointedChannelId;
}

bool FavouritesSidebar::eventFilter(QObject* watched, QEvent* event) {
    if (watched != m_view->viewport())
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::MouseButtonPress &&
        static_cast<QMouseEvent*>(event)->button() == Qt::RightButton)
        return true;
    if (event->type() == QEvent::ContextMenu) {
        auto* request = static_cast<QContextMenuEvent*>(event);
        const QModelIndex index = m_view->indexAt(request->pos());
        if (index.isValid()) {
            m_pointedChannelId = index.data(FavouritesModel::ChannelIdRole).toString();
            QMenu::exec(m_view->actions(), request->globalPos(), nullptr, m_view);
            m_pointedChannelId.clear();
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void FavouritesSidebar::selectChannel(const QString& channelId) {
    const int row = m_model.rowOf(channelId);
    if (row >= 0)
        m_view->setCurrentIndex(m_model.index(row));
}

void FavouritesSidebar::openNext(int step) {
    const int count = m_model.rowCount();
    if (count == 0)
        return;
    const int current = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    const int next = ((current + step) % count + count) % count;
    m_view->setCurrentIndex(m_model.index(next));
    emit channelActivated(m_model.channelIdAt(next));
}

void FavouritesSidebar::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void FavouritesSidebar::retranslateUi() {
    m_texts.retranslate();
}

} // namespace streamside::ui
