#include "core/auth/LoopbackHttpRequest.h"

#include <gtest/gtest.h>

using streamside::LoopbackHttpRequest;
using Status = LoopbackHttpRequest::Status;

namespace {

Status parse(const QByteArray& bytes) {
    LoopbackHttpRequest request;
    return request.parse(bytes);
}

TEST(LoopbackHttpRequest, ReadsAGetWithItsQuery) {
    LoopbackHttpRequest request;
    ASSERT_EQ(request.parse("GET /?error=access_denied&state=x HTTP/1.1\r\n"
                            "Host: localhost:17563\r\nUser-Agent: test\r\n\r\n"),
              Status::Complete);
    EXPECT_EQ(request.method(), "GET");
    EXPECT_EQ(request.path(), "/");
    EXPECT_EQ(request.query(), "error=access_denied&state=x");
    EXPECT_EQ(request.host(), "localhost:17563");
    EXPECT_FALSE(request.hasOrigin());
    EXPECT_TRUE(request.body().isEmpty());
}

TEST(LoopbackHttpRequest, ReadsAPostBodyOnceItIsAllThere) {
    const QByteArray head = "POST /callback HTTP/1.1\r\nhost: 127.0.0.1:9\r\n"
                            "Origin: http://127.0.0.1:9\r\nContent-Length: 7\r\n\r\n";
    LoopbackHttpRequest request;
    EXPECT_EQ(request.parse(head.left(10)), Status::Incomplete);
    EXPECT_EQ(request.parse(head + "state"), Status::Incomplete);
    ASSERT_EQ(request.parse(head + "state=x"), Status::Complete);
    EXPECT_EQ(request.body(), "state=x");
    EXPECT_EQ(request.origin(), "http://127.0.0.1:9");
    EXPECT_EQ(request.host(), "127.0.0.1:9");
}

TEST(LoopbackHttpRequest, RefusesWhatABrowserDoesNotSendHere) {
    const QByteArray host = "Host: localhost:1\r\n";
    EXPECT_EQ(parse("GET / HTTP/1.1\n" + host + "\r\n"), Status::Malformed) << "bare LF";
    EXPECT_EQ(parse("GET / HTTP/1.1\r\nHost: local\rhost:1\r\n\r\n"), Status::Malformed)
        << "bare CR";
    EXPECT_EQ(parse("GET / HTTP/1.1\r\n" + host + " folded\r\n\r\n"), Status::Malformed);
    EXPECT_EQ(parse("GET / HTTP/1.1\r\n\r\n"), Status::Malformed) << "no Host";
    EXPECT_EQ(parse("GET / HTTP/1.1\r\n" + host + host + "\r\n"), Status::Malformed)
        << "two Host headers";
    EXPECT_EQ(parse("GET http://localhost:1/ HTTP/1.1\r\n" + host + "\r\n"), Status::Malformed)
        << "absolute-form target";
    EXPECT_EQ(parse("GET / HTTP/2\r\n" + host + "\r\n"), Status::Malformed);
    EXPECT_EQ(parse("GET  / HTTP/1.1\r\n" + host + "\r\n"), Status::Malformed);
    EXPECT_EQ(parse("G(T / HTTP/1.1\r\n" + host + "\r\n"), Status::Malformed);
    EXPECT_EQ(parse("POST /callback HTTP/1.1\r\n" + host +
                    "Transfer-Encoding: chunked\r\n\r\n1\r\na\r\n0\r\n\r\n"),
              Status::Malformed);
    EXPECT_EQ(parse("POST /callback HTTP/1.1\r\n" + host +
                    "Content-Length: 1\r\nContent-Length: 1\r\n\r\na"),
              Status::Malformed);
    EXPECT_EQ(parse("POST /callback HTTP/1.1\r\n" + host + "Content-Length: -1\r\n\r\n"),
              Status::Malformed);
    EXPECT_EQ(parse("POST /callback HTTP/1.1\r\n" + host + "Content-Length: 1\r\n\r\nab"),
              Status::Malformed)
        << "bytes after the body";
    EXPECT_EQ(parse("GET / HTTP/1.1\r\n" + host + "X-Bad: caf\xc3\xa9\r\n\r\n"), Status::Malformed);
    EXPECT_EQ(parse("GET / HTTP/1.1\r\n" + host + "No colon\r\n\r\n"), Status::Malformed);
}

TEST(LoopbackHttpRequest, RefusesOversizedRequests) {
    const QByteArray longHeader =
        "X-Long: " + QByteArray(LoopbackHttpRequest::maxHeadBytes, 'a') + "\r\n";
    EXPECT_EQ(parse("GET / HTTP/1.1\r\nHost: a\r\n" + longHeader), Status::TooLarge)
        << "even before the head ends";
    EXPECT_EQ(parse("GET / HTTP/1.1\r\nHost: a\r\n" + longHeader + "\r\n"), Status::TooLarge);
    EXPECT_EQ(parse("POST /callback HTTP/1.1\r\nHost: a\r\nContent-Length: " +
                    QByteArray::number(LoopbackHttpRequest::maxBodyBytes + 1) + "\r\n\r\n"),
              Status::TooLarge);
}

// DNS rebinding: only the redirect origin's own names are served.
TEST(LoopbackHttpRequest, KnowsTheRedirectHostAndForeignOrigins) {
    auto request = [](const QByteArray& host, const QByteArray& origin = {}) {
        LoopbackHttpRequest parsed;
        const QByteArray originLine = origin.isNull() ? QByteArray() : "Origin: " + origin + "\r\n";
        EXPECT_EQ(parsed.parse("POST /callback HTTP/1.1\r\nHost: " + host + "\r\n" + originLine +
                               "Content-Length: 0\r\n\r\n"),
                  Status::Complete)
            << host.constData();
        return parsed;
    };
    for (const QByteArray& host :
         QList<QByteArray>{"localhost:17563", "127.0.0.1:17563", "[::1]:17563", "LocalHost:17563"})
        EXPECT_TRUE(request(host).isForRedirectHost(17563)) << host.constData();
    for (const QByteArray& host :
         QList<QByteArray>{"localhost", "localhost:17564", "localhost:017563", "localhost.:17563",
                           "attacker.example:17563", "127.0.0.2:17563", "[::ffff:127.0.0.1]:17563",
                           "0x7f000001:17563", "user@localhost:17563"})
        EXPECT_FALSE(request(host).isForRedirectHost(17563)) << host.constData();

    EXPECT_FALSE(request("localhost:17563").hasForeignOrigin(17563)) << "no Origin at all";
    for (const QByteArray& origin : QList<QByteArray>{
             "http://localhost:17563", "http://127.0.0.1:17563", "http://[::1]:17563"})
        EXPECT_FALSE(request("localhost:17563", origin).hasForeignOrigin(17563))
            << origin.constData();
    for (const QByteArray& origin :
         QList<QByteArray>{"", "null", "http://attacker.example", "https://localhost:17563",
                           "http://localhost:17564", "http://localhost:17563/", "localhost:17563",
                           "http://localhost"})
        EXPECT_TRUE(request("localhost:17563", origin).hasForeignOrigin(17563))
            << origin.constData();
}

} // namespace
