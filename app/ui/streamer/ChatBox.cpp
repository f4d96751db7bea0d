#include "ui/streamer/ChatBox.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace streamside::ui {

ChatBox::ChatBox(QWidget* parent)
    : QWidget(parent)
    , m_field(new QLineEdit(this))
    , m_send(new QPushButton(this))
    , m_error(new QLabel(this)) {
    setObjectName(QStringLiteral("chatBox"));
    m_field->setObjectName(QStringLiteral("chatField"));
    m_texts.set([this] { m_send->setText(tr("Chat")); });
    m_field->setMaxLength(maxLength);
    m_texts.set(QStringLiteral("fieldName"),
                [this] { m_field->setAccessibleName(tr("Chat message")); });
    m_texts.set(QStringLiteral("placeholder"),
                [this] { m_field->setPlaceholderText(tr("Send a message")); });
    m_texts.set([this] { m_send->setAccessibleName(tr("Send chat message")); });
    m_send->setEnabled(false);
    m_error->setObjectName(QStringLiteral("chatError"));
    m_error->setWordWrap(true);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xd9, 0x30, 0x25));
    m_error->setPalette(palette);
    m_error->hide();

    connect(m_field, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_send->setEnabled(!text.trimmed().isEmpty());
        m_error->hide();
    });
    connect(m_field, &QLineEdit::returnPressed, this, &ChatBox::send);
    connect(m_send, &QPushButton::clicked, this, &ChatBox::send);

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_field, 1);
    row->addWidget(m_send);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(row);
    layout->addWidget(m_error);
}

void ChatBox::setChannelName(const QString& name) {
    // The channel goes in the field's accessible name, not its placeholder:
    // the chat column is narrow and a long name (or language) cut it off.
    m_texts.set(QStringLiteral("fieldName"), [this, name] {
        m_field->setAccessibleName(tr("Send a message to %1's chat").arg(name));
    });
}

void ChatBox::send() {
    const QString text = m_field->text().trimmed();
    if (text.isEmpty() || !m_field->isEnabled())
        return;
    emit sendRequested(text);
}

void ChatBox::setSending(bool sending) {
    m_field->setEnabled(!sending);
    m_send->setEnabled(!sending && !m_field->text().trimmed().isEmpty());
}

void ChatBox::messageSent() {
    setSending(false);
    m_field->clear();
    m_error->hide();
    m_field->setFocus();
}

void ChatBox::showError(const QString& message) {
    setSending(false);
    m_error->setText(message);
    m_error->show();
}

void ChatBox::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void ChatBox::retranslateUi() {
    m_texts.retranslate();
}

} // namespace streamside::ui
