#pragma once

#include "ui/web/WebViewOptions.h"
#include "ui/widgets/RetranslatedTexts.h"

#include <QUrl>
#include <QWidget>

class QLabel;
class QSplitter;
class QStackedWidget;

namespace streamside {
class RecentEventsModel;
}

namespace streamside::ui {

class ChatBox;
class EmptyStateWidget;
class EventsPanel;
class WebPageView;

// The streamer page: the live player and the chat side by side (Twitch's own
// pages in web views), the latest events under the player and a chat box
// under the chat. The web views are created the first time a channel is
// shown, after the window has painted: Qt WebEngine is loaded only then.
class StreamerPage : public QWidget {
    Q_OBJECT
public:
    struct Channel {
        QString id;
        QString login;
        QString displayName;
        QUrl playerUrl; // complete, with its query
        QUrl chatUrl;
    };

    StreamerPage(RecentEventsModel& events, WebViewOptions webOptions, QWidget* parent = nullptr);

    void showChannel(const Channel& channel);
    QString channelId() const { return m_channel.id; }
    void setHeader(const QString& title, bool live, int viewers);

    ChatBox* chatBox() const { return m_chatBox; }
    EventsPanel* eventsPanel() const { return m_events; }
    QSplitter* mainSplitter() const { return m_columns; }
    QSplitter* playerSplitter() const { return m_rows; }
    WebPageView* playerView() const { return m_player; }
    WebPageView* chatView() const { return m_chat; }
    // Whether the web views exist (Qt WebEngine was loaded).
    bool hasWebViews() const { return m_player != nullptr; }

    void setEventsPanelVisible(bool visible);
    // The Accept-Language of the web views created from now on.
    void setAcceptLanguage(const QString& acceptLanguage);
    // Stops the player and the chat (hidden to the tray): nothing plays unseen.
    void stopWebViews();
    // Stops and deletes the web views (hidden to the tray): their pages and
    // renderer processes go; showing the page again creates new ones.
    void releaseWebViews();

signals:
    void externalLinkRequested(const QUrl& url);
    // The web module could not be loaded: the reason, for the status area.
    void webViewsUnavailable(const QString& reason);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void scheduleWebViews();
    void createWebViews();
    void loadChannelPages();

    RecentEventsModel& m_eventsModel;
    WebViewOptions m_webOptions;
    Channel m_channel;
    QLabel* m_name;
    QLabel* m_title;
    QLabel* m_liveBadge;
    QSplitter* m_columns;
    QSplitter* m_rows;
    QStackedWidget* m_playerSlot;
    QStackedWidget* m_chatSlot;
    EmptyStateWidget* m_playerPlaceholder;
    EmptyStateWidget* m_chatPlaceholder;
    WebPageView* m_player = nullptr;
    WebPageView* m_chat = nullptr;
    // Which of the channel's two pages have loaded (for the timing log).
    bool m_playerLoaded = false;
    bool m_chatLoaded = false;
    EventsPanel* m_events;
    ChatBox* m_chatBox;
    bool m_creatingViews = false;
    bool m_webViewsFailed = false; // the web module could not be loaded: not again
    RetranslatedTexts m_texts;
};

} // namespace streamside::ui
