#include "core/app/AppPaths.h"

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
            return QStringLiteral("No folder for Streamside's data could be determined.");
        if (!QDir().mkpath(dir))
            return QStringLiteral("Cannot create the folder %1.")
                .arg(QDir::toNativeSeparators(dir));
        // Credentials end up below these folders: nobody but the owner may look in.
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                       QFileDevice::ExeOwner);
    }
    return {};
}

} // namespace streamside
