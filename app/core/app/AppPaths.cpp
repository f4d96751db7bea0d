#include "core/app/AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace streamside {

AppPaths AppPaths::standard(bool demoProfile) {
    AppPaths paths;
    paths.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    paths.configDir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    if (demoProfile) {
        paths.dataDir += QStringLiteral("/demo");
        paths.configDir += QStringLiteral("/demo");
    }
    return paths;
}

QString AppPaths::ensureCreated() const {
    for (const QString& dir : {dataDir, configDir}) {
        if (dir.isEmpty())
            return QCoreApplication::translate(
                "AppPaths", "No folder for Streamside's data could be determined.");
        if (!QDir().mkpath(dir))
            return QCoreApplication::translate("AppPaths", "Cannot create the folder %1.")
                .arg(QDir::toNativeSeparators(dir));
        // Credentials end up below these folders: nobody but the owner may look in.
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                       QFileDevice::ExeOwner);
    }
    return {};
}

} // namespace streamside
