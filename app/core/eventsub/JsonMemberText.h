#pragma once

#include <QByteArrayView>

#include <optional>

namespace streamside {

// The text of one member's value in a JSON object, exactly as the document
// has it: jsonMemberText(R"({"a":1,"b":{"c":2}})", "b") is `{"c":2}`.
// Only the top level of `document` is searched. `document` must be well
// formed (a JSON parser accepted it): the scan only tells strings and nesting
// apart. Returns nullopt when the member
// is absent, when a key at the top level is written with escapes or the key
// appears more than once (the text could then belong to another value than
// the one Qt's parser kept), or when the document is not an object.
std::optional<QByteArrayView> jsonMemberText(QByteArrayView document, QByteArrayView key);

} // namespace streamside
