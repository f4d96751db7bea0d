#pragma once

#include <QString>
#include <QStringList>

namespace streamside {

// What the user asked for on the command line, once it has been validated.
struct StartupOptions {
    bool demo = false;      // run against the built-in Twitch simulator
    QString channel;        // lower-case Twitch login to open, or empty
    bool minimized = false; // start without showing the window
    // Internal: take over from the Streamside listening under this name (see
    // HandOverServer) once connected and subscribed.
    QString takeOverFrom;
};

struct CommandLineResult {
    enum class Action {
        Run,         // start the app with `options`
        ShowHelp,    // print `output` to stdout and exit 0
        ShowVersion, // print `output` to stdout and exit 0
        Fail,        // print `output` (one line) to stderr and exit non-zero
    };
    Action action = Action::Run;
    StartupOptions options;
    QString output;
};

// Parses the arguments (arguments[0] is the program). Needs no application
// object, so that --help and --version work without a display.
CommandLineResult parseCommandLine(const QStringList& arguments);

// True for a syntactically valid Twitch login (letters, digits, underscore; 1-25 characters).
bool isValidTwitchLogin(const QString& login);

} // namespace streamside
