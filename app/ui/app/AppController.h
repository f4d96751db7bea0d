#pragma once

#include "core/app/AppPaths.h"
#include "core/app/CommandLine.h"
#include "core/config/EndpointConfig.h"
#include "ui/widgets/RetranslatedTexts.h"

#include <QObject>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace streamside {
class AuthSession;
class EventFeed;
class FavouritesLiveTracker;
class NotificationPolicy;
class NotificationSink;
class FavouritesModel;
class HandOverClient;
class HelixClient;
class KeyStore;
class OAuthClient;
class RecentEventsModel;
class Storage;
class UrlOpener;
struct Account;
struct AuthError;
struct ChannelEvent;
namespace sim {
class Simulator;
}
} // namespace streamside

namespace streamside::ui {

class AvatarCache;
class BackgroundRestart;
class CloseToTrayGuard;
class DesktopNotificationSink;
class TrayController;
class TrayNotificationSink;
class ChannelsPage;
class FavouritesSidebar;
class InAppBrowser;
class LoginController;
class LoginPage;
class MainWindow;
class StreamerPage;

// Puts the app together: storage, the Twitch session, the live event feed, the
// favourites, and the window's pages; and in demo mode the in-process
// simulator that stands in for Twitch.
class AppController : public QObject {
    Q_OBJECT
public:
    AppController(StartupOptions options, AppPaths paths, EndpointConfig endpoints,
                  QObject* parent = nullptr);
    ~AppController() override;

    MainWindow& window() { return *m_window; }
    // Starts everything; the window shows progress and, later, the login or
    // the channels. Returns false when the demo's simulator could not start.
    bool start(QString* error);

    // Replaces the browser the login opens (before start()): tests put a
    // headless page there.
    void setUrlOpener(std::unique_ptr<UrlOpener> opener);

    // For tests and the demo.
    sim::Simulator* simulator() const { return m_simulator.get(); }
    EventFeed* eventFeed() const { return m_feed.get(); }
    RecentEventsModel* eventsModel() const { return m_events.get(); }
    FavouritesModel* favourites() const { return m_favourites.get(); }
    AuthSession* session() const { return m_session.get(); }
    StreamerPage* streamerPage() const { return m_streamer; }
    LoginPage* loginPage() const { return m_loginPage; }

private:
    void onStorageReady();
    void setUpSession(const QString& clientId);
    void onSignedIn(const Account& account);
    void onSessionEnded(const AuthError& reason);
    void openChannel(const QString& channelId);
    void openChannelByLogin(const QString& login);
    void addFavourite();
    void removeCurrentFavourite();
    void editFavouriteNotifications(const QString& channelId);
    void refreshCurrentChannel();
    void fetchMissingAvatars();
    void sendChat(const QString& text);
    void onEventArrived(const ChannelEvent& event);
    void addDemoFavourites();
    void showSettings();
    void setUpTray();
    void setUpHandOver();
    // A successor (--take-over-from) is connected, subscribed and has polled.
    bool takeOverReady() const;
    bool eventFilter(QObject* watched, QEvent* event) override;
    QUrl playerUrl(const QString& login) const;
    QUrl chatUrl(const QString& login) const;

    StartupOptions m_options;
    AppPaths m_paths;
    EndpointConfig m_endpoints;
    std::unique_ptr<sim::Simulator> m_simulator;
    std::unique_ptr<KeyStore> m_keyStore;
    std::unique_ptr<Storage> m_storage;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<HelixClient> m_helix;
    std::unique_ptr<OAuthClient> m_oauth;
    std::unique_ptr<UrlOpener> m_opener;
    std::unique_ptr<AuthSession> m_session;
    std::unique_ptr<RecentEventsModel> m_events;
    std::unique_ptr<EventFeed> m_feed;
    std::unique_ptr<FavouritesModel> m_favourites;
    std::unique_ptr<FavouritesLiveTracker> m_liveTracker;
    // Toasts go through the tray where there is one, else straight to the
    // desktop's notification service where there is one (the sink forwards).
    std::unique_ptr<NotificationSink> m_notificationSink;
    std::unique_ptr<NotificationPolicy> m_notifications;
    std::unique_ptr<TrayController> m_tray;
    std::unique_ptr<TrayNotificationSink> m_trayToasts;
    std::unique_ptr<DesktopNotificationSink> m_desktopToasts;
    CloseToTrayGuard* m_closeToTray = nullptr;
    std::function<void(bool)> m_silenceToasts;
    BackgroundRestart* m_restart = nullptr; // not in the demo
    HandOverClient* m_takeOver = nullptr;   // with --take-over-from
    bool m_takeOverAnnounced = false;
    bool m_trackerPolled = false;
    bool m_openingChannel = false; // a channel is being looked up to be opened
    std::unique_ptr<AvatarCache> m_avatars;
    std::unique_ptr<MainWindow> m_window;
    LoginPage* m_loginPage = nullptr;
    LoginController* m_login = nullptr;
    StreamerPage* m_streamer = nullptr;
    FavouritesSidebar* m_sidebar = nullptr;
    ChannelsPage* m_channels = nullptr;
    InAppBrowser* m_inAppBrowser = nullptr;
    QString m_currentChannelId;
    QString m_currentLogin;
    // The texts set from the state (the message, the account, the
    // connection, the channel hint), set again after a language switch.
    RetranslatedTexts m_stateTexts;
};

} // namespace streamside::ui
