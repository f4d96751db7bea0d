// The floor of Streamside's own stack for the streamer page: a bare Qt
// WebEngine Widgets program with two views in one window, loading the same
// player and chat pages as Streamside, in a persistent profile as Streamside
// uses. It says "channel pages loaded" on standard error once both pages
// have loaded. Usage: streamside-floor-two-web-views PLAYER_URL CHAT_URL
#include <QApplication>
#include <QMainWindow>
#include <QSplitter>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

#include <cstdio>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() != 3) {
        std::fputs("usage: streamside-floor-two-web-views PLAYER_URL CHAT_URL\n", stderr);
        return 2;
    }
    QWebEngineProfile profile(QStringLiteral("floor"));
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Floor: two web views"));
    auto* splitter = new QSplitter(&window);
    auto* player = new QWebEngineView(splitter);
    auto* chat = new QWebEngineView(splitter);
    player->setPage(new QWebEnginePage(&profile, player));
    chat->setPage(new QWebEnginePage(&profile, chat));
    splitter->setSizes({820, 300});
    window.setCentralWidget(splitter);
    window.resize(1120, 720);
    bool playerLoaded = false;
    bool chatLoaded = false;
    auto loaded = [&](bool* which, bool ok) {
        *which = ok;
        if (ok && playerLoaded && chatLoaded) {
            std::fputs("channel pages loaded\n", stderr);
            std::fflush(stderr);
        }
    };
    QObject::connect(player, &QWebEngineView::loadFinished,
                     [&](bool ok) { loaded(&playerLoaded, ok); });
    QObject::connect(chat, &QWebEngineView::loadFinished,
                     [&](bool ok) { loaded(&chatLoaded, ok); });
    window.show();
    player->load(QUrl(args.at(1)));
    chat->load(QUrl(args.at(2)));
    // The window (with the views and pages) goes before the profile: it was
    // made after it.
    return app.exec();
}
