#pragma once

#include <QJsonObject>

namespace streamside::fakedesktop {

// What the fake services tell the test: one JSON object per line on stdout,
// written at once (the test reads them as they come).
class CallLog {
public:
    static void write(const QJsonObject& line);
    static void ready();
};

} // namespace streamside::fakedesktop
