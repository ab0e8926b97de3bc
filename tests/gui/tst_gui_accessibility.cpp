// Issue item 12: outside automation (AT-SPI) finds every control by the name a user reads,
// and the shortcuts Ctrl+N, Ctrl+F, F5 and Ctrl+S do on each page what their name says; New
// and Save are enabled only where they do something.
#include "GuiTest.h"

#include "ui/accounts/AccountDialog.h"
#include "ui/accounts/AccountsPage.h"
#include "ui/accounts/SyncOptionsDialog.h"
#include "ui/common/AccountChooser.h"
#include "ui/models/AccountsModel.h"
#include "ui/models/OrdersModel.h"
#include "ui/models/SubscriptionsModel.h"
#include "ui/orders/NewOrderDialog.h"
#include "ui/orders/OrderEditor.h"
#include "ui/orders/OrdersPage.h"
#include "ui/orders/ProductChooserDialog.h"
#include "ui/orders/SeatsPanel.h"
#include "ui/storefront/StorefrontPage.h"
#include "ui/subscriptions/ChangeConfigurationDialog.h"
#include "ui/subscriptions/SubscriptionsPage.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>

using namespace bss;
using namespace bss::test;

namespace {

// What a user reads on a label or button, as a screen reader says it: no mnemonic, no colon.
QString spoken(QString text) {
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    text = text.trimmed();
    if (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text;
}

// Controls Qt builds inside other widgets (spin box editors, headers, tab bars, toolbar
// buttons standing for a named QAction) are named through their owner.
bool isInternal(const QWidget *w) {
    if (w->objectName().startsWith(QLatin1String("qt_")))
        return true;
    if (qobject_cast<const QHeaderView *>(w))
        return true;
    if (qobject_cast<QToolBar *>(w->parentWidget()))
        return true;
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p) ||
            qobject_cast<const QLineEdit *>(p) || p->inherits("QComboBoxPrivateContainer"))
            return true;
    }
    return w->inherits("QTableCornerButton");
}

bool isControl(const QWidget *w) {
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w) ||
           qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w) ||
           qobject_cast<const QAbstractItemView *>(w);
}

// Every control under `root`: an objectName, an accessible name, and for a button or a field
// with a label, the accessible name is what the label reads.
void verifyNamed(QWidget *root) {
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!isControl(w) || isInternal(w))
            continue;
        const QString where = QStringLiteral("%1 %2 in %3")
                                  .arg(QString::fromLatin1(w->metaObject()->className()),
                                       w->objectName(), root->objectName());
        QVERIFY2(!w->objectName().isEmpty(), qPrintable(QStringLiteral("no objectName: ") + where));
        QVERIFY2(!w->accessibleName().isEmpty(),
                 qPrintable(QStringLiteral("no accessible name: ") + where));
        if (const auto *button = qobject_cast<QAbstractButton *>(w);
            button && !button->text().isEmpty())
            QVERIFY2(w->accessibleName() == spoken(button->text()),
                     qPrintable(where + QStringLiteral(": \"%1\" reads \"%2\"")
                                            .arg(w->accessibleName(), spoken(button->text()))));
    }
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        QWidget *buddy = label->buddy();
        if (!buddy || label->text().isEmpty())
            continue;
        // A value label is read as the value it shows, described by its caption: an accessible
        // name would hide the value (Qt 6.4 exposes a label's name instead of its text).
        if (qobject_cast<QLabel *>(buddy)) {
            if (static_cast<QLabel *>(buddy)->text().isEmpty())
                continue; // nothing to read yet (an order not loaded)
            const QAccessibleInterface *value = QAccessible::queryAccessibleInterface(buddy);
            QVERIFY2(buddy->accessibleName().isEmpty() &&
                         value->text(QAccessible::Name) ==
                             static_cast<QLabel *>(buddy)->text().remove(QLatin1Char('&')) &&
                         value->text(QAccessible::Description) == spoken(label->text()),
                     qPrintable(QStringLiteral("value %1 in %2 reads \"%3\" described \"%4\"")
                                    .arg(buddy->objectName(), root->objectName(),
                                         value->text(QAccessible::Name),
                                         value->text(QAccessible::Description))));
            continue;
        }
        QVERIFY2(buddy->accessibleName() == spoken(label->text()),
                 qPrintable(QStringLiteral("%1 in %2 is labelled \"%3\" but named \"%4\"")
                                .arg(buddy->objectName(), root->objectName(), spoken(label->text()),
                                     buddy->accessibleName())));
    }
}

