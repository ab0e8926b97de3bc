// The seed's "Ordering from BSS" flow, clicked through the real main window:
// account → Sync Options (errors, then Save & Synchronize) → new order → Quick Add > Product
// → red line → pencil → Seats → Save → total 0.00 → Execute → subscription; and an executed
// order stays read-only.
#include "GuiTest.h"

#include "ui/accounts/AccountDialog.h"
#include "ui/accounts/AccountsPage.h"
#include "ui/accounts/SyncOptionsDialog.h"
#include "ui/common/AccountChooser.h"
#include "ui/models/AccountsModel.h"
#include "ui/models/OrderLinesModel.h"
#include "ui/models/OrdersModel.h"
#include "ui/orders/NewOrderDialog.h"
#include "ui/orders/OrderEditor.h"
#include "ui/orders/OrdersPage.h"
#include "ui/orders/ProductChooserDialog.h"
#include "ui/orders/SeatsPanel.h"

#include <QAction>
#include <QBrush>
#include <QComboBox>
#include <QHeaderView>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>

using namespace bss;
using namespace bss::test;

namespace {

// The seed's red, whatever its shade: clearly more red than green or blue.
bool isRed(const QColor &c) {
    return c.red() > 150 && c.red() > 2 * c.green() && c.red() > 2 * c.blue();
}

} // namespace

class TestSeedFlow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { isolateSettings(); }
    void cleanup() { Confirm::setAlwaysAnswer(std::nullopt); }
    void orderingFromBss();
    void executedOrderIsReadOnly();
    void accessibleNamesMatchLabels();
    void incompleteLinesStayRedWhileEdited();
};

