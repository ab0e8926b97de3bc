// Issue 12: the seed's flow by keyboard alone, key presses on the real windows. Every step is
// reached with Tab, Enter, Space, the arrows and the shortcuts; the control reached shows that
// it has the focus (it paints differently focused and unfocused).
#include "GuiTest.h"

#include "ui/accounts/AccountDialog.h"
#include "ui/accounts/AccountsPage.h"
#include "ui/accounts/SyncOptionsDialog.h"
#include "ui/common/AccountChooser.h"
#include "ui/common/AuditPanel.h"
#include "ui/models/AccountsModel.h"
#include "ui/models/AuditModel.h"
#include "ui/orders/NewOrderDialog.h"
#include "ui/orders/OrderEditor.h"
#include "ui/orders/OrdersPage.h"
#include "ui/orders/ProductChooserDialog.h"
#include "ui/orders/SeatsPanel.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

using namespace bss;
using namespace bss::test;

namespace {

QWidget *focused() {
    QWidget *w = QApplication::focusWidget();
    return w ? w : QApplication::activeWindow();
}

// One key on whatever has the focus, as the keyboard delivers it.
void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    QTest::keyClick(focused(), Qt::Key(key), modifiers);
}

void type(const QString &text) {
    QTest::keyClicks(focused(), text);
}

// Tab (or Shift+Tab) until `target` has the focus: it must be reachable in the tab chain.
bool tabTo(const QWidget *target, bool backwards = false) {
    for (int i = 0; i < 80 && QApplication::focusWidget() != target; ++i) {
        press(backwards ? Qt::Key_Backtab : Qt::Key_Tab);
        if (qEnvironmentVariableIsSet("BSS_DEBUG_TAB"))
            qDebug() << QApplication::focusWidget();
    }
    return QApplication::focusWidget() == target;
}

// The focus is visible: the control paints differently with and without it.
bool showsFocus(QWidget *w) {
    const QImage withFocus = w->grab().toImage();
    QWidget *window = w->window();
    w->clearFocus();
    const QImage without = w->grab().toImage();
    QApplication::setActiveWindow(window);
    w->setFocus(Qt::TabFocusReason);
    return withFocus != without;
}

// Moves a combo box with the arrows until it shows `text`.
bool arrowTo(QComboBox *combo, const QString &text) {
    for (int i = 0; i < combo->count() + 1 && !combo->currentText().startsWith(text); ++i)
        press(Qt::Key_Down);
    return combo->currentText().startsWith(text);
}

void activate(QWidget *window) {
    window->activateWindow();
    QApplication::setActiveWindow(window);
    QVERIFY(QTest::qWaitForWindowActive(window));
}

} // namespace

#define TAB_TO(target)                                                                             \
    do {                                                                                           \
        QVERIFY2(tabTo(target),                                                                    \
                 qPrintable(QStringLiteral("Tab does not reach %1; stuck at %2")                   \
                                .arg((target)->objectName(), focused()->objectName())));           \
        QVERIFY2(showsFocus(target),                                                               \
                 qPrintable((target)->objectName() + QStringLiteral(" shows no focus")));          \
    } while (false)

class TestKeyboard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { isolateSettings(); }
    void cleanup() { Confirm::setAlwaysAnswer(std::nullopt); }
    void seedFlowByKeyboard();

private:
    void newEndUser(MainWindow *w);
    void synchronize(MainWindow *w);
    void orderAndExecute(MainWindow *w);
};

