#include "app/domain/Pricing.h"
#include "tests/support/TestSupport.h"

#include <QTest>

using namespace bss;

namespace QTest {
template <> inline char *toString(const bss::Money &money) {
    return qstrdup(qPrintable(money.toString()));
}
} // namespace QTest

namespace {

const QString eur = QStringLiteral("EUR");

// The seed's Kaspersky product: 5-999 seats, volume bands, the first month free.
Product kaspersky() {
    Product p;
    p.id = 1;
    p.code = QStringLiteral("KESC");
    p.name = QStringLiteral("Kaspersky Endpoint Security Cloud");
    p.platform = QStringLiteral("kaspersky");
    p.minSeats = 5;
    p.maxSeats = 999;
    p.step = 1;
    p.billingPeriod = BillingPeriod::Monthly;
    p.freePeriods = 1;
    p.currency = eur;
    p.bands = {{5, 9, 420},   {10, 14, 400},   {15, 19, 380},   {20, 24, 360},  {25, 49, 340},
               {50, 99, 320}, {100, 249, 300}, {250, 499, 280}, {500, 999, 260}};
    return p;
}

// Sold in packs of five.
Product packsOfFive() {
    Product p;
    p.id = 2;
    p.code = QStringLiteral("PACK5");
    p.platform = QStringLiteral("acronis");
    p.minSeats = 5;
    p.maxSeats = 100;
    p.step = 5;
    p.bands = {{5, 100, 450}};
    return p;
}

// A Kaspersky subscription of `seats`, started on 10 January 2025; its first month is free.
Subscription subscription(int seats, QDate periodStart, QDate periodEnd) {
    Subscription s;
    s.id = 7;
    s.productId = 1;
    s.seats = seats;
    s.startedAt = QDate(2025, 1, 10);
    s.freeUntil = QDate(2025, 2, 10);
    s.currentPeriodStart = periodStart;
    s.currentPeriodEnd = periodEnd;
    return s;
}

} // namespace

