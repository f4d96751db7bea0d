#include "ui/app/AppController.h"

#include "core/app/AutostartEntry.h"
#include "core/app/Logging.h"
#include "core/auth/AuthSession.h"
#include "core/auth/ClientIdResolution.h"
#include "core/auth/OAuthClient.h"
#include "core/events/EventSummary.h"
#include "core/events/RecentEventsModel.h"
#include "core/eventsub/EventFeed.h"
#include "core/favourites/FavouritesLiveTracker.h"
#include "core/favourites/FavouritesModel.h"
#include "core/handover/HandOverClient.h"
#include "core/handover/SubscriptionRelease.h"
#include "core/helix/HelixClient.h"
#include "core/notifications/NotificationPolicy.h"
#include "core/notifications/NotificationSink.h"
#include "core/security/KeychainKeyStore.h"
#include "core/storage/Storage.h"
#include "sim/LivelyGenerator.h"
#include "sim/Simulator.h"
#include "sim/World.h"
#include "ui/app/BackgroundRestart.h"
#include "ui/app/DemoKeyStore.h"
#include "ui/app/DemoUrlOpener.h"
#include "ui/app/DesktopUrlOpener.h"
#include "ui/app/InAppBrowser.h"
#include "ui/app/LanguageSwitch.h"
#include "ui/events/EventsPanel.h"
#include "ui/favourites/AddFavouriteDialog.h"
#include "ui/favourites/AvatarCache.h"
#include "ui/favourites/FavouriteNotificationsDialog.h"
#include "ui/favourites/FavouritesSidebar.h"
#include "ui/login/LoginController.h"
#include "ui/login/LoginPage.h"
#include "ui/main/ChannelsPage.h"
#include "ui/main/MainWindow.h"
#include "ui/notifications/DesktopNotificationSink.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/streamer/ChatBox.h"
#include "ui/streamer/StreamerPage.h"
#include "ui/tray/CloseToTrayGuard.h"
#include "ui/tray/TrayController.h"
#include "ui/tray/TrayNotificationSink.h"
#include "ui/web/WebModuleLoader.h"
#include "ui/widgets/EmptyStateWidget.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStatusBar>
#include <QUrlQuery>

