#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bss::bench {

// The figures of a run by name, as the cases print them ({"name", "median", ...}).
using Figures = QHash<QString, QJsonObject>;

// A field of a figure; none when the figure was never printed (its case failed or did not get
// that far) or the field is not a number. A figure that is not there is never taken as 0.
std::optional<double> figure(const Figures &figures, const QString &name,
                             const char *field = "median");

// A figure set against its target: absolute (value <= target) or a ratio to a floor figure
// measured in the same run (value / floorValue <= target).
struct Check {
    QString name;
    std::optional<double> value;
    QString floor; // the figure the value is set against
    std::optional<double> floorValue;
    double target = 0;
    bool ratio = false;
    QString unit;
};

enum class Verdict { Met, Missed, NotMeasured };

// NotMeasured when the value is missing, or for a ratio when the floor is missing or not above 0.
Verdict judge(const Check &check);
// The check's JSON line: name, value, unit, floor, floorValue, ratio, target, met, verdict.
QJsonObject describe(const Check &check);

struct Summary {
    int checks = 0;
    int met = 0;
    QStringList missed;      // measured, over target
    QStringList notMeasured; // counted as missed
    int failedCases = 0;     // case processes that did not exit 0

    // 0 only when every check is met and every case ran to the end.
    int exitCode() const;
    // "bssdesk-bench: 14 of 15 checks met; MISSED: a; MISSED (not measured): b"
    QString line() const;
    QJsonObject json() const;
};

Summary summarize(const QList<Check> &checks, int failedCases);

} // namespace bss::bench
