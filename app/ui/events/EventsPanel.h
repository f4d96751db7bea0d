#pragma once

#include "ui/widgets/RetranslatedTexts.h"

#include <QWidget>

class QListView;
class QStackedWidget;
class QTimer;

namespace streamside {
class RecentEventsModel;
}

namespace streamside::ui {

class EmptyStateWidget;
class EventListDelegate;

// The ten newest events of the channel on screen: a list that updates as
// events arrive (a new row glows for a moment), relative times that keep
// themselves current, rows that can be selected and copied, and an empty
// state that says what will appear and why some events cannot.
class EventsPanel : public QWidget {
    Q_OBJECT
public:
    explicit EventsPanel(QWidget* parent = nullptr);

    void setModel(RecentEventsModel* model);
    QListView* view() const { return m_view; }
    EventListDelegate* delegate() const { return m_delegate; }
    bool isShowingEmptyState() const;

    // The summaries of the selected rows, one per line, newest first.
    QString selectedText() const;
    void copySelection() const;

    // Whether a timer is due to repaint (never while hidden: a Streamside in
    // the tray must not wake up for a list nobody sees).
    bool isRepaintScheduled() const;

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void updateEmptyState();
    void onRowsInserted(int first, int last);
    void scheduleRelativeTimeRefresh();

    RecentEventsModel* m_model = nullptr;
    QStackedWidget* m_stack;
    EmptyStateWidget* m_empty;
    QListView* m_view;
    EventListDelegate* m_delegate;
    QTimer* m_highlightAnimation; // runs only while a row glows
    QTimer* m_relativeTimes;      // fires when a "3 min ago" changes

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    RetranslatedTexts m_texts;
};

} // namespace streamside::ui