namespace streamside::ui {

namespace {

// The demo's first favourites and channel: live channels of the simulated world.
const QStringList demoFavourites{QStringLiteral("pixelpioneer"), QStringLiteral("cozycoder"),
                                 QStringLiteral("sakura_streams")};

// Hands toasts on to wherever they are shown, once that exists. Silenced
// while another Streamside process announces them (during a hand-over).
class ForwardingSink : public NotificationSink {
public:
    NotificationSink* target = nullptr;
    bool silenced = false;
    void show(const QString& title, const QString& body, const QString& channelId) override {
        if (target && !silenced)
            target->show(title, body, channelId);
    }
};

// How long the window stays hidden in the tray before a process that has
// loaded Qt WebEngine hands over to a fresh one (STREAMSIDE_HANDOVER_DELAY_MS
// for tests and measurements).
int handOverDelayMs() {
    constexpr int defaultDelayMs = 3 * 60'000;
    const QByteArray value = qgetenv("STREAMSIDE_HANDOVER_DELAY_MS");
    if (value.isEmpty())
        return defaultDelayMs;
    bool ok = false;
    const int delay = value.toInt(&ok);
    if (ok && delay >= 0)
        return delay;
    qCWarning(lcApp) << "STREAMSIDE_HANDOVER_DELAY_MS is not a number of milliseconds; using"
                     << defaultDelayMs;
    return defaultDelayMs;
}

bool darkPalette() {
    const QPalette palette = QApplication::palette();
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

AppController::AppController(StartupOptions options, AppPaths paths, EndpointConfig endpoints,
                             QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_paths(std::move(paths))
    , m_endpoints(std::move(endpoints))
    , m_window(std::make_unique<MainWindow>(m_paths.configDir + QStringLiteral("/window.ini"),
                                            m_options.demo)) {
    connect(m_window.get(), &MainWindow::languageChanged, this,
            [this] { m_stateTexts.retranslate(); });
    m_stateTexts.set(QStringLiteral("message"), [this] {
        m_window->setMessage(tr("Starting Streamside…"), tr("Opening your profile."));
    });
    m_window->showPage(m_window->emptyState());
}

AppController::~AppController() {
    m_tray.reset();
    // The feed and the session stop before the objects they use go away.
    if (m_liveTracker)
        m_liveTracker->stop();
    m_liveTracker.reset();
    if (m_feed)
        m_feed->stop();
    m_feed.reset();
    m_session.reset();
}

void AppController::setUrlOpener(std::unique_ptr<UrlOpener> opener) {
    m_opener = std::move(opener);
}

bool AppController::start(QString* error) {
    if (m_options.demo) {
        m_simulator = std::make_unique<sim::Simulator>();
        if (!m_simulator->start()) {
            *error = tr("The demo's Twitch simulator could not start: %1")
                         .arg(m_simulator->errorString());
            return false;
        }
        const QUrl base = m_simulator->baseUrl();
        m_endpoints.clientId = QLatin1String(sim::World::demoClientId);
        m_endpoints.authUrl = base.resolved(QUrl(QStringLiteral("/oauth2")));
        m_endpoints.apiUrl = base.resolved(QUrl(QStringLiteral("/helix")));
        m_endpoints.eventSubUrl = m_simulator->context().eventSubUrl;
        m_endpoints.playerUrl = base.resolved(QUrl(QStringLiteral("/embed/player")));
        m_endpoints.chatUrl = base.resolved(QUrl(QStringLiteral("/embed/")));
        m_simulator->lively().setRate(3.0);
        m_simulator->lively().start();
        if (!m_opener)
            m_opener = std::make_unique<DemoUrlOpener>();
        qCInfo(lcApp).noquote() << "Demo: Twitch simulator at" << base.toString();
    } else if (!m_opener) {
        m_opener = std::make_unique<DesktopUrlOpener>();
    }

    m_network = std::make_unique<QNetworkAccessManager>();
    m_helix = std::make_unique<HelixClient>(m_endpoints);
    m_avatars = std::make_unique<AvatarCache>(*m_network);
    m_events = std::make_unique<RecentEventsModel>();
    if (m_options.demo)
        m_keyStore = std::make_unique<DemoKeyStore>();
    else
        m_keyStore = std::make_unique<KeychainKeyStore>(QStringLiteral("database-key"));
    m_storage = std::make_unique<Storage>(m_paths.dataDir, *m_keyStore);
    connect(m_storage.get(), &Storage::ready, this, &AppController::onStorageReady);
    connect(m_storage.get(), &Storage::failed, this, [this](const StorageError& failure) {
        m_stateTexts.set(QStringLiteral("message"), [this, message = failure.message] {
            m_window->setMessage(tr("Streamside cannot open its data"), message);
        });
        m_window->showPage(m_window->emptyState());
    });

    m_storage->open();
    return true;
}

void AppController::onStorageReady() {
    // The chosen language, as soon as the settings can be read: the pages
    // below are built in it, and the window built before is retranslated.
    applyLanguageSetting(m_storage->settings());
    if (const QString moved = m_storage->database().movedAsidePath(); !moved.isEmpty())
        QMessageBox::warning(m_window.get(), tr("Your data was damaged"),
                             tr("Streamside's database was damaged and has been set aside as %1. "
                                "A new one was started: log in and add your favourites again.")
                                 .arg(moved));
    m_favourites = std::make_unique<FavouritesModel>(m_storage->favourites());
    EventSubConnection::Options connection;
    connection.url = m_endpoints.eventSubUrl;
    m_feed = std::make_unique<EventFeed>(connection, *m_helix, &m_storage->eventHistory(),
                                         m_events.get());
    // The favourites' live state: pushed (stream.online/offline on the feed's
    // session) as far as the cost budget left by the open channel allows,
    // polled for the rest. The planner keeps the full budget: the open
    // channel comes first.
    m_liveTracker = std::make_unique<FavouritesLiveTracker>(*m_helix);
    EventSubConnection& feedConnection = m_feed->connection();
    connect(&m_feed->planner(), &SubscriptionPlanner::planChanged, m_liveTracker.get(),
            &FavouritesLiveTracker::setChannelPlan);
    connect(&feedConnection, &EventSubConnection::sessionStarted, m_liveTracker.get(),
            &FavouritesLiveTracker::onSessionStarted);
    connect(&feedConnection, &EventSubConnection::stateChanged, m_liveTracker.get(),
            [this](EventSubConnection::State state) {
                if (state != EventSubConnection::State::Connected)
                    m_liveTracker->onSessionEnded();
            });
    connect(&feedConnection, &EventSubConnection::notificationReceived, m_liveTracker.get(),
            &FavouritesLiveTracker::onNotification);
    connect(&feedConnection, &EventSubConnection::revocationReceived, m_liveTracker.get(),
            &FavouritesLiveTracker::onRevocation);
    connect(m_liveTracker.get(), &FavouritesLiveTracker::liveInfoChanged, this,
            [this](const QString& channelId, const ChannelLiveInfo& info) {
                m_favourites->setLiveInfo(channelId, info);
                if (channelId == m_currentChannelId)
                    m_streamer->setHeader(info.title, info.live, info.viewerCount);
            });
    connect(m_favourites.get(), &QAbstractItemModel::modelReset, this, [this] {
        m_liveTracker->setFavourites(m_favourites->channelIds());
        fetchMissingAvatars();
    });

    // The pages.
    m_loginPage = new LoginPage(m_window.get());
    m_sidebar = new FavouritesSidebar(*m_favourites, *m_avatars, m_window.get());
    WebViewOptions web;
    web.profileName =
        m_options.demo ? QStringLiteral("streamside-demo") : QStringLiteral("streamside");
    web.storagePath = m_paths.dataDir + QStringLiteral("/web");
    web.allowedHosts = {m_endpoints.playerUrl.host(),   m_endpoints.chatUrl.host(),
                        QStringLiteral("twitch.tv"),    QStringLiteral("ttvnw.net"),
                        QStringLiteral("jtvnw.net"),    QStringLiteral("twitchcdn.net"),
                        QStringLiteral("twitchsvc.net")};
    web.acceptLanguage = QLocale().bcp47Name();
    m_streamer = new StreamerPage(*m_events, web, m_window.get());
    m_channels = new ChannelsPage(m_sidebar, m_streamer, m_window.get());
    m_window->addPage(m_loginPage);
    m_window->addPage(m_channels);
    m_window->rememberSplitter(m_channels->splitter(), QStringLiteral("channels"));
    m_window->rememberSplitter(m_streamer->mainSplitter(), QStringLiteral("streamer"));
    m_window->rememberSplitter(m_streamer->playerSplitter(), QStringLiteral("player"));
    if (m_options.demo)
        m_loginPage->setInAppAuthorizeOffered(true);

    connect(m_feed.get(), &EventFeed::stateChanged, this,
            [this](EventSubConnection::State state, const QString& reason) {
                switch (state) {
                case EventSubConnection::State::Connected:
                    m_stateTexts.set(QStringLiteral("connection"), [this] {
                        m_window->setConnectionText(tr("Live events connected"), true);
                    });
                    break;
                case EventSubConnection::State::Connecting:
                    m_stateTexts.set(QStringLiteral("connection"), [this] {
                        m_window->setConnectionText(tr("Connecting to Twitch…"), true);
                    });
                    break;
                case EventSubConnection::State::Reconnecting:
                    m_stateTexts.set(QStringLiteral("connection"), [this, reason] {
                        m_window->setConnectionText(tr("Reconnecting: %1").arg(reason), false);
                    });
                    break;
                case EventSubConnection::State::Offline:
                    m_stateTexts.set(QStringLiteral("connection"), [this, reason] {
                        m_window->setConnectionText(tr("Offline: %1").arg(reason), false);
                    });
                    break;
                }
            });
    connect(m_feed.get(), &EventFeed::problem, this,
            [this](const QString& message) { m_window->statusBar()->showMessage(message, 15000); });
    connect(m_feed.get(), &EventFeed::eventArrived, this, &AppController::onEventArrived);
    connect(m_sidebar, &FavouritesSidebar::channelActivated, this, &AppController::openChannel);
    connect(m_sidebar, &FavouritesSidebar::addRequested, this, &AppController::addFavourite);
    connect(m_sidebar, &FavouritesSidebar::removeRequested, this,
            [this](const QString&) { removeCurrentFavourite(); });
    connect(m_sidebar, &FavouritesSidebar::notificationsRequested, this,
            &AppController::editFavouriteNotifications);
    connect(m_window->favouriteNotificationsAction(), &QAction::triggered, this,
            [this] { editFavouriteNotifications(m_sidebar->currentChannelId()); });
    connect(m_window->addFavouriteAction(), &QAction::triggered, this,
            &AppController::addFavourite);
    connect(m_window->removeFavouriteAction(), &QAction::triggered, this,
            &AppController::removeCurrentFavourite);
    connect(m_window->nextFavouriteAction(), &QAction::triggered, this,
            [this] { m_sidebar->openNext(1); });
    connect(m_window->previousFavouriteAction(), &QAction::triggered, this,
            [this] { m_sidebar->openNext(-1); });
    connect(m_window->focusChatAction(), &QAction::triggered, this,
            [this] { m_streamer->chatBox()->field()->setFocus(); });
    connect(m_window->settingsAction(), &QAction::triggered, this, &AppController::showSettings);
    connect(m_window->toggleEventsAction(), &QAction::toggled, m_streamer,
            &StreamerPage::setEventsPanelVisible);
    connect(m_streamer->chatBox(), &ChatBox::sendRequested, this, &AppController::sendChat);
    connect(m_streamer, &StreamerPage::externalLinkRequested, this,
            [this](const QUrl& url) { m_opener->open(url); });

    setUpTray();
    setUpHandOver();
    // "Try the demo": a separate process with its own profile; this one stays.
    connect(m_loginPage, &LoginPage::demoRequested, this, [] {
        QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                {QStringLiteral("--demo")});
    });

    const ClientIdChoice clientId = ClientIdResolution::resolve(
        QProcessEnvironment::systemEnvironment(), m_endpoints, m_storage->settings());
    if (m_options.demo || !clientId.isEmpty()) {
        setUpSession(m_options.demo ? m_endpoints.clientId : clientId.clientId);
        return;
    }
    m_loginPage->showNoClientId();
    m_window->showPage(m_loginPage);
    connect(m_loginPage, &LoginPage::clientIdEntered, this, [this](const QString& text) {
        const PastedClientId pasted = ClientIdResolution::checkPasted(text);
        if (!pasted.isAccepted()) {
            m_loginPage->showNoClientId(pasted.problem);
            return;
        }
        m_storage->settings().setValue(setting::clientId, pasted.clientId);
        setUpSession(pasted.clientId);
    });
}

void AppController::setUpSession(const QString& clientId) {
    m_endpoints.clientId = clientId;
    m_helix->setCredentials(clientId, {});
    // Made once the client id is known: every OAuth call names it.
    m_oauth = std::make_unique<OAuthClient>(m_endpoints);
    m_session = std::make_unique<AuthSession>(*m_oauth, m_storage->accounts(), *m_helix, clientId);
    m_login = new LoginController(*m_loginPage, *m_session, *m_oauth, *m_opener, m_endpoints, this);
    connect(m_login, &LoginController::inAppAuthorizeRequested, this, [this](const QUrl& url) {
        if (!m_inAppBrowser) {
            WebViewOptions web;
            web.profileName = QStringLiteral("streamside-login");
            web.allowedHosts = {m_endpoints.authUrl.host(), QStringLiteral("localhost")};
            m_inAppBrowser = new InAppBrowser(web, m_window.get());
        }
        QString error;
        if (!m_inAppBrowser->open(DemoUrlOpener::withAutoApprove(url), &error))
            m_loginPage->showError(error);
    });
    connect(m_session.get(), &AuthSession::signedIn, this, &AppController::onSignedIn);
    // Cancelling the second (own-channel) authorization goes back to the channels.
    connect(m_login, &LoginController::cancelled, this, [this] {
        if (m_session->state() == AuthSession::State::SignedIn)
            m_window->showPage(m_channels);
    });
    connect(m_session.get(), &AuthSession::ended, this, &AppController::onSessionEnded);
    connect(m_session.get(), &AuthSession::sessionClosed, m_feed.get(), &EventFeed::stop);
    connect(m_window->logOutAction(), &QAction::triggered, m_session.get(), &AuthSession::logOut);
    connect(m_session.get(), &AuthSession::loggedOut, this, [this] {
        m_feed->stop();
        m_liveTracker->stop();
        m_stateTexts.set(QStringLiteral("account"),
                         [this] { m_window->setAccountText(tr("Not signed in")); });
        m_window->setSignedInActionsEnabled(false);
        m_loginPage->showReady(tr("You are logged out."));
        m_window->showPage(m_loginPage);
    });

    m_session->restore();
    if (m_session->state() == AuthSession::State::SignedOut ||
        m_session->state() == AuthSession::State::Ended) {
        if (m_session->state() == AuthSession::State::Ended) {
            onSessionEnded(m_session->endReason());
        } else {
            m_loginPage->showReady();
            m_window->showPage(m_loginPage);
            // The demo runs the real login by itself: its consent page
            // approves itself in whatever browser opens.
            if (m_options.demo)
                QMetaObject::invokeMethod(m_loginPage, &LoginPage::loginWithBrowserRequested,
                                          Qt::QueuedConnection);
        }
    } else {
        m_stateTexts.set(QStringLiteral("message"), [this] {
            m_window->setMessage(tr("Signing in…"), tr("Checking your Twitch session."));
        });
        m_window->showPage(m_window->emptyState());
    }
}

void AppController::setUpTray() {
    auto sink = std::make_unique<ForwardingSink>();
    ForwardingSink* forwarding = sink.get();
    m_silenceToasts = [forwarding](bool silenced) { forwarding->silenced = silenced; };
    m_notificationSink = std::move(sink);
    m_notifications = std::make_unique<NotificationPolicy>(*m_notificationSink);
    m_notifications->setFavourites(m_storage->favourites().list());
    connect(m_favourites.get(), &QAbstractItemModel::modelReset, this,
            [this] { m_notifications->setFavourites(m_storage->favourites().list()); });
    connect(m_favourites.get(), &FavouritesModel::notificationRulesChanged, this,
            [this] { m_notifications->setFavourites(m_storage->favourites().list()); });
    connect(m_liveTracker.get(), &FavouritesLiveTracker::wentLive, m_notifications.get(),
            &NotificationPolicy::favouriteWentLive);
    connect(m_feed.get(), &EventFeed::eventArrived, m_notifications.get(),
            &NotificationPolicy::eventArrived);
    // No toast for the channel the user is looking at.
    connect(qApp, &QApplication::focusChanged, this, [this] {
        m_notifications->setFocusedChannel(m_window->isActiveWindow() ? m_currentChannelId
                                                                      : QString());
    });

    m_tray = std::make_unique<TrayController>(*m_window, *m_favourites, *m_notifications);
    connect(m_tray.get(), &TrayController::openChannelRequested, this, &AppController::openChannel);
    connect(m_tray.get(), &TrayController::quitRequested, m_window.get(),
            &MainWindow::quitRequested);
    m_closeToTray = new CloseToTrayGuard(*m_window, &m_storage->settings(), this);
    if (!TrayController::isTrayAvailable()) {
        // Closing the window quits, as without Streamside's tray; said once,
        // once the window is up.
        QMetaObject::invokeMethod(
            m_closeToTray, [guard = m_closeToTray] { guard->announceIfNoTray(); },
            Qt::QueuedConnection);
        // Without a tray Qt cannot show messages: toasts go to the desktop's
        // notification service directly, where there is one.
        if (!DesktopNotificationSink::isServiceAvailable())
            return;
        m_desktopToasts = std::make_unique<DesktopNotificationSink>();
        connect(m_desktopToasts.get(), &DesktopNotificationSink::openChannelRequested, this,
                [this](const QString& channelId) {
                    m_tray->showWindow();
                    openChannel(channelId);
                });
        forwarding->target = m_desktopToasts.get();
        return;
    }
    m_trayToasts = std::make_unique<TrayNotificationSink>(m_tray->trayIcon());
    connect(m_trayToasts.get(), &TrayNotificationSink::openChannelRequested, this,
            [this](const QString& channelId) {
                m_tray->showWindow();
                openChannel(channelId);
            });
    forwarding->target = m_trayToasts.get();
    m_tray->show();
}

void AppController::setUpHandOver() {
    m_window->installEventFilter(this);
    // The demo's simulator lives in this process: it cannot be handed over.
    if (!m_options.demo) {
        BackgroundRestart::Options options;
        options.program = QCoreApplication::applicationFilePath();
        options.delayMs = handOverDelayMs();
        m_restart = new BackgroundRestart(options, this);
        m_restart->setEligibility([this] {
            return WebModuleLoader::isLoaded() && TrayController::isTrayAvailable() && m_session &&
                   m_session->state() == AuthSession::State::SignedIn;
        });
        connect(m_restart, &BackgroundRestart::silenceRequested, this,
                [this] { m_silenceToasts(true); });
        m_restart->setBeforeLeaving([this](std::function<void()> done) {
            // The successor holds only free (chat) subscriptions so far: both
            // processes count toward Twitch's max_total_cost of 10. Let go of
            // the costly ones so that it can create its own.
            QStringList costly = m_liveTracker->heldSubscriptionIds();
            for (const SubscriptionPlanner::Held& held : m_feed->planner().heldSubscriptions())
                if (held.subscription.cost > 0 && !held.id.isEmpty())
                    costly.append(held.id);
            // Stopped after asking: stopping forgets the subscriptions.
            m_liveTracker->stop();
            auto* release = new SubscriptionRelease(*m_helix, this);
            connect(release, &SubscriptionRelease::finished, this,
                    [release, done = std::move(done)] {
                        release->deleteLater();
                        done();
                    });
            release->release(costly);
        });
        connect(m_restart, &BackgroundRestart::finished, m_window.get(),
                &MainWindow::quitRequested);
    }
    if (m_options.takeOverFrom.isEmpty())
        return;
    // A successor: quiet until the predecessor has gone quiet, and only free
    // (chat) subscriptions until it has deleted its costly ones: the two
    // share Twitch's max_total_cost. Going live meanwhile is polled.
    m_silenceToasts(true);
    m_feed->planner().setCostBudget(0);
    m_liveTracker->setTotalCostBudget(0);
    auto takeCharge = [this] {
        m_silenceToasts(false);
        m_feed->planner().setCostBudget(SubscriptionPlanner::defaultCostBudget);
        m_liveTracker->setTotalCostBudget(SubscriptionPlanner::defaultCostBudget);
    };
    m_takeOver = new HandOverClient(this);
    connect(m_takeOver, &HandOverClient::predecessorLeft, this, [takeCharge] {
        qCInfo(lcApp) << "Took over from the previous Streamside";
        takeCharge();
    });
    connect(m_takeOver, &HandOverClient::predecessorMissing, this,
            [takeCharge](const QString& reason) {
                qCWarning(lcApp).noquote() << "Taking over alone:" << reason;
                takeCharge();
            });
    connect(m_takeOver, &HandOverClient::failed, this, [this](const QString& reason) {
        // The previous Streamside stays: two would announce everything twice.
        qCWarning(lcApp).noquote() << "Hand-over failed, leaving:" << reason;
        emit m_window->quitRequested();
    });
    auto announceWhenReady = [this] {
        if (m_takeOverAnnounced || !takeOverReady())
            return;
        m_takeOverAnnounced = true;
        m_takeOver->announceReady(m_options.takeOverFrom);
    };
    connect(&m_feed->planner(), &SubscriptionPlanner::ready, this, announceWhenReady);
    connect(&m_feed->planner(), &SubscriptionPlanner::problem, this, announceWhenReady);
    connect(m_feed.get(), &EventFeed::stateChanged, this, announceWhenReady);
    connect(m_liveTracker.get(), &FavouritesLiveTracker::pollFinished, this, [=, this] {
        m_trackerPolled = true;
        announceWhenReady();
    });
}

bool AppController::takeOverReady() const {
    if (!m_session || m_session->state() != AuthSession::State::SignedIn || !m_trackerPolled ||
        m_openingChannel || m_feed->connection().state() != EventSubConnection::State::Connected)
        return false;
    // The open channel's events are subscribed (or settled without some).
    const SubscriptionPlanner::State planner = m_feed->planner().state();
    return m_currentChannelId.isEmpty() || planner == SubscriptionPlanner::State::Ready ||
           planner == SubscriptionPlanner::State::Problem;
}

bool AppController::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_window.get() && !event->spontaneous()) {
        if (event->type() == QEvent::Hide && !m_window->isVisible()) {
            // Hidden to the tray: nothing plays unseen, and the pages go.
            m_streamer->releaseWebViews();
            if (m_restart)
                m_restart->windowHidden();
        } else if (event->type() == QEvent::Show && m_restart) {
            m_restart->windowShown();
        }
    }
    return QObject::eventFilter(watched, event);
}

void AppController::showSettings() {
    if (!m_storage->isReady())
        return;
    SettingsDialog::State state;
    state.ownChannelEvents = m_storage->settings().value(setting::ownChannelFullEvents);
    state.tokensEncrypted = m_storage->tokensEncrypted();
    state.keychainProblem = m_storage->keychainProblem();
    state.clientId = m_endpoints.clientId;
    state.language = m_storage->settings().value(setting::language);
    const AutostartEntry autostart;
    state.startAtLogin = autostart.isEnabled();
    if (m_session && m_session->state() == AuthSession::State::SignedIn) {
        state.liveTracker = m_liveTracker.get();
        state.favourites = m_favourites.get();
    }
    SettingsDialog dialog(state, m_window.get());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.language() != state.language) {
        m_storage->settings().setValue(setting::language, dialog.language());
        applyLanguage(dialog.language());
        // Web views made from now on ask Twitch for the new language.
        m_streamer->setAcceptLanguage(QLocale().bcp47Name());
    }
    if (dialog.startAtLogin() != state.startAtLogin) {
        const QString problem = dialog.startAtLogin() ? autostart.enable() : autostart.disable();
        if (!problem.isEmpty())
            QMessageBox::warning(m_window.get(), tr("Start at login"), problem);
    }
    const bool wanted = dialog.ownChannelEvents();
    m_storage->settings().setValue(setting::ownChannelFullEvents, wanted);
    // More scopes take a second authorization at Twitch.
    if (wanted && m_session && m_session->state() == AuthSession::State::SignedIn &&
        !m_session->hasScopes(AuthSession::scopesFor(true))) {
        m_window->showPage(m_loginPage);
        m_login->authorizeOwnChannel();
    }
}

