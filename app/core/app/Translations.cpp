#include "core/app/Translations.h"

#include "core/app/Logging.h"

#include <QCoreApplication>
#include <QTranslator>

namespace streamside {

namespace {
QTranslator* englishTranslator = nullptr;
QTranslator* localeTranslator = nullptr;
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
