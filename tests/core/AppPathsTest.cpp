#include "core/app/AppPaths.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using streamside::AppPaths;

TEST(AppPaths, FollowXdgVariables) {
    // The test main points XDG_DATA_HOME and XDG_CONFIG_HOME at a temporary home.
    const AppPaths paths = AppPaths::standard(false);
    EXPECT_TRUE(paths.dataDir.startsWith(qEnvironmentVariable("XDG_DATA_HOME")))
        << paths.dataDir.toStdString();
    EXPECT_TRUE(paths.configDir.startsWith(qEnvironmentVariable("XDG_CONFIG_HOME")))
        << paths.configDir.toStdString();
}

TEST(AppPaths, DemoProfileIsSeparate) {
    const AppPaths normal = AppPaths::standard(false);
    const AppPaths demo = AppPaths::standard(true);
    EXPECT_NE(normal.dataDir, demo.dataDir);
    EXPECT_NE(normal.configDir, demo.configDir);
    EXPECT_TRUE(demo.dataDir.startsWith(normal.dataDir + '/'));
}

TEST(AppPaths, CreatesOwnerOnlyFolders) {
    const AppPaths paths = AppPaths::standard(false);
    ASSERT_EQ(paths.ensureCreated(), QString());
    for (const QString& dir : {paths.dataDir, paths.configDir}) {
        const QFileInfo info(dir);
        EXPECT_TRUE(info.isDir());
        EXPECT_EQ(info.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup |
                                        QFile::WriteOther | QFile::ExeGroup | QFile::ExeOther),
                  QFile::Permissions());
    }
}

TEST(AppPaths, ReportsAFolderThatCannotBeCreated) {
    QTemporaryDir dir;
    QFile blocker(dir.filePath("file"));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    AppPaths paths;
    paths.dataDir = dir.filePath("file/data"); // below a plain file: cannot exist
    paths.configDir = dir.filePath("config");
    const QString error = paths.ensureCreated();
    EXPECT_TRUE(error.contains("file/data")) << error.toStdString();
}
