#include "RealAppSession.h"

#include "FakeDesktopServices.h"
#include "core/auth/AuthSession.h"
#include "core/security/KeychainKeyStore.h"
#include "core/storage/Storage.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

namespace realapp {

using namespace streamside;

bool askUntil(const std::function<bool()>& condition, int timeoutMs) {
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(200);
    }
    return true;
}

bool processExists(qint64 pid) {
    return pid > 0 && ::kill(pid_t(pid), 0) == 0;
}

bool hasMappedWebEngine(qint64 pid) {
    QFile maps(QStringLiteral("/proc/%1/maps").arg(pid));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("libQt6WebEngineCore");
}

bool hasLoadedOpenGLDriver(qint64 pid) {
    QFile maps(QStringLiteral("/proc/%1/maps").arg(pid));
    if (!maps.open(QIODevice::ReadOnly))
        return false;
    const QByteArray mapped = maps.readAll();
    // Qt Gui links the GL dispatch libraries; the vendor's driver (Mesa's,
    // with LLVM for its software renderer) comes only with a context.
    return mapped.contains("libGLX_mesa") || mapped.contains("_dri.so") ||
           mapped.contains("libLLVM");
}

QStringList trayItems(const FakeDesktopServices& desktop) {
    QStringList services;
    for (const QJsonObject& call : desktop.calls(QStringLiteral("RegisterStatusNotifierItem")))
        services << call.value(QStringLiteral("service")).toString();
    return services;
}

qint64 trayItemPid(const QString& service) {
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("GetConnectionUnixProcessID"));
    call << service;
    const QDBusMessage answer = QDBusConnection::sessionBus().call(call, QDBus::Block, 5000);
    if (answer.type() != QDBusMessage::ReplyMessage || answer.arguments().isEmpty())
        return 0;
    return answer.arguments().constFirst().toLongLong();
}

QString trayItemOf(const FakeDesktopServices& desktop, qint64 pid) {
    for (const QString& service : trayItems(desktop))
        if (trayItemPid(service) == pid)
            return service;
    return {};
}

bool activateTrayItem(const QString& service) {
    QDBusMessage call = QDBusMessage::createMethodCall(
        service, QStringLiteral("/StatusNotifierItem"),
        QStringLiteral("org.kde.StatusNotifierItem"), QStringLiteral("Activate"));
    call << 0 << 0;
    return QDBusConnection::sessionBus().call(call, QDBus::Block, 10000).type() ==
           QDBusMessage::ReplyMessage;
}

SimulatorProcess::SimulatorProcess(QString program)
    : m_program(std::move(program)) {}

SimulatorProcess::~SimulatorProcess() {
    m_process.kill();
    m_process.waitForFinished();
}

bool SimulatorProcess::start(double livelyRate) {
    m_process.setStandardErrorFile(errorLogFile.isEmpty() ? QProcess::nullDevice() : errorLogFile);
    m_process.start(m_program, {QStringLiteral("--lively-rate"), QString::number(livelyRate)});
    QSignalSpy output(&m_process, &QProcess::readyReadStandardOutput);
    while (!m_printed.contains(QLatin1String("export STREAMSIDE_SIM_URL=")) && output.wait(10000))
        m_printed += QString::fromLocal8Bit(m_process.readAllStandardOutput());
    static const QRegularExpression exportLine(QStringLiteral("^export (STREAMSIDE_\\w+)=(\\S+)$"),
                                               QRegularExpression::MultilineOption);
    for (const QRegularExpressionMatch& match : exportLine.globalMatch(m_printed))
        environment.insert(match.captured(1), match.captured(2));
    baseUrl = QUrl(environment.value(QStringLiteral("STREAMSIDE_SIM_URL")));
    return baseUrl.isValid() && !baseUrl.isEmpty();
}

