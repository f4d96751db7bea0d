#pragma once

#include <QLocale>

namespace streamside {

// Installs Streamside's translations for a locale on the running
// application. English is always installed underneath: it supplies the plural
// forms of the source strings ("1 month" / "2 months"), which tr() cannot
// know without a translation. Qt's own translations for the locale are
// installed too (standard dialogs, and the layout direction). Returns the
// language of Streamside's translation actually loaded.
QString installTranslations(const QLocale& locale);

} // namespace streamside