void AppController::onSignedIn(const Account& account) {
    if (m_inAppBrowser)
        m_inAppBrowser->close();
    m_stateTexts.set(QStringLiteral("account"), [this, name = account.displayName] {
        m_window->setAccountText(tr("Signed in as %1").arg(name));
    });
    m_window->setSignedInActionsEnabled(true);
    m_window->showPage(m_channels);
    m_feed->start(account.userId, account.scopes);
    m_liveTracker->setViewer(account.userId);
    m_liveTracker->setFavourites(m_favourites->channelIds());
    m_liveTracker->start();
    if (m_options.demo && m_favourites->rowCount() == 0)
        addDemoFavourites();
    fetchMissingAvatars();

    QString login = m_options.channel;
    if (login.isEmpty())
        login = m_window->lastChannel();
    if (login.isEmpty() && m_options.demo)
        login = demoFavourites.first();
    if (!login.isEmpty())
        openChannelByLogin(login);
    else {
        m_stateTexts.set(QStringLiteral("hint"), [this, empty = m_favourites->rowCount() == 0] {
            m_channels->setHint(empty ? tr("No favourites yet") : tr("Pick a channel"),
                                empty ? tr("Press Ctrl+N or + to add the channels you watch.")
                                      : tr("Choose one of your favourites on the left."));
        });
        m_channels->showHint();
    }
}