std::optional<QJsonObject> SimulatorProcess::post(const QString& path, const QJsonObject& body) {
    QNetworkRequest request(baseUrl.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    QNetworkReply* reply = m_network.post(request, QJsonDocument(body).toJson());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    const bool ok = finished.wait(10000) && reply->error() == QNetworkReply::NoError;
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    if (!ok)
        return std::nullopt;
    return QJsonDocument::fromJson(answer).object();
}

std::optional<QJsonDocument> SimulatorProcess::request(const QByteArray& method,
                                                       const QString& path, const QJsonObject& body,
                                                       int timeoutMs) {
    QNetworkRequest request(baseUrl.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    QNetworkReply* reply = m_network.sendCustomRequest(
        request, method, method == "GET" ? QByteArray() : QJsonDocument(body).toJson());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    const bool ok = finished.wait(timeoutMs) && reply->error() == QNetworkReply::NoError;
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    if (!ok)
        return std::nullopt;
    return QJsonDocument::fromJson(answer);
}

QMap<QString, int> SimulatorProcess::costPerSession(const QString& accessToken) {
    QNetworkRequest request(
        baseUrl.resolved(QUrl(QStringLiteral("/helix/eventsub/subscriptions?status=enabled"))));
    request.setRawHeader("Authorization", "Bearer " + accessToken.toUtf8());
    request.setRawHeader("Client-Id",
                         environment.value(QStringLiteral("STREAMSIDE_CLIENT_ID")).toUtf8());
    QNetworkReply* reply = m_network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QMap<QString, int> costs;
    if (finished.wait(10000) && reply->error() == QNetworkReply::NoError) {
        const QJsonArray data = QJsonDocument::fromJson(reply->readAll())
                                    .object()
                                    .value(QStringLiteral("data"))
                                    .toArray();
        for (const QJsonValue& subscription : data)
            costs[subscription[QStringLiteral("transport")][QStringLiteral("session_id")]
                      .toString()] += subscription[QStringLiteral("cost")].toInt();
    }
    reply->deleteLater();
    return costs;
}

SeededProfile seedSignedInProfile(SimulatorProcess& simulator, const QString& dataDir,
                                  const QList<SeededFavourite>& favourites,
                                  const std::function<QString(Storage&)>& customise) {
    SeededProfile seeded;
    const std::optional<QJsonObject> token =
        simulator.post(QStringLiteral("/_sim/tokens"),
                       {{"login", "demo_viewer"},
                        {"scopes", QJsonArray::fromStringList(AuthSession::scopesFor(false))}});
    if (!token) {
        seeded.error = QStringLiteral("the simulator minted no token");
        return seeded;
    }
    // GNOME Keyring, started by the wrapper, takes its bus name a moment later.
    if (!QTest::qWaitFor(
            [] {
                return QDBusConnection::sessionBus().interface()->isServiceRegistered(
                    QStringLiteral("org.freedesktop.secrets"));
            },
            20000)) {
        seeded.error = QStringLiteral("no Secret Service on the session bus");
        return seeded;
    }
    KeychainKeyStore keys(QStringLiteral("database-key"));
    Storage storage(dataDir, keys);
    QSignalSpy ready(&storage, &Storage::ready);
    storage.open();
    if (!ready.wait(20000)) {
        seeded.error = QStringLiteral("the profile's storage did not open");
        return seeded;
    }
    if (!storage.tokensEncrypted()) {
        seeded.error = storage.keychainProblem();
        return seeded;
    }
    Account account;
    account.userId = token->value(QStringLiteral("user_id")).toString();
    account.login = token->value(QStringLiteral("login")).toString();
    account.displayName = account.login;
    account.scopes = AuthSession::scopesFor(false);
    account.accessToken = token->value(QStringLiteral("access_token")).toString();
    account.refreshToken = token->value(QStringLiteral("refresh_token")).toString();
    account.tokenExpiresAt =
        QDateTime::currentDateTimeUtc().addSecs(token->value(QStringLiteral("expires_in")).toInt());
    account.isActive = true;
    if (const StorageError error = storage.accounts().save(account)) {
        seeded.error = error.message;
        return seeded;
    }
    int position = 0;
    for (const SeededFavourite& favourite : favourites) {
        const Favourite stored{
            favourite.channelId, favourite.login, favourite.displayName, position++, true, {}, {}};
        if (const StorageError error = storage.favourites().add(stored)) {
            seeded.error = error.message;
            return seeded;
        }
    }
    if (customise) {
        seeded.error = customise(storage);
        if (!seeded.error.isEmpty())
            return seeded;
    }
    seeded.accessToken = account.accessToken;
    seeded.userId = account.userId;
    return seeded;
}

QString appDataDir() {
    return qEnvironmentVariable("XDG_DATA_HOME") + QStringLiteral("/Streamside/streamside");
}

QProcessEnvironment appEnvironment(const SimulatorProcess& simulator) {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (auto it = simulator.environment.cbegin(); it != simulator.environment.cend(); ++it)
        environment.insert(it.key(), it.value());
    environment.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1"));
    return environment;
}

} // namespace realapp