#define VERIFY_NAMED(root)                                                                         \
    do {                                                                                           \
        verifyNamed(root);                                                                         \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

QStringList accessibleNames(const QWidget *root) {
    QStringList names;
    for (const QWidget *w : root->findChildren<QWidget *>())
        names.append(w->accessibleName());
    return names;
}

// The widget of class T named `name` for assistive technology; null when there is none.
template <typename T> T *byAccessibleName(const QWidget *root, const QString &name) {
    for (T *w : root->findChildren<T *>()) {
        if (w->accessibleName() == name)
            return w;
    }
    return nullptr;
}

void activate(QWidget *window) {
    window->activateWindow();
    QApplication::setActiveWindow(window);
    QVERIFY(QTest::qWaitForWindowActive(window));
}

// The toolbar's New and Save as the user sees them: the action and its toolbar button.
void verifyNewAndSave(MainWindow *w, bool canCreate, bool canSave) {
    auto *toolbar = child<QToolBar>(w, "mainToolbar");
    const QString page = w->currentPageName();
    for (const auto &[name, expected] :
         {std::pair{"actionNew", canCreate}, std::pair{"actionSave", canSave}}) {
        auto *action = child<QAction>(w, name);
        QVERIFY2(action->isEnabled() == expected,
                 qPrintable(QStringLiteral("%1 is %2 on %3")
                                .arg(QLatin1String(name),
                                     action->isEnabled() ? QStringLiteral("enabled")
                                                         : QStringLiteral("disabled"),
                                     page)));
        QCOMPARE(toolbar->widgetForAction(action)->isEnabled(), expected);
    }
}

#define VERIFY_NEW_AND_SAVE(window, canCreate, canSave)                                            \
    do {                                                                                           \
        verifyNewAndSave(window, canCreate, canSave);                                              \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

} // namespace

class TestAccessibility : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { isolateSettings(); }
    void cleanup() { Confirm::setAlwaysAnswer(std::nullopt); }
    void mainWindowControlsAreNamed();
    void dialogControlsAreNamed();
    void shortcutsOnAccounts();
    void shortcutsOnOrders();
    void shortcutsOnSubscriptionsAndStorefront();
    void newAndSaveOnlyWhereTheyWork();
    void buttonsActOnTheSelectedRow();
    void comboBoxesNamedByCaption();
};

void TestAccessibility::mainWindowControlsAreNamed() {
    GuiFixture f;
    MainWindow *w = f.window.get();
    for (const QString &page : MainWindow::pageNames()) {
        QVERIFY(w->showPage(page));
        BSS_WAIT_IDLE(w);
    }
    const QStringList names = accessibleNames(w);
    for (const char *expected :
         {"Accounts", "Orders", "Subscriptions", "Storefront", "Search accounts", "New account",
          "Sync Options", "New order", "Customer", "Quick Add", "Seats", "Save", "Execute",
          "Calculate cost", "Buy this configuration", "Change Configuration"})
        QVERIFY2(names.contains(QLatin1String(expected)), expected);
    // The tables by their own names, as a screen reader announces them.
    for (const char *table : {"Accounts", "Orders", "Order lines", "Subscriptions"})
        QVERIFY2(byAccessibleName<QTableView>(w, QLatin1String(table)), table);
    for (const char *page : {"Accounts", "Orders", "Subscriptions", "Storefront"}) {
        const int index =
            static_cast<int>(MainWindow::pageNames().indexOf(QString::fromLatin1(page).toLower()));
        QVERIFY(w->showPage(MainWindow::pageNames().at(index)));
        QCOMPARE(w->currentPage()->accessibleName(), QLatin1String(page));
    }
    VERIFY_NAMED(w);
}

