#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace bss::bench {

// Resident and peak memory of this process, in MiB (Linux /proc; 0 elsewhere).
double rssMiB();
double peakMiB();

// Runs the event loop until `done()` holds or `timeoutMs` passes; false on timeout. Wakes on
// every event (a finished backend call posts one), so the figures are not rounded to a poll.
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 30000);

double median(QList<double> values);

// Milliseconds since `timer` started, with microsecond resolution.
inline double ms(const QElapsedTimer &timer) {
    return double(timer.nsecsElapsed()) / 1e6;
}

// One figure as a JSON line: {"name", "median", "unit", "runs", ...extra}.
void printFigure(const QString &name, const QList<double> &runs, const QString &unit,
                 const QJsonObject &extra = {});
void printLine(const QJsonObject &object);

} // namespace bss::bench
