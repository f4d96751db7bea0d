#pragma once

#include <QWidget>

class QSplitter;
class QStackedWidget;

namespace streamside::ui {

class EmptyStateWidget;
class FavouritesSidebar;
class StreamerPage;

// What a signed-in viewer sees: the favourites on the left, the streamer page
// (or, before a channel is chosen, what to do) on the right.
class ChannelsPage : public QWidget {
    Q_OBJECT
public:
    ChannelsPage(FavouritesSidebar* sidebar, StreamerPage* streamer, QWidget* parent = nullptr);

    QSplitter* splitter() const { return m_splitter; }
    void showStreamer();
    void showHint(const QString& heading, const QString& text);
    void showHint(); // with the texts it has
    // The hint's texts, whether it shows or not (set again in another language).
    void setHint(const QString& heading, const QString& text);

private:
    QSplitter* m_splitter;
    QStackedWidget* m_right;
    StreamerPage* m_streamer;
    EmptyStateWidget* m_hint;
};

} // namespace streamside::ui
