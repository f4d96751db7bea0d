// The system browser opens web addresses only: whatever asks (a web view, an
// answer from Twitch), no file or other program is opened through it.
#include "ui/app/DesktopUrlOpener.h"

#include <QDesktopServices>
#include <QObject>
#include <QUrl>

#include <gtest/gtest.h>

namespace {

// Stands in for the system: QDesktopServices hands URLs of a scheme with a
// handler to the handler instead.
class RecordingHandler : public QObject {
    Q_OBJECT
public:
    QList<QUrl> opened;
public slots:
    void open(const QUrl& url) { opened.append(url); }
};

TEST(DesktopUrlOpener, OpensWebAddressesOnly) {
    RecordingHandler system;
    const QStringList schemes{"https", "http", "file", "smb", "steam", "mailto", "ms-msdt"};
    for (const QString& scheme : schemes)
        QDesktopServices::setUrlHandler(scheme, &system, "open");

    streamside::ui::DesktopUrlOpener opener;
    EXPECT_TRUE(opener.open(QUrl("https://www.twitch.tv/pixelpioneer")));
    EXPECT_TRUE(opener.open(QUrl("http://127.0.0.1:1234/oauth2/authorize?x=1")));
    for (const char* url : {"file:///etc/passwd", "smb://server/share", "steam://run/440",
                            "mailto:someone@example.com", "ms-msdt:/id PCWDiagnostic", "https:x"})
        EXPECT_FALSE(opener.open(QUrl(url))) << url;
    EXPECT_EQ(system.opened, QList<QUrl>({QUrl("https://www.twitch.tv/pixelpioneer"),
                                          QUrl("http://127.0.0.1:1234/oauth2/authorize?x=1")}));

    for (const QString& scheme : schemes)
        QDesktopServices::unsetUrlHandler(scheme);
}

} // namespace

#include "DesktopUrlOpenerTest.moc"
