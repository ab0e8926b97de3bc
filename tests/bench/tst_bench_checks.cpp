#include "tests/bench/BenchChecks.h"

#include <QJsonArray>
#include <QTest>

using namespace bss::bench;

// The verdicts bssdesk-bench --run ends with: what passes, what is missed, and that a figure
// nobody measured is never a pass.
class TestBenchChecks : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void figuresAreReadOrMissing() {
        Figures f;
        f.insert(QStringLiteral("accounts.firstPaint.1M"),
                 {{QStringLiteral("name"), QStringLiteral("accounts.firstPaint.1M")},
                  {QStringLiteral("median"), 41.5},
                  {QStringLiteral("rssMiB"), 120.25}});
        QCOMPARE(figure(f, QStringLiteral("accounts.firstPaint.1M")), std::optional<double>(41.5));
        QCOMPARE(figure(f, QStringLiteral("accounts.firstPaint.1M"), "rssMiB"),
                 std::optional<double>(120.25));
        // Never printed, or printed without that field: missing, not 0.
        QCOMPARE(figure(f, QStringLiteral("accounts.firstPaint.1k")), std::nullopt);
        QCOMPARE(figure(f, QStringLiteral("accounts.firstPaint.1M"), "worst"), std::nullopt);
    }

    void judge_data() {
        QTest::addColumn<std::optional<double>>("value");
        QTest::addColumn<std::optional<double>>("floor");
        QTest::addColumn<double>("target");
        QTest::addColumn<bool>("ratio");
        QTest::addColumn<int>("verdict");
        const auto none = std::optional<double>();
        const auto v = [](double d) { return std::optional<double>(d); };
        // Absolute: 16 ms or less.
        QTest::newRow("absolute, under")
            << v(15.9) << v(40.0) << 16.0 << false << int(Verdict::Met);
        QTest::newRow("absolute, on the target")
            << v(16.0) << v(40.0) << 16.0 << false << int(Verdict::Met);
        QTest::newRow("absolute, over")
            << v(16.1) << v(40.0) << 16.0 << false << int(Verdict::Missed);
        QTest::newRow("absolute, not measured")
            << none << v(40.0) << 16.0 << false << int(Verdict::NotMeasured);
        QTest::newRow("absolute, 0 measured is met")
            << v(0.0) << none << 16.0 << false << int(Verdict::Met);
        // Ratio: at most 1.3 times the floor (52 / 40 = 1.3).
        QTest::newRow("ratio, on the target")
            << v(52.0) << v(40.0) << 1.3 << true << int(Verdict::Met);
        QTest::newRow("ratio, over") << v(52.5) << v(40.0) << 1.3 << true << int(Verdict::Missed);
        QTest::newRow("ratio, value not measured")
            << none << v(40.0) << 1.3 << true << int(Verdict::NotMeasured);
        QTest::newRow("ratio, floor not measured")
            << v(10.0) << none << 1.3 << true << int(Verdict::NotMeasured);
        QTest::newRow("ratio, floor of 0")
            << v(10.0) << v(0.0) << 1.3 << true << int(Verdict::NotMeasured);
    }

    void judge() {
        QFETCH(std::optional<double>, value);
        QFETCH(std::optional<double>, floor);
        QFETCH(double, target);
        QFETCH(bool, ratio);
        QFETCH(int, verdict);
        const Check check{
            QStringLiteral("check.x"), value, QStringLiteral("floor.x"), floor, target, ratio,
            QStringLiteral("ms")};
        QCOMPARE(int(bss::bench::judge(check)), verdict);
        const QJsonObject line = describe(check);
        QCOMPARE(line.value(QStringLiteral("met")).toBool(), verdict == int(Verdict::Met));
        QCOMPARE(line.value(QStringLiteral("verdict")).toString(),
                 verdict == int(Verdict::Met)      ? QStringLiteral("met")
                 : verdict == int(Verdict::Missed) ? QStringLiteral("MISSED")
                                                   : QStringLiteral("MISSED (not measured)"));
        if (!value)
            QVERIFY(line.value(QStringLiteral("value")).isNull());
    }

    void exitCodeAndSummary() {
        const Check met{QStringLiteral("check.met"), 10.0, {}, 40.0, 16, false,
                        QStringLiteral("ms")};
        const Check over{QStringLiteral("check.over"), 20.0, {}, 40.0, 16, false,
                         QStringLiteral("ms")};
        const Check unmeasured{QStringLiteral("check.unmeasured"),
                               std::nullopt,
                               {},
                               40.0,
                               16,
                               false,
                               QStringLiteral("ms")};

        const Summary allMet = summarize({met, met}, 0);
        QCOMPARE(allMet.exitCode(), 0);
        QCOMPARE(allMet.line(), QStringLiteral("bssdesk-bench: 2 of 2 checks met"));

        const Summary missed = summarize({met, over}, 0);
        QCOMPARE(missed.exitCode(), 1);
        QCOMPARE(missed.line(),
                 QStringLiteral("bssdesk-bench: 1 of 2 checks met; MISSED: check.over"));

        const Summary notMeasured = summarize({met, unmeasured}, 0);
        QCOMPARE(notMeasured.exitCode(), 1);
        QCOMPARE(notMeasured.line(), QStringLiteral("bssdesk-bench: 1 of 2 checks met; "
                                                    "MISSED (not measured): check.unmeasured"));
        QCOMPARE(notMeasured.json().value(QStringLiteral("notMeasured")).toArray().size(), 1);
        QCOMPARE(notMeasured.json().value(QStringLiteral("exitCode")).toInt(), 1);

        // Every check met, but a case crashed: still a failed run.
        const Summary crashed = summarize({met}, 1);
        QCOMPARE(crashed.exitCode(), 1);
        QCOMPARE(crashed.line(),
                 QStringLiteral("bssdesk-bench: 1 of 1 checks met; 1 case(s) failed"));

        // A run whose cases all failed before any check: failed.
        QCOMPARE(summarize({}, 1).exitCode(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBenchChecks)
#include "tst_bench_checks.moc"
