#include "ui/tray/CloseToTrayGuard.h"

#include "core/storage/SettingsRepository.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QMessageBox>
#include <QSystemTrayIcon>
#include <QWidget>

namespace streamside::ui {

CloseToTrayGuard::CloseToTrayGuard(QWidget& window, SettingsRepository* settings, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_settings(settings)
    , m_trayAvailable(&QSystemTrayIcon::isSystemTrayAvailable)
    , m_presenter([this](const QString& title, const QString& text, bool offer) {
        // Only a notice that asks something has to wait for its answer.
        if (!offer) {
            showNonBlockingNotice(&m_window, title, text);
            return false;
        }
        return showMessageBox(&m_window, title, text, offer);
    }) {
    m_window.installEventFilter(this);
}

void CloseToTrayGuard::setTrayAvailability(std::function<bool()> trayAvailable) {
    m_trayAvailable = std::move(trayAvailable);
}

void CloseToTrayGuard::setNoticePresenter(NoticePresenter presenter) {
    m_presenter = std::move(presenter);
}

bool CloseToTrayGuard::announceIfNoTray() {
    if (m_trayAvailable())
        return false;
    if (m_settings && m_settings->value(setting::noTrayNoticeShown))
        return false;
    m_presenter(tr("No system tray"),
                tr("This desktop has no system tray, so closing the window quits Streamside "
                   "instead of keeping it running in the background."),
                false);
    if (m_settings)
        m_settings->setValue(setting::noTrayNoticeShown, true);
    return true;
}

bool CloseToTrayGuard::eventFilter(QObject* watched, QEvent* event) {
    if (watched != &m_window || event->type() != QEvent::Close || !m_trayAvailable())
        return QObject::eventFilter(watched, event);
    // Hiding into a tray that is there: the window's own closeEvent (which
    // quits) does not run.
    event->ignore();
    m_window.hide();
    emit hiddenToTray();
    const bool dismissedForGood = m_settings && m_settings->value(setting::closeToTrayNoticeShown);
    if (!dismissedForGood && !m_closeNoticeShownThisRun) {
        m_closeNoticeShownThisRun = true;
        const bool dontShowAgain = m_presenter(
            tr("Streamside keeps running"),
            tr("Streamside is still running in the system tray and will tell you when your "
               "favourites go live. Choose Quit in the tray menu to end it."),
            true);
        if (dontShowAgain && m_settings)
            m_settings->setValue(setting::closeToTrayNoticeShown, true);
    }
    return true;
}

void CloseToTrayGuard::showNonBlockingNotice(QWidget* parent, const QString& title,
                                             const QString& text) {
    // Said at start-up, while the app is busy logging in: a modal box (or
    // exec()) would hold up everything behind it until the user answers.
    auto* box = new QMessageBox(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    box->show();
}

bool CloseToTrayGuard::showMessageBox(QWidget* parent, const QString& title, const QString& text,
                                      bool offerDontShowAgain) {
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    QCheckBox* dontShowAgain = nullptr;
    if (offerDontShowAgain) {
        dontShowAgain = new QCheckBox(tr("Don't show this again"), &box);
        box.setCheckBox(dontShowAgain);
    }
    box.exec();
    return dontShowAgain && dontShowAgain->isChecked();
}

} // namespace streamside::ui
