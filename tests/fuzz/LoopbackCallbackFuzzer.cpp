// libFuzzer target for everything the loopback login listener reads from a
// connection (a browser, or any other program on this machine): the HTTP
// request, its Host and Origin, and the callback the relay page posts. Built
// by the `fuzz` preset; seeded with requests Chromium (Qt WebEngine) sent to
// a loopback listener serving the relay page (corpus/loopback-callback).
//
// Besides the sanitizers, it checks what the listener relies on, and aborts
// when a property does not hold.
#include "core/auth/LoopbackCallback.h"
#include "core/auth/LoopbackHttpRequest.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using streamside::LoopbackCallback;
using streamside::LoopbackHttpRequest;

namespace {

constexpr quint16 redirectPort = 17563;
// The state of the login the requests answer: the seeds carry it.
const QString expectedState =
    QStringLiteral("5f0c3b0e8d8a4f6e9c1b2a3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6071");

void require(bool property) {
    if (!property)
        std::abort();
}

void readCallback(const QByteArray& body) {
    const LoopbackCallback callback = LoopbackCallback::read(body, expectedState);
    if (callback.outcome == LoopbackCallback::Outcome::Approved) {
        require(!callback.grant.accessToken.isEmpty());
    } else {
        require(callback.grant.accessToken.isEmpty());
        require(callback.grant.scopes.isEmpty());
    }
    if (callback.outcome == LoopbackCallback::Outcome::Refused) {
        // Shown on a page and in the app: one line of printable text.
        const QString& reason = callback.twitchReason;
        require(!reason.isEmpty());
        require(reason.size() <= LoopbackCallback::maxReasonLength);
        require(reason == reason.simplified());
        for (const QChar c : reason)
            require(c.isPrint());
    } else {
        require(callback.twitchReason.isEmpty());
    }
    // Nothing gets past the state: what this login would take, another
    // login (another state) refuses as foreign.
    if (callback.outcome != LoopbackCallback::Outcome::Unreadable &&
        callback.outcome != LoopbackCallback::Outcome::ForeignState)
        require(LoopbackCallback::read(body, QStringLiteral("another-login-state")).outcome ==
                LoopbackCallback::Outcome::ForeignState);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray input =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));

    LoopbackHttpRequest request;
    const LoopbackHttpRequest::Status status = request.parse(input);
    if (status == LoopbackHttpRequest::Status::Complete) {
        require(request.path().startsWith('/'));
        require(!request.path().contains('?'));
        require(!request.method().isEmpty());
        require(request.body().size() <= LoopbackHttpRequest::maxBodyBytes);
        (void)request.isForRedirectHost(redirectPort);
        (void)request.hasForeignOrigin(redirectPort);
        readCallback(request.body());
    }
    // The listener parses what has arrived so far, again after every read:
    // while a request is arriving, no part of it may be answered early.
    if (status == LoopbackHttpRequest::Status::Complete ||
        status == LoopbackHttpRequest::Status::Incomplete) {
        for (const qsizetype cut : {qsizetype(size) / 2, qsizetype(size) - 1}) {
            if (cut <= 0)
                continue;
            LoopbackHttpRequest partial;
            require(partial.parse(input.left(cut)) == LoopbackHttpRequest::Status::Incomplete);
        }
    }
    // The same bytes as a callback body, so that the form reader is explored
    // without having to get the HTTP framing right first.
    readCallback(input);
    return 0;
}
