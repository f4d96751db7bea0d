#include "core/app/Translations.h"

#include "core/app/Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace streamside {

namespace {
QTranslator* englishTranslator = nullptr;
QTranslator* localeTranslator = nullptr;
QTranslator* qtTranslator = nullptr;

// Qt's own strings (standard dialogs and buttons, and the layout direction:
// Arabic's says right-to-left), from the system's Qt translations.
void installQtTranslations(const QLocale& locale, QObject* owner) {
    if (qtTranslator) {
        QCoreApplication::removeTranslator(qtTranslator);
        delete qtTranslator;
        qtTranslator = nullptr;
    }
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return;
    auto* translator = new QTranslator(owner);
    if (translator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(translator);
        qtTranslator = translator;
        return;
    }
    qCDebug(lcApp).noquote() << "No Qt translations for" << locale.name()
                             << "(package qt6-translations-l10n)";
    delete translator;
}
} // namespace

QString installTranslations(const QLocale& locale) {
    auto* app = QCoreApplication::instance();
    if (!app)
        return {};
    if (!englishTranslator) {
        englishTranslator = new QTranslator(app);
        if (englishTranslator->load(QStringLiteral(":/i18n/streamside_en.qm")))
            QCoreApplication::installTranslator(englishTranslator);
        else
            qCWarning(lcApp) << "The English plural forms are missing from the build";
    }
    installQtTranslations(locale, app);
    if (localeTranslator) {
        QCoreApplication::removeTranslator(localeTranslator);
        delete localeTranslator;
        localeTranslator = nullptr;
    }
    auto* translator = new QTranslator(app);
    if (locale.language() != QLocale::English &&
        translator->load(locale, QStringLiteral("streamside"), QStringLiteral("_"),
                         QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(translator);
        localeTranslator = translator;
        return translator->language();
    }
    delete translator;
    return QStringLiteral("en");
}

} // namespace streamside
