#include "ui/widgets/EmptyStateWidget.h"

#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace streamside::ui {

namespace {
constexpr int iconSize = 96;
constexpr int textWidth = 420;
} // namespace

EmptyStateWidget::EmptyStateWidget(QWidget* parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_heading(new QLabel(this))
    , m_text(new QLabel(this)) {
    m_icon->setAlignment(Qt::AlignCenter);
    m_icon->setFixedHeight(iconSize);

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setAlignment(Qt::AlignCenter);
    m_heading->setWordWrap(true);
    m_heading->setObjectName(QStringLiteral("emptyStateHeading"));

    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setMaximumWidth(textWidth);
    m_text->setObjectName(QStringLiteral("emptyStateText"));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = m_text->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    m_text->setPalette(palette);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_icon);
    layout->addSpacing(12);
    layout->addWidget(m_heading);
    layout->addSpacing(4);
    // Centred by stretches, not by a layout alignment: an aligned item gets
    // only its one-line size hint, which cuts a wrapped paragraph short.
    auto* textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(m_text, 100);
    textRow->addStretch(1);
    layout->addLayout(textRow);
    layout->addStretch(3);
}

void EmptyStateWidget::setIcon(const QIcon& icon) {
    m_icon->setPixmap(icon.pixmap(QSize(iconSize, iconSize)));
}

void EmptyStateWidget::setHeading(const QString& heading) {
    m_heading->setText(heading);
    m_heading->setAccessibleName(heading);
}

void EmptyStateWidget::setText(const QString& text) {
    m_text->setText(text);
    m_text->setAccessibleName(text);
}

QString EmptyStateWidget::heading() const {
    return m_heading->text();
}

QString EmptyStateWidget::text() const {
    return m_text->text();
}

} // namespace streamside::ui
