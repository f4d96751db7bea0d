#include "CallLog.h"

#include <QJsonDocument>

#include <cstdio>

namespace streamside::fakedesktop {

void CallLog::write(const QJsonObject& line) {
    const QByteArray json = QJsonDocument(line).toJson(QJsonDocument::Compact);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void CallLog::ready() {
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
}

} // namespace streamside::fakedesktop
