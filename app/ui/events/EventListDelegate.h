#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStyledItemDelegate>

namespace streamside::ui {

// Paints one event row: the kind's symbol on a coloured disc, the summary,
// the viewer's message under it when there is one, and how long ago it
// happened. A row that just arrived glows for a moment.
class EventListDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    static constexpr int highlightMs = 2500;

    using QStyledItemDelegate::QStyledItemDelegate;

    // Marks a row (by message id) as new: it is highlighted for highlightMs.
    // Marks whose glow has faded are forgotten here.
    void markNew(const QString& messageId, qint64 nowMs);
    // Whether any row is still highlighted (the panel animates only then).
    bool hasHighlights(qint64 nowMs) const;
    // Rows marked and not forgotten yet (for tests).
    qsizetype markedCount() const { return m_newSince.size(); }
    // The clock for relative times and highlights (tests set it).
    void setNow(const QDateTime& now) { m_now = now; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    QDateTime now() const;

    struct Mark {
        QString messageId;
        qint64 sinceMs;
    };
    QHash<QString, qint64> m_newSince; // message id -> when it arrived (ms)
    // The same marks in the order they were made: the oldest, at the front,
    // fade first, so forgetting them and asking whether any still glows
    // cost nothing however many events a channel has sent.
    QList<Mark> m_marks;
    QDateTime m_now;
};

} // namespace streamside::ui
