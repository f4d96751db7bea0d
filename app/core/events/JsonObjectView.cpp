#include "core/events/JsonObjectView.h"

#include "core/events/JsonField.h"

#include <utility>

namespace streamside {

namespace {

std::string_view utf8(QLatin1StringView key) {
    return {key.data(), size_t(key.size())}; // the decoder's keys are ASCII: Latin-1 is UTF-8
}

QString toQString(std::string_view text) {
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

} // namespace

JsonObjectView::JsonObjectView(QJsonObject object)
    : m_qt(std::move(object)) {}

JsonObjectView::JsonObjectView(simdjson::dom::object object)
    : m_simd(object)
    , m_isSimd(true) {}

simdjson::dom::parser JsonObjectView::makeParser() {
    constexpr size_t initialCapacity = 16 * 1024; // grows with larger documents
    constexpr size_t maxDepth = 64;
    simdjson::dom::parser parser;
    if (parser.allocate(initialCapacity, maxDepth) != simdjson::SUCCESS) {
        simdjson::dom::parser unallocated; // parse() declines everything: Qt reads it all
        return unallocated;
    }
    return parser;
}

std::optional<JsonObjectView> JsonObjectView::parse(simdjson::dom::parser& parser,
                                                    QByteArrayView text) {
    if (parser.capacity() == 0)
        return std::nullopt; // makeParser() could not allocate
    simdjson::dom::object object;
    // realloc_if_needed: copied to a padded buffer of the parser's, since
    // simdjson reads past the end of the text.
    if (parser.parse(text.data(), size_t(text.size()), true).get_object().get(object) !=
        simdjson::SUCCESS)
        return std::nullopt;
    return JsonObjectView(object);
}

std::optional<simdjson::dom::element> JsonObjectView::member(std::string_view key) const {
    std::optional<simdjson::dom::element> found;
    for (const simdjson::dom::key_value_pair field : m_simd) {
        if (field.key == key)
            found = field.value; // the last one, as in QJsonObject
    }
    return found;
}

bool JsonObjectView::isEmpty() const {
    return m_isSimd ? m_simd.size() == 0 : m_qt.isEmpty();
}

bool JsonObjectView::contains(QLatin1StringView key) const {
    return m_isSimd ? member(utf8(key)).has_value() : m_qt.contains(key);
}

bool JsonObjectView::isString(QLatin1StringView key) const {
    if (m_isSimd) {
        const auto value = member(utf8(key));
        return value && value->is_string();
    }
    const auto found = m_qt.constFind(key);
    return found != m_qt.constEnd() && found->isString();
}

bool JsonObjectView::isObject(QLatin1StringView key) const {
    if (m_isSimd) {
        const auto value = member(utf8(key));
        return value && value->is_object();
    }
    const auto found = m_qt.constFind(key);
    return found != m_qt.constEnd() && found->isObject();
}

QString JsonObjectView::string(std::string_view key) const {
    const auto value = member(key);
    std::string_view text;
    if (!value || value->get_string().get(text) != simdjson::SUCCESS)
        return {};
    return toQString(text);
}

QString JsonObjectView::string(QLatin1StringView key) const {
    return m_isSimd ? string(utf8(key)) : jsonString(m_qt, key);
}

QString JsonObjectView::string(QStringView key) const {
    if (m_isSimd) {
        const QByteArray utf8Key = key.toUtf8();
        return string(std::string_view(utf8Key.constData(), size_t(utf8Key.size())));
    }
    return jsonString(m_qt, key);
}

JsonObjectView JsonObjectView::object(std::string_view key) const {
    const auto value = member(key);
    simdjson::dom::object object;
    if (!value || value->get_object().get(object) != simdjson::SUCCESS)
        return {};
    return JsonObjectView(object);
}

JsonObjectView JsonObjectView::object(QLatin1StringView key) const {
    return m_isSimd ? object(utf8(key)) : JsonObjectView(jsonObject(m_qt, key));
}

JsonObjectView JsonObjectView::object(QStringView key) const {
    if (m_isSimd) {
        const QByteArray utf8Key = key.toUtf8();
        return object(std::string_view(utf8Key.constData(), size_t(utf8Key.size())));
    }
    return JsonObjectView(jsonObject(m_qt, key));
}

bool JsonObjectView::boolean(QLatin1StringView key) const {
    if (m_isSimd) {
        const auto value = member(utf8(key));
        bool flag = false;
        return value && value->get_bool().get(flag) == simdjson::SUCCESS && flag;
    }
    return jsonBool(m_qt, key);
}

std::optional<double> JsonObjectView::number(QLatin1StringView key) const {
    if (m_isSimd) {
        const auto value = member(utf8(key));
        if (!value)
            return std::nullopt;
        // Whole numbers converted to the nearest double, as Qt reads them
        // (up to 2^63 it keeps them whole, but hands them out as doubles).
        int64_t whole = 0;
        uint64_t large = 0;
        double number = 0;
        if (value->get_int64().get(whole) == simdjson::SUCCESS)
            return double(whole);
        if (value->get_uint64().get(large) == simdjson::SUCCESS)
            return double(large);
        if (value->get_double().get(number) == simdjson::SUCCESS)
            return number;
        return std::nullopt;
    }
    const auto found = m_qt.constFind(key);
    if (found == m_qt.constEnd() || !found->isDouble())
        return std::nullopt;
    return found->toDouble();
}

} // namespace streamside
