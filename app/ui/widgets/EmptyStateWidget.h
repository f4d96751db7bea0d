#pragma once

#include <QWidget>

class QLabel;

namespace streamside::ui {

// A centred icon, heading and explanation: what a page shows before it has
// content, so that an empty window says what will appear and how.
class EmptyStateWidget : public QWidget {
    Q_OBJECT
public:
    explicit EmptyStateWidget(QWidget* parent = nullptr);

    void setIcon(const QIcon& icon);
    void setHeading(const QString& heading);
    void setText(const QString& text);

    QString heading() const;
    QString text() const;

private:
    QLabel* m_icon;
    QLabel* m_heading;
    QLabel* m_text;
};

} // namespace streamside::ui
