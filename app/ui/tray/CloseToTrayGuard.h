#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QWidget;

namespace streamside {
class SettingsRepository;
}

namespace streamside::ui {

// Closing the window hides it to the tray, but only where a tray exists: on a
// desktop without one the close goes ahead as usual (the app quits), and the
// user is told once why. The first hide to the tray is explained, with a
// "don't show again" that is kept in the settings.
class CloseToTrayGuard : public QObject {
    Q_OBJECT
public:
    // Shows a notice; returns whether "don't show again" was ticked.
    using NoticePresenter =
        std::function<bool(const QString& title, const QString& text, bool offerDontShowAgain)>;

    CloseToTrayGuard(QWidget& window, SettingsRepository* settings, QObject* parent = nullptr);

    // For tests (and a tray that appears late): the default asks Qt.
    void setTrayAvailability(std::function<bool()> trayAvailable);
    // For tests: the default is a message box; a notice that offers nothing
    // to tick does not wait for the user (and returns false at once).
    void setNoticePresenter(NoticePresenter presenter);

    // Says once (kept in the settings) that there is no tray when there is
    // none; call at start-up. Returns whether it said so.
    bool announceIfNoTray();

signals:
    void hiddenToTray();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    static void showNonBlockingNotice(QWidget* parent, const QString& title, const QString& text);
    static bool showMessageBox(QWidget* parent, const QString& title, const QString& text,
                               bool offerDontShowAgain);

    QWidget& m_window;
    SettingsRepository* m_settings;
    std::function<bool()> m_trayAvailable;
    NoticePresenter m_presenter;
    bool m_closeNoticeShownThisRun = false;
};

} // namespace streamside::ui
