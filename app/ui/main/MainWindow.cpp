#include "ui/main/MainWindow.h"

#include "core/BuildInfo.h"
#include "core/app/Logging.h"
#include "ui/widgets/EmptyStateWidget.h"
#include "ui/widgets/RepaintRateLimiter.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

namespace streamside::ui {

namespace {
constexpr QSize defaultWindowSize(1120, 720);
constexpr QSize minimumWindowSize(640, 420);
const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
} // namespace

MainWindow::MainWindow(const QString& stateFile, bool demoProfile, QWidget* parent)
    : QMainWindow(parent)
    , m_stateFile(stateFile)
    , m_pages(new QStackedWidget(this))
    , m_emptyState(new EmptyStateWidget(this))
    , m_accountLabel(new QLabel(this))
    , m_connectionLabel(new QLabel(this))
    , m_lastChannelWrite(new QTimer(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    RepaintRateLimiter::install(this);
    m_lastChannelWrite->setSingleShot(true);
    m_lastChannelWrite->setInterval(lastChannelWriteDelayMs);
    connect(m_lastChannelWrite, &QTimer::timeout, this, &MainWindow::writeLastChannel);
    // The desktop shows "title — Streamside" (the application's display
    // name) unless the title is that name: "Demo — Streamside", "Streamside".
    m_texts.set([this, demoProfile] {
        //: The demo's window title; the desktop shows it as "Demo — Streamside"
        setWindowTitle(demoProfile ? tr("Demo") : tr("Streamside"));
    });
    setWindowIcon(QIcon(QStringLiteral(":/icons/streamside.svg")));
    setMinimumSize(minimumWindowSize);

    m_emptyState->setIcon(QIcon(QStringLiteral(":/icons/streamside.svg")));
    // The page's message and the status texts follow the state, and whoever
    // sets them sets them again after a language switch (AppController): not
    // retranslated here.
    m_emptyState->setHeading(tr("No favourites yet"));
    m_emptyState->setText(tr("Your favourite streamers will appear here: their live player, "
                             "their chat and the latest events of their channel, side by side."));
    m_pages->addWidget(m_emptyState);
    setCentralWidget(m_pages);

    m_accountLabel->setText(tr("Not signed in"));
    m_texts.set([this] {
        m_accountLabel->setAccessibleName(tr("Account"));
        m_connectionLabel->setAccessibleName(tr("Connection to Twitch"));
    });
    statusBar()->addWidget(m_connectionLabel, 1);
    statusBar()->addPermanentWidget(m_accountLabel);
    statusBar()->setSizeGripEnabled(true);

    createMenus();
    restoreWindowState();
}

void MainWindow::createMenus() {
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_addFavourite = m_fileMenu->addAction(QString());
    m_addFavourite->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_removeFavourite = m_fileMenu->addAction(QString());
    m_favouriteNotifications = m_fileMenu->addAction(QString());
    m_fileMenu->addSeparator();
    m_settings = m_fileMenu->addAction(QString());
    m_settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settings->setMenuRole(QAction::PreferencesRole);
    m_logOut = m_fileMenu->addAction(QString());
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &MainWindow::quitRequested);
    // Not QKeySequence::Quit: that is empty on platforms without a quit
    // convention (Windows, offscreen), and users expect Ctrl+Q everywhere.
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_nextFavourite = m_viewMenu->addAction(QString());
    m_nextFavourite->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    m_previousFavourite = m_viewMenu->addAction(QString());
    m_previousFavourite->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    m_viewMenu->addSeparator();
    m_focusChat = m_viewMenu->addAction(QString());
    m_focusChat->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_toggleEvents = m_viewMenu->addAction(QString());
    m_toggleEvents->setCheckable(true);
    m_toggleEvents->setChecked(true);
    m_toggleEvents->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    setSignedInActionsEnabled(false);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    QAction* about = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);

    m_texts.set([this, about, aboutQt] {
        m_fileMenu->setTitle(tr("&File"));
        m_addFavourite->setText(tr("&Add Favourite…"));
        m_removeFavourite->setText(tr("&Remove Favourite"));
        m_favouriteNotifications->setText(tr("Favourite &Notifications…"));
        m_settings->setText(tr("&Settings…"));
        m_logOut->setText(tr("&Log Out"));
        m_quitAction->setText(tr("&Quit"));
        m_viewMenu->setTitle(tr("&View"));
        m_nextFavourite->setText(tr("&Next Favourite"));
        m_previousFavourite->setText(tr("&Previous Favourite"));
        m_focusChat->setText(tr("Focus the &Chat Box"));
        m_toggleEvents->setText(tr("Show &Events"));
        m_helpMenu->setTitle(tr("&Help"));
        about->setText(tr("&About Streamside"));
        aboutQt->setText(tr("About &Qt"));
    });
}

