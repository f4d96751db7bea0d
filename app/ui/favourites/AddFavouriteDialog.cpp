#include "ui/favourites/AddFavouriteDialog.h"

#include "core/app/CommandLine.h"
#include "core/helix/IHelix.h"
#include "ui/favourites/AvatarCache.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace streamside::ui {

namespace {
enum Role { ChannelIdRole = Qt::UserRole + 1, LoginRole, NameRole, AvatarRole };
constexpr int avatarSize = 28;
} // namespace

AddFavouriteDialog::AddFavouriteDialog(IHelix& helix, AvatarCache& avatars, QWidget* parent)
    : QDialog(parent)
    , m_helix(helix)
    , m_avatars(avatars)
    , m_search(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_message(new QLabel(this))
    , m_debounce(new QTimer(this)) {
    setWindowTitle(tr("Add a favourite"));
    setMinimumSize(420, 380);
    m_search->setObjectName(QStringLiteral("channelSearch"));
    m_search->setPlaceholderText(tr("Channel name or login"));
    m_search->setAccessibleName(tr("Channel to add"));
    m_search->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("channelSuggestions"));
    m_results->setAccessibleName(tr("Matching channels"));
    m_results->setIconSize(QSize(avatarSize, avatarSize));
    // Long titles are cut with an ellipsis (full text in the tooltip), not scrolled.
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->setTextElideMode(Qt::ElideRight);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("addFavouriteMessage"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_results->currentRow() >= 0)
            acceptRow(m_results->currentRow());
        else
            acceptTyped();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs);
    connect(m_debounce, &QTimer::timeout, this, &AddFavouriteDialog::search);
    connect(m_search, &QLineEdit::textEdited, this, [this] {
        m_message->clear();
        m_debounce->start();
    });
    connect(m_results, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { acceptRow(m_results->row(item)); });
    connect(&m_avatars, &AvatarCache::avatarLoaded, this, [this] {
        for (int row = 0; row < m_results->count(); ++row) {
            QListWidgetItem* item = m_results->item(row);
            item->setIcon(m_avatars.avatar(item->data(AvatarRole).toUrl(),
                                           item->data(NameRole).toString(), avatarSize,
                                           devicePixelRatioF()));
        }
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

QString AddFavouriteDialog::message() const {
    return m_message->text();
}

void AddFavouriteDialog::showMessage(const QString& text, bool error) {
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, error ? QColor(0xd9, 0x30, 0x25)
                                                 : this->palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
    m_message->setText(text);
}

void AddFavouriteDialog::search() {
    const QString query = m_search->text().trimmed();
    const quint64 serial = ++m_searchSerial;
    if (query.isEmpty()) {
        m_results->clear();
        emit suggestionsUpdated();
        return;
    }
    m_helix.searchChannels(
        query, 10, this,
        [this, serial](const QList<HelixChannelSearchResult>& channels) {
            if (serial != m_searchSerial)
                return; // the user typed on
            m_results->clear();
            for (const HelixChannelSearchResult& channel : channels) {
                auto* item = new QListWidgetItem(
                    channel.isLive ? tr("%1 — live: %2").arg(channel.displayName, channel.title)
                                   : channel.displayName,
                    m_results);
                item->setData(ChannelIdRole, channel.id);
                item->setData(LoginRole, channel.login);
                item->setData(NameRole, channel.displayName);
                item->setData(AvatarRole, QUrl(channel.thumbnailUrl));
                item->setIcon(m_avatars.avatar(QUrl(channel.thumbnailUrl), channel.displayName,
                                               avatarSize, devicePixelRatioF()));
                item->setToolTip(channel.isLive ? channel.title : channel.login);
            }
            if (channels.isEmpty())
                showMessage(tr("No channel matches “%1”.").arg(m_search->text().trimmed()), false);
            emit suggestionsUpdated();
        },
        [this, serial](const HelixError& error) {
            if (serial != m_searchSerial)
                return;
            showMessage(tr("Twitch could not be searched: %1").arg(error.message), true);
            emit suggestionsUpdated();
        });
}

void AddFavouriteDialog::acceptRow(int row) {
    const QListWidgetItem* item = m_results->item(row);
    if (!item)
        return;
    m_choice = {item->data(ChannelIdRole).toString(), item->data(LoginRole).toString(),
                item->data(NameRole).toString(), item->data(AvatarRole).toUrl()};
    accept();
}

void AddFavouriteDialog::acceptTyped() {
    const QString login = m_search->text().trimmed();
    if (login.isEmpty())
        return;
    if (!isValidTwitchLogin(login)) {
        showMessage(tr("“%1” is not a Twitch login: logins have letters, digits and underscores "
                       "only.")
                        .arg(login),
                    true);
        return;
    }
    m_helix.getUsers(
        {}, {login.toLower()}, this,
        [this, login](const QList<HelixUser>& users) {
            if (users.isEmpty()) {
                showMessage(tr("No Twitch channel called %1.").arg(login), true);
                return;
            }
            const HelixUser& user = users.first();
            m_choice = {user.id, user.login, user.displayName, QUrl(user.profileImageUrl)};
            accept();
        },
        [this](const HelixError& error) {
            showMessage(tr("Twitch could not be asked: %1").arg(error.message), true);
        });
}

} // namespace streamside::ui
