#include "core/auth/LoopbackHttpRequest.h"

#include <QList>

namespace streamside {

namespace {

// RFC 9110 token characters (method and header names).
bool isToken(const QByteArray& text) {
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool alphanumeric =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alphanumeric && !QByteArrayView("!#$%&'*+-.^_`|~").contains(c))
            return false;
    }
    return true;
}

// Visible ASCII, space and tab only: no control characters, no bytes >= 0x80.
bool isFieldValue(const QByteArray& text) {
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte != '\t' && (byte < 0x20 || byte > 0x7e))
            return false;
    }
    return true;
}

// An origin-form target: "/" followed by visible ASCII only.
bool isOriginForm(const QByteArray& target) {
    if (!target.startsWith('/'))
        return false;
    for (const char c : target) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte <= 0x20 || byte > 0x7e)
            return false;
    }
    return true;
}

bool isRedirectHost(const QByteArray& host, quint16 port) {
    const QByteArray portSuffix = ':' + QByteArray::number(port);
    const QByteArray lowered = host.toLower();
    return lowered == "localhost" + portSuffix || lowered == "127.0.0.1" + portSuffix ||
           lowered == "[::1]" + portSuffix;
}

bool isDigits(const QByteArray& text) {
    if (text.isEmpty() || text.size() > 9)
        return false;
    for (const char c : text)
        if (c < '0' || c > '9')
            return false;
    return true;
}

} // namespace

LoopbackHttpRequest::Status LoopbackHttpRequest::parse(const QByteArray& data) {
    const qsizetype headEnd = data.indexOf("\r\n\r\n");
    // A head with a bare LF would never end in CRLF CRLF: refuse it now
    // rather than wait for the connection's deadline.
    const QByteArrayView headBytes(data.constData(), headEnd < 0 ? data.size() : headEnd);
    for (qsizetype i = 0; i < headBytes.size(); ++i)
        if (headBytes.at(i) == '\n' && (i == 0 || headBytes.at(i - 1) != '\r'))
            return Status::Malformed;
    if (headEnd < 0)
        return data.size() > maxHeadBytes ? Status::TooLarge : Status::Incomplete;
    if (headEnd + 4 > maxHeadBytes)
        return Status::TooLarge;

    const Status head = parseHead(data.left(headEnd));
    if (head != Status::Complete)
        return head;

    const qsizetype bodyStart = headEnd + 4;
    const qsizetype received = data.size() - bodyStart;
    if (received < m_contentLength)
        return Status::Incomplete;
    // One request per connection: the listener answers with Connection: close,
    // so bytes after the body (pipelining) are not something a browser sends.
    if (received > m_contentLength)
        return Status::Malformed;
    m_body = data.mid(bodyStart, m_contentLength);
    return Status::Complete;
}

LoopbackHttpRequest::Status LoopbackHttpRequest::parseHead(const QByteArray& head) {
    // Bare LF or CR inside the head are how request smuggling starts: only CRLF.
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray& line = lines.at(i);
        const bool last = i == lines.size() - 1;
        const qsizetype crCount = line.count('\r');
        if (last ? crCount != 0 : (crCount != 1 || !line.endsWith('\r')))
            return Status::Malformed;
    }
    auto lineAt = [&lines](qsizetype i) {
        const QByteArray& line = lines.at(i);
        return line.endsWith('\r') ? line.chopped(1) : line;
    };

    const QList<QByteArray> requestLine = lineAt(0).split(' ');
    if (requestLine.size() != 3)
        return Status::Malformed;
    m_method = requestLine.at(0);
    const QByteArray& target = requestLine.at(1);
    const QByteArray& version = requestLine.at(2);
    if (!isToken(m_method) || !isOriginForm(target) ||
        (version != "HTTP/1.1" && version != "HTTP/1.0"))
        return Status::Malformed;
    const qsizetype question = target.indexOf('?');
    m_path = question < 0 ? target : target.left(question);
    m_query = question < 0 ? QByteArray() : target.mid(question + 1);

    bool hasHost = false;
    bool hasContentLength = false;
    m_hasOrigin = false;
    m_contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lineAt(i);
        if (line.startsWith(' ') || line.startsWith('\t'))
            return Status::Malformed; // obsolete line folding
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return Status::Malformed;
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (!isToken(name) || !isFieldValue(value))
            return Status::Malformed;
        if (name == "host") {
            if (hasHost)
                return Status::Malformed;
            hasHost = true;
            m_host = value;
        } else if (name == "origin") {
            if (m_hasOrigin)
                return Status::Malformed;
            m_hasOrigin = true;
            m_origin = value;
        } else if (name == "content-length") {
            if (hasContentLength || !isDigits(value))
                return Status::Malformed;
            hasContentLength = true;
            m_contentLength = value.toLongLong();
            if (m_contentLength > maxBodyBytes)
                return Status::TooLarge;
        } else if (name == "transfer-encoding") {
            return Status::Malformed; // the relay page never sends a chunked body
        }
    }
    // HTTP/1.1 requires Host, and the Host check is the DNS rebinding defence:
    // a request without one is never answered with anything of substance.
    if (!hasHost)
        return Status::Malformed;
    return Status::Complete;
}

bool LoopbackHttpRequest::isForRedirectHost(quint16 port) const {
    return isRedirectHost(m_host, port);
}

bool LoopbackHttpRequest::hasForeignOrigin(quint16 port) const {
    return m_hasOrigin &&
           !(m_origin.startsWith("http://") && isRedirectHost(m_origin.mid(7), port));
}

} // namespace streamside
