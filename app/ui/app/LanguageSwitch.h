#pragma once

#include <QString>

namespace streamside {
class SettingsRepository;
}

namespace streamside::ui {

// Puts a language into effect on the running application, without a restart:
// Streamside's and Qt's translations (the widgets then retranslate on
// QEvent::LanguageChange), the default locale (numbers, dates, the web
// views' Accept-Language) and the layout direction. Empty: the system's.
void applyLanguage(const QString& language);

// Applies the language stored in the settings (setting::language).
void applyLanguageSetting(const SettingsRepository& settings);

} // namespace streamside::ui