void TestAccessibility::dialogControlsAreNamed() {
    GuiFixture f;
    MainWindow *w = f.window.get();
    QVERIFY(w->showPage(QStringLiteral("accounts")));
    AccountsPage *accounts = w->accountsPage();
    BSS_WAIT_IDLE(w);

    QPointer<AccountDialog> account = accounts->openAccountDialog(std::nullopt);
    QTRY_VERIFY(account->isVisible());
    for (const char *name : {"Name", "Type", "Parent Account", "Email", "Save"})
        QVERIFY2(accessibleNames(account).contains(QLatin1String(name)), name);
    VERIFY_NAMED(account);
    account->reject();
    QTRY_VERIFY(!account);

    QPointer<SyncOptionsDialog> sync = accounts->openSyncOptions(QStringLiteral("kaspersky"));
    QVERIFY(sync);
    QTRY_VERIFY_WITH_TIMEOUT(sync->isLoaded(), GuiTimeout);
    for (const char *name :
         {"Platform", "Parent Account", "Email", "Role", "Reseller PIN", "Save & Synchronize"})
        QVERIFY2(accessibleNames(sync).contains(QLatin1String(name)), name);
    VERIFY_NAMED(sync);
    sync->reject();
    QTRY_VERIFY(!sync);

    QVERIFY(w->showPage(QStringLiteral("orders")));
    OrdersPage *orders = w->ordersPage();
    BSS_WAIT_IDLE(w);
    QPointer<NewOrderDialog> newOrder = orders->startNewOrder();
    QTRY_VERIFY(newOrder->isVisible());
    QVERIFY(accessibleNames(newOrder).contains(QStringLiteral("Customer")));
    VERIFY_NAMED(newOrder);
    newOrder->reject();
    QTRY_VERIFY(!newOrder);

    // A demo draft: its product chooser and its Seats panel.
    auto *status = child<QComboBox>(orders, "statusFilter");
    status->setCurrentIndex(status->findText(QStringLiteral("Draft")));
    QTRY_VERIFY_WITH_TIMEOUT(orders->model()->isLoaded() && orders->model()->rowCount() > 0,
                             GuiTimeout);
    orders->openOrder(orders->model()->valueAt(0).id);
    OrderEditor *editor = orders->editor();
    QTRY_VERIFY_WITH_TIMEOUT(editor->isLoaded(), GuiTimeout);
    BSS_WAIT_IDLE(w);
    QPointer<ProductChooserDialog> chooser = editor->openProductChooser();
    QTRY_VERIFY(chooser->isVisible());
    QVERIFY(accessibleNames(chooser).contains(QStringLiteral("Product")));
    VERIFY_NAMED(chooser);
    chooser->reject();
    QTRY_VERIFY(!chooser);
    VERIFY_NAMED(editor);

    QVERIFY(w->showPage(QStringLiteral("subscriptions")));
    SubscriptionsPage *subscriptions = w->subscriptionsPage();
    BSS_WAIT_IDLE(w);
    child<QTableView>(subscriptions, "subscriptionsTable")->selectRow(0);
    QTest::mouseClick(child<QPushButton>(subscriptions, "changeConfiguration"), Qt::LeftButton);
    QPointer<ChangeConfigurationDialog> change = opened<ChangeConfigurationDialog>(subscriptions);
    QTRY_VERIFY_WITH_TIMEOUT(child<QSpinBox>(change, "seats")->isEnabled(), GuiTimeout);
    QVERIFY(accessibleNames(change).contains(QStringLiteral("Seats")));
    VERIFY_NAMED(change);
    change->reject();
    QTRY_VERIFY(!change);
}

