#include "ui/streamer/StreamerPage.h"

#include "core/app/Logging.h"
#include "ui/events/EventsPanel.h"
#include "ui/streamer/ChatBox.h"
#include "ui/web/WebModuleLoader.h"
#include "ui/web/WebPageView.h"
#include "ui/web/WebViewFactory.h"
#include "ui/widgets/EmptyStateWidget.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace streamside::ui {

StreamerPage::StreamerPage(RecentEventsModel& events, WebViewOptions webOptions, QWidget* parent)
    : QWidget(parent)
    , m_eventsModel(events)
    , m_webOptions(std::move(webOptions))
    , m_name(new QLabel(this))
    , m_title(new QLabel(this))
    , m_liveBadge(new QLabel(this))
    , m_columns(new QSplitter(Qt::Horizontal, this))
    , m_rows(new QSplitter(Qt::Vertical, this))
    , m_playerSlot(new QStackedWidget(this))
    , m_chatSlot(new QStackedWidget(this))
    , m_playerPlaceholder(new EmptyStateWidget(this))
    , m_chatPlaceholder(new EmptyStateWidget(this))
    , m_events(new EventsPanel(this))
    , m_chatBox(new ChatBox(this)) {
    setObjectName(QStringLiteral("streamerPage"));
    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    m_name->setFont(nameFont);
    m_title->setObjectName(QStringLiteral("streamTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_liveBadge->setStyleSheet(QStringLiteral(
        "background:#eb0400;color:white;font-weight:bold;padding:1px 6px;border-radius:3px;"));
    m_liveBadge->hide();
    m_texts.set([this] { m_liveBadge->setText(tr("LIVE")); });
    auto* header = new QHBoxLayout;
    header->addWidget(m_name);
    header->addWidget(m_liveBadge);
    header->addSpacing(8);
    header->addWidget(m_title, 1);

    m_texts.set(QStringLiteral("placeholders"), [this] {
        m_playerPlaceholder->setHeading(tr("Loading the player…"));
        m_chatPlaceholder->setHeading(tr("Loading the chat…"));
    });
    m_playerSlot->addWidget(m_playerPlaceholder);
    m_chatSlot->addWidget(m_chatPlaceholder);
    m_events->setModel(&events);

    m_rows->addWidget(m_playerSlot);
    m_rows->addWidget(m_events);
    m_rows->setStretchFactor(0, 3);
    m_rows->setStretchFactor(1, 1);
    m_rows->setChildrenCollapsible(false);
    m_rows->setObjectName(QStringLiteral("playerSplitter"));

    auto* chatColumn = new QWidget(this);
    auto* chatLayout = new QVBoxLayout(chatColumn);
    chatLayout->setContentsMargins(0, 0, 0, 0);
    chatLayout->setSpacing(0);
    chatLayout->addWidget(m_chatSlot, 1);
    chatLayout->addWidget(m_chatBox);
    chatColumn->setMinimumWidth(260);

    m_columns->addWidget(m_rows);
    m_columns->addWidget(chatColumn);
    m_columns->setStretchFactor(0, 3);
    m_columns->setStretchFactor(1, 1);
    m_columns->setChildrenCollapsible(false);
    m_columns->setObjectName(QStringLiteral("streamerSplitter"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(header);
    layout->addWidget(m_columns, 1);
}

void StreamerPage::showChannel(const Channel& channel) {
    m_channel = channel;
    m_name->setText(channel.displayName.isEmpty() ? channel.login : channel.displayName);
    m_chatBox->setChannelName(m_name->text());
    m_title->clear();
    m_liveBadge->hide();
    m_texts.set([this] { m_liveBadge->setText(tr("LIVE")); });
    if (m_player) {
        loadChannelPages();
    } else if (isVisible()) {
        scheduleWebViews();
    }
    // Not visible (started into the tray): the views wait for showEvent(),
    // so that a tray-only session never loads Qt WebEngine.
}

void StreamerPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!m_player && !m_channel.login.isEmpty())
        scheduleWebViews();
}

void StreamerPage::scheduleWebViews() {
    if (m_creatingViews || m_webViewsFailed)
        return;
    // After this event-loop turn: the window paints first, then Qt
    // WebEngine (tens of megabytes) is loaded.
    m_creatingViews = true;
    QTimer::singleShot(0, this, &StreamerPage::createWebViews);
}

