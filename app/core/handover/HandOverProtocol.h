#pragma once

#include <QByteArray>

namespace streamside::handover {

// One line each way on the local socket:
//   successor   -> predecessor: "ready <pid>\n"
//   predecessor -> successor:   "bye\n"
inline constexpr char readyLine[] = "ready";
inline constexpr char byeLine[] = "bye\n";
// A line longer than this is not the protocol: the connection is dropped.
inline constexpr int maxLineLength = 64;

} // namespace streamside::handover
