#pragma once

#include <QString>

namespace streamside {

// Why a login or a session failed, with a message a viewer understands (no
// token, no jargon). The kind lets the UI offer the right way out.
struct AuthError {
    enum class Kind {
        Cancelled,          // the user pressed Cancel at Twitch (access_denied) or in the app
        PortInUse,          // the loopback port is taken by another program
        StateMismatch,      // a callback that this login did not start
        TimedOut,           // no answer from the browser within the time allowed
        BrowserUnavailable, // the system browser could not be opened
        Expired,            // a device code or a session that ran out
        Revoked,            // the token was withdrawn
        Network,            // Twitch could not be reached
        Rejected,           // Twitch refused (bad client id, redirect URI ...)
        NoClientId,         // no registered application configured
    };
    Kind kind = Kind::Rejected;
    QString message;
};

} // namespace streamside