// Pricing as the order editor and Change Configuration show it to a user.
class TestPricing : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyBandEdgePicksItsBand_data() {
        QTest::addColumn<int>("seats");
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<qint64>("unitPrice");
        const Product product = kaspersky();
        for (const PriceBand &band : product.bands) {
            for (const int seats : {band.from, band.to}) {
                QTest::addRow("%d seats", seats) << seats << band.from << band.to << band.unitPrice;
            }
        }
    }

    void everyBandEdgePicksItsBand() {
        QFETCH(int, seats);
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(qint64, unitPrice);
        const Product product = kaspersky();

        const PriceBand *band = bandFor(product, seats);
        QVERIFY(band);
        QCOMPARE(band->from, from);
        QCOMPARE(band->to, to);
        QVERIFY(seatsProblems(product, seats).isEmpty());

        const Result<LinePrice> price = priceFor(product, seats);
        BSS_VERIFY_OK(price);
        QCOMPARE(price->band, (PriceBand{from, to, unitPrice}));
        QCOMPARE(price->unitPrice, Money(unitPrice, eur));
        // All seats at the band's unit price.
        QCOMPARE(price->periodPrice, Money(unitPrice * seats, eur));
        // The first month of Kaspersky is free.
        QCOMPARE(price->firstPeriodCharge, Money(0, eur));
    }

    void examplesFromTheOrderEditor() {
        const Product product = kaspersky();
        QCOMPARE(priceFor(product, 12)->periodPrice.toDecimalString(), QStringLiteral("48.00"));
        QCOMPARE(priceFor(product, 25)->periodPrice.toDecimalString(), QStringLiteral("85.00"));
        QCOMPARE(priceFor(product, 999)->periodPrice.toDecimalString(), QStringLiteral("2597.40"));
    }

    void firstPeriodIsChargedWithoutFreePeriods() {
        Product product = kaspersky();
        product.freePeriods = 0;
        const Result<LinePrice> price = priceFor(product, 12);
        BSS_VERIFY_OK(price);
        QCOMPARE(price->periodPrice, Money(4800, eur));
        QCOMPARE(price->firstPeriodCharge, price->periodPrice);
    }

    void seatsOutsideTheLimitsAreRefused_data() {
        QTest::addColumn<int>("seats");
        QTest::addColumn<QString>("message");
        QTest::newRow("4") << 4 << QStringLiteral("Seats must be at least 5.");
        QTest::newRow("0") << 0 << QStringLiteral("Seats must be at least 5.");
        QTest::newRow("-1") << -1 << QStringLiteral("Seats must be at least 5.");
        QTest::newRow("1000") << 1000 << QStringLiteral("Seats must be at most 999.");
        QTest::newRow("int max") << std::numeric_limits<int>::max()
                                 << QStringLiteral("Seats must be at most 999.");
    }

    void seatsOutsideTheLimitsAreRefused() {
        QFETCH(int, seats);
        QFETCH(QString, message);
        const Product product = kaspersky();

        const QList<FieldError> problems = seatsProblems(product, seats);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, QStringLiteral("seats"));
        QCOMPARE(problems.first().message, message);

        const Result<LinePrice> price = priceFor(product, seats);
        QVERIFY(!price);
        QCOMPARE(price.error().kind, ErrorKind::Validation);
        QCOMPARE(price.error().code, QStringLiteral("seats-out-of-range"));
        QCOMPARE(price.error().messageFor(QStringLiteral("seats")), message);
    }

    void problemsNameTheFieldTheCallerAsksFor() {
        const QList<FieldError> problems =
            seatsProblems(kaspersky(), 3, QStringLiteral("lines[0].seats"));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, QStringLiteral("lines[0].seats"));
    }

    void seatsOffTheStepAreRefused() {
        const Product product = packsOfFive();
        for (const int seats : {7, 6, 11, 99}) {
            const QList<FieldError> problems = seatsProblems(product, seats);
            QCOMPARE(problems.size(), 1);
            QCOMPARE(problems.first().field, QStringLiteral("seats"));
            QVERIFY2(problems.first().message.contains(QLatin1String("multiple of 5")),
                     qPrintable(problems.first().message));
            QVERIFY(!priceFor(product, seats));
        }
        for (const int seats : {5, 10, 55, 100}) {
            QVERIFY(seatsProblems(product, seats).isEmpty());
            const Result<LinePrice> price = priceFor(product, seats);
            BSS_VERIFY_OK(price);
            QCOMPARE(price->periodPrice, Money(450 * seats, eur));
            // No free period: the first period is charged in full.
            QCOMPARE(price->firstPeriodCharge, price->periodPrice);
        }
    }

    void seatsWithoutABandAreRefused() {
        Product product = kaspersky();
        product.bands.removeAt(1); // no price for 10-14 seats
        QVERIFY(!bandFor(product, 12));
        const QList<FieldError> problems = seatsProblems(product, 12);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().message, QStringLiteral("No price is defined for 12 seats."));
        QVERIFY(!priceFor(product, 12));
        BSS_VERIFY_OK(priceFor(product, 15));
    }

    void aPriceTooLargeIsRefusedNotWrapped() {
        Product product = kaspersky();
        product.bands = {{5, 999, std::numeric_limits<qint64>::max() / 10}};
        BSS_VERIFY_OK(priceFor(product, 9));
        const Result<LinePrice> price = priceFor(product, 11);
        QVERIFY(!price);
        QCOMPARE(price.error().messageFor(QStringLiteral("seats")),
                 QStringLiteral("The price is too large."));
    }

    void addPeriods_data() {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<bool>("annual");
        QTest::addColumn<int>("count");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("month, mid-month") << QDate(2025, 3, 15) << false << 1 << QDate(2025, 4, 15);
        QTest::newRow("month, over the year end")
            << QDate(2024, 12, 20) << false << 1 << QDate(2025, 1, 20);
        QTest::newRow("Jan 31 + 1 month") << QDate(2025, 1, 31) << false << 1 << QDate(2025, 2, 28);
        QTest::newRow("Jan 31 + 1 month, leap year")
            << QDate(2024, 1, 31) << false << 1 << QDate(2024, 2, 29);
        // Counted from the start, not month after month: the 31st is not lost to February.
        QTest::newRow("Jan 31 + 2 months")
            << QDate(2025, 1, 31) << false << 2 << QDate(2025, 3, 31);
        QTest::newRow("Mar 31 + 1 month") << QDate(2025, 3, 31) << false << 1 << QDate(2025, 4, 30);
        QTest::newRow("12 months") << QDate(2025, 5, 5) << false << 12 << QDate(2026, 5, 5);
        QTest::newRow("zero months") << QDate(2025, 5, 5) << false << 0 << QDate(2025, 5, 5);
        QTest::newRow("year") << QDate(2025, 6, 1) << true << 1 << QDate(2026, 6, 1);
        QTest::newRow("Feb 29 + 1 year") << QDate(2024, 2, 29) << true << 1 << QDate(2025, 2, 28);
        QTest::newRow("Feb 29 + 4 years") << QDate(2024, 2, 29) << true << 4 << QDate(2028, 2, 29);
    }

    void addPeriods() {
        QFETCH(QDate, start);
        QFETCH(bool, annual);
        QFETCH(int, count);
        QFETCH(QDate, expected);
        QCOMPARE(
            bss::addPeriods(start, annual ? BillingPeriod::Annual : BillingPeriod::Monthly, count),
            expected);
    }

    void prorate_data() {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<qint64>("expected");
        const QDate jan1(2025, 1, 1), feb1(2025, 2, 1); // 31 days
        const QDate apr1(2025, 4, 1), may1(2025, 5, 1); // 30 days
        QTest::newRow("whole period left") << qint64(3100) << jan1 << jan1 << feb1 << qint64(3100);
        QTest::newRow("half left")
            << qint64(1000) << QDate(2025, 4, 16) << apr1 << may1 << qint64(500);
        QTest::newRow("last day") << qint64(3100) << QDate(2025, 1, 31) << jan1 << feb1
                                  << qint64(100);
        QTest::newRow("period over") << qint64(3100) << feb1 << jan1 << feb1 << qint64(0);
        QTest::newRow("after the period")
            << qint64(3100) << QDate(2025, 3, 1) << jan1 << feb1 << qint64(0);
        QTest::newRow("before the period")
            << qint64(3100) << QDate(2024, 12, 1) << jan1 << feb1 << qint64(3100);
        QTest::newRow("half a cent rounds up")
            << qint64(1) << QDate(2025, 4, 16) << apr1 << may1 << qint64(1);
        QTest::newRow("5 x 3/30 = 0.5 rounds up")
            << qint64(5) << QDate(2025, 4, 28) << apr1 << may1 << qint64(1);
        QTest::newRow("just under half rounds down")
            << qint64(1) << QDate(2025, 1, 17) << jan1 << feb1 << qint64(0); // 15/31
        QTest::newRow("just over half rounds up")
            << qint64(1) << QDate(2025, 1, 16) << jan1 << feb1 << qint64(1); // 16/31
        QTest::newRow("2/3 of a cent")
            << qint64(100) << QDate(2025, 4, 11) << apr1 << may1 << qint64(67);
        QTest::newRow("negative half")
            << qint64(-1000) << QDate(2025, 4, 16) << apr1 << may1 << qint64(-500);
        QTest::newRow("negative rounds like positive")
            << qint64(-1) << QDate(2025, 4, 16) << apr1 << may1 << qint64(-1);
        QTest::newRow("empty period") << qint64(3100) << jan1 << jan1 << jan1 << qint64(0);
    }

    void prorate() {
        QFETCH(qint64, amount);
        QFETCH(QDate, today);
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        QFETCH(qint64, expected);
        QCOMPARE(bss::prorate(amount, today, start, end), expected);
    }

    void increaseInTheFreePeriodIsFreeAndAppliesToday() {
        const Subscription s = subscription(10, QDate(2025, 1, 10), QDate(2025, 2, 10));
        const QDate today(2025, 1, 20);
        const Result<ChangeQuote> quote = quoteChange(kaspersky(), s, 20, today);
        BSS_VERIFY_OK(quote);
        QVERIFY(quote->increase);
        QCOMPARE(quote->chargeNow, Money(0, eur));
        QCOMPARE(quote->effectiveDate, today);
        QCOMPARE(quote->newRecurringPrice, Money(20 * 360, eur));
    }

    void increaseAfterTheFreePeriodChargesTheProratedDifference() {
        // Second month: 10 Feb - 10 Mar (28 days); on 24 Feb half of it is left.
        const Subscription s = subscription(10, QDate(2025, 2, 10), QDate(2025, 3, 10));
        const QDate today(2025, 2, 24);
        const Result<ChangeQuote> quote = quoteChange(kaspersky(), s, 20, today);
        BSS_VERIFY_OK(quote);
        QVERIFY(quote->increase);
        // 20 x 3.60 - 10 x 4.00 = 32.00 per month, half of it now.
        QCOMPARE(quote->chargeNow, Money(1600, eur));
        QCOMPARE(quote->effectiveDate, today);
        QCOMPARE(quote->newRecurringPrice, Money(7200, eur));

        // The day the free period ends is already paid for: the whole difference is charged.
        const Result<ChangeQuote> firstPaidDay =
            quoteChange(kaspersky(), s, 20, QDate(2025, 2, 10));
        BSS_VERIFY_OK(firstPaidDay);
        QCOMPARE(firstPaidDay->chargeNow, Money(3200, eur));
    }

    void increaseToACheaperBandChargesNothing() {
        // 25 seats at 3.40 cost less than 24 at 3.60: never a negative charge.
        const Subscription s = subscription(24, QDate(2025, 2, 10), QDate(2025, 3, 10));
        const Result<ChangeQuote> quote = quoteChange(kaspersky(), s, 25, QDate(2025, 2, 24));
        BSS_VERIFY_OK(quote);
        QVERIFY(quote->increase);
        QCOMPARE(quote->chargeNow, Money(0, eur));
        QCOMPARE(quote->newRecurringPrice, Money(8500, eur));
    }

    void decreaseAppliesFromTheNextPeriod() {
        const Subscription s = subscription(20, QDate(2025, 2, 10), QDate(2025, 3, 10));
        const Result<ChangeQuote> quote = quoteChange(kaspersky(), s, 10, QDate(2025, 2, 24));
        BSS_VERIFY_OK(quote);
        QVERIFY(!quote->increase);
        QCOMPARE(quote->chargeNow, Money(0, eur));
        QCOMPARE(quote->effectiveDate, QDate(2025, 3, 10));
        QCOMPARE(quote->newRecurringPrice, Money(4000, eur));
    }

    void unchangedOrOutOfRangeSeatsAreRefused_data() {
        QTest::addColumn<int>("newSeats");
        QTest::addColumn<QString>("message");
        QTest::newRow("same seats")
            << 10 << QStringLiteral("The subscription already has 10 seats.");
        QTest::newRow("below min") << 4 << QStringLiteral("Seats must be at least 5.");
        QTest::newRow("above max") << 1000 << QStringLiteral("Seats must be at most 999.");
    }

    void unchangedOrOutOfRangeSeatsAreRefused() {
        QFETCH(int, newSeats);
        QFETCH(QString, message);
        const Subscription s = subscription(10, QDate(2025, 2, 10), QDate(2025, 3, 10));
        const Result<ChangeQuote> quote = quoteChange(kaspersky(), s, newSeats, QDate(2025, 2, 24));
        QVERIFY(!quote);
        QCOMPARE(quote.error().kind, ErrorKind::Validation);
        QCOMPARE(quote.error().fieldErrors.size(), 1);
        QCOMPARE(quote.error().messageFor(QStringLiteral("seats")), message);
    }
};

QTEST_GUILESS_MAIN(TestPricing)
#include "tst_pricing.moc"
