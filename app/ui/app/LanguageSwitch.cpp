#include "ui/app/LanguageSwitch.h"

#include "core/app/Languages.h"
#include "core/app/Translations.h"
#include "core/storage/SettingsRepository.h"

#include <QGuiApplication>

namespace streamside::ui {

void applyLanguage(const QString& language) {
    const QLocale locale = localeForLanguage(language);
    QLocale::setDefault(locale);
    installTranslations(locale);
    // Qt takes the direction from its own translation (qtbase_ar says
    // right-to-left), which may be missing (qt6-translations-l10n): the
    // locale knows its direction in any case.
    QGuiApplication::setLayoutDirection(locale.textDirection());
}

void applyLanguageSetting(const SettingsRepository& settings) {
    applyLanguage(settings.value(setting::language));
}

} // namespace streamside::ui