void TestAccessibility::shortcutsOnAccounts() {
    GuiFixture f;
    MainWindow *w = f.window.get();
    QVERIFY(w->showPage(QStringLiteral("accounts")));
    AccountsPage *accounts = w->accountsPage();
    BSS_WAIT_IDLE(w);
    activate(w);

    // Ctrl+F: the search field takes the keyboard.
    auto *search = child<QLineEdit>(accounts, "searchAccounts");
    QTest::keySequence(w, QKeySequence::Find);
    QTRY_VERIFY(search->hasFocus());

    // F5: an account added elsewhere (another agent, the server) appears.
    NewAccount other;
    other.name = QStringLiteral("Added Elsewhere AG");
    other.email = QStringLiteral("it@elsewhere.example");
    BSS_VERIFY_OK(await(f.backend()->createAccount(other)));
    QCOMPARE(rowShowing(accounts->model(), AccountsModel::Name, other.name), -1);
    QTest::keySequence(w, QKeySequence(Qt::Key_F5));
    QTRY_VERIFY_WITH_TIMEOUT(rowShowing(accounts->model(), AccountsModel::Name, other.name) >= 0,
                             GuiTimeout);

    // Ctrl+N: the New account dialog; Ctrl+S there saves it.
    QTest::keySequence(w, QKeySequence::New);
    QPointer<AccountDialog> dialog = opened<AccountDialog>(accounts);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowTitle(), QStringLiteral("New account"));
    activate(dialog);
    child<QLineEdit>(dialog, "name")->setText(QStringLiteral("Keyboard Only Ltd"));
    child<QLineEdit>(dialog, "email")->setText(QStringLiteral("it@keyboard.example"));
    QTest::keySequence(dialog, QKeySequence::Save);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, GuiTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(rowShowing(accounts->model(), AccountsModel::Name,
                                        QStringLiteral("Keyboard Only Ltd")) >= 0,
                             GuiTimeout);
}