void MainWindow::retranslateUi() {
    m_texts.retranslate();
}

bool MainWindow::event(QEvent* event) {
    if (!m_painted && event->type() == QEvent::Paint) {
        m_painted = true;
        // Said on the next turn of the event loop, once the frame has been
        // handed to the screen (the start-up benchmark waits for it).
        if (lcTiming().isInfoEnabled())
            QTimer::singleShot(0, this, [] { qCInfo(lcTiming) << "first paint"; });
    }
    // Hidden, the app may hand over to a fresh process at any moment, which
    // opens the last channel it reads from the file: no write may be pending.
    if (event->type() == QEvent::Hide && m_lastChannelWrite->isActive()) {
        m_lastChannelWrite->stop();
        writeLastChannel();
    }
    return QMainWindow::event(event);
}

void MainWindow::changeEvent(QEvent* event) {
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        emit languageChanged();
    }
}

void MainWindow::addPage(QWidget* page) {
    m_pages->addWidget(page);
}

void MainWindow::showPage(QWidget* page) {
    m_pages->setCurrentWidget(page);
}

QWidget* MainWindow::currentPage() const {
    return m_pages->currentWidget();
}

void MainWindow::showMessage(const QString& heading, const QString& text) {
    setMessage(heading, text);
    m_pages->setCurrentWidget(m_emptyState);
}

void MainWindow::setMessage(const QString& heading, const QString& text) {
    m_emptyState->setHeading(heading);
    m_emptyState->setText(text);
}

void MainWindow::setAccountText(const QString& text) {
    m_accountLabel->setText(text);
}

void MainWindow::setConnectionText(const QString& text, bool healthy) {
    m_connectionLabel->setText(healthy ? text : QStringLiteral("\u26a0 ") + text);
}

QString MainWindow::connectionText() const {
    return m_connectionLabel->text();
}

void MainWindow::setSignedInActionsEnabled(bool enabled) {
    for (QAction* action : {m_addFavourite, m_removeFavourite, m_favouriteNotifications,
                            m_nextFavourite, m_previousFavourite, m_focusChat, m_logOut})
        action->setEnabled(enabled);
}

void MainWindow::rememberSplitter(QSplitter* splitter, const QString& key) {
    m_splitters.append({splitter, key});
    const QByteArray state = QSettings(m_stateFile, QSettings::IniFormat)
                                 .value(QStringLiteral("splitters/") + key)
                                 .toByteArray();
    if (!state.isEmpty())
        splitter->restoreState(state);
}

QString MainWindow::lastChannel() const {
    if (!m_lastChannel.isEmpty())
        return m_lastChannel;
    return QSettings(m_stateFile, QSettings::IniFormat)
        .value(QStringLiteral("lastChannel"))
        .toString();
}

// Writing the INI file syncs its lock file and the file itself to disk:
// milliseconds, and tens of them on a busy disk, on the UI thread. Switching
// through favourites must not wait for that each time; a crash forgets at
// most the channels of the last two seconds.
void MainWindow::setLastChannel(const QString& login) {
    m_lastChannel = login;
    m_lastChannelWrite->start();
}

void MainWindow::writeLastChannel() {
    if (!m_lastChannel.isEmpty())
        QSettings(m_stateFile, QSettings::IniFormat)
            .setValue(QStringLiteral("lastChannel"), m_lastChannel);
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About Streamside"),
        tr("<h3>Streamside %1</h3>"
           "<p>A native desktop companion for Twitch: the live player, the chat and the latest "
           "events of your favourite channels in one window.</p>"
           "<p>Free software under the MIT licence. Not affiliated with Twitch.</p>")
            .arg(QLatin1String(build::version)));
}

void MainWindow::restoreWindowState() {
    QSettings settings(m_stateFile, QSettings::IniFormat);
    const QByteArray geometry = settings.value(geometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        resize(defaultWindowSize);
        if (const QScreen* screen = QGuiApplication::primaryScreen()) {
            const QRect available = screen->availableGeometry();
            resize(defaultWindowSize.boundedTo(available.size()));
            move(available.center() - rect().center());
        }
    }
    restoreState(settings.value(stateKey).toByteArray());
}

void MainWindow::saveWindowState() const {
    QSettings settings(m_stateFile, QSettings::IniFormat);
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    for (const auto& [splitter, key] : m_splitters)
        settings.setValue(QStringLiteral("splitters/") + key, splitter->saveState());
    if (!m_lastChannel.isEmpty()) {
        settings.setValue(QStringLiteral("lastChannel"), m_lastChannel);
        m_lastChannelWrite->stop();
    }
    settings.sync();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveWindowState();
    QMainWindow::closeEvent(event);
}

} // namespace streamside::ui