void AppController::onSessionEnded(const AuthError& reason) {
    m_feed->stop();
    m_liveTracker->stop();
    m_window->setSignedInActionsEnabled(false);
    m_stateTexts.set(QStringLiteral("account"),
                     [this] { m_window->setAccountText(tr("Not signed in")); });
    m_stateTexts.set(QStringLiteral("connection"),
                     [this] { m_window->setConnectionText(tr("Offline: not signed in"), false); });
    m_loginPage->showReady(reason.message.isEmpty()
                               ? tr("Your Twitch session has ended — log in again.")
                               : reason.message);
    m_window->showPage(m_loginPage);
    // Each demo run has a new simulator, whose tokens the last run's are not:
    // the demo logs in again by itself.
    if (m_options.demo)
        QMetaObject::invokeMethod(m_loginPage, &LoginPage::loginWithBrowserRequested,
                                  Qt::QueuedConnection);
}

void AppController::addDemoFavourites() {
    m_helix->getUsers(
        {}, demoFavourites, this,
        [this](const QList<HelixUser>& users) {
            for (const QString& login : demoFavourites)
                for (const HelixUser& user : users)
                    if (user.login == login) {
                        Favourite favourite;
                        favourite.channelId = user.id;
                        favourite.login = user.login;
                        favourite.displayName = user.displayName;
                        m_favourites->add(favourite);
                        m_favourites->setAvatarUrl(user.id, QUrl(user.profileImageUrl));
                    }
            if (!m_currentLogin.isEmpty())
                m_sidebar->selectChannel(m_currentChannelId);
        },
        [this](const HelixError& error) {
            m_window->statusBar()->showMessage(error.message, 15000);
        });
}

