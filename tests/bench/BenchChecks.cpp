#include "tests/bench/BenchChecks.h"

#include <QJsonArray>

namespace bss::bench {

namespace {

double rounded(double v) {
    return qRound64(v * 100) / 100.0;
}

QJsonValue optionalNumber(const std::optional<double> &v) {
    return v ? QJsonValue(rounded(*v)) : QJsonValue(QJsonValue::Null);
}

QString verdictText(Verdict v) {
    switch (v) {
    case Verdict::Met:
        return QStringLiteral("met");
    case Verdict::Missed:
        return QStringLiteral("MISSED");
    case Verdict::NotMeasured:
        break;
    }
    return QStringLiteral("MISSED (not measured)");
}

} // namespace

std::optional<double> figure(const Figures &figures, const QString &name, const char *field) {
    const auto it = figures.constFind(name);
    if (it == figures.constEnd())
        return std::nullopt;
    const QJsonValue v = it->value(QLatin1String(field));
    if (!v.isDouble())
        return std::nullopt;
    return v.toDouble();
}

Verdict judge(const Check &check) {
    if (!check.value)
        return Verdict::NotMeasured;
    if (check.ratio) {
        if (!check.floorValue || *check.floorValue <= 0)
            return Verdict::NotMeasured;
        return *check.value / *check.floorValue <= check.target ? Verdict::Met : Verdict::Missed;
    }
    return *check.value <= check.target ? Verdict::Met : Verdict::Missed;
}

QJsonObject describe(const Check &check) {
    const Verdict verdict = judge(check);
    const bool hasRatio = check.value && check.floorValue && *check.floorValue > 0;
    return {{QStringLiteral("name"), check.name},
            {QStringLiteral("value"), optionalNumber(check.value)},
            {QStringLiteral("unit"), check.unit},
            {QStringLiteral("floor"), check.floor},
            {QStringLiteral("floorValue"), optionalNumber(check.floorValue)},
            {QStringLiteral("ratio"), hasRatio
                                          ? QJsonValue(rounded(*check.value / *check.floorValue))
                                          : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("target"),
             check.ratio ? QStringLiteral("<= %1x floor").arg(check.target)
                         : QStringLiteral("<= %1 %2").arg(check.target).arg(check.unit)},
            {QStringLiteral("met"), verdict == Verdict::Met},
            {QStringLiteral("verdict"), verdictText(verdict)}};
}

int Summary::exitCode() const {
    return met == checks && missed.isEmpty() && notMeasured.isEmpty() && failedCases == 0 ? 0 : 1;
}

QString Summary::line() const {
    QString text = QStringLiteral("bssdesk-bench: %1 of %2 checks met").arg(met).arg(checks);
    if (!missed.isEmpty())
        text += QStringLiteral("; MISSED: ") + missed.join(QStringLiteral(", "));
    if (!notMeasured.isEmpty())
        text +=
            QStringLiteral("; MISSED (not measured): ") + notMeasured.join(QStringLiteral(", "));
    if (failedCases > 0)
        text += QStringLiteral("; %1 case(s) failed").arg(failedCases);
    return text;
}

QJsonObject Summary::json() const {
    return {{QStringLiteral("summary"), line()},
            {QStringLiteral("checks"), checks},
            {QStringLiteral("met"), met},
            {QStringLiteral("missed"), QJsonArray::fromStringList(missed)},
            {QStringLiteral("notMeasured"), QJsonArray::fromStringList(notMeasured)},
            {QStringLiteral("failedCases"), failedCases},
            {QStringLiteral("exitCode"), exitCode()}};
}

Summary summarize(const QList<Check> &checks, int failedCases) {
    Summary s;
    s.checks = int(checks.size());
    s.failedCases = failedCases;
    for (const Check &c : checks) {
        switch (judge(c)) {
        case Verdict::Met:
            ++s.met;
            break;
        case Verdict::Missed:
            s.missed.append(c.name);
            break;
        case Verdict::NotMeasured:
            s.notMeasured.append(c.name);
            break;
        }
    }
    return s;
}

} // namespace bss::bench
