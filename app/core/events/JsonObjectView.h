#pragma once

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <simdjson.h>
#include <string_view>

namespace streamside {

// A JSON object to read members from, parsed either by Qt (a QJsonObject) or
// by simdjson (straight from the bytes of a frame, several times faster than
// QJsonDocument), and read by the same rules either way: QJsonObject's. A
// missing member, or one of another type, reads as a null QString, an empty
// object, false or no number; a key that appears more than once reads as its
// last value. The decoder and the frame parser are written once against this.
//
// simdjson accepts no document that Qt rejects (it is the stricter of the two;
// whatever it refuses is handed to Qt), and reads every value of the documents
// it accepts as Qt does: the tests hold both to that.
class JsonObjectView {
public:
    JsonObjectView() = default; // an empty object
    explicit JsonObjectView(QJsonObject object);
    explicit JsonObjectView(simdjson::dom::object object);

    // A parser for parse(): it gives up beyond 64 levels of nesting (Qt's
    // limit is 1024), leaving deeper documents to Qt. Reusable: keep one.
    static simdjson::dom::parser makeParser();
    // `text` as an object, read by simdjson. The view lives until `parser`
    // parses again. nullopt when simdjson does not accept `text` as a JSON
    // object; Qt may still (the callers then let Qt parse it).
    static std::optional<JsonObjectView> parse(simdjson::dom::parser& parser, QByteArrayView text);

    bool isEmpty() const;
    bool contains(QLatin1StringView key) const;
    bool isString(QLatin1StringView key) const;
    bool isObject(QLatin1StringView key) const;

    QString string(QLatin1StringView key) const;
    QString string(QStringView key) const;
    JsonObjectView object(QLatin1StringView key) const;
    JsonObjectView object(QStringView key) const;
    bool boolean(QLatin1StringView key) const;
    // A number (Qt reads whole numbers as doubles too); nullopt for anything else.
    std::optional<double> number(QLatin1StringView key) const;

private:
    std::optional<simdjson::dom::element> member(std::string_view key) const;
    QString string(std::string_view key) const;
    JsonObjectView object(std::string_view key) const;

    QJsonObject m_qt;
    simdjson::dom::object m_simd;
    bool m_isSimd = false;
};

} // namespace streamside
