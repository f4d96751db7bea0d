#include "ui/app/LanguageSwitch.h"

#include "MarkingTranslator.h"
#include "core/app/Languages.h"
#include "core/app/Translations.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsRepository.h"
#include "ui/login/LoginPage.h"
#include "ui/main/MainWindow.h"
#include "ui/settings/SettingsDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace streamside;
using namespace streamside::ui;

namespace {

QStringList comboTexts(const QComboBox& combo) {
    QStringList texts;
    for (int i = 0; i < combo.count(); ++i)
        texts << combo.itemText(i);
    return texts;
}

QString cancelText(const QDialog& dialog) {
    return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->text();
}

} // namespace

class LanguageSwitchTest : public ::testing::Test {
protected:
    // Back to the language the other tests run in.
    void TearDown() override {
        QCoreApplication::removeTranslator(&marking);
        QLocale::setDefault(before);
        installTranslations(before);
        QGuiApplication::setLayoutDirection(before.textDirection());
    }
    const QLocale before;
    QTemporaryDir dir;
    MarkingTranslator marking;
};

TEST_F(LanguageSwitchTest, MainWindowSetsItsTextsAgainWithoutBeingRebuilt) {
    MainWindow window(dir.filePath("window.ini"), false);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto* fileMenu = window.findChild<QMenu*>("fileMenu");
    ASSERT_NE(fileMenu, nullptr);
    ASSERT_EQ(fileMenu->title(), "&File");

    QCoreApplication::installTranslator(&marking);
    EXPECT_TRUE(QTest::qWaitFor([&] { return fileMenu->title() == "«&File»"; }));
    EXPECT_EQ(window.findChild<QMenu*>("helpMenu")->title(), "«&Help»");
    EXPECT_EQ(window.windowTitle(), "«Streamside»");
    EXPECT_EQ(window.settingsAction()->text(), "«&Settings…»");
    EXPECT_EQ(window.toggleEventsAction()->text(), "«Show &Events»");

    QCoreApplication::removeTranslator(&marking);
    EXPECT_TRUE(QTest::qWaitFor([&] { return fileMenu->title() == "&File"; }));
}

TEST_F(LanguageSwitchTest, LoginPageSetsItsTextsAgain) {
    LoginPage page;
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    QCoreApplication::installTranslator(&marking);
    auto visibleTexts = [&page] {
        QStringList texts;
        for (const QPushButton* button : page.findChildren<QPushButton*>())
            if (button->isVisible())
                texts << button->text();
        for (const QLabel* label : page.findChildren<QLabel*>())
            if (label->isVisible() && !label->text().isEmpty())
                texts << label->text();
        return texts;
    };
    EXPECT_TRUE(QTest::qWaitFor([&] { return visibleTexts().contains("«Log in with Twitch»"); }))
        << visibleTexts().join(" | ").toStdString();
    for (const QString& text : visibleTexts())
        EXPECT_TRUE(text.startsWith("«")) << text.toStdString();
}

TEST_F(LanguageSwitchTest, GermanAtRunTimeTranslatesAShownDialog) {
    SettingsDialog dialog(SettingsDialog::State{});
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    ASSERT_EQ(cancelText(dialog), "Cancel");

    // Qt's own German (qt6-translations-l10n): Streamside's is still empty.
    applyLanguage(QStringLiteral("de"));
    EXPECT_EQ(QLocale().language(), QLocale::German);
    EXPECT_TRUE(QTest::qWaitFor([&] { return cancelText(dialog) == "Abbrechen"; }))
        << cancelText(dialog).toStdString();

    applyLanguage(QStringLiteral("en"));
    EXPECT_TRUE(QTest::qWaitFor([&] { return cancelText(dialog) == "Cancel"; }));
}

TEST_F(LanguageSwitchTest, ArabicLaysOutRightToLeftAndEnglishLeftToRight) {
    MainWindow window(dir.filePath("window.ini"), false);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    applyLanguage(QStringLiteral("ar"));
    EXPECT_TRUE(QApplication::isRightToLeft());
    EXPECT_TRUE(QTest::qWaitFor([&] { return window.isRightToLeft(); }));

    applyLanguage(QStringLiteral("en"));
    EXPECT_FALSE(QApplication::isRightToLeft());
    EXPECT_TRUE(QTest::qWaitFor([&] { return !window.isRightToLeft(); }));
}

TEST_F(LanguageSwitchTest, SettingsDialogOffersTheLanguagesByTheirOwnNames) {
    SettingsDialog::State state;
    state.language = QStringLiteral("ja");
    SettingsDialog dialog(state);
    auto* combo = dialog.findChild<QComboBox*>("language");
    ASSERT_NE(combo, nullptr);
    const QStringList texts = comboTexts(*combo);
    EXPECT_EQ(texts.first(), QStringLiteral("System default (%1)")
                                 .arg(nativeLanguageName(shippedLanguageFor(QLocale::system()))));
    EXPECT_FALSE(texts.first().contains("()")) << "the system's language has a name";
    for (const char* name : {"English", "Deutsch", "العربية", "日本語", "Português (Brasil)",
                             "Français", "Español", "Italiano", "Polski", "Русский", "한국어"})
        EXPECT_TRUE(texts.contains(QString::fromUtf8(name))) << name;
    EXPECT_EQ(texts.size(), 13); // the system's, English and the eleven translations
    EXPECT_TRUE(texts.contains(QString::fromUtf8("简体中文 (中国)")));
    EXPECT_EQ(dialog.language(), "ja") << "the stored choice is selected";

    combo->setCurrentIndex(combo->findData(QStringLiteral("de")));
    EXPECT_EQ(dialog.language(), "de");
    combo->setCurrentIndex(0);
    EXPECT_EQ(dialog.language(), "") << "the system's is stored as empty";
}

// The system default is named by the language the app then shows.
TEST_F(LanguageSwitchTest, ASystemLocaleMapsToTheShippedLanguageShown) {
    EXPECT_EQ(shippedLanguageFor(QLocale::c()), "en");
    EXPECT_EQ(shippedLanguageFor(QLocale("de_AT")), "de");
    EXPECT_EQ(shippedLanguageFor(QLocale("pt_BR")), "pt_BR");
    EXPECT_EQ(shippedLanguageFor(QLocale("pt_PT")), "en") << "only Brazilian Portuguese ships";
    EXPECT_EQ(shippedLanguageFor(QLocale("zh_CN")), "zh_CN");
    EXPECT_EQ(shippedLanguageFor(QLocale("ar_EG")), "ar");
    EXPECT_EQ(shippedLanguageFor(QLocale("nl_NL")), "en");
    EXPECT_EQ(shippedLanguageFor(QLocale("en_GB")), "en");
}

TEST_F(LanguageSwitchTest, TheStoredLanguageIsAppliedAtStart) {
    {
        Database db(dir.filePath("streamside.db"));
        ASSERT_FALSE(db.open());
        ASSERT_FALSE(SettingsRepository(db).setValue(setting::language, QStringLiteral("ar")));
    }
    Database db(dir.filePath("streamside.db")); // the next start
    ASSERT_FALSE(db.open());
    applyLanguageSetting(SettingsRepository(db));
    EXPECT_EQ(QLocale().language(), QLocale::Arabic);
    EXPECT_TRUE(QApplication::isRightToLeft());
}