void AppController::openChannelByLogin(const QString& login) {
    m_openingChannel = true;
    m_helix->getUsers(
        {}, {login}, this,
        [this, login](const QList<HelixUser>& users) {
            m_openingChannel = false;
            if (users.isEmpty()) {
                m_stateTexts.set(QStringLiteral("hint"), [this, login] {
                    m_channels->setHint(
                        tr("No Twitch channel called %1").arg(login),
                        tr("Check the spelling, or choose one of your favourites."));
                });
                m_channels->showHint();
                return;
            }
            const HelixUser& user = users.first();
            m_favourites->setAvatarUrl(user.id, QUrl(user.profileImageUrl));
            m_currentLogin = user.login;
            StreamerPage::Channel channel{user.id, user.login, user.displayName,
                                          playerUrl(user.login), chatUrl(user.login)};
            m_currentChannelId = user.id;
            m_streamer->showChannel(channel);
            m_channels->showStreamer();
            m_sidebar->selectChannel(user.id);
            m_window->setLastChannel(user.login);
            const ChannelRole role = user.id == m_session->account().userId
                                         ? ChannelRole::Broadcaster
                                         : ChannelRole::Viewer;
            m_feed->showChannel(user.id, role);
            refreshCurrentChannel();
        },
        [this](const HelixError& error) {
            m_openingChannel = false;
            m_stateTexts.set(QStringLiteral("hint"), [this, message = error.message] {
                m_channels->setHint(tr("The channel could not be opened"), message);
            });
            m_channels->showHint();
        });
}

