#pragma once

#include "ui/widgets/RetranslatedTexts.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace streamside::ui {

// The message box under the chat: sends through Helix with the viewer's own
// token, so nobody has to log in a second time inside the web view. Errors
// (dropped message, rate limit, banned) are shown right under it.
class ChatBox : public QWidget {
    Q_OBJECT
public:
    static constexpr int maxLength = 500; // Twitch's limit

    explicit ChatBox(QWidget* parent = nullptr);

    QLineEdit* field() const { return m_field; }
    void setChannelName(const QString& name);
    void setSending(bool sending);
    // The message was accepted: the field is cleared.
    void messageSent();
    // The message was not sent: the text stays, the reason is shown.
    void showError(const QString& message);

signals:
    void sendRequested(const QString& message);

private:
    void send();

    QLineEdit* m_field;
    QPushButton* m_send;
    QLabel* m_error;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    RetranslatedTexts m_texts;
};

} // namespace streamside::ui
