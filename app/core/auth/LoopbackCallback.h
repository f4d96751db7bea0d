#pragma once

#include "core/auth/TokenGrant.h"

#include <QByteArray>
#include <QString>

namespace streamside {

// What the loopback login's relay page posts to /callback, read: the
// fragment of Twitch's redirect (or the query of its error redirect),
// application/x-www-form-urlencoded as Twitch writes it. A pure function of
// the bytes and the state this login sent, so that it can be tested and
// fuzzed without sockets; LoopbackLoginFlow answers by its outcome.
class LoopbackCallback {
public:
    enum class Outcome {
        Unreadable,   // not a form as Twitch writes one: an empty or repeated name,
                      // or (with this login's state) an error with no printable text
        ForeignState, // not this login's state: another page's, or an older attempt's
        NoToken,      // this login's, but neither an error nor a bearer token
        Cancelled,    // error=access_denied: the user pressed Cancel at Twitch
        Refused,      // another error from Twitch; twitchReason says which
        Approved,     // an access token of type bearer; grant holds it
    };

    // Twitch's error_description (or error) is cut to this many characters.
    static constexpr qsizetype maxReasonLength = 200;

    // The state is compared before any other field is looked at, in time
    // independent of how much of it matches. An empty expectedState matches
    // nothing.
    static LoopbackCallback read(const QByteArray& body, const QString& expectedState);

    Outcome outcome = Outcome::Unreadable;
    // Approved: the access token and its scopes; the implicit grant says
    // neither a refresh token nor an expiry.
    TokenGrant grant;
    // Refused: error_description, else error, as one printable line.
    QString twitchReason;
};

} // namespace streamside
