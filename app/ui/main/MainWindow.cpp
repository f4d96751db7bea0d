#include "ui/main/MainWindow.h"

#include "core/BuildInfo.h"
#include "ui/widgets/EmptyStateWidget.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>

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
    , m_emptyState(new EmptyStateWidget(this))
    , m_accountLabel(new QLabel(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(demoProfile ? tr("Streamside (demo)") : tr("Streamside"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/streamside.svg")));
    setMinimumSize(minimumWindowSize);

    m_emptyState->setIcon(QIcon(QStringLiteral(":/icons/streamside.svg")));
    m_emptyState->setHeading(tr("No favourites yet"));
    m_emptyState->setText(tr("Your favourite streamers will appear here: their live player, "
                             "their chat and the latest events of their channel, side by side."));
    setCentralWidget(m_emptyState);

    m_accountLabel->setText(tr("Not signed in"));
    m_accountLabel->setAccessibleName(tr("Account"));
    statusBar()->addPermanentWidget(m_accountLabel);
    statusBar()->setSizeGripEnabled(true);

    createMenus();
    restoreWindowState();
}

void MainWindow::createMenus() {
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    m_quitAction = fileMenu->addAction(tr("&Quit"), this, &MainWindow::quitRequested);
    // Not QKeySequence::Quit: that is empty on platforms without a quit
    // convention (Windows, offscreen), and users expect Ctrl+Q everywhere.
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* about = helpMenu->addAction(tr("&About Streamside"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
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
    settings.sync();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveWindowState();
    QMainWindow::closeEvent(event);
}

} // namespace streamside::ui
