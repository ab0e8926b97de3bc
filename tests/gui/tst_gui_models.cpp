// The lazy table models: pages arrive as the view scrolls, never all at once, and every
// model passes QAbstractItemModelTester.
#include "GuiTest.h"

#include "ui/models/AccountsModel.h"
#include "ui/models/OrderLinesModel.h"

#include <QAbstractItemModelTester>

using namespace bss;
using namespace bss::test;

class TestModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { isolateSettings(); }
    void accountsArriveByPages();
    void orderLinesModel();
};

void TestModels::accountsArriveByPages()
{
    LocalFixture f(false);
    for (int i = 0; i < 60; ++i) {
        NewAccount a;
        a.name = QStringLiteral("Paging %1").arg(i, 3, 10, QLatin1Char('0'));
        a.email = QStringLiteral("p%1@paging.example").arg(i);
        BSS_VERIFY_OK(await(f.backend->createAccount(a)));
    }
    AccountsModel model;
    int calls = 0;
    Backend *backend = f.backend.get();
    model.setFetch([backend, &calls](const QString &cursor) {
        ++calls;
        AccountQuery q;
        q.q = QStringLiteral("Paging");
        q.limit = 25;
        q.cursor = cursor;
        return backend->accounts(q);
    });
    QTRY_VERIFY_WITH_TIMEOUT(model.isLoaded(), GuiTimeout);
    QCOMPARE(model.rowCount(), 25);
    QCOMPARE(calls, 1);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QVERIFY(!model.canFetchMore({})); // one page in flight at a time
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 50, GuiTimeout);
    model.fetchMore({});
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 60, GuiTimeout);
    QTRY_VERIFY(!model.isLoading());
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(calls, 3);
    QCOMPARE(model.valueAt(0).name, QStringLiteral("Paging 000"));
    QCOMPARE(model.index(59, AccountsModel::Name).data().toString(), QStringLiteral("Paging 059"));
    const int kaspersky = model.columnOf(QStringLiteral("kaspersky"));
    QVERIFY(kaspersky >= AccountsModel::FirstPlatform);
    QCOMPARE(model.index(0, kaspersky).data().toString(), QStringLiteral("UnSynchronized"));

    // The model tester fetches every page it can; the rows stay consistent while it does.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 60, GuiTimeout);
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.index(59, AccountsModel::Name).data().toString(), QStringLiteral("Paging 059"));

    // A new query replaces the rows; a late answer to the old one is ignored.
    model.setFetch([backend](const QString &cursor) {
        AccountQuery q;
        q.q = QStringLiteral("Paging 05");
        q.cursor = cursor;
        return backend->accounts(q);
    });
    QTRY_VERIFY_WITH_TIMEOUT(model.isLoaded(), GuiTimeout);
    QCOMPARE(model.rowCount(), 10); // Paging 050 … 059
}

void TestModels::orderLinesModel()
{
    OrderLinesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    OrderLine red;
    red.id = 1;
    red.productName = QStringLiteral("Kaspersky Endpoint Security Cloud");
    red.platform = QStringLiteral("kaspersky");
    red.problems = {QStringLiteral("Seats are not set")};
    OrderLine done = red;
    done.id = 2;
    done.seats = 10;
    done.complete = true;
    done.problems.clear();
    done.band = PriceBand{10, 14, 425};
    done.unitPrice = Money(425, QStringLiteral("EUR"));
    done.periodPrice = Money(4250, QStringLiteral("EUR"));
    done.firstPeriodCharge = Money(0, QStringLiteral("EUR"));
    model.setLines({red, done}, {{QStringLiteral("kaspersky"), QStringLiteral("Kaspersky Labs")}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, OrderLinesModel::Seats).data().toString(), QStringLiteral("not set"));
    QVERIFY(model.index(0, OrderLinesModel::Product).data(Qt::ToolTipRole).toString().contains(
        QStringLiteral("Seats are not set")));
    QVERIFY(model.index(0, OrderLinesModel::Product).data(Qt::BackgroundRole).isValid());
    QVERIFY(!model.index(1, OrderLinesModel::Product).data(Qt::BackgroundRole).isValid());
    QCOMPARE(model.index(1, OrderLinesModel::PlatformName).data().toString(), QStringLiteral("Kaspersky Labs"));
    QCOMPARE(model.index(1, OrderLinesModel::PeriodPrice).data().toString(), QStringLiteral("42.50 EUR"));
    QCOMPARE(model.index(1, OrderLinesModel::FirstPeriodCharge).data().toString(), QStringLiteral("0.00 EUR"));
}

QTEST_MAIN(TestModels)
#include "tst_gui_models.moc"
