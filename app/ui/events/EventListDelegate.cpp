#include "ui/events/EventListDelegate.h"

#include "core/events/RecentEventsModel.h"
#include "core/events/RelativeTime.h"
#include "ui/events/EventAppearance.h"

#include <QApplication>
#include <QPainter>

namespace streamside::ui {

namespace {
constexpr int padding = 8;
constexpr int discSize = 28;
} // namespace

void EventListDelegate::markNew(const QString& messageId, qint64 nowMs) {
    qsizetype faded = 0;
    while (faded < m_marks.size() && nowMs - m_marks[faded].sinceMs >= highlightMs) {
        const auto mark = m_newSince.constFind(m_marks[faded].messageId);
        // (A message id marked again later keeps its newer mark.)
        if (mark != m_newSince.constEnd() && *mark == m_marks[faded].sinceMs)
            m_newSince.erase(mark);
        ++faded;
    }
    m_marks.remove(0, faded);
    m_newSince.insert(messageId, nowMs);
    m_marks.append({messageId, nowMs});
}

bool EventListDelegate::hasHighlights(qint64 nowMs) const {
    // The newest mark glows longest (marks are made with the clock's time).
    return !m_marks.isEmpty() && nowMs - m_marks.constLast().sinceMs < highlightMs;
}

QDateTime EventListDelegate::now() const {
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

QSize EventListDelegate::sizeHint(const QStyleOptionViewItem& option,
                                  const QModelIndex& index) const {
    const QFontMetrics metrics(option.font);
    const QString text = index.data(RecentEventsModel::TextRole).toString();
    const bool hasText =
        !text.isEmpty() && !index.data(RecentEventsModel::SummaryRole).toString().contains(text);
    const int textHeight = metrics.height() * (hasText ? 2 : 1) + (hasText ? 2 : 0);
    return {200, qMax(discSize, textHeight) + 2 * padding};
}

void EventListDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);

    painter->save();
    const QString messageId = index.data(RecentEventsModel::MessageIdRole).toString();
    const auto since = m_newSince.constFind(messageId);
    const qint64 nowMs = now().toMSecsSinceEpoch();
    if (since != m_newSince.constEnd() && nowMs - *since < highlightMs &&
        !(opt.state & QStyle::State_Selected)) {
        QColor glow = opt.palette.color(QPalette::Highlight);
        glow.setAlphaF(0.22 * (1.0 - double(nowMs - *since) / highlightMs));
        painter->fillRect(opt.rect, glow);
    }

    const EventAppearance appearance =
        EventAppearance::of(eventKindFromName(index.data(RecentEventsModel::KindRole).toString()));
    QRect disc(opt.rect.left() + padding, opt.rect.top() + padding, discSize, discSize);

    const bool selected = opt.state & QStyle::State_Selected;
    const QColor textColor =
        opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor mutedColor = textColor;
    mutedColor.setAlphaF(0.65);

    const QFontMetrics metrics(opt.font);
    const QString ago =
        RelativeTime::text(index.data(RecentEventsModel::OccurredAtRole).toDateTime(), now());
    const int agoWidth = metrics.horizontalAdvance(ago);
    const int textLeft = disc.right() + padding;
    const int textRight = opt.rect.right() - padding - agoWidth - padding;
    const QString summary = index.data(RecentEventsModel::SummaryRole).toString();
    const QString text = index.data(RecentEventsModel::TextRole).toString();
    // Announcements, titles and polls already say their text in the summary.
    const bool twoLines = !text.isEmpty() && !summary.contains(text);
    const int firstLineTop =
        twoLines ? opt.rect.top() + padding : opt.rect.center().y() - metrics.height() / 2;

    QFont summaryFont = opt.font;
    summaryFont.setBold(true);
    const QFontMetrics summaryMetrics(summaryFont);
    const bool rightToLeft = opt.direction == Qt::RightToLeft;
    QRect summaryRect(textLeft, firstLineTop, qMax(0, textRight - textLeft), metrics.height());
    QRect agoRect(opt.rect.right() - padding - agoWidth, firstLineTop, agoWidth, metrics.height());
    QRect textRect(textLeft, firstLineTop + metrics.height() + 2, qMax(0, textRight - textLeft),
                   metrics.height());
    if (rightToLeft) {
        // Mirror the columns for right-to-left languages.
        auto mirror = [&](QRect r) {
            r.moveLeft(opt.rect.left() + opt.rect.right() - r.right());
            return r;
        };
        disc = mirror(disc);
        summaryRect = mirror(summaryRect);
        agoRect = mirror(agoRect);
        textRect = mirror(textRect);
    }
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(appearance.color);
    painter->drawEllipse(disc);
    QFont symbolFont = opt.font;
    symbolFont.setBold(true);
    symbolFont.setPixelSize(discSize / 2);
    painter->setFont(symbolFont);
    painter->setPen(Qt::white);
    painter->drawText(disc, Qt::AlignCenter, appearance.symbol);

    painter->setFont(summaryFont);
    painter->setPen(textColor);
    painter->drawText(summaryRect, Qt::AlignVCenter | Qt::AlignLeading,
                      summaryMetrics.elidedText(summary, Qt::ElideRight, summaryRect.width()));
    painter->setFont(opt.font);
    painter->setPen(mutedColor);
    painter->drawText(agoRect, Qt::AlignVCenter | Qt::AlignTrailing, ago);
    if (twoLines)
        painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeading,
                          metrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

} // namespace streamside::ui