void AppController::openChannel(const QString& channelId) {
    if (channelId.isEmpty() || channelId == m_currentChannelId)
        return;
    const int row = m_favourites->rowOf(channelId);
    if (row < 0)
        return;
    openChannelByLogin(
        m_favourites->data(m_favourites->index(row), FavouritesModel::LoginRole).toString());
}

void AppController::addFavourite() {
    AddFavouriteDialog dialog(*m_helix, *m_avatars, m_window.get());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const AddFavouriteDialog::Choice choice = dialog.choice();
    Favourite favourite;
    favourite.channelId = choice.channelId;
    favourite.login = choice.login;
    favourite.displayName = choice.displayName;
    if (const StorageError error = m_favourites->add(favourite)) {
        QMessageBox::warning(m_window.get(), tr("The favourite was not added"), error.message);
        return;
    }
    m_favourites->setAvatarUrl(choice.channelId, choice.avatarUrl);
    openChannel(choice.channelId);
}

void AppController::removeCurrentFavourite() {
    const QString channelId = m_sidebar->currentChannelId();
    if (channelId.isEmpty())
        return;
    if (const StorageError error = m_favourites->remove(channelId))
        QMessageBox::warning(m_window.get(), tr("The favourite was not removed"), error.message);
}

void AppController::editFavouriteNotifications(const QString& channelId) {
    if (const StorageError error =
            FavouriteNotificationsDialog::edit(*m_favourites, channelId, m_window.get()))
        QMessageBox::warning(m_window.get(), tr("The notifications were not changed"),
                             error.message);
}

