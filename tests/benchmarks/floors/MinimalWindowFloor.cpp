// The floor of Streamside's own stack for start-up and background memory: a
// bare Qt Widgets program, built in the same tree with the same flags. It
// shows a main window of Streamside's default size and says "first paint" on
// standard error once that window is on screen, as Streamside does with
// QT_LOGGING_RULES="streamside.timing.info=true". With --tray it shows only a
// tray icon, as Streamside hidden in the tray.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QPainter>
#include <QPixmap>
#include <QSystemTrayIcon>
#include <QTimer>

#include <cstdio>

namespace {

class FirstPaintProbe : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (!m_painted && event->type() == QEvent::Paint) {
            m_painted = true;
            // As Streamside: on the next turn, once the frame is on screen.
            QTimer::singleShot(0, this, [] {
                std::fputs("first paint\n", stderr);
                std::fflush(stderr);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_painted = false;
};

QIcon plainIcon() {
    QPixmap pixmap(64, 64);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setBrush(QColor(0x6d, 0x28, 0xd9));
    painter.drawEllipse(4, 4, 56, 56);
    return QIcon(pixmap);
}

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    const bool trayOnly = QApplication::arguments().contains(QStringLiteral("--tray"));
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Floor"));
    window.setCentralWidget(new QLabel(QStringLiteral("A bare Qt Widgets window"), &window));
    window.resize(1120, 720);
    FirstPaintProbe probe;
    window.installEventFilter(&probe);
    QSystemTrayIcon tray(plainIcon());
    if (trayOnly)
        tray.show();
    else
        window.show();
    return app.exec();
}