// Ctrl+N, typing, arrows in the combo boxes and Ctrl+S: a new end-user of Northwind.
void TestKeyboard::newEndUser(MainWindow *w) {
    AccountsPage *accounts = w->accountsPage();
    press(Qt::Key_N, Qt::ControlModifier);
    QPointer<AccountDialog> dialog = opened<AccountDialog>(accounts);
    QTRY_VERIFY(dialog->isVisible());
    activate(dialog);
    QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, "name"));
    type(QStringLiteral("Keyboard Dental"));
    auto *accountType = child<QComboBox>(dialog, "type");
    TAB_TO(accountType);
    QVERIFY(arrowTo(accountType, QStringLiteral("End-user")));
    auto *search = child<QLineEdit>(dialog, "accountSearch");
    TAB_TO(search);
    type(QStringLiteral("Northwind"));
    auto *parent = child<QComboBox>(dialog, "accountCombo");
    QTRY_VERIFY_WITH_TIMEOUT(
        parent->findText(QStringLiteral("Northwind Cloud Partners"), Qt::MatchStartsWith) >= 0,
        GuiTimeout);
    QVERIFY(tabTo(parent, true));
    QVERIFY(arrowTo(parent, QStringLiteral("Northwind Cloud Partners")));
    TAB_TO(child<QLineEdit>(dialog, "email"));
    type(QStringLiteral("it@keyboard.example"));
    press(Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), GuiTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(accounts->selectedAccount()->name, QStringLiteral("Keyboard Dental"),
                              GuiTimeout);
    // Its audit names the Parent Account, not its id.
    AuditModel *audit = child<AuditPanel>(accounts, "audit")->model();
    QTRY_VERIFY_WITH_TIMEOUT(
        rowShowing(audit, AuditModel::After, QStringLiteral("Northwind Cloud Partners")) >= 0,
        GuiTimeout);
    screenshot(w, QStringLiteral("accounts-audit-parent"));
}

