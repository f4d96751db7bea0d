#include "core/app/Languages.h"

#include <QDir>

namespace streamside {

namespace {
const QString filePrefix = QStringLiteral("streamside_");
const QString fileSuffix = QStringLiteral(".qm");
const QString english = QStringLiteral("en");
} // namespace

QStringList shippedLanguages() {
    QStringList languages{english};
    const QStringList files =
        QDir(QStringLiteral(":/i18n"))
            .entryList({filePrefix + QLatin1Char('*') + fileSuffix}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QString language =
            file.mid(filePrefix.size(), file.size() - filePrefix.size() - fileSuffix.size());
        if (!languages.contains(language))
            languages << language;
    }
    return languages;
}

QString nativeLanguageName(const QString& language) {
    const QLocale locale(language);
    QString name = locale.nativeLanguageName();
    // For these Qt gives the name of the variant of the locale's default
    // territory ("American English", "español de España"); the language
    // files are for the language as a whole.
    if (language == QLatin1String("en"))
        name = QStringLiteral("English");
    else if (language == QLatin1String("es"))
        name = QStringLiteral("español");
    // CLDR writes most language names in lower case ("español"): in a list
    // of languages they start a line, so they start with a capital.
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    if (language.contains(QLatin1Char('_')))
        name += QStringLiteral(" (%1)").arg(locale.nativeTerritoryName());
    return name;
}

QString shippedLanguageFor(const QLocale& locale, const QStringList& shipped) {
    for (QString name : locale.uiLanguages()) {
        name.replace(QLatin1Char('-'), QLatin1Char('_'));
        while (!name.isEmpty()) {
            if (shipped.contains(name))
                return name;
            const qsizetype cut = name.lastIndexOf(QLatin1Char('_'));
            name.truncate(cut < 0 ? 0 : cut);
        }
    }
    return english;
}

QLocale localeForLanguage(const QString& language) {
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

} // namespace streamside
