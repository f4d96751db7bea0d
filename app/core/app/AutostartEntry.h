#pragma once

#include <QCoreApplication>
#include <QString>

namespace streamside {

// "Start Streamside when I log in": an XDG autostart entry
// ($XDG_CONFIG_HOME/autostart/streamside.desktop) that starts Streamside
// minimized to the tray. Desktop sessions that follow the XDG Autostart
// specification (GNOME, KDE, Xfce ...) read it at login.
class AutostartEntry {
    Q_DECLARE_TR_FUNCTIONS(AutostartEntry)
public:
    // `program` is what Exec= runs: the name on PATH for an installed
    // Streamside, or a full path.
    explicit AutostartEntry(QString program = QStringLiteral("streamside"));

    static QString filePath();
    bool isEnabled() const;
    // Both return an empty string on success, else what went wrong.
    QString enable() const;
    QString disable() const;

    QString contents() const;

private:
    QString m_program;
};

} // namespace streamside