void StreamerPage::setHeader(const QString& title, bool live, int viewers) {
    m_texts.set(QStringLiteral("header"), [this, title, live, viewers] {
        m_title->setText(live ? tr("%1 · %Ln viewer(s)", nullptr, viewers).arg(title) : title);
    });
    m_liveBadge->setVisible(live);
}

void StreamerPage::createWebViews() {
    m_creatingViews = false;
    // Hidden again before this turn came (e.g. straight back to the tray).
    if (!isVisible() || m_player)
        return;
    QString error;
    WebViewFactory* factory = WebModuleLoader::factory(&error);
    if (!factory) {
        m_texts.set(QStringLiteral("placeholders"), [this, error] {
            m_playerPlaceholder->setHeading(tr("The player cannot be shown"));
            m_playerPlaceholder->setText(error);
            m_chatPlaceholder->setHeading(tr("The chat cannot be shown"));
            m_chatPlaceholder->setText(error);
        });
        emit webViewsUnavailable(error);
        m_webViewsFailed = true;
        return;
    }
    m_player = factory->createPageView(m_webOptions, m_playerSlot);
    m_player->setObjectName(QStringLiteral("playerView"));

    m_chat = factory->createPageView(m_webOptions, m_chatSlot);
    m_chat->setObjectName(QStringLiteral("chatView"));
    m_texts.set(QStringLiteral("webViewNames"), [this] {
        // The views come and go (released in the tray).
        if (m_player)
            m_player->setAccessibleName(tr("Player"));
        if (m_chat)
            m_chat->setAccessibleName(tr("Chat"));
    });
    m_playerSlot->addWidget(m_player);
    m_chatSlot->addWidget(m_chat);
    m_playerSlot->setCurrentWidget(m_player);
    m_chatSlot->setCurrentWidget(m_chat);
    connect(m_player, &WebPageView::externalLinkRequested, this,
            &StreamerPage::externalLinkRequested);
    connect(m_chat, &WebPageView::externalLinkRequested, this,
            &StreamerPage::externalLinkRequested);
    if (lcTiming().isInfoEnabled()) {
        auto pageLoaded = [this](bool* loaded, bool ok) {
            *loaded = ok;
            if (ok && m_playerLoaded && m_chatLoaded)
                qCInfo(lcTiming) << "channel pages loaded:" << m_channel.login;
        };
        connect(m_player, &WebPageView::loadFinished, this,
                [this, pageLoaded](bool ok) { pageLoaded(&m_playerLoaded, ok); });
        connect(m_chat, &WebPageView::loadFinished, this,
                [this, pageLoaded](bool ok) { pageLoaded(&m_chatLoaded, ok); });
    }
    loadChannelPages();
}

void StreamerPage::loadChannelPages() {
    if (!m_player || m_channel.login.isEmpty())
        return;
    qCInfo(lcUi) << "Showing channel" << m_channel.login;
    m_playerLoaded = m_chatLoaded = false;
    m_player->load(m_channel.playerUrl);
    m_chat->load(m_channel.chatUrl);
}

void StreamerPage::setAcceptLanguage(const QString& acceptLanguage) {
    if (acceptLanguage == m_webOptions.acceptLanguage)
        return;
    m_webOptions.acceptLanguage = acceptLanguage;
    // The pages on screen were asked for in the old language: new views ask
    // Twitch again in the new one.
    if (m_player) {
        releaseWebViews();
        if (isVisible())
            scheduleWebViews();
    }
}

void StreamerPage::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void StreamerPage::retranslateUi() {
    m_texts.retranslate();
}

void StreamerPage::setEventsPanelVisible(bool visible) {
    m_events->setVisible(visible);
}

void StreamerPage::stopWebViews() {
    if (m_player)
        m_player->stop();
    if (m_chat)
        m_chat->stop();
}

void StreamerPage::releaseWebViews() {
    if (!m_player)
        return;
    stopWebViews();
    for (WebPageView* view : {m_player, m_chat}) {
        view->hide();
        view->deleteLater();
    }
    m_playerSlot->setCurrentWidget(m_playerPlaceholder);
    m_chatSlot->setCurrentWidget(m_chatPlaceholder);
    m_player = nullptr;
    m_chat = nullptr;
    qCInfo(lcUi) << "Web views released";
}

} // namespace streamside::ui
