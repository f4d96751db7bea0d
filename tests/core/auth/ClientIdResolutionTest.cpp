// Which client id the app logs in with, and the check of a pasted one.
#include "core/auth/ClientIdResolution.h"

#include "core/config/EndpointConfig.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsRepository.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace streamside;
using Source = ClientIdChoice::Source;

TEST(ClientIdResolution, TheEnvironmentWinsThenTheSettingThenTheBuildDefault) {
    const ClientIdChoice all = ClientIdResolution::resolve("fromenv", "fromsettings", "built");
    EXPECT_EQ(all.clientId, "fromenv");
    EXPECT_EQ(all.source, Source::Environment);

    const ClientIdChoice noEnvironment = ClientIdResolution::resolve({}, "fromsettings", "built");
    EXPECT_EQ(noEnvironment.clientId, "fromsettings");
    EXPECT_EQ(noEnvironment.source, Source::Settings);

    const ClientIdChoice onlyBuilt = ClientIdResolution::resolve({}, {}, "built");
    EXPECT_EQ(onlyBuilt.clientId, "built");
    EXPECT_EQ(onlyBuilt.source, Source::BuildDefault);

    const ClientIdChoice none = ClientIdResolution::resolve({}, {}, {});
    EXPECT_TRUE(none.isEmpty());
    EXPECT_EQ(none.source, Source::None);
}

TEST(ClientIdResolution, AMalformedStoredIdIsSkipped) {
    const ClientIdChoice choice = ClientIdResolution::resolve({}, "not an id!", "built");
    EXPECT_EQ(choice.clientId, "built");
    EXPECT_EQ(choice.source, Source::BuildDefault);
}

TEST(ClientIdResolution, ReadsTheEnvironmentAndTheSettingsRepository) {
    QTemporaryDir dir;
    Database database(dir.filePath("streamside.db"));
    ASSERT_FALSE(database.open());
    SettingsRepository settings(database);
    const QString buildDefault = QStringLiteral("builtdefault");

    QProcessEnvironment empty;
    EndpointConfigResult parsed = endpointConfigFromEnvironment(empty, buildDefault);
    ASSERT_TRUE(parsed.config);
    ClientIdChoice choice = ClientIdResolution::resolve(empty, *parsed.config, settings);
    EXPECT_EQ(choice.clientId, buildDefault);
    EXPECT_EQ(choice.source, Source::BuildDefault);

    ASSERT_FALSE(settings.setValue(setting::clientId, QStringLiteral("pastedid")));
    choice = ClientIdResolution::resolve(empty, *parsed.config, settings);
    EXPECT_EQ(choice.clientId, "pastedid");
    EXPECT_EQ(choice.source, Source::Settings);

    QProcessEnvironment withVariable;
    withVariable.insert(QLatin1String(env::clientId), QStringLiteral("fromenvironment"));
    parsed = endpointConfigFromEnvironment(withVariable, buildDefault);
    ASSERT_TRUE(parsed.config);
    choice = ClientIdResolution::resolve(withVariable, *parsed.config, settings);
    EXPECT_EQ(choice.clientId, "fromenvironment");
    EXPECT_EQ(choice.source, Source::Environment);
}

TEST(ClientIdResolution, APastedIdIsTrimmedAndChecked) {
    const PastedClientId good =
        ClientIdResolution::checkPasted("  abc123xyz0000000000000000000ab \n");
    EXPECT_TRUE(good.isAccepted());
    EXPECT_EQ(good.clientId, "abc123xyz0000000000000000000ab");

    for (const char* bad : {"", "   ", "abc 123", "abc-123", "https://dev.twitch.tv/console"}) {
        const PastedClientId rejected = ClientIdResolution::checkPasted(QString::fromUtf8(bad));
        EXPECT_FALSE(rejected.isAccepted()) << bad;
        EXPECT_TRUE(rejected.clientId.isEmpty()) << bad;
        EXPECT_FALSE(rejected.problem.isEmpty()) << bad;
    }
    EXPECT_FALSE(ClientIdResolution::checkPasted(QString(65, QLatin1Char('a'))).isAccepted());
}

TEST(ClientIdResolution, TheLoginScreenExplainsAMissingIdWithTheRedirectToRegister) {
    const QString text =
        ClientIdResolution::missingExplanation(QUrl(QStringLiteral("http://localhost:17563")));
    EXPECT_TRUE(text.contains("http://localhost:17563"));
    EXPECT_TRUE(text.contains("client id"));
}