void TestSeedFlow::orderingFromBss() {
    GuiFixture f;
    MainWindow *w = f.window.get();
    QVERIFY(w->showPage(QStringLiteral("accounts")));
    AccountsPage *accounts = w->accountsPage();
    BSS_WAIT_IDLE(w);
    screenshot(w, QStringLiteral("accounts"));

    // Office > Accounts: add a new account.
    QTest::mouseClick(child<QPushButton>(accounts, "newAccount"), Qt::LeftButton);
    QPointer<AccountDialog> accountDialog = opened<AccountDialog>(accounts);
    QTRY_VERIFY(accountDialog->isVisible());
    child<QLineEdit>(accountDialog, "name")->setText(QStringLiteral("Seed Test GmbH"));
    auto *type = child<QComboBox>(accountDialog, "type");
    type->setCurrentIndex(type->findText(QStringLiteral("Direct")));
    child<QLineEdit>(accountDialog, "email")->setText(QStringLiteral("it@seedtest.example"));
    screenshot(accountDialog, QStringLiteral("new-account"));
    QTest::mouseClick(child<QPushButton>(accountDialog, "saveAccount"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!accountDialog || !accountDialog->isVisible(), GuiTimeout);
    AccountsModel *model = accounts->model();
    QTRY_VERIFY_WITH_TIMEOUT(
        rowShowing(model, AccountsModel::Name, QStringLiteral("Seed Test GmbH")) >= 0, GuiTimeout);
    const int row = rowShowing(model, AccountsModel::Name, QStringLiteral("Seed Test GmbH"));
    const int kaspersky = model->columnOf(QStringLiteral("kaspersky"));
    const int microsoft = model->columnOf(QStringLiteral("microsoft"));
    QCOMPARE(model->index(row, kaspersky).data().toString(), QStringLiteral("UnSynchronized"));
    QTRY_COMPARE(accounts->selectedAccount()->name, QStringLiteral("Seed Test GmbH"));

    // Provisioning Sync Status: click the Kaspersky column's "UnSynchronized".
    auto *table = child<QTableView>(accounts, "accountsTable");
    const QRect cell = table->visualRect(model->index(row, kaspersky));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QPointer<SyncOptionsDialog> sync = opened<SyncOptionsDialog>(accounts);
    QCOMPARE(sync->platform(), QStringLiteral("kaspersky"));
    QTRY_VERIFY_WITH_TIMEOUT(sync->isLoaded(), GuiTimeout);
    QVERIFY(child<QLabel>(sync, "status")->text().startsWith(QStringLiteral("UnSynchronized")));

    // Bad input first: no email, and the Reseller role for a direct account.
    child<QLineEdit>(sync, "email")->clear();
    auto *role = child<QComboBox>(sync, "role");
    role->setCurrentIndex(role->findText(QStringLiteral("Reseller")));
    Confirm::setNextAnswer(true);
    QTest::mouseClick(child<QPushButton>(sync, "saveAndSynchronize"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!sync->fieldError(QStringLiteral("email")).isEmpty(), GuiTimeout);
    QVERIFY(child<QLabel>(sync, "emailError")->isVisible());
    QVERIFY2(!sync->fieldError(QStringLiteral("role")).isEmpty() ||
                 !sync->fieldError(QStringLiteral("resellerPin")).isEmpty(),
             "a direct account with the Reseller role is refused beside Role or Reseller PIN");
    BSS_COMPARE_STATUS(sync->current().status,
                       SyncStatus::UnSynchronized); // bad input changes nothing
    screenshot(sync, QStringLiteral("sync-options-errors"));

    // Then the seed's values: Email receives the key, Role User, no parent for a direct account.
    child<QLineEdit>(sync, "email")->setText(QStringLiteral("licenses@seedtest.example"));
    role->setCurrentIndex(role->findText(QStringLiteral("User")));
    Confirm::setNextAnswer(true);
    QTest::mouseClick(child<QPushButton>(sync, "saveAndSynchronize"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(sync->current().status == SyncStatus::Synchronized, GuiTimeout);
    QVERIFY(child<QLabel>(sync, "status")->text().startsWith(QStringLiteral("Synchronized")));
    QVERIFY(sync->fieldError(QStringLiteral("email")).isEmpty());
    QVERIFY(!child<QLabel>(sync, "emailError")->isVisible());
    screenshot(sync, QStringLiteral("sync-options-synchronized"));
    QTest::mouseClick(child<QPushButton>(sync, "close"), Qt::LeftButton);
    QTRY_VERIFY(!sync || !sync->isVisible());

    // Synchronized with Kaspersky only: Microsoft must not look synchronized.
    QTRY_COMPARE_WITH_TIMEOUT(model->index(row, kaspersky).data().toString(),
                              QStringLiteral("Synchronized"), GuiTimeout);
    QCOMPARE(model->index(row, microsoft).data().toString(), QStringLiteral("UnSynchronized"));
    screenshot(w, QStringLiteral("accounts-synchronized"));

    // Billing > Orders: a new order for this customer; Save creates the draft and opens it.
    QTest::mouseClick(child<QPushButton>(accounts, "newOrderForAccount"), Qt::LeftButton);
    QCOMPARE(w->currentPageName(), QStringLiteral("orders"));
    OrdersPage *orders = w->ordersPage();
    QPointer<NewOrderDialog> newOrder = opened<NewOrderDialog>(orders);
    QCOMPARE(newOrder->customer()->comboBox()->currentText().startsWith(
                 QStringLiteral("Seed Test GmbH")),
             true);
    screenshot(newOrder, QStringLiteral("new-order"));
    QTest::mouseClick(child<QPushButton>(newOrder, "saveOrder"), Qt::LeftButton);
    OrderEditor *editor = orders->editor();
    QTRY_VERIFY_WITH_TIMEOUT(orders->isEditing() && editor->isLoaded(), GuiTimeout);
    BSS_COMPARE_STATUS(editor->order()->status, OrderStatus::Draft);
    QCOMPARE(child<QLabel>(editor, "customer")->text(), QStringLiteral("Seed Test GmbH"));
    QVERIFY(!child<QPushButton>(editor, "execute")->isEnabled());

    // Products tab: Quick Add > Product, grouped by platform.
    auto *quickAdd = child<QToolButton>(editor, "quickAdd");
    QVERIFY(quickAdd->isEnabled());
    child<QAction>(editor, "quickAddProduct")->trigger();
    QPointer<ProductChooserDialog> chooser = opened<ProductChooserDialog>(editor);
    auto *tree = child<QTreeWidget>(chooser, "product");
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("Kaspersky Labs"));
    QVERIFY(chooser->chooseProductNamed(QStringLiteral("Kaspersky Endpoint Security Cloud")));
    screenshot(chooser, QStringLiteral("quick-add-product"));
    QTest::mouseClick(child<QPushButton>(chooser, "addProduct"), Qt::LeftButton);

    // The new entry is red: incomplete, with the reason, and Execute stays disabled.
    auto *lines = child<QTableView>(editor, "orderLines");
    QTRY_COMPARE_WITH_TIMEOUT(lines->model()->rowCount(), 1, GuiTimeout);
    const QModelIndex product = lines->model()->index(0, OrderLinesModel::Product);
    QCOMPARE(product.data(Qt::UserRole).toBool(), false);
    QVERIFY(product.data(Qt::BackgroundRole).isValid());
    QVERIFY(product.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Incomplete")));
    auto *blockers = child<QListWidget>(editor, "blockers");
    QVERIFY(blockers->count() > 0);
    QVERIFY(!child<QPushButton>(editor, "execute")->isEnabled());
    QCOMPARE(child<QLabel>(editor, "total")->text(), QStringLiteral("0.00 EUR"));
    screenshot(w, QStringLiteral("order-red-line"));

    // The pencil opens the management panel; Seats within the product's limits.
    auto *pencil = child<QToolButton>(editor, "editLine0");
    QVERIFY(pencil->isEnabled());
    QTest::mouseClick(pencil, Qt::LeftButton);
    SeatsPanel *panel = editor->seatsPanel();
    QTRY_VERIFY(panel->isVisible());

    // Selected while its panel is open, the line stays red: a dark red highlight instead of
    // the selection blue, a marker before the product and the reason in the tooltip.
    QVERIFY(lines->selectionModel()->isRowSelected(0, {}));
    const QModelIndex selected = lines->model()->index(0, OrderLinesModel::Product);
    QCOMPARE(selected.data(OrderLinesModel::CompleteRole).toBool(), false);
    const QColor highlight =
        selected.data(OrderLinesModel::SelectedBackgroundRole).value<QBrush>().color();
    QVERIFY2(isRed(highlight), qPrintable(highlight.name()));
    QVERIFY(!selected.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(selected.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Incomplete")));
    // What the user sees: the empty price cell of the selected line is painted red.
    {
        const QImage painted = lines->viewport()->grab().toImage();
        const QRect cell = lines->visualRect(lines->model()->index(0, OrderLinesModel::UnitPrice));
        const QColor shown = painted.pixelColor(cell.center() * painted.devicePixelRatio());
        QVERIFY2(isRed(shown), qPrintable(shown.name()));
    }
    screenshot(w, QStringLiteral("pencil-panel-red-line"));

    auto *seats = child<QSpinBox>(panel, "seats");
    QCOMPARE(seats->minimum(), 5);
    seats->setValue(10);
    QTRY_VERIFY_WITH_TIMEOUT(panel->isQuoted(), GuiTimeout);
    QCOMPARE(child<QLabel>(panel, "band")->text(), QStringLiteral("10–14 seats"));
    QCOMPARE(child<QLabel>(panel, "firstPeriodCharge")->text(),
             QStringLiteral("0.00 EUR")); // first month free
    QVERIFY(child<QLabel>(panel, "periodPrice")->text() != QStringLiteral("0.00 EUR"));
    screenshot(w, QStringLiteral("pencil-panel"));
    QTest::mouseClick(child<QPushButton>(panel, "save"), Qt::LeftButton);

    // Saved: the line is complete and the order still totals 0.00, since the first period is free.
    QTRY_VERIFY_WITH_TIMEOUT(editor->order()->lines.value(0).complete, GuiTimeout);
    QCOMPARE(editor->order()->lines.value(0).seats, std::optional<int>(10));
    QVERIFY(!lines->model()
                 ->index(0, OrderLinesModel::Product)
                 .data(OrderLinesModel::SelectedBackgroundRole)
                 .isValid());
    QVERIFY(lines->model()->index(0, OrderLinesModel::Product).data(Qt::DecorationRole).isNull());
    QCOMPARE(child<QLabel>(editor, "total")->text(), QStringLiteral("0.00 EUR"));
    QTRY_VERIFY(child<QPushButton>(editor, "execute")->isEnabled());
    screenshot(w, QStringLiteral("order-ready"));

    // Execute, confirmed: the subscription is generated and the order becomes read-only.
    Confirm::setNextAnswer(true);
    QTest::mouseClick(child<QPushButton>(editor, "execute"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(editor->order()->status == OrderStatus::Executed, GuiTimeout);
    auto *generated = child<QTreeWidget>(editor, "generatedSubscriptions");
    QTRY_COMPARE(generated->topLevelItemCount(), 1);
    QCOMPARE(generated->topLevelItem(0)->text(0),
             QStringLiteral("Kaspersky Endpoint Security Cloud"));
    QCOMPARE(generated->topLevelItem(0)->text(1), QStringLiteral("10"));
    QCOMPARE(child<QLabel>(editor, "status")->text(), QStringLiteral("Executed"));
    QVERIFY(!quickAdd->isEnabled());
    QVERIFY(!child<QPushButton>(editor, "execute")->isEnabled());
    QVERIFY(w->messageBar()->text().contains(QStringLiteral("executed")));
    screenshot(w, QStringLiteral("order-executed"));
}

void TestSeedFlow::incompleteLinesStayRedWhileEdited() {
    GuiFixture f;
    MainWindow *w = f.window.get();
    QVERIFY(w->showPage(QStringLiteral("orders")));
    OrdersPage *orders = w->ordersPage();
    BSS_WAIT_IDLE(w);
    AccountQuery query;
    query.q = QStringLiteral("Wingtip");
    const Result<Page<Account>> wingtip = await(f.backend()->accounts(query));
    BSS_VERIFY_OK(wingtip);
    QVERIFY(!wingtip->items.isEmpty());
    const Result<Order> draft = await(f.backend()->createOrder(wingtip->items.first().id));
    BSS_VERIFY_OK(draft);
    orders->openOrder(draft->id);
    OrderEditor *editor = orders->editor();
    QTRY_VERIFY_WITH_TIMEOUT(editor->isLoaded(), GuiTimeout);
    BSS_WAIT_IDLE(w);

    // Every demo product, each an incomplete line until its Seats are set.
    const Result<QList<Product>> products = await(f.backend()->products());
    BSS_VERIFY_OK(products);
    for (const Product &p : *products) {
        const qsizetype before = editor->order()->lines.size();
        editor->addProduct(p.id);
        QTRY_COMPARE_WITH_TIMEOUT(editor->order()->lines.size(), before + 1, GuiTimeout);
    }
    BSS_WAIT_IDLE(w);
    auto *lines = child<QTableView>(editor, "orderLines");
    QCOMPARE(lines->model()->rowCount(), int(products->size()));

    // The pencil of the second line: the panel opens beside the table.
    QTest::mouseClick(child<QToolButton>(editor, "editLine1"), Qt::LeftButton);
    QTRY_VERIFY(editor->seatsPanel()->isVisible());
    BSS_WAIT_IDLE(w);
    QVERIFY(lines->selectionModel()->isRowSelected(1, {}));
    // Beside the panel the lines fit: no sideways scrolling, no column title cut off.
    QTRY_VERIFY(!lines->horizontalScrollBar()->isVisible());
    for (int column = OrderLinesModel::Seats; column < lines->model()->columnCount(); ++column)
        QVERIFY2(lines->columnWidth(column) >= lines->horizontalHeader()->sectionSizeHint(column),
                 qPrintable(QStringLiteral("column %1 is cut off").arg(column)));
    screenshot(w, QStringLiteral("pencil-panel-all-products"));

    const QImage painted = lines->viewport()->grab().toImage();
    for (int row = 0; row < lines->model()->rowCount(); ++row) {
        const QModelIndex product = lines->model()->index(row, OrderLinesModel::Product);
        QCOMPARE(product.data(OrderLinesModel::CompleteRole).toBool(), false);
        QVERIFY(!product.data(Qt::DecorationRole).value<QIcon>().isNull());
        // Selected or not, the line is painted red: its empty price cell shows it.
        const QRect cell =
            lines->visualRect(lines->model()->index(row, OrderLinesModel::UnitPrice));
        const QColor shown = painted.pixelColor(cell.center() * painted.devicePixelRatio());
        QVERIFY2(isRed(shown) || (row != 1 && shown.red() > shown.blue()),
                 qPrintable(QStringLiteral("row %1 is painted %2").arg(row).arg(shown.name())));
        // No product name is cut off, the panel open or not.
        const QString name = product.data().toString();
        const int needed = lines->sizeHintForIndex(product).width();
        QVERIFY2(lines->columnWidth(OrderLinesModel::Product) >= needed,
                 qPrintable(QStringLiteral("\"%1\" needs %2 px, its column is %3 px")
                                .arg(name)
                                .arg(needed)
                                .arg(lines->columnWidth(OrderLinesModel::Product))));
    }
    // The selected line's highlight is the dark red, not the selection blue.
    {
        const QRect cell = lines->visualRect(lines->model()->index(1, OrderLinesModel::UnitPrice));
        const QColor shown = painted.pixelColor(cell.center() * painted.devicePixelRatio());
        QVERIFY2(isRed(shown) && shown.green() < 100, qPrintable(shown.name()));
    }

    // Closed, the panel leaves the whole width to the lines: every column shows, none cut off.
    QTest::mouseClick(child<QPushButton>(editor->seatsPanel(), "closePanel"), Qt::LeftButton);
    QTRY_VERIFY(!editor->seatsPanel()->isVisible());
    QTRY_VERIFY(!lines->horizontalScrollBar()->isVisible());
    for (int column = 0; column < lines->model()->columnCount(); ++column) {
        const int needed =
            qMax(lines->horizontalHeader()->sectionSizeHint(column),
                 static_cast<const QAbstractItemView *>(lines)->sizeHintForColumn(column));
        QVERIFY2(lines->columnWidth(column) >= needed,
                 qPrintable(QStringLiteral("column %1 is %2 px, needs %3 px")
                                .arg(column)
                                .arg(lines->columnWidth(column))
                                .arg(needed)));
    }
    screenshot(w, QStringLiteral("all-products"));
}

void TestSeedFlow::executedOrderIsReadOnly() {
    GuiFixture f;
    MainWindow *w = f.window.get();
    QVERIFY(w->showPage(QStringLiteral("orders")));
    OrdersPage *orders = w->ordersPage();
    BSS_WAIT_IDLE(w);

    auto *status = child<QComboBox>(orders, "statusFilter");
    status->setCurrentIndex(status->findText(QStringLiteral("Executed")));
    QTRY_VERIFY_WITH_TIMEOUT(orders->model()->isLoaded() && orders->model()->rowCount() > 0,
                             GuiTimeout);
    for (int row = 0; row < orders->model()->rowCount(); ++row)
        BSS_COMPARE_STATUS(orders->model()->valueAt(row).status, OrderStatus::Executed);
    screenshot(w, QStringLiteral("executed-orders"));

    auto *table = child<QTableView>(orders, "ordersTable");
    table->selectRow(0);
    QTest::mouseClick(child<QPushButton>(orders, "openOrder"), Qt::LeftButton);
    OrderEditor *editor = orders->editor();
    QTRY_VERIFY_WITH_TIMEOUT(editor->isLoaded(), GuiTimeout);
    BSS_COMPARE_STATUS(editor->order()->status, OrderStatus::Executed);
    QVERIFY(!child<QToolButton>(editor, "quickAdd")->isEnabled());
    QVERIFY(!child<QPushButton>(editor, "execute")->isEnabled());
    QVERIFY(!child<QPushButton>(editor, "cancelOrder")->isEnabled());
    QVERIFY(!child<QPushButton>(editor, "removeLine")->isEnabled());
    QVERIFY(child<QLabel>(editor, "readOnlyNotice")->isVisible());
    QVERIFY(child<QLabel>(editor, "readOnlyNotice")->text().contains(QStringLiteral("read-only")));
    auto *pencil = child<QToolButton>(editor, "editLine0");
    QVERIFY(!pencil->isEnabled());
    editor->editLine(0); // even when asked directly, the panel stays closed
    QVERIFY(!editor->seatsPanel()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QTreeWidget>(editor, "generatedSubscriptions")->topLevelItemCount() > 0, GuiTimeout);
    screenshot(w, QStringLiteral("executed-order"));

    QTest::mouseClick(child<QPushButton>(editor, "backToOrders"), Qt::LeftButton);
    QVERIFY(!orders->isEditing());
}

// QA automation finds controls by the name a user reads (issue item 12).
void TestSeedFlow::accessibleNamesMatchLabels() {
    GuiFixture f;
    MainWindow *w = f.window.get();
    QVERIFY(w->showPage(QStringLiteral("accounts")));
    BSS_WAIT_IDLE(w);
    const QStringList expected = {
        QStringLiteral("Accounts"),
        QStringLiteral("Orders"),
        QStringLiteral("Subscriptions"),
        QStringLiteral("Storefront"),
        QStringLiteral("Search accounts"),
        QStringLiteral("New account"),
        QStringLiteral("Sync Options"),
        QStringLiteral("New order"),
        QStringLiteral("Customer"),
        QStringLiteral("Quick Add"),
        QStringLiteral("Seats"),
        QStringLiteral("Save"),
        QStringLiteral("Execute"),
        QStringLiteral("Calculate cost"),
        QStringLiteral("Buy this configuration"),
        QStringLiteral("Change Configuration"),
        QStringLiteral("Order lines"),
    };
    QStringList names;
    const auto widgets = w->findChildren<QWidget *>();
    for (const QWidget *widget : widgets)
        names.append(widget->accessibleName());
    for (const QString &name : expected)
        QVERIFY2(names.contains(name), qPrintable(name));
    // A button's accessible name is its label without the mnemonic.
    for (const QPushButton *button : w->findChildren<QPushButton *>()) {
        if (!button->text().isEmpty())
            QCOMPARE(button->accessibleName(),
                     QString(button->text())
                         .replace(QStringLiteral("&&"), QStringLiteral("\x01"))
                         .remove(QLatin1Char('&'))
                         .replace(QLatin1Char('\x01'), QLatin1Char('&')));
    }
}

QTEST_MAIN(TestSeedFlow)
#include "tst_gui_seedflow.moc"
