#include "core/app/AutostartEntry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace streamside {

namespace {

// Desktop Entry Specification, "The Exec key": an argument with reserved
// characters is quoted, and inside quotes ", `, $ and \ are escaped.
QString quotedExecArgument(const QString& argument) {
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    if (!std::any_of(argument.cbegin(), argument.cend(),
                     [](QChar c) { return reserved.contains(c); }))
        return argument;
    QString quoted;
    for (const QChar c : argument) {
        if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') ||
            c == QLatin1Char('\\'))
            quoted += QLatin1Char('\\');
        quoted += c;
    }
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

AutostartEntry::AutostartEntry(QString program)
    : m_program(std::move(program)) {}

QString AutostartEntry::filePath() {
    // GenericConfigLocation follows $XDG_CONFIG_HOME (default ~/.config).
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart/streamside.desktop");
}

bool AutostartEntry::isEnabled() const {
    return QFileInfo::exists(filePath());
}

QString AutostartEntry::contents() const {
    // In a desktop entry "%" starts a field code; a literal one is "%%". The
    // escaping rules of the Exec key apply on top of the string escapes.
    QString exec = quotedExecArgument(m_program);
    exec.replace(QLatin1Char('%'), QStringLiteral("%%"));
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=Streamside\n"
                          "Comment=Twitch companion, started minimized to the tray\n"
                          "Exec=%1 --minimized\n"
                          "Terminal=false\n"
                          "X-GNOME-Autostart-enabled=true\n")
        .arg(exec);
}

QString AutostartEntry::enable() const {
    const QString path = filePath();
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return tr("Cannot create the folder %1.").arg(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.write(contents().toUtf8());
    if (!file.commit())
        return file.errorString();
    return {};
}

QString AutostartEntry::disable() const {
    QFile file(filePath());
    if (!file.exists() || file.remove())
        return {};
    return file.errorString();
}

} // namespace streamside
