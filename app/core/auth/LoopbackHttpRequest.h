#pragma once

#include <QByteArray>

namespace streamside {

// One HTTP/1.1 (or 1.0) request as the loopback login listener reads it: a
// deliberately small and strict parser for the few requests a browser makes
// there (GET / and POST /callback). Anything unusual is Malformed rather than
// guessed at: no chunked bodies, no folded headers, no bare LF line ends, no
// duplicate Host or Content-Length, no absolute-form targets.
class LoopbackHttpRequest {
public:
    enum class Status {
        Incomplete, // more bytes are needed
        Complete,   // a whole request; the members are set
        Malformed,  // not a request this listener accepts (answer 400)
        TooLarge,   // head or body past the limits below (answer 431/413)
    };

    static constexpr int maxHeadBytes = 8 * 1024;
    static constexpr int maxBodyBytes = 8 * 1024;

    // Parses the bytes read so far from one connection.
    Status parse(const QByteArray& data);

    QByteArray method() const { return m_method; }
    QByteArray path() const { return m_path; }   // "/callback", without the query
    QByteArray query() const { return m_query; } // after '?', empty when none
    QByteArray host() const { return m_host; }   // the Host header as sent
    bool hasOrigin() const { return m_hasOrigin; }
    QByteArray origin() const { return m_origin; }
    QByteArray body() const { return m_body; }

    // Whether Host names the loopback redirect origin on this port
    // (localhost, 127.0.0.1 or [::1], in any case): the DNS rebinding
    // defence, since a web page whose name resolves to 127.0.0.1 reaches the
    // port with its own name in Host.
    bool isForRedirectHost(quint16 port) const;
    // Whether an Origin header names any other origin than
    // http://<redirect host>:port. Browsers send Origin with every POST, so
    // another web page posting here shows itself by it.
    bool hasForeignOrigin(quint16 port) const;

private:
    Status parseHead(const QByteArray& head);

    QByteArray m_method;
    QByteArray m_path;
    QByteArray m_query;
    QByteArray m_host;
    bool m_hasOrigin = false;
    QByteArray m_origin;
    qsizetype m_contentLength = 0;
    QByteArray m_body;
};

} // namespace streamside
