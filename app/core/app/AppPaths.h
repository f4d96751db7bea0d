#pragma once

#include <QString>

namespace streamside {

// Where a Streamside profile keeps its files. Built on QStandardPaths, so
// XDG_DATA_HOME and XDG_CONFIG_HOME move them. The demo has a profile of its
// own so that it never touches the user's real account or favourites.
struct AppPaths {
    QString dataDir;   // database, web profile, logs
    QString configDir; // window state and other per-machine preferences

    // Needs the application and organisation names to be set first.
    static AppPaths standard(bool demoProfile);

    // Creates both folders (owner-only); returns an error text, or empty on success.
    QString ensureCreated() const;
};

} // namespace streamside
