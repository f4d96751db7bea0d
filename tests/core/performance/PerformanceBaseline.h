#pragma once

#include <QHash>
#include <QString>

#include <optional>

// The ratios the regression check compares against, read from
// performance-baseline.txt next to the tests: one "<build type> <measurement>
// <ratio>" per line, '#' starting a comment. Ratios depend on how the code is
// compiled (a Debug build runs our code unoptimised against an optimised Qt),
// so each build type has its own.
class PerformanceBaseline {
public:
    // Empty with *error set when the file cannot be read or a line is malformed.
    static std::optional<PerformanceBaseline> read(const QString& path, QString* error);

    std::optional<double> ratio(const QString& buildType, const QString& measurement) const;

private:
    QHash<QString, double> m_ratios; // "<build type> <measurement>" -> ratio
};
