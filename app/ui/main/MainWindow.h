#pragma once

#include <QMainWindow>

class QAction;
class QLabel;

namespace streamside::ui {

class EmptyStateWidget;

// The application's one window. Remembers its geometry in the profile's
// config folder.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // stateFile: the INI file that keeps the window's geometry and layout.
    explicit MainWindow(const QString& stateFile, bool demoProfile, QWidget* parent = nullptr);

    QAction* quitAction() const { return m_quitAction; }
    EmptyStateWidget* emptyState() const { return m_emptyState; }

    void saveWindowState() const;

signals:
    // The user asked to quit the application (not merely to close the window).
    void quitRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void restoreWindowState();
    void showAbout();

    QString m_stateFile;
    EmptyStateWidget* m_emptyState;
    QLabel* m_accountLabel;
    QAction* m_quitAction = nullptr;
};

} // namespace streamside::ui