// To the Kaspersky status with the arrows, Enter opens Sync Options; Enter in Email is Save &
// Synchronize (the default button), Escape closes.
void TestKeyboard::synchronize(MainWindow *w) {
    AccountsPage *accounts = w->accountsPage();
    activate(w);
    auto *table = child<QTableView>(accounts, "accountsTable");
    TAB_TO(table);
    const int kaspersky = accounts->model()->columnOf(QStringLiteral("kaspersky"));
    for (int i = 0; i < 10 && table->currentIndex().column() < kaspersky; ++i)
        press(Qt::Key_Right);
    QCOMPARE(table->currentIndex().column(), kaspersky);
    QCOMPARE(accounts->selectedAccount()->name, QStringLiteral("Keyboard Dental"));
    press(Qt::Key_Return);
    QPointer<SyncOptionsDialog> sync = opened<SyncOptionsDialog>(accounts);
    QTRY_VERIFY_WITH_TIMEOUT(sync->isLoaded(), GuiTimeout);
    activate(sync);
    QCOMPARE(sync->platform(), QStringLiteral("kaspersky"));
    QCOMPARE(child<QComboBox>(sync, "role")->currentText(), QStringLiteral("User"));
    TAB_TO(child<QLineEdit>(sync, "email"));
    Confirm::setNextAnswer(true); // the confirmation's own keys are Qt's QMessageBox
    press(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(sync->current().status == SyncStatus::Synchronized, GuiTimeout);
    QVERIFY(child<QLabel>(sync, "status")->text().startsWith(QStringLiteral("Synchronized")));
    screenshot(sync, QStringLiteral("sync-options-keyboard"));
    press(Qt::Key_Escape);
    QTRY_VERIFY(!sync || !sync->isVisible());
    QTRY_VERIFY(w->messageBar()->text().contains(QStringLiteral("is synchronized with")));
}

// New order for this account (Space), Ctrl+S; Quick Add (Space) and its menu (Down, Enter); the
// product with the arrows and Enter; the line with Enter; Seats typed, Ctrl+S; Execute (Space).
void TestKeyboard::orderAndExecute(MainWindow *w) {
    AccountsPage *accounts = w->accountsPage();
    activate(w);
    TAB_TO(child<QPushButton>(accounts, "newOrderForAccount"));
    press(Qt::Key_Space);
    OrdersPage *orders = w->ordersPage();
    QPointer<NewOrderDialog> newOrder = opened<NewOrderDialog>(orders);
    QTRY_VERIFY(newOrder->isVisible());
    activate(newOrder);
    QVERIFY(newOrder->customer()->comboBox()->currentText().startsWith(
        QStringLiteral("Keyboard Dental")));
    press(Qt::Key_S, Qt::ControlModifier);
    OrderEditor *editor = orders->editor();
    QTRY_VERIFY_WITH_TIMEOUT(orders->isEditing() && editor->isLoaded(), GuiTimeout);
    BSS_WAIT_IDLE(w);
    activate(w);

    // The menu runs its own event loop: its keys are pressed once it shows.
    auto *quickAdd = child<QToolButton>(editor, "quickAdd");
    TAB_TO(quickAdd);
    QTimer::singleShot(0, this, [] {
        QTRY_VERIFY(QApplication::activePopupWidget());
        QWidget *menu = QApplication::activePopupWidget();
        QTest::keyClick(menu, Qt::Key_Down);
        QTest::keyClick(menu, Qt::Key_Return);
    });
    press(Qt::Key_Space);
    QPointer<ProductChooserDialog> chooser = opened<ProductChooserDialog>(editor);
    QTRY_VERIFY(chooser->isVisible());
    activate(chooser);
    auto *tree = child<QTreeWidget>(chooser, "product");
    TAB_TO(tree);
    for (int i = 0;
         i < 20 && tree->currentItem() &&
         tree->currentItem()->text(0) != QStringLiteral("Kaspersky Endpoint Security Cloud");
         ++i)
        press(Qt::Key_Down);
    QVERIFY(child<QPushButton>(chooser, "addProduct")->isEnabled());
    press(Qt::Key_Return);
    auto *lines = child<QTableView>(editor, "orderLines");
    QTRY_COMPARE_WITH_TIMEOUT(lines->model()->rowCount(), 1, GuiTimeout);
    activate(w);

    TAB_TO(lines);
    press(Qt::Key_Down);
    press(Qt::Key_Return); // Enter on a line opens its Seats panel, like the pencil
    SeatsPanel *panel = editor->seatsPanel();
    QTRY_VERIFY(panel->isVisible());
    auto *seats = child<QSpinBox>(panel, "seats");
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(seats));
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("12"));
    press(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(panel->isQuoted(), GuiTimeout);
    QCOMPARE(child<QLabel>(panel, "band")->text(), QStringLiteral("10–14 seats"));
    QCOMPARE(child<QLabel>(panel, "periodPrice")->text(), QStringLiteral("48.00 EUR"));
    QCOMPARE(child<QLabel>(panel, "firstPeriodCharge")->text(), QStringLiteral("0.00 EUR"));
    screenshot(w, QStringLiteral("seats-keyboard"));
    press(Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(editor->order()->lines.value(0).complete, GuiTimeout);
    QCOMPARE(child<QLabel>(editor, "total")->text(), QStringLiteral("0.00 EUR"));

    auto *execute = child<QPushButton>(editor, "execute");
    QTRY_VERIFY(execute->isEnabled());
    TAB_TO(execute);
    Confirm::setNextAnswer(true);
    press(Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(editor->order()->status == OrderStatus::Executed, GuiTimeout);
    auto *generated = child<QTreeWidget>(editor, "generatedSubscriptions");
    QTRY_COMPARE(generated->topLevelItemCount(), 1);
    QCOMPARE(generated->topLevelItem(0)->text(1), QStringLiteral("12"));
    screenshot(w, QStringLiteral("executed-keyboard"));
}

void TestKeyboard::seedFlowByKeyboard() {
    GuiFixture f;
    MainWindow *w = f.window.get();
    QVERIFY(w->showPage(QStringLiteral("accounts")));
    BSS_WAIT_IDLE(w);
    activate(w);
    newEndUser(w);
    if (QTest::currentTestFailed())
        return;
    synchronize(w);
    if (QTest::currentTestFailed())
        return;
    orderAndExecute(w);
}

QTEST_MAIN(TestKeyboard)
#include "tst_gui_keyboard.moc"
