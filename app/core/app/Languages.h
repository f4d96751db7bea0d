#pragma once

#include <QLocale>
#include <QStringList>

namespace streamside {

// The languages Streamside ships, by their translation file's name ("de",
// "pt_BR"), English (the source) first. Read from the embedded translations,
// so that a language added to the build is offered without a second list.
QStringList shippedLanguages();

// A language by its own name, as its speakers read it ("Deutsch", "日本語"),
// with the territory where the language file is for one ("Português (Brasil)").
QString nativeLanguageName(const QString& language);

// The shipped language the app shows for a locale, as QTranslator::load()
// picks its file: each of the locale's UI languages in turn, the whole name
// first ("pt_BR"), then shortened ("de" for "de_AT"); English when none is
// shipped (the C locale, Dutch, European Portuguese).
QString shippedLanguageFor(const QLocale& locale, const QStringList& shipped = shippedLanguages());

// The locale of a language setting: the system's when the setting is empty.
QLocale localeForLanguage(const QString& language);

} // namespace streamside
