#pragma once

#include <QString>
#include <QStringList>

class QPluginLoader;

namespace streamside::ui {

class WebViewFactory;

// Loads the web module (and with it Qt WebEngine) the first time a web view
// is needed. Linking WebEngine into the executable would cost every start,
// including tray-only sessions that never show a page, tens of megabytes and
// a noticeable delay.
class WebModuleLoader {
public:
    // The folders searched for the module, in order: the private library
    // folder next to the executable (build tree and installed layout alike).
    static QStringList searchPaths();
    // Makes searchPaths() answer these instead, before the first factory()
    // call: tests and benchmarks that must run without Qt WebEngine pass an
    // empty list (the pages then say the player cannot be shown).
    static void overrideSearchPaths(const QStringList& paths);

    // The process-wide factory, loading the module on first use. Returns
    // nullptr and sets *error when the module cannot be loaded.
    static WebViewFactory* factory(QString* error);

    static bool isLoaded();
};

} // namespace streamside::ui
