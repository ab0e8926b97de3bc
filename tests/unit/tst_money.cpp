#include "app/domain/Money.h"

#include <QTest>

#include <limits>

using namespace bss;

Q_DECLARE_METATYPE(std::optional<qint64>)

namespace QTest {
template <> inline char *toString(const bss::Money &money) {
    return qstrdup(qPrintable(money.toString()));
}
} // namespace QTest

namespace {
const QString eur = QStringLiteral("EUR");
constexpr qint64 int64Max = std::numeric_limits<qint64>::max();
constexpr qint64 int64Min = std::numeric_limits<qint64>::min();
} // namespace

// Money as the REST API and the order editor show it: integer cents, decimal strings with two
// places, no silent overflow.
class TestMoney : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void toDecimalString_data() {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0.00");
        QTest::newRow("five cents") << qint64(5) << QStringLiteral("0.05");
        QTest::newRow("ten cents") << qint64(10) << QStringLiteral("0.10");
        QTest::newRow("one unit") << qint64(100) << QStringLiteral("1.00");
        QTest::newRow("12.50") << qint64(1250) << QStringLiteral("12.50");
        QTest::newRow("minus five cents") << qint64(-5) << QStringLiteral("-0.05");
        QTest::newRow("minus 12.50") << qint64(-1250) << QStringLiteral("-12.50");
        QTest::newRow("huge") << qint64(123456789012345678)
                              << QStringLiteral("1234567890123456.78");
        QTest::newRow("int64 max") << int64Max << QStringLiteral("92233720368547758.07");
        QTest::newRow("int64 min") << int64Min << QStringLiteral("-92233720368547758.08");
    }

    void toDecimalString() {
        QFETCH(qint64, minor);
        QFETCH(QString, text);
        QCOMPARE(Money(minor, eur).toDecimalString(), text);
    }

    void toStringAddsTheCurrency() {
        QCOMPARE(Money(1250, eur).toString(), QStringLiteral("12.50 EUR"));
        QCOMPARE(Money(-5, QStringLiteral("USD")).toString(), QStringLiteral("-0.05 USD"));
    }

    void fromDecimalString_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<std::optional<qint64>>("minor"); // nullopt: refused

        QTest::newRow("whole") << QStringLiteral("12") << std::optional<qint64>(1200);
        QTest::newRow("one decimal") << QStringLiteral("12.5") << std::optional<qint64>(1250);
        QTest::newRow("two decimals") << QStringLiteral("12.50") << std::optional<qint64>(1250);
        QTest::newRow("negative") << QStringLiteral("-3.07") << std::optional<qint64>(-307);
        QTest::newRow("zero") << QStringLiteral("0") << std::optional<qint64>(0);
        QTest::newRow("cents only") << QStringLiteral("0.05") << std::optional<qint64>(5);
        QTest::newRow("leading zeros") << QStringLiteral("007.10") << std::optional<qint64>(710);
        QTest::newRow("surrounding spaces")
            << QStringLiteral(" 4.20 ") << std::optional<qint64>(420);
        QTest::newRow("int64 max")
            << QStringLiteral("92233720368547758.07") << std::optional<qint64>(int64Max);
        QTest::newRow("int64 min")
            << QStringLiteral("-92233720368547758.08") << std::optional<qint64>(int64Min);

        QTest::newRow("empty") << QString() << std::optional<qint64>();
        QTest::newRow("blank") << QStringLiteral("   ") << std::optional<qint64>();
        QTest::newRow("three decimals") << QStringLiteral("1.234") << std::optional<qint64>();
        QTest::newRow("letters") << QStringLiteral("abc") << std::optional<qint64>();
        QTest::newRow("decimal comma") << QStringLiteral("1,50") << std::optional<qint64>();
        QTest::newRow("trailing dot") << QStringLiteral("12.") << std::optional<qint64>();
        QTest::newRow("leading dot") << QStringLiteral(".5") << std::optional<qint64>();
        QTest::newRow("minus alone") << QStringLiteral("-") << std::optional<qint64>();
        QTest::newRow("double minus") << QStringLiteral("--5") << std::optional<qint64>();
        QTest::newRow("plus sign") << QStringLiteral("+5") << std::optional<qint64>();
        QTest::newRow("two dots") << QStringLiteral("1.2.3") << std::optional<qint64>();
        QTest::newRow("exponent") << QStringLiteral("1e3") << std::optional<qint64>();
        QTest::newRow("with currency") << QStringLiteral("12.50 EUR") << std::optional<qint64>();
        QTest::newRow("arabic-indic digits")
            << QString::fromUtf8("\u0661\u0662") << std::optional<qint64>();
        QTest::newRow("overflow") << QStringLiteral("99999999999999999999")
                                  << std::optional<qint64>();
        QTest::newRow("one cent over int64 max")
            << QStringLiteral("92233720368547758.08") << std::optional<qint64>();
        QTest::newRow("one cent under int64 min")
            << QStringLiteral("-92233720368547758.09") << std::optional<qint64>();
    }

    void fromDecimalString() {
        QFETCH(QString, text);
        QFETCH(std::optional<qint64>, minor);
        const std::optional<Money> parsed = Money::fromDecimalString(text, eur);
        if (!minor) {
            QVERIFY2(!parsed,
                     qPrintable(QStringLiteral("accepted \"%1\" as %2")
                                    .arg(text, parsed ? parsed->toDecimalString() : QString())));
            return;
        }
        QVERIFY2(parsed.has_value(), qPrintable(QStringLiteral("refused \"%1\"").arg(text)));
        QCOMPARE(parsed->minor(), *minor);
        QCOMPARE(parsed->currency(), eur);
    }

    // What the server writes, a client reads back unchanged (JSON carries decimal strings).
    void decimalStringRoundTrips() {
        for (const qint64 minor : {qint64(0), qint64(1), qint64(-1), qint64(99), qint64(-100),
                                   qint64(123456), int64Max, int64Min}) {
            const Money money(minor, QStringLiteral("USD"));
            const std::optional<Money> back =
                Money::fromDecimalString(money.toDecimalString(), QStringLiteral("USD"));
            QVERIFY2(back.has_value(), qPrintable(money.toDecimalString()));
            QCOMPARE(*back, money);
        }
    }

    void timesMultipliesOrRefusesOverflow() {
        QCOMPARE(Money(420, eur).times(12).value_or(Money()), Money(5040, eur));
        QCOMPARE(Money(420, eur).times(0).value_or(Money()), Money(0, eur));
        QCOMPARE(Money(-250, eur).times(3).value_or(Money()), Money(-750, eur));
        QCOMPARE(Money(int64Max, eur).times(1).value_or(Money()), Money(int64Max, eur));
        QCOMPARE(Money(int64Max, eur).times(-1).value_or(Money()), Money(-int64Max, eur));

        QVERIFY(!Money(int64Max / 2 + 1, eur).times(2).has_value());
        QVERIFY(!Money(int64Max, eur).times(-2).has_value());
        QVERIFY(!Money(int64Min, eur).times(-1).has_value());
        QVERIFY(!Money(3'000'000'000'000'000'000, eur).times(4).has_value());
    }

    void additionAndSubtractionKeepTheCurrency() {
        const Money a(1250, eur);
        const Money b(75, eur);
        QCOMPARE(a + b, Money(1325, eur));
        QCOMPARE(a - b, Money(1175, eur));
        QCOMPARE(b - a, Money(-1175, eur));
        QCOMPARE((a + b).currency(), eur);

        Money total(0, eur);
        for (int i = 0; i < 3; ++i)
            total += a;
        QCOMPARE(total, Money(3750, eur));
        QCOMPARE(total.toDecimalString(), QStringLiteral("37.50"));
    }

    void equalityComparesAmountAndCurrency() {
        QVERIFY(Money(100, eur) == Money(100, eur));
        QVERIFY(Money(100, eur) != Money(101, eur));
        QVERIFY(Money(100, eur) != Money(100, QStringLiteral("USD")));
        QVERIFY(Money(0, eur).isZero());
        QVERIFY(!Money(-1, eur).isZero());
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
