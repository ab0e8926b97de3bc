// The seed's Storefront: Buy this configuration is offered only for the cost calculated for
// the Seats shown; changing Seats asks for Calculate cost again.
#include "GuiTest.h"

#include "ui/common/AccountChooser.h"
#include "ui/models/OrdersModel.h"
#include "ui/models/SubscriptionsModel.h"
#include "ui/orders/OrdersPage.h"
#include "ui/storefront/StorefrontPage.h"

#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

using namespace bss;
using namespace bss::test;

namespace {

// Fabrikam, synchronized with Kaspersky Labs in the demo data, as the Storefront's customer.
Account openStorefrontForFabrikam(GuiFixture &f) {
    MainWindow *w = f.window.get();
    if (!w->showPage(QStringLiteral("storefront")))
        return {};
    AccountQuery query;
    query.q = QStringLiteral("Fabrikam");
    const Result<Page<Account>> found = await(f.backend()->accounts(query));
    if (!found || found->items.size() != 1)
        return {};
    const Account fabrikam = found->items.first();
    w->storefrontPage()->setCustomer(fabrikam.id, fabrikam.name);
    return fabrikam;
}

} // namespace

class TestStorefront : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { isolateSettings(); }
    void buyNeedsAFreshCost();
    void ordersListShowsAPurchaseWithoutARefresh();
};

void TestStorefront::buyNeedsAFreshCost() {
    GuiFixture f;
    MainWindow *w = f.window.get();
    const Account fabrikam = openStorefrontForFabrikam(f);
    QCOMPARE(fabrikam.name, QStringLiteral("Fabrikam Inc"));
    StorefrontPage *page = w->storefrontPage();
    BSS_WAIT_IDLE(w);
    auto *subscriptions = child<QTableView>(page, "customerSubscriptions");
    const int before = subscriptions->model()->rowCount();

    auto *buy = child<QPushButton>(page, "buyConfiguration");
    auto *calculate = child<QPushButton>(page, "calculateCost");
    auto *seats = child<QSpinBox>(page, "seats");
    QVERIFY(child<QLabel>(page, "productName")->text().contains(QStringLiteral("Kaspersky")));
    QVERIFY(!buy->isEnabled());
    screenshot(w, QStringLiteral("storefront"));

    seats->setValue(12);
    QVERIFY(!buy->isEnabled());
    QTest::mouseClick(calculate, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(buy->isEnabled(), GuiTimeout);
    QCOMPARE(child<QLabel>(page, "band")->text(), QStringLiteral("10–14 seats"));
    QCOMPARE(child<QLabel>(page, "firstPeriodCharge")->text(), QStringLiteral("0.00 EUR"));
    screenshot(w, QStringLiteral("cost-calculated"));

    // Changing Seats withdraws the offer until the cost is calculated again.
    seats->setValue(20);
    QVERIFY(!buy->isEnabled());
    QCOMPARE(child<QLabel>(page, "band")->text(), QStringLiteral("—"));
    QVERIFY(
        child<QLabel>(page, "quoteState")->text().contains(QStringLiteral("Calculate cost again")));
    screenshot(w, QStringLiteral("seats-changed"));
    QTest::mouseClick(buy, Qt::LeftButton); // a disabled button does nothing
    QTest::mouseClick(calculate, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(buy->isEnabled(), GuiTimeout);
    QCOMPARE(child<QLabel>(page, "band")->text(), QStringLiteral("20–24 seats"));

    // Declining the confirmation buys nothing.
    Confirm::setNextAnswer(false);
    QTest::mouseClick(buy, Qt::LeftButton);
    QVERIFY(Confirm::lastQuestion().contains(QStringLiteral("Fabrikam")));
    BSS_WAIT_IDLE(w);
    QCOMPARE(subscriptions->model()->rowCount(), before);

    Confirm::setNextAnswer(true);
    QTest::mouseClick(buy, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(w->messageBar()->text().startsWith(QStringLiteral("Bought")),
                             GuiTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(subscriptions->model()->rowCount(), before + 1, GuiTimeout);
    QVERIFY(!buy->isEnabled()); // the cost was used up; a new purchase needs a new calculation
    screenshot(w, QStringLiteral("bought"));
}

// The Orders list, opened before, shows the order a Storefront purchase made when the user goes
// back to it: the purchase announces its order, not only its subscription.
void TestStorefront::ordersListShowsAPurchaseWithoutARefresh() {
    GuiFixture f;
    MainWindow *w = f.window.get();
    QVERIFY(w->showPage(QStringLiteral("orders")));
    BSS_WAIT_IDLE(w);
    const QAbstractItemModel *orders = w->ordersPage()->model();
    QVERIFY(orders->rowCount() > 0);

    QCOMPARE(openStorefrontForFabrikam(f).name, QStringLiteral("Fabrikam Inc"));
    StorefrontPage *page = w->storefrontPage();
    BSS_WAIT_IDLE(w);
    auto *buy = child<QPushButton>(page, "buyConfiguration");
    auto *seats = child<QSpinBox>(page, "seats");
    QVERIFY(buy && seats);
    seats->setValue(12);
    QTest::mouseClick(child<QPushButton>(page, "calculateCost"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(buy->isEnabled(), GuiTimeout);
    Confirm::setNextAnswer(true);
    QTest::mouseClick(buy, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(w->messageBar()->text().startsWith(QStringLiteral("Bought")),
                             GuiTimeout);
    // "Bought: order ORD-000042 executed, ..."
    const QString number = w->messageBar()->text().section(QLatin1Char(' '), 2, 2);
    QVERIFY2(number.startsWith(QStringLiteral("ORD-")), qPrintable(w->messageBar()->text()));
    QCOMPARE(rowShowing(orders, OrdersModel::Number, number), -1);

    QVERIFY(w->showPage(QStringLiteral("orders")));
    QTRY_VERIFY_WITH_TIMEOUT(rowShowing(orders, OrdersModel::Number, number) >= 0, GuiTimeout);
    screenshot(w, QStringLiteral("orders-after-purchase"));
}

QTEST_MAIN(TestStorefront)
#include "tst_gui_storefront.moc"
