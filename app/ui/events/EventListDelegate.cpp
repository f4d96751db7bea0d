#include "ui/events/EventListDelegate.h"

#include "core/events/RecentEventsModel.h"
#include "core/events/RelativeTime.h"
#include "ui/events/EventAppearance.h"

#include <QApplication>
#include <QPainter>
#include <QtMath>

namespace streamside::ui {

namespace {

constexpr int padding = 8;
constexpr int discSize = 28;
// Rows whose layout is kept: the ten on screen and some scrolled past. Past
// this the cache is emptied and the rows on screen laid out again.
constexpr int maxCachedRows = 64;

QStaticText laidOut(const QString& text, const QFont& font) {
    QStaticText line(text);
    line.setTextFormat(Qt::PlainText);
    line.prepare(QTransform(), font);
    return line;
}

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

const EventListDelegate::RowText& EventListDelegate::rowText(const QString& messageId,
                                                             const QString& summary,
                                                             const QString& text, const QFont& font,
                                                             int width) const {
    const auto found = m_rows.constFind(messageId);
    if (found != m_rows.constEnd() && found->width == width && found->summary == summary &&
        found->text == text && found->font == font)
        return *found;
    if (found == m_rows.constEnd() && m_rows.size() >= maxCachedRows)
        m_rows.clear(); // the rows on screen are laid out again at once
    RowText row;
    row.summary = summary;
    row.text = text;
    row.font = font;
    row.width = width;
    QFont summaryFont = font;
    summaryFont.setBold(true);
    row.summaryLine =
        laidOut(QFontMetrics(summaryFont).elidedText(summary, Qt::ElideRight, width), summaryFont);
    row.textLine = laidOut(QFontMetrics(font).elidedText(text, Qt::ElideRight, width), font);
    return *m_rows.insert(messageId, row);
}

const QStaticText& EventListDelegate::agoText(const QString& ago, const QFont& font) const {
    if (m_agoFont != font || m_agoTexts.size() >= maxCachedRows) {
        m_agoTexts.clear();
        m_agoFont = font;
    }
    auto found = m_agoTexts.find(ago);
    if (found == m_agoTexts.end())
        found = m_agoTexts.insert(ago, laidOut(ago, font));
    return *found;
}

QPixmap EventListDelegate::disc(const QColor& color, const QString& symbol, const QFont& font,
                                qreal devicePixelRatio) const {
    const QString key = QStringLiteral("%1|%2|%3|%4")
                            .arg(color.rgba())
                            .arg(symbol, font.key())
                            .arg(devicePixelRatio);
    const auto found = m_discs.constFind(key);
    if (found != m_discs.constEnd())
        return *found;
    QPixmap pixmap(QSize(discSize, discSize) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    const QRect area(0, 0, discSize, discSize);
    painter.drawEllipse(area);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(area, Qt::AlignCenter, symbol);
    painter.end();
    if (m_discs.size() >= maxCachedRows)
        m_discs.clear();
    m_discs.insert(key, pixmap);
    return pixmap;
}

void EventListDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString summary = opt.text; // the display role is the summary
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
    QRect discRect(opt.rect.left() + padding, opt.rect.top() + padding, discSize, discSize);

    const bool selected = opt.state & QStyle::State_Selected;
    const QColor textColor =
        opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor mutedColor = textColor;
    mutedColor.setAlphaF(0.65);

    const QFontMetrics metrics(opt.font);
    const QStaticText& ago = agoText(
        RelativeTime::text(index.data(RecentEventsModel::OccurredAtRole).toDateTime(), now()),
        opt.font);
    const int agoWidth = qCeil(ago.size().width());
    const int textLeft = discRect.right() + padding;
    const int textRight = opt.rect.right() - padding - agoWidth - padding;
    const QString text = index.data(RecentEventsModel::TextRole).toString();
    // Announcements, titles and polls already say their text in the summary.
    const bool twoLines = !text.isEmpty() && !summary.contains(text);
    const int firstLineTop =
        twoLines ? opt.rect.top() + padding : opt.rect.center().y() - metrics.height() / 2;
    const RowText& row = rowText(messageId, summary, twoLines ? text : QString(), opt.font,
                                 qMax(0, textRight - textLeft));

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
        discRect = mirror(discRect);
        summaryRect = mirror(summaryRect);
        agoRect = mirror(agoRect);
        textRect = mirror(textRect);
    }
    QFont symbolFont = opt.font;
    symbolFont.setBold(true);
    symbolFont.setPixelSize(discSize / 2);
    painter->drawPixmap(discRect.topLeft(), disc(appearance.color, appearance.symbol, symbolFont,
                                                 painter->device()->devicePixelRatioF()));

    // Each line starts at its column's leading edge, centred in its line.
    auto leading = [rightToLeft](const QRect& rect, const QStaticText& line, int lineHeight) {
        const int top = rect.top() + (rect.height() - lineHeight) / 2;
        return rightToLeft ? QPointF(rect.right() + 1 - line.size().width(), top)
                           : QPointF(rect.left(), top);
    };
    QFont summaryFont = opt.font;
    summaryFont.setBold(true);
    painter->setFont(summaryFont);
    painter->setPen(textColor);
    painter->drawStaticText(
        leading(summaryRect, row.summaryLine, QFontMetrics(summaryFont).height()), row.summaryLine);
    painter->setFont(opt.font);
    painter->setPen(mutedColor);
    // The time goes at the trailing edge.
    painter->drawStaticText(rightToLeft
                                ? QPointF(agoRect.left(), agoRect.top())
                                : QPointF(agoRect.right() + 1 - ago.size().width(), agoRect.top()),
                            ago);
    if (twoLines)
        painter->drawStaticText(leading(textRect, row.textLine, metrics.height()), row.textLine);
    painter->restore();
}

} // namespace streamside::ui