// The header of the channel on screen, which need not be a favourite.
void AppController::refreshCurrentChannel() {
    if (m_currentChannelId.isEmpty() || !m_session ||
        m_session->state() != AuthSession::State::SignedIn)
        return;
    const QString channelId = m_currentChannelId;
    m_helix->getStreams(
        {channelId}, this,
        [this, channelId](const QList<HelixStream>& streams) {
            if (channelId != m_currentChannelId)
                return;
            if (streams.isEmpty())
                m_streamer->setHeader({}, false, 0);
            else
                m_streamer->setHeader(streams.first().title, true, streams.first().viewerCount);
        },
        [](const HelixError& error) {
            qCInfo(lcHelix).noquote() << "Channel header not refreshed:" << error.message;
        });
}

// Profile images for favourites that have none yet.
void AppController::fetchMissingAvatars() {
    if (!m_session || m_session->state() != AuthSession::State::SignedIn)
        return;
    QStringList missing;
    for (const QString& id : m_favourites->channelIds())
        if (!m_favourites
                 ->data(m_favourites->index(m_favourites->rowOf(id)),
                        FavouritesModel::AvatarUrlRole)
                 .toUrl()
                 .isValid())
            missing << id;
    if (missing.isEmpty())
        return;
    m_helix->getUsers(
        missing, {}, this,
        [this](const QList<HelixUser>& users) {
            for (const HelixUser& user : users)
                m_favourites->setAvatarUrl(user.id, QUrl(user.profileImageUrl));
        },
        [](const HelixError& error) {
            qCInfo(lcHelix).noquote() << "Profile images not loaded:" << error.message;
        });
}

