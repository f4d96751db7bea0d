#include "ui/favourites/FavouriteNotificationsDialog.h"

#include "core/favourites/FavouritesModel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace streamside::ui {

namespace {

// Past this many kinds the checkboxes go in two columns, so that the dialog
// stays shorter than a laptop screen.
constexpr int maxKindsInOneColumn = 8;

} // namespace

FavouriteNotificationsDialog::FavouriteNotificationsDialog(const Favourite& favourite,
                                                           QWidget* parent)
    : QDialog(parent)
    , m_live(new QCheckBox(this))
    , m_all(new QPushButton(this))
    , m_none(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("favouriteNotificationsDialog"));
    const QString name = favourite.displayName.isEmpty() ? favourite.login : favourite.displayName;
    // A name with "&" in it must not become a mnemonic.
    QString labelName = name;
    labelName.replace(QLatin1Char('&'), QLatin1String("&&"));
    setWindowTitle(tr("Notifications for %1").arg(name));

    m_live->setObjectName(QStringLiteral("notifyLive"));
    //: %1 is the channel
    m_live->setText(tr("When %1 goes &live").arg(labelName));
    m_live->setChecked(favourite.notifyLive);

    auto* events = new QGroupBox(tr("&Events"), this);
    events->setObjectName(QStringLiteral("notifyEvents"));
    events->setAccessibleName(tr("Events that notify"));
    auto* explanation =
        new QLabel(tr("While %1's channel is open in Streamside and its window is not in front, "
                      "these events show a notification.")
                       .arg(name),
                   events);
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::PlainText);

    const QList<EventKind> offered = viewerEventKinds();
    const qsizetype perColumn = std::max<qsizetype>(
        1, offered.size() > maxKindsInOneColumn ? (offered.size() + 1) / 2 : offered.size());
    auto* grid = new QGridLayout;
    QWidget* previous = m_live;
    for (qsizetype i = 0; i < offered.size(); ++i) {
        const EventKind kind = offered[i];
        auto* box = new QCheckBox(kindLabel(kind), events);
        box->setObjectName(QStringLiteral("notify_") + eventKindName(kind));
        box->setChecked(favourite.notifyKinds.contains(eventKindName(kind)));
        // Down the first column, then down the second: the order they read in.
        grid->addWidget(box, int(i % perColumn), int(i / perColumn));
        setTabOrder(previous, box);
        previous = box;
        m_kinds.insert(kind, box);
    }
    for (const QString& stored : favourite.notifyKinds)
        if (!offered.contains(eventKindFromName(stored)) && !m_notOffered.contains(stored))
            m_notOffered << stored;

    m_all->setObjectName(QStringLiteral("notifyAll"));
    m_all->setText(tr("&All"));
    m_all->setAccessibleName(tr("Notify about all events"));
    m_all->setAutoDefault(false);
    connect(m_all, &QPushButton::clicked, this, [this] { setAllKinds(true); });
    m_none->setObjectName(QStringLiteral("notifyNone"));
    m_none->setText(tr("&None"));
    m_none->setAccessibleName(tr("Notify about no events"));
    m_none->setAutoDefault(false);
    connect(m_none, &QPushButton::clicked, this, [this] { setAllKinds(false); });
    setTabOrder(previous, m_all);
    setTabOrder(m_all, m_none);
    setTabOrder(m_none, m_buttons);

    auto* quick = new QHBoxLayout;
    quick->addStretch(1);
    quick->addWidget(m_all);
    quick->addWidget(m_none);
    auto* eventsLayout = new QVBoxLayout(events);
    eventsLayout->addWidget(explanation);
    eventsLayout->addLayout(grid);
    eventsLayout->addLayout(quick);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_live);
    layout->addWidget(events);
    layout->addWidget(m_buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);
    m_live->setFocus();
}

StorageError FavouriteNotificationsDialog::edit(FavouritesModel& favourites,
                                                const QString& channelId, QWidget* parent) {
    const std::optional<Favourite> favourite = favourites.favourite(channelId);
    if (!favourite)
        return {};
    FavouriteNotificationsDialog dialog(*favourite, parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return favourites.setNotificationRules(channelId, dialog.notifyLive(), dialog.notifyKinds());
}

bool FavouriteNotificationsDialog::notifyLive() const {
    return m_live->isChecked();
}

QStringList FavouriteNotificationsDialog::notifyKinds() const {
    QStringList kinds;
    for (const EventKind kind : viewerEventKinds())
        if (m_kinds.value(kind)->isChecked())
            kinds << eventKindName(kind);
    return kinds + m_notOffered;
}

void FavouriteNotificationsDialog::setAllKinds(bool checked) {
    for (QCheckBox* box : std::as_const(m_kinds))
        box->setChecked(checked);
}

QString FavouriteNotificationsDialog::kindLabel(EventKind kind) {
    switch (kind) {
    case EventKind::Subscription:
        return tr("New subscriptions");
    case EventKind::Resubscription:
        return tr("Resubscriptions");
    case EventKind::GiftSubscription:
        return tr("Gifted subs");
    case EventKind::CommunityGift:
        return tr("Gifts to the community");
    case EventKind::GiftUpgrade:
        return tr("Gifted subs continued");
    case EventKind::PrimeUpgrade:
        return tr("Prime subs continued");
    case EventKind::PayItForward:
        return tr("Gifts paid forward");
    case EventKind::Raid:
        return tr("Raids on the channel");
    case EventKind::RaidOut:
        return tr("Raids by the channel");
    case EventKind::Unraid:
        return tr("Cancelled raids");
    case EventKind::Cheer:
        return tr("Cheers");
    case EventKind::BitsBadgeTier:
        return tr("New Bits badges");
    case EventKind::PowerUp:
        return tr("Power-ups");
    case EventKind::Announcement:
        return tr("Announcements");
    case EventKind::HighlightedMessage:
        return tr("Highlighted messages");
    case EventKind::CharityDonation:
        return tr("Charity donations");
    case EventKind::WatchStreak:
        return tr("Watch streaks");
    case EventKind::StreamOffline:
        return tr("Stream ended");
    case EventKind::ChannelUpdate:
        return tr("Title or category changed");
    default:
        return eventKindName(kind);
    }
}

} // namespace streamside::ui
