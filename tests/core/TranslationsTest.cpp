#include "core/app/Translations.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

// Qt's own translations come with the language: standard buttons, and the
// layout direction (QGuiApplication reads it from this string).
TEST(Translations, QtsOwnTranslationsComeWithTheLanguage) {
    streamside::installTranslations(QLocale(QLocale::Arabic, QLocale::Egypt));
    const QString direction = QCoreApplication::translate("QGuiApplication", "QT_LAYOUT_DIRECTION");
    streamside::installTranslations(QLocale(QLocale::German, QLocale::Germany));
    const QString cancel = QCoreApplication::translate("QPlatformTheme", "Cancel");
    streamside::installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    EXPECT_EQ(direction, "RTL");
    EXPECT_EQ(cancel, "Abbrechen");
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), "Cancel")
        << "English again: Qt's German translation was left installed";
}
