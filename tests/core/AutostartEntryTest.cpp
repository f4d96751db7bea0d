#include "core/app/AutostartEntry.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace streamside;

namespace {

// Each test gets its own XDG_CONFIG_HOME, restored afterwards.
class AutostartEntryTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(configHome.isValid());
        saved = qgetenv("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", configHome.path().toLocal8Bit());
    }
    void TearDown() override { qputenv("XDG_CONFIG_HOME", saved); }

    static QString read(const QString& path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll());
    }

    QTemporaryDir configHome;
    QByteArray saved;
};

} // namespace

TEST_F(AutostartEntryTest, LivesInTheAutostartFolderOfXdgConfigHome) {
    EXPECT_EQ(AutostartEntry::filePath(), configHome.path() + "/autostart/streamside.desktop");
}

TEST_F(AutostartEntryTest, EnableWritesAnEntryThatStartsMinimized) {
    AutostartEntry entry;
    EXPECT_FALSE(entry.isEnabled());
    ASSERT_EQ(entry.enable(), QString());
    EXPECT_TRUE(entry.isEnabled());
    const QStringList lines = read(configHome.path() + "/autostart/streamside.desktop").split('\n');
    EXPECT_EQ(lines.value(0), "[Desktop Entry]");
    EXPECT_TRUE(lines.contains("Type=Application"));
    EXPECT_TRUE(lines.contains("Exec=streamside --minimized"));
    EXPECT_TRUE(lines.contains("Name=Streamside"));
}

TEST_F(AutostartEntryTest, DisableRemovesTheEntryAndIsHarmlessWhenThereIsNone) {
    AutostartEntry entry;
    ASSERT_EQ(entry.enable(), QString());
    ASSERT_EQ(entry.disable(), QString());
    EXPECT_FALSE(entry.isEnabled());
    EXPECT_FALSE(QFile::exists(configHome.path() + "/autostart/streamside.desktop"));
    EXPECT_EQ(entry.disable(), QString());
}

TEST_F(AutostartEntryTest, AProgramPathWithSpacesIsQuoted) {
    AutostartEntry entry("/opt/My Apps/streamside");
    ASSERT_EQ(entry.enable(), QString());
    EXPECT_TRUE(read(AutostartEntry::filePath())
                    .split('\n')
                    .contains("Exec=\"/opt/My Apps/streamside\" --minimized"));
}
