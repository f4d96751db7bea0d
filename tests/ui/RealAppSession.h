#pragma once

// Pieces for driving the real streamside and streamside-sim executables in a
// headless desktop session (see tests/support/with-desktop-session.sh): the
// end-to-end hand-over test and the background-memory benchmark share them.

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

class FakeDesktopServices;

namespace streamside {
class Storage;
}

namespace realapp {

// Waits for a condition on state outside this process that signals nothing
// here (the simulator's books, a database, /proc), asking every 200 ms:
// asking in a tight loop would spend the user's Helix rate limit that the
// app needs.
bool askUntil(const std::function<bool()>& condition, int timeoutMs);

bool processExists(qint64 pid);
bool hasMappedWebEngine(qint64 pid);
// Whether an OpenGL driver is loaded (an OpenGL context was made): only the
// web views need one.
bool hasLoadedOpenGLDriver(qint64 pid);

// The tray items registered with the fake watcher, and the process behind
// one (Qt registers its unique bus name); 0 once that process has gone.
QStringList trayItems(const FakeDesktopServices& desktop);
qint64 trayItemPid(const QString& service);
QString trayItemOf(const FakeDesktopServices& desktop, qint64 pid);
// What a left click on the tray icon does (shows or hides the window).
bool activateTrayItem(const QString& service);

// The loopback simulator in its own process, steered over its control API.
class SimulatorProcess {
public:
    explicit SimulatorProcess(QString program);
    ~SimulatorProcess();
    bool start(double livelyRate = 0);
    std::optional<QJsonObject> post(const QString& path, const QJsonObject& body);
    // Any control request; the answer's JSON document (an object or an
    // array), nullopt on a failure or an error status.
    std::optional<QJsonDocument> request(const QByteArray& method, const QString& path,
                                         const QJsonObject& body = {}, int timeoutMs = 10000);
    // What Twitch holds for this token: the cost of the enabled
    // subscriptions on each EventSub session.
    QMap<QString, int> costPerSession(const QString& accessToken);

    QMap<QString, QString> environment; // the STREAMSIDE_* variables it printed
    QUrl baseUrl;
    // Where its standard error goes, when set before start() (else nowhere).
    QString errorLogFile;

private:
    QString m_program;
    QProcess m_process;
    QString m_printed;
    QNetworkAccessManager m_network;
};

struct SeededFavourite {
    QString channelId;
    QString login;
    QString displayName;
};

struct SeededProfile {
    QString error; // empty on success
    QString accessToken;
    QString userId;
};

// A signed-in demo_viewer with these favourites in the profile at dataDir,
// as a previous run leaves it: tokens minted by the simulator, sealed with
// the key in the session's Secret Service (which must be there). customise,
// when given, may change more of the profile (settings) before it is closed;
// what it returns, when not empty, is the error.
SeededProfile
seedSignedInProfile(SimulatorProcess& simulator, const QString& dataDir,
                    const QList<SeededFavourite>& favourites,
                    const std::function<QString(streamside::Storage&)>& customise = {});

// The profile directory of the real app under this process's XDG_DATA_HOME.
QString appDataDir();
// The environment the real app runs in against this simulator: this
// process's, with the simulator's STREAMSIDE_* variables, and Chromium's
// sandbox off (tests and CI run as root, where it cannot start).
QProcessEnvironment appEnvironment(const SimulatorProcess& simulator);

} // namespace realapp
