// libFuzzer target for everything a Helix answer goes through before the
// app sees it: the reader of the request's 2xx body (users, streams, channel
// search, created subscriptions, sent chat messages), or the error of any
// other status with its rate-limit headers, as HelixClient does. Built by the
// `fuzz` preset; seeded with answers of the simulator's Helix
// (corpus/helix-response).
//
// Input: four lines (the request's path, the status, Ratelimit-Reset,
// Ratelimit-Remaining), then the body. One reader per input, as in the app:
// every JSON parse costs, and 10 million inputs must fit in a run. Besides
// the sanitizers, it checks the promises the callers rely on, and aborts when
// one does not hold.
#include "core/helix/HelixError.h"
#include "core/helix/HelixResponseParser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using streamside::HelixError;
using streamside::HelixResponseParser;

namespace {

void require(bool property) {
    if (!property)
        std::abort();
}

// The next '\n'-terminated line of rest (all of it when there is none).
QByteArray takeLine(QByteArray& rest) {
    const qsizetype end = rest.indexOf('\n');
    const QByteArray line = end < 0 ? rest : rest.left(end);
    rest = end < 0 ? QByteArray() : rest.mid(end + 1);
    return line;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    QByteArray rest = QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
    const QByteArray path = takeLine(rest).trimmed();
    const int status = takeLine(rest).trimmed().toInt();
    const QByteArray rateLimitReset = takeLine(rest);
    const QByteArray rateLimitRemaining = takeLine(rest);
    const QByteArray& body = rest;

    if (status >= 200 && status <= 299) {
        // Whatever the body: records (possibly none, fields possibly empty),
        // never a failure; the sanitizers watch how they are made.
        if (path == "users")
            (void)HelixResponseParser::users(body);
        else if (path == "streams")
            (void)HelixResponseParser::streams(body);
        else if (path == "search/channels")
            (void)HelixResponseParser::channelSearchResults(body);
        else if (path == "eventsub/subscriptions")
            (void)HelixResponseParser::createdSubscription(body);
        else if (path == "chat/messages")
            (void)HelixResponseParser::sentChatMessage(body);
        return 0;
    }

    const HelixError error =
        HelixError::fromHttpAnswer(status, body, rateLimitReset, rateLimitRemaining);
    require(error.kind == HelixError::kindForStatus(status));
    require(error.httpStatus == status);
    // The message goes to a status bar and a log line: one line, bounded.
    require(!error.message.isEmpty());
    require(error.message.size() <= 300);
    require(error.message == error.message.simplified());
    require(!error.retryAt.isValid() || error.retryAt.toSecsSinceEpoch() > 0);
    require(!error.toString().isEmpty());
    (void)error.isTokenBucketEmpty();
    return 0;
}