void AppController::sendChat(const QString& text) {
    if (m_currentChannelId.isEmpty() || !m_session)
        return;
    m_streamer->chatBox()->setSending(true);
    m_helix->sendChatMessage(
        m_currentChannelId, m_session->account().userId, text, this,
        [this](const SentChatMessage& sent) {
            if (sent.isSent)
                m_streamer->chatBox()->messageSent();
            else
                m_streamer->chatBox()->showError(tr("Twitch did not post the message: %1")
                                                     .arg(sent.dropReasonMessage.isEmpty()
                                                              ? sent.dropReasonCode
                                                              : sent.dropReasonMessage));
        },
        [this](const HelixError& error) {
            QString message;
            switch (error.kind) {
            case HelixError::Kind::RateLimited:
                message = tr("You are sending messages too quickly. Wait a moment and retry.");
                break;
            case HelixError::Kind::Forbidden:
                message = tr("You cannot chat in this channel (you may be banned or timed out).");
                break;
            case HelixError::Kind::Network:
                message = tr("Twitch could not be reached; the message was not sent.");
                break;
            default:
                message = tr("The message was not sent: %1").arg(error.message);
            }
            m_streamer->chatBox()->showError(message);
        });
}

void AppController::onEventArrived(const ChannelEvent& event) {
    // The page's header follows the pushed events of the channel on screen.
    if (event.broadcasterId != m_currentChannelId)
        return;
    if (event.kind == EventKind::StreamOnline || event.kind == EventKind::StreamOffline ||
        event.kind == EventKind::ChannelUpdate)
        refreshCurrentChannel();
}

QUrl AppController::playerUrl(const QString& login) const {
    // Top-level pages: Twitch's embed check (frame-ancestors) has no ancestor
    // to compare with, but it wants a parent named all the same.
    QUrl url = m_endpoints.playerUrl;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("channel"), login);
    query.addQueryItem(QStringLiteral("parent"), QStringLiteral("localhost"));
    query.addQueryItem(QStringLiteral("muted"), QStringLiteral("false"));
    query.addQueryItem(QStringLiteral("autoplay"), QStringLiteral("true"));
    url.setQuery(query);
    return url;
}

QUrl AppController::chatUrl(const QString& login) const {
    QUrl url = m_endpoints.chatPage(login);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("parent"), QStringLiteral("localhost"));
    if (darkPalette())
        query.addQueryItem(QStringLiteral("darkpopout"), QString());
    url.setQuery(query);
    return url;
}

} // namespace streamside::ui
