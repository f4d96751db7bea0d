#include "ui/main/ChannelsPage.h"

#include "ui/favourites/FavouritesSidebar.h"
#include "ui/streamer/StreamerPage.h"
#include "ui/widgets/EmptyStateWidget.h"

#include <QIcon>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace streamside::ui {

ChannelsPage::ChannelsPage(FavouritesSidebar* sidebar, StreamerPage* streamer, QWidget* parent)
    : QWidget(parent)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_right(new QStackedWidget(this))
    , m_streamer(streamer)
    , m_hint(new EmptyStateWidget(this)) {
    setObjectName(QStringLiteral("channelsPage"));
    m_hint->setIcon(QIcon(QStringLiteral(":/icons/streamside.svg")));
    m_right->addWidget(m_hint);
    m_right->addWidget(streamer);
    sidebar->setMinimumWidth(200);
    m_splitter->addWidget(sidebar);
    m_splitter->addWidget(m_right);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({240, 1000});
    m_splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
}

void ChannelsPage::showStreamer() {
    m_right->setCurrentWidget(m_streamer);
}

void ChannelsPage::showHint(const QString& heading, const QString& text) {
    setHint(heading, text);
    showHint();
}

void ChannelsPage::showHint() {
    m_right->setCurrentWidget(m_hint);
}

void ChannelsPage::setHint(const QString& heading, const QString& text) {
    m_hint->setHeading(heading);
    m_hint->setText(text);
}

} // namespace streamside::ui
