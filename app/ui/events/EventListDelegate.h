#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPixmap>
#include <QStaticText>
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

    // Rows whose laid-out text is kept (for tests; bounded).
    qsizetype cachedRowCount() const { return m_rows.size(); }

private:
    // A row's text, elided to its width and laid out once: the list is
    // repainted many times a second while events come, and shaping the
    // same text again each time was most of the UI thread's work per event.
    struct RowText {
        QString summary;
        QString text;
        QFont font;
        int width = -1;
        QStaticText summaryLine;
        QStaticText textLine;
    };
    const RowText& rowText(const QString& messageId, const QString& summary, const QString& text,
                           const QFont& font, int width) const;
    const QStaticText& agoText(const QString& ago, const QFont& font) const;
    QPixmap disc(const QColor& color, const QString& symbol, const QFont& font,
                 qreal devicePixelRatio) const;

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
    mutable QHash<QString, RowText> m_rows; // by message id
    mutable QHash<QString, QStaticText> m_agoTexts;
    mutable QFont m_agoFont;
    mutable QHash<QString, QPixmap> m_discs; // by colour, symbol, font and scale
    QDateTime m_now;
};

} // namespace streamside::ui
