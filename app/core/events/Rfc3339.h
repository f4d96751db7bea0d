#pragma once

#include <QDateTime>
#include <QString>

namespace streamside {

// Parses Twitch's RFC 3339 timestamps, which carry up to nine fractional
// digits ("2023-07-19T14:56:51.634234626Z"); Qt's ISO parser takes at most
// three, so the fraction is cut to milliseconds first. Invalid when malformed.
QDateTime parseRfc3339(const QString& text);

} // namespace streamside
