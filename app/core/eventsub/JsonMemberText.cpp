#include "core/eventsub/JsonMemberText.h"

#include <cstring>

namespace streamside {

namespace {

// Walks a well-formed JSON text: every function returns the position just
// after what it skipped, or -1 when the text is not what it expected.
class JsonScanner {
public:
    explicit JsonScanner(QByteArrayView text)
        : m_text(text) {}

    qsizetype skipSpace(qsizetype at) const {
        while (at < m_text.size() && (m_text[at] == ' ' || m_text[at] == '\t' ||
                                      m_text[at] == '\n' || m_text[at] == '\r'))
            ++at;
        return at;
    }

    // From the opening quote; *escaped tells whether the string has escapes.
    // Most of a frame is strings: memchr finds their ends.
    qsizetype skipString(qsizetype at, bool* escaped = nullptr) const {
        if (at >= m_text.size() || m_text[at] != '"')
            return -1;
        const char* const begin = m_text.data();
        const char* const end = begin + m_text.size();
        const char* p = begin + at + 1;
        while (const char* quote = static_cast<const char*>(std::memchr(p, '"', size_t(end - p)))) {
            // A quote after an odd number of backslashes is part of the string.
            const char* backslashes = quote;
            while (backslashes > p && backslashes[-1] == '\\')
                --backslashes;
            if (escaped && std::memchr(p, '\\', size_t(quote - p)) != nullptr)
                *escaped = true;
            if ((quote - backslashes) % 2 == 0)
                return quote - begin + 1;
            p = quote + 1;
        }
        return -1;
    }

    qsizetype skipValue(qsizetype at) const {
        if (at >= m_text.size())
            return -1;
        if (m_text[at] == '"')
            return skipString(at);
        if (m_text[at] == '{' || m_text[at] == '[') {
            int depth = 0;
            while (at < m_text.size()) {
                const char c = m_text[at];
                if (c == '"') {
                    at = skipString(at);
                    if (at < 0)
                        return -1;
                    continue;
                }
                if (c == '{' || c == '[')
                    ++depth;
                else if ((c == '}' || c == ']') && --depth == 0)
                    return at + 1;
                ++at;
            }
            return -1;
        }
        // A number, true, false or null: up to the next delimiter.
        while (at < m_text.size() && m_text[at] != ',' && m_text[at] != '}' && m_text[at] != ']' &&
               m_text[at] != ' ' && m_text[at] != '\t' && m_text[at] != '\n' && m_text[at] != '\r')
            ++at;
        return at;
    }

private:
    QByteArrayView m_text;
};

} // namespace

std::optional<QByteArrayView> jsonMemberText(QByteArrayView document, QByteArrayView key) {
    const JsonScanner scanner(document);
    qsizetype at = 0;
    if (document.startsWith("\xEF\xBB\xBF")) // a byte order mark, which Qt's parser skips
        at = 3;
    at = scanner.skipSpace(at);
    if (at >= document.size() || document[at] != '{')
        return std::nullopt;
    at = scanner.skipSpace(at + 1);
    std::optional<QByteArrayView> found;
    while (at < document.size() && document[at] != '}') {
        bool escaped = false;
        const qsizetype keyEnd = scanner.skipString(at, &escaped);
        if (keyEnd < 0 || escaped)
            return std::nullopt;
        const QByteArrayView name = document.sliced(at + 1, keyEnd - at - 2);
        at = scanner.skipSpace(keyEnd);
        if (at >= document.size() || document[at] != ':')
            return std::nullopt;
        const qsizetype valueStart = scanner.skipSpace(at + 1);
        const qsizetype valueEnd = scanner.skipValue(valueStart);
        if (valueEnd < 0)
            return std::nullopt;
        if (name == key) {
            if (found)
                return std::nullopt;
            found = document.sliced(valueStart, valueEnd - valueStart);
        }
        at = scanner.skipSpace(valueEnd);
        if (at < document.size() && document[at] == ',')
            at = scanner.skipSpace(at + 1);
    }
    if (at >= document.size())
        return std::nullopt; // no closing brace
    return found;
}

} // namespace streamside
