#include "performance/PerformanceBaseline.h"

#include <QFile>
#include <QRegularExpression>

std::optional<PerformanceBaseline> PerformanceBaseline::read(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    PerformanceBaseline baseline;
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        QString line = QString::fromUtf8(file.readLine());
        line = line.left(line.indexOf(QLatin1Char('#'))).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList fields = line.split(QRegularExpression(QStringLiteral("\\s+")));
        bool isNumber = false;
        const double ratio = fields.size() == 3 ? fields[2].toDouble(&isNumber) : 0;
        if (!isNumber || ratio <= 0) {
            *error = QStringLiteral("%1:%2: expected \"<build type> <measurement> <ratio>\"")
                         .arg(path)
                         .arg(lineNumber);
            return std::nullopt;
        }
        baseline.m_ratios.insert(fields[0] + QLatin1Char(' ') + fields[1], ratio);
    }
    return baseline;
}

std::optional<double> PerformanceBaseline::ratio(const QString& buildType,
                                                 const QString& measurement) const {
    const auto found = m_ratios.constFind(buildType + QLatin1Char(' ') + measurement);
    return found != m_ratios.constEnd() ? std::optional<double>(*found) : std::nullopt;
}
