#include "ui/events/EventsPanel.h"

#include "core/events/RecentEventsModel.h"
#include "core/events/RelativeTime.h"
#include "ui/events/EventListDelegate.h"
#include "ui/widgets/EmptyStateWidget.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QEvent>
#include <QLabel>
#include <QListView>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace streamside::ui {

EventsPanel::EventsPanel(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyStateWidget(this))
    , m_view(new QListView(this))
    , m_delegate(new EventListDelegate(this))
    , m_highlightAnimation(new QTimer(this))
    , m_relativeTimes(new QTimer(this)) {
    setObjectName(QStringLiteral("eventsPanel"));
    auto* title = new QLabel(this);
    m_texts.set([title] { title->setText(tr("Latest events")); });
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_texts.set([this] { m_empty->setHeading(tr("No events yet")); });
    m_texts.set([this] {
        m_empty->setText(
            tr("Subs, gifted subs, raids, cheers, announcements, going live and title "
               "changes appear here the moment they happen. Follows and channel-point "
               "redemptions are shared only with the broadcaster, so they show up only "
               "on your own channel."));
    });

    m_view->setObjectName(QStringLiteral("eventsList"));
    m_texts.set([this] { m_view->setAccessibleName(tr("Latest events")); });
    m_view->setItemDelegate(m_delegate);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setUniformItemSizes(false);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* copy = new QAction(m_view);
    m_texts.set([copy] { copy->setText(tr("&Copy")); });
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &EventsPanel::copySelection);
    m_view->addAction(copy);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_stack, 1);

    // The glow fades at 25 frames a second, and only while something glows.
    m_highlightAnimation->setInterval(40);
    connect(m_highlightAnimation, &QTimer::timeout, this, [this] {
        m_view->viewport()->update();
        if (!m_delegate->hasHighlights(QDateTime::currentMSecsSinceEpoch()))
            m_highlightAnimation->stop();
    });
    m_relativeTimes->setSingleShot(true);
    connect(m_relativeTimes, &QTimer::timeout, this, [this] {
        m_view->viewport()->update();
        scheduleRelativeTimeRefresh();
    });
    updateEmptyState();
}

void EventsPanel::setModel(RecentEventsModel* model) {
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    m_view->setModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex&, int first, int last) { onRowsInserted(first, last); });
        connect(model, &QAbstractItemModel::rowsRemoved, this, &EventsPanel::updateEmptyState);
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            updateEmptyState();
            scheduleRelativeTimeRefresh();
        });
    }
    updateEmptyState();
    scheduleRelativeTimeRefresh();
}

bool EventsPanel::isShowingEmptyState() const {
    return m_stack->currentWidget() == m_empty;
}

void EventsPanel::updateEmptyState() {
    m_stack->setCurrentWidget(m_model && m_model->rowCount() > 0 ? static_cast<QWidget*>(m_view)
                                                                 : m_empty);
}

void EventsPanel::onRowsInserted(int first, int last) {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int row = first; row <= last; ++row)
        m_delegate->markNew(
            m_model->data(m_model->index(row), RecentEventsModel::MessageIdRole).toString(), now);
    if (isVisible())
        m_highlightAnimation->start();
    updateEmptyState();
    scheduleRelativeTimeRefresh();
}

bool EventsPanel::isRepaintScheduled() const {
    return m_highlightAnimation->isActive() || m_relativeTimes->isActive();
}

void EventsPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    // What glowed while hidden has faded by now (the glow goes by the clock).
    if (m_delegate->hasHighlights(QDateTime::currentMSecsSinceEpoch()))
        m_highlightAnimation->start();
    scheduleRelativeTimeRefresh();
}

void EventsPanel::hideEvent(QHideEvent* event) {
    QWidget::hideEvent(event);
    m_highlightAnimation->stop();
    m_relativeTimes->stop();
}

// Repaints exactly when the first "N min ago" changes, not on a fixed tick:
// an idle window wakes at most once a minute.
void EventsPanel::scheduleRelativeTimeRefresh() {
    if (!isVisible() || !m_model || m_model->rowCount() == 0) {
        m_relativeTimes->stop();
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 next = 3600'000;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QDateTime then =
            m_model->data(m_model->index(row), RecentEventsModel::OccurredAtRole).toDateTime();
        next = std::min(next, RelativeTime::millisecondsUntilChange(then, now));
    }
    m_relativeTimes->start(int(std::max<qint64>(next, 1000)));
}

QString EventsPanel::selectedText() const {
    QModelIndexList rows =
        m_view->selectionModel() ? m_view->selectionModel()->selectedRows() : QModelIndexList();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList lines;
    for (const QModelIndex& index : rows) {
        QString line = index.data(RecentEventsModel::SummaryRole).toString();
        const QString text = index.data(RecentEventsModel::TextRole).toString();
        if (!text.isEmpty() && !line.contains(text))
            line += QStringLiteral(" — ") + text;
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

void EventsPanel::copySelection() const {
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void EventsPanel::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void EventsPanel::retranslateUi() {
    m_texts.retranslate();
}

} // namespace streamside::ui
