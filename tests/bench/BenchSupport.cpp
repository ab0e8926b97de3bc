#include "tests/bench/BenchSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace bss::bench {

namespace {

double statusMiB(const char *field) {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

} // namespace

double rssMiB() {
    return statusMiB("VmRSS");
}

double peakMiB() {
    return statusMiB("VmHWM");
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs) {
    QElapsedTimer timer;
    timer.start();
    // A heartbeat, so that a condition no event announces is still checked now and then.
    QTimer heartbeat;
    heartbeat.start(5);
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

double median(QList<double> values) {
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

void printLine(const QJsonObject &object) {
    std::printf("%s\n", QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

void printFigure(const QString &name, const QList<double> &runs, const QString &unit,
                 const QJsonObject &extra) {
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("median"), qRound(median(runs) * 100) / 100.0},
                  {QStringLiteral("unit"), unit}};
    QJsonArray all;
    for (double v : runs)
        all.append(qRound(v * 100) / 100.0);
    o.insert(QStringLiteral("runs"), all);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    printLine(o);
}

} // namespace bss::bench