void TestAccessibility::shortcutsOnOrders() {
    GuiFixture f;
    MainWindow *w = f.window.get();
    QVERIFY(w->showPage(QStringLiteral("orders")));
    OrdersPage *orders = w->ordersPage();
    BSS_WAIT_IDLE(w);
    activate(w);

    QTest::keySequence(w, QKeySequence::Find);
    QTRY_VERIFY(child<QLineEdit>(orders, "searchOrders")->hasFocus());

    // F5 shows an order placed elsewhere.
    const int before = orders->model()->rowCount();
    AccountQuery query;
    query.q = QStringLiteral("Wingtip");
    const Result<Page<Account>> wingtip = await(f.backend()->accounts(query));
    BSS_VERIFY_OK(wingtip);
    QCOMPARE(wingtip->items.size(), 1);
    const Result<Order> placed = await(f.backend()->createOrder(wingtip->items.first().id));
    BSS_VERIFY_OK(placed);
    QTest::keySequence(w, QKeySequence(Qt::Key_F5));
    QTRY_COMPARE_WITH_TIMEOUT(orders->model()->rowCount(), before + 1, GuiTimeout);
    // The count may arrive before the first page: wait for the row itself.
    QTRY_VERIFY_WITH_TIMEOUT(rowShowing(orders->model(), OrdersModel::Number, placed->number) >= 0,
                             GuiTimeout);

    // Ctrl+N: the New order dialog.
    VERIFY_NEW_AND_SAVE(w, true, false);
    QTest::keySequence(w, QKeySequence::New);
    QPointer<NewOrderDialog> dialog = opened<NewOrderDialog>(orders);
    QTRY_VERIFY(dialog->isVisible());
    dialog->reject();
    QTRY_VERIFY(!dialog);

    // Ctrl+S in the order editor saves the Seats of the line in the pencil panel.
    activate(w);
    orders->openOrder(placed->id);
    OrderEditor *editor = orders->editor();
    QTRY_VERIFY_WITH_TIMEOUT(editor->isLoaded(), GuiTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(w->isIdle(), GuiTimeout);
    // Nothing to save until a line's pencil panel is open.
    VERIFY_NEW_AND_SAVE(w, true, false);
    const Result<QList<Product>> products = await(f.backend()->products());
    BSS_VERIFY_OK(products);
    editor->addProduct(products->first().id);
    QTRY_COMPARE_WITH_TIMEOUT(editor->order()->lines.size(), qsizetype(1), GuiTimeout);
    VERIFY_NEW_AND_SAVE(w, true, false);
    QTest::mouseClick(child<QToolButton>(editor, "editLine0"), Qt::LeftButton);
    SeatsPanel *panel = editor->seatsPanel();
    QTRY_VERIFY(panel->isVisible());
    VERIFY_NEW_AND_SAVE(w, true, true);
    auto *seats = child<QSpinBox>(panel, "seats");
    const int wanted = seats->minimum() + 5 * qMax(1, seats->singleStep());
    seats->setValue(wanted);
    QTRY_VERIFY_WITH_TIMEOUT(panel->isQuoted(), GuiTimeout);
    QTest::keySequence(w, QKeySequence::Save);
    QTRY_COMPARE_WITH_TIMEOUT(editor->order()->lines.value(0).seats, std::optional<int>(wanted),
                              GuiTimeout);
    QVERIFY(editor->order()->lines.value(0).complete);
    // Saved, the panel closes and Save has nothing left to do.
    QTRY_VERIFY(!panel->isVisible());
    VERIFY_NEW_AND_SAVE(w, true, false);

    // Reopened and closed with its Close button: Save follows the panel.
    QTest::mouseClick(child<QToolButton>(editor, "editLine0"), Qt::LeftButton);
    QTRY_VERIFY(panel->isVisible());
    VERIFY_NEW_AND_SAVE(w, true, true);
    QTest::mouseClick(child<QPushButton>(panel, "closePanel"), Qt::LeftButton);
    QTRY_VERIFY(!panel->isVisible());
    VERIFY_NEW_AND_SAVE(w, true, false);
    QTest::mouseClick(child<QToolButton>(editor, "editLine0"), Qt::LeftButton);
    QTRY_VERIFY(panel->isVisible());
    VERIFY_NEW_AND_SAVE(w, true, true);

    // Ctrl+F from the editor goes back to the list and its search; the list has no Save.
    QTest::keySequence(w, QKeySequence::Find);
    QTRY_VERIFY(!orders->isEditing());
    QTRY_VERIFY(child<QLineEdit>(orders, "searchOrders")->hasFocus());
    VERIFY_NEW_AND_SAVE(w, true, false);
}

void TestAccessibility::shortcutsOnSubscriptionsAndStorefront() {
    GuiFixture f;
    MainWindow *w = f.window.get();
    QVERIFY(w->showPage(QStringLiteral("subscriptions")));
    SubscriptionsPage *subscriptions = w->subscriptionsPage();
    BSS_WAIT_IDLE(w);
    activate(w);

    QTest::keySequence(w, QKeySequence::Find);
    QTRY_VERIFY(child<AccountChooser>(subscriptions, "customerFilter")->searchField()->hasFocus());

    // F5 shows a change made elsewhere.
    int row = 0;
    while (row < subscriptions->model()->rowCount() &&
           subscriptions->model()->valueAt(row).provisioningStatus !=
               ProvisioningStatus::Provisioned)
        ++row;
    QVERIFY(row < subscriptions->model()->rowCount());
    const Subscription first = subscriptions->model()->valueAt(row);
    BSS_VERIFY_OK(await(f.backend()->changeConfiguration(first.id, first.seats + 1, false)));
    QCOMPARE(subscriptions->model()->valueAt(row).seats, first.seats);
    QTest::keySequence(w, QKeySequence(Qt::Key_F5));
    QTRY_VERIFY_WITH_TIMEOUT(
        subscriptions->model()->rowOf(first.id) >= 0 &&
            subscriptions->model()->valueAt(subscriptions->model()->rowOf(first.id)).seats ==
                first.seats + 1,
        GuiTimeout);

    QVERIFY(w->showPage(QStringLiteral("storefront")));
    StorefrontPage *storefront = w->storefrontPage();
    BSS_WAIT_IDLE(w);
    auto *customer = child<AccountChooser>(storefront, "customer");
    QTest::keySequence(w, QKeySequence::Find);
    QTRY_VERIFY(customer->searchField()->hasFocus());

    // F5 offers a customer added elsewhere.
    NewAccount other;
    other.name = QStringLiteral("Aardvark Newcomer");
    other.email = QStringLiteral("it@aardvark.example");
    BSS_VERIFY_OK(await(f.backend()->createAccount(other)));
    QVERIFY(customer->comboBox()->findText(other.name, Qt::MatchStartsWith) < 0);
    QTest::keySequence(w, QKeySequence(Qt::Key_F5));
    QTRY_VERIFY_WITH_TIMEOUT(customer->comboBox()->findText(other.name, Qt::MatchStartsWith) >= 0,
                             GuiTimeout);
}

void TestAccessibility::newAndSaveOnlyWhereTheyWork() {
    GuiFixture f;
    MainWindow *w = f.window.get();
    auto *newAction = child<QAction>(w, "actionNew");

    // Accounts: New account; there is nothing to save on the list itself.
    QVERIFY(w->showPage(QStringLiteral("accounts")));
    BSS_WAIT_IDLE(w);
    VERIFY_NEW_AND_SAVE(w, true, false);

    // Subscriptions and Storefront create and save through their own buttons and dialogs:
    // the toolbar's New and Save are greyed out and their shortcuts open nothing.
    for (const QString &page : {QStringLiteral("subscriptions"), QStringLiteral("storefront")}) {
        QVERIFY(w->showPage(page));
        BSS_WAIT_IDLE(w);
        VERIFY_NEW_AND_SAVE(w, false, false);
        activate(w);
        QTest::keySequence(w, QKeySequence::New);
        QTest::keySequence(w, QKeySequence::Save);
        QVERIFY(!QApplication::activeModalWidget());
        QVERIFY(w->findChildren<QDialog *>().isEmpty());
        QCOMPARE(QApplication::activeWindow(), w);
    }

    // Back on Orders the actions come back and work: New opens the New order dialog.
    QVERIFY(w->showPage(QStringLiteral("orders")));
    BSS_WAIT_IDLE(w);
    VERIFY_NEW_AND_SAVE(w, true, false);
    newAction->trigger();
    QPointer<NewOrderDialog> dialog = opened<NewOrderDialog>(w->ordersPage());
    QTRY_VERIFY(dialog->isVisible());
    dialog->reject();
    QTRY_VERIFY(!dialog);

    // An executed order is read-only: nothing to save there, and none after leaving the page
    // while the order editor is open.
    OrdersPage *orders = w->ordersPage();
    const int executed =
        rowShowing(orders->model(), OrdersModel::Status, QStringLiteral("Executed"));
    QVERIFY(executed >= 0);
    orders->openOrder(orders->model()->valueAt(executed).id);
    QTRY_VERIFY_WITH_TIMEOUT(orders->editor()->isLoaded(), GuiTimeout);
    BSS_WAIT_IDLE(w);
    VERIFY_NEW_AND_SAVE(w, true, false);
    QVERIFY(w->showPage(QStringLiteral("storefront")));
    BSS_WAIT_IDLE(w);
    VERIFY_NEW_AND_SAVE(w, false, false);
    QVERIFY(w->showPage(QStringLiteral("orders")));
    BSS_WAIT_IDLE(w);
    QVERIFY(orders->isEditing());
    VERIFY_NEW_AND_SAVE(w, true, false);
}

// Selecting a row the way AT-SPI does (the table interface's selectRow: the selection changes,
// the current index does not) makes it the row that Sync Options and Open order act on.
void TestAccessibility::buttonsActOnTheSelectedRow() {
    GuiFixture f;
    MainWindow *w = f.window.get();
    QVERIFY(w->showPage(QStringLiteral("accounts")));
    AccountsPage *accounts = w->accountsPage();
    BSS_WAIT_IDLE(w);
    auto *table = child<QTableView>(accounts, "accountsTable");
    const int contoso =
        rowShowing(accounts->model(), AccountsModel::Name, QStringLiteral("Contoso Ltd"));
    QVERIFY(contoso > 0);
    QCOMPARE(table->currentIndex().row(), 0);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(table);
    QVERIFY(iface && iface->tableInterface());
    QVERIFY(iface->tableInterface()->selectRow(contoso));
    QCOMPARE(table->currentIndex().row(), contoso); // the current row follows the selection
    QCOMPARE(accounts->selectedAccount()->name, QStringLiteral("Contoso Ltd"));
    QTest::mouseClick(child<QPushButton>(accounts, "syncOptions"), Qt::LeftButton);
    QPointer<SyncOptionsDialog> sync = opened<SyncOptionsDialog>(accounts);
    QVERIFY(child<QLabel>(sync, "accountTitle")->text().contains(QStringLiteral("Contoso Ltd")));
    sync->reject();
    QTRY_VERIFY(!sync);

    QVERIFY(w->showPage(QStringLiteral("orders")));
    OrdersPage *orders = w->ordersPage();
    BSS_WAIT_IDLE(w);
    auto *ordersTable = child<QTableView>(orders, "ordersTable");
    QVERIFY(orders->model()->rowCount() > 2);
    QCOMPARE(ordersTable->currentIndex().row(), 0);
    const QString wanted = orders->model()->valueAt(2).number;
    QVERIFY(QAccessible::queryAccessibleInterface(ordersTable)->tableInterface()->selectRow(2));
    QCOMPARE(ordersTable->currentIndex().row(), 2);
    QTest::mouseClick(child<QPushButton>(orders, "openOrder"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(orders->editor()->isLoaded(), GuiTimeout);
    QCOMPARE(orders->editor()->order()->number, wanted);
}

// A combo box is named after its caption, reads its current item as its value, and an item
// toggled through accessibility becomes the current one.
void TestAccessibility::comboBoxesNamedByCaption() {
    GuiFixture f;
    MainWindow *w = f.window.get();
    QVERIFY(w->showPage(QStringLiteral("accounts")));
    BSS_WAIT_IDLE(w);
    QPointer<AccountDialog> dialog = w->accountsPage()->openAccountDialog(std::nullopt);
    QTRY_VERIFY(dialog->isVisible());
    auto *type = child<QComboBox>(dialog, "type");
    QAccessibleInterface *combo = QAccessible::queryAccessibleInterface(type);
    QCOMPARE(combo->text(QAccessible::Name), QStringLiteral("Type"));
    QCOMPARE(combo->text(QAccessible::Value), type->currentText());
    QVERIFY(combo->textInterface());
    QCOMPARE(combo->textInterface()->text(0, combo->textInterface()->characterCount()),
             type->currentText());
    QAccessibleInterface *list = combo->child(0);
    QVERIFY(list);
    QAccessibleInterface *item = nullptr;
    for (int i = 0; i < list->childCount(); ++i) {
        if (list->child(i)->text(QAccessible::Name) == QStringLiteral("End-user"))
            item = list->child(i);
    }
    QVERIFY(item && item->actionInterface());
    item->actionInterface()->doAction(QAccessibleActionInterface::toggleAction());
    QCOMPARE(type->currentText(), QStringLiteral("End-user"));
    QCOMPARE(combo->text(QAccessible::Value), QStringLiteral("End-user"));
    dialog->reject();
}

QTEST_MAIN(TestAccessibility)
#include "tst_gui_accessibility.moc"
