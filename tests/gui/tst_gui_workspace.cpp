// The main window as a place to work all day: it remembers its layout and last page (item 1),
// the audit panels are readable (item 8), slow calls show a busy indicator and errors land in
// the message bar rather than in pop-ups (item 9), drafts can be cancelled (item 5), and the
// Sync Options dialog shows every error and a failure's reason readably (item 3).
#include "GuiTest.h"

#include "ui/accounts/AccountsPage.h"
#include "ui/accounts/SyncOptionsDialog.h"
#include "ui/common/AccountChooser.h"
#include "ui/common/AuditPanel.h"
#include "ui/common/OpeningProgress.h"
#include "ui/models/AccountsModel.h"
#include "ui/models/AuditModel.h"
#include "ui/models/OrdersModel.h"
#include "ui/orders/OrderEditor.h"
#include "ui/orders/OrdersPage.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>

using namespace bss;
using namespace bss::test;

namespace {

// True once none of the widget's timers (a delayed show among them) is still running.
bool noTimerRunning(const QObject &widget) {
    const QList<QTimer *> timers = widget.findChildren<QTimer *>();
    return std::none_of(timers.cbegin(), timers.cend(),
                        [](const QTimer *t) { return t->isActive(); });
}

// The last column takes the rest of the width: no grey gap at the right of a table.
void verifyFillsWidth(QTableView *table) {
    const QHeaderView *header = table->horizontalHeader();
    const int last = header->count() - 1;
    QVERIFY2(header->sectionViewportPosition(last) + header->sectionSize(last) >=
                 table->viewport()->width() - 1,
             qPrintable(QStringLiteral("the columns of %1 end at %2 px of %3")
                            .arg(table->objectName())
                            .arg(header->sectionViewportPosition(last) + header->sectionSize(last))
                            .arg(table->viewport()->width())));
}

// No column but the last (which stretches) is narrower than its loaded values need, up to
// the panel's cap: nothing reads "1 D…" or "de…".
void verifyColumnsFit(QTableView *table, int cap) {
    QVERIFY(table->model()->rowCount() > 0);
    const int last = table->model()->columnCount() - 1;
    for (int c = 0; c < last; ++c) {
        // QTableView hides the public QAbstractItemView::sizeHintForColumn.
        const int needed =
            qMin(static_cast<const QAbstractItemView *>(table)->sizeHintForColumn(c), cap);
        QVERIFY2(table->columnWidth(c) >= needed,
                 qPrintable(QStringLiteral("column \"%1\" is %2 px wide, its values need %3 px")
                                .arg(table->model()->headerData(c, Qt::Horizontal).toString())
                                .arg(table->columnWidth(c))
                                .arg(needed)));
    }
    verifyFillsWidth(table);
}

int rowWith(const QAbstractItemModel *model, int column, const QString &text, int otherColumn,
            const QString &otherText) {
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString() == text &&
            model->index(row, otherColumn).data().toString() == otherText)
            return row;
    }
    return -1;
}

// Every widget fully inside its window: no label cut off at the bottom or the right.
void verifyInsideWindow(QWidget *window) {
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(window) || label->text().isEmpty())
            continue;
        const QRect r(label->mapTo(window, QPoint(0, 0)), label->size());
        QVERIFY2(window->rect().contains(r),
                 qPrintable(QStringLiteral("%1 is cut off").arg(label->objectName())));
        if (label->wordWrap())
            QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                     qPrintable(QStringLiteral("%1 is %2 px high, its text needs %3 px")
                                    .arg(label->objectName())
                                    .arg(label->height())
                                    .arg(label->heightForWidth(label->width()))));
    }
}

Account accountNamed(Backend *backend, const QString &name) {
    AccountQuery query;
    query.q = name;
    const Result<Page<Account>> found = await(backend->accounts(query));
    return found && !found->items.isEmpty() ? found->items.first() : Account{};
}

} // namespace

class TestWorkspace : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { isolateSettings(); }
    void init() { QSettings().clear(); }
    void cleanup() { Confirm::setAlwaysAnswer(std::nullopt); }
    void remembersLayoutAndLastPage();
    void auditPanelsAreReadable();
    void auditTrailReadsInWords();
    void auditTrailInGerman();
    void busyIndicatorOnlyForSlowCalls();
    void openingWindowOnlyForSlowOpens();
    void draftCanBeCancelledAndErrorsGoToTheMessageBar();
    void syncOptionsShowsEveryErrorAndFailure();
    void germanAndGreekAreComplete_data();
    void germanAndGreekAreComplete();
};

void TestWorkspace::remembersLayoutAndLastPage() {
    auto local = std::make_unique<LocalFixture>(true);
    QList<int> mainSizes;
    QList<int> ordersSizes;
    QSize size;
    {
        MainWindow window(local->backend.get());
        window.restoreSettings();
        window.show();
        window.resize(1200, 720);
        QVERIFY(window.showPage(QStringLiteral("orders")));
        QTRY_VERIFY_WITH_TIMEOUT(window.isIdle(), GuiTimeout);
        auto *main = child<QSplitter>(&window, "mainSplitter");
        main->setSizes({240, main->width() - 240 - main->handleWidth()});
        mainSizes = main->sizes();
        auto *orders = child<QSplitter>(window.ordersPage(), "splitter");
        orders->setSizes({200, orders->height() - 200 - orders->handleWidth()});
        ordersSizes = orders->sizes();
        size = window.size();
        QVERIFY(size != QSize(1280, 800));
        QVERIFY(window.close()); // what the user does; closing saves
    }
    MainWindow again(local->backend.get());
    again.restoreSettings();
    again.show();
    QTRY_VERIFY_WITH_TIMEOUT(again.isIdle(), GuiTimeout);
    QCOMPARE(again.currentPageName(), QStringLiteral("orders"));
    QCOMPARE(again.size(), size);
    QCOMPARE(child<QSplitter>(&again, "mainSplitter")->sizes(), mainSizes);
    QCOMPARE(child<QSplitter>(again.ordersPage(), "splitter")->sizes(), ordersSizes);
}

void TestWorkspace::auditPanelsAreReadable() {
    GuiFixture f;
    MainWindow *w = f.window.get();

    // Office > Accounts: who, when, field, old → new for the selected account.
    QVERIFY(w->showPage(QStringLiteral("accounts")));
    AccountsPage *accounts = w->accountsPage();
    BSS_WAIT_IDLE(w);
    auto *accountAudit = child<QTableView>(accounts, "auditTable");
    const int adventure =
        rowShowing(accounts->model(), AccountsModel::Name, QStringLiteral("Adventure Works"));
    QVERIFY(adventure >= 0);
    child<QTableView>(accounts, "accountsTable")->selectRow(adventure);
    BSS_WAIT_IDLE(w);
    QAbstractItemModel *trail = accountAudit->model();
    QTRY_VERIFY_WITH_TIMEOUT(trail->rowCount() > 0, GuiTimeout);
    const int synced =
        rowWith(trail, AuditModel::Field, QStringLiteral("Kaspersky Labs sync status"),
                AuditModel::After, QStringLiteral("Synchronized"));
    QVERIFY(synced >= 0);
    QCOMPARE(trail->index(synced, AuditModel::Before).data().toString(),
             QStringLiteral("UnSynchronized"));
    QCOMPARE(trail->index(synced, AuditModel::Who).data().toString(), QStringLiteral("demo"));
    QVERIFY(!trail->index(synced, AuditModel::When).data().toString().isEmpty());
    QCOMPARE(child<QLabel>(accounts, "auditTitle")->text(),
             QStringLiteral("Audit: Adventure Works"));
    verifyColumnsFit(accountAudit, 320);
    verifyFillsWidth(child<QTableView>(accounts, "accountsTable"));

    // Billing > Orders: the trail of each order selected in turn stays readable.
    QVERIFY(w->showPage(QStringLiteral("orders")));
    OrdersPage *orders = w->ordersPage();
    BSS_WAIT_IDLE(w);
    // The list's audit panel (the order editor has its own on its Audit tab).
    auto *orderAudit = child<QTableView>(child<QWidget>(orders, "listView"), "auditTable");
    auto *ordersTable = child<QTableView>(orders, "ordersTable");
    QTRY_VERIFY_WITH_TIMEOUT(orderAudit->model()->rowCount() > 0, GuiTimeout);
    screenshot(w, QStringLiteral("orders-audit"));
    verifyColumnsFit(orderAudit, 320);
    verifyFillsWidth(ordersTable);
    for (int row = 1; row < 3; ++row) {
        ordersTable->selectRow(row);
        BSS_WAIT_IDLE(w);
        QTRY_VERIFY_WITH_TIMEOUT(orderAudit->model()->rowCount() > 0, GuiTimeout);
        verifyColumnsFit(orderAudit, 320);
    }
    const int cancelled =
        rowShowing(orders->model(), OrdersModel::Status, QStringLiteral("Cancelled"));
    QVERIFY(cancelled >= 0);
    ordersTable->selectRow(cancelled);
    BSS_WAIT_IDLE(w);
    QTRY_VERIFY_WITH_TIMEOUT(rowWith(orderAudit->model(), AuditModel::Before,
                                     QStringLiteral("Draft"), AuditModel::After,
                                     QStringLiteral("Cancelled")) >= 0,
                             GuiTimeout);
    verifyColumnsFit(orderAudit, 320);
}

void TestWorkspace::auditTrailReadsInWords() {
    GuiFixture f;
    MainWindow *w = f.window.get();
    QVERIFY(w->showPage(QStringLiteral("accounts")));
    AccountsPage *accounts = w->accountsPage();
    BSS_WAIT_IDLE(w);

    NewAccount fresh;
    fresh.name = QStringLiteral("Abacus Audit GmbH");
    fresh.email = QStringLiteral("it@abacus.example");
    const Result<Account> created = await(f.backend()->createAccount(fresh));
    BSS_VERIFY_OK(created);
    accounts->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(accounts->selectAccount(created->id), GuiTimeout);
    BSS_WAIT_IDLE(w);

    // Save & Synchronize with Kaspersky Labs, as an agent does it.
    QPointer<SyncOptionsDialog> sync = accounts->openSyncOptions(QStringLiteral("kaspersky"));
    QVERIFY(sync);
    QTRY_VERIFY_WITH_TIMEOUT(sync->isLoaded(), GuiTimeout);
    child<QLineEdit>(sync, "email")->setText(QStringLiteral("licenses@abacus.example"));
    Confirm::setNextAnswer(true);
    QTest::mouseClick(child<QPushButton>(sync, "saveAndSynchronize"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(sync->current().status == SyncStatus::Synchronized, GuiTimeout);
    QTest::mouseClick(child<QPushButton>(sync, "close"), Qt::LeftButton);
    QTRY_VERIFY(!sync || !sync->isVisible());

    auto *table = child<QTableView>(accounts, "auditTable");
    QAbstractItemModel *trail = table->model();
    QTRY_VERIFY_WITH_TIMEOUT(rowWith(trail, AuditModel::Action,
                                     QStringLiteral("Saved & synchronized"), AuditModel::Field,
                                     QStringLiteral("Kaspersky Labs sync status")) >= 0,
                             GuiTimeout);
    BSS_WAIT_IDLE(w);
    screenshot(w, QStringLiteral("account-trail"));

    const int status = rowWith(trail, AuditModel::Action, QStringLiteral("Saved & synchronized"),
                               AuditModel::Field, QStringLiteral("Kaspersky Labs sync status"));
    QCOMPARE(trail->index(status, AuditModel::Before).data().toString(),
             QStringLiteral("UnSynchronized"));
    QCOMPARE(trail->index(status, AuditModel::After).data().toString(),
             QStringLiteral("Synchronized"));
    // QA still finds the stored codes in the tooltips.
    QCOMPARE(trail->index(status, AuditModel::Action).data(Qt::ToolTipRole).toString(),
             QStringLiteral("synchronize"));
    QCOMPARE(trail->index(status, AuditModel::Field).data(Qt::ToolTipRole).toString(),
             QStringLiteral("sync.kaspersky.status"));
    const int email = rowWith(trail, AuditModel::Field, QStringLiteral("Kaspersky Labs email"),
                              AuditModel::After, QStringLiteral("licenses@abacus.example"));
    QVERIFY(email >= 0);
    QCOMPARE(trail->index(email, AuditModel::Action).data().toString(),
             QStringLiteral("Saved & synchronized"));
    QVERIFY(rowWith(trail, AuditModel::Action, QStringLiteral("Created"), AuditModel::Field,
                    QStringLiteral("Name")) >= 0);
    QVERIFY(rowWith(trail, AuditModel::Field, QStringLiteral("Type"), AuditModel::After,
                    QStringLiteral("Direct")) >= 0);
    QVERIFY(rowWith(trail, AuditModel::Field, QStringLiteral("Email"), AuditModel::After,
                    QStringLiteral("it@abacus.example")) >= 0);
    // Every action and field of the trail reads in words, none as its code.
    for (int row = 0; row < trail->rowCount(); ++row) {
        for (int column : {int(AuditModel::Action), int(AuditModel::Field)}) {
            const QModelIndex cell = trail->index(row, column);
            QVERIFY2(cell.data().toString() != cell.data(Qt::ToolTipRole).toString(),
                     qPrintable(QStringLiteral("row %1 shows the code \"%2\"")
                                    .arg(row)
                                    .arg(cell.data().toString())));
        }
    }
    verifyColumnsFit(table, 320);
}

void TestWorkspace::auditTrailInGerman() {
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral("bssdesk_de"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&translator);
    const auto removeTranslator =
        qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
    GuiFixture f;
    MainWindow *w = f.window.get();
    QVERIFY(w->showPage(QStringLiteral("accounts")));
    AccountsPage *accounts = w->accountsPage();
    BSS_WAIT_IDLE(w);
    const int adventure =
        rowShowing(accounts->model(), AccountsModel::Name, QStringLiteral("Adventure Works"));
    QVERIFY(adventure >= 0);
    child<QTableView>(accounts, "accountsTable")->selectRow(adventure);
    BSS_WAIT_IDLE(w);
    auto *table = child<QTableView>(accounts, "auditTable");
    QAbstractItemModel *trail = table->model();
    QTRY_VERIFY_WITH_TIMEOUT(trail->rowCount() > 0, GuiTimeout);
    const int synced = rowWith(trail, AuditModel::Field,
                               QStringLiteral("Synchronisierungsstatus (Kaspersky Labs)"),
                               AuditModel::After, QStringLiteral("Synchronisiert"));
    QVERIFY(synced >= 0);
    QCOMPARE(trail->index(synced, AuditModel::Action).data().toString(),
             QStringLiteral("Gespeichert & synchronisiert"));
    QCOMPARE(trail->index(synced, AuditModel::Before).data().toString(),
             QStringLiteral("Nicht synchronisiert"));
    QCOMPARE(table->model()->headerData(AuditModel::Field, Qt::Horizontal).toString(),
             QStringLiteral("Feld"));
    screenshot(w, QStringLiteral("account-trail-de"));
    verifyColumnsFit(table, 320);
}

void TestWorkspace::busyIndicatorOnlyForSlowCalls() {
    GuiFixture f;
    MainWindow *w = f.window.get();
    QVERIFY(w->showPage(QStringLiteral("accounts")));
    BSS_WAIT_IDLE(w);
    BusyIndicator *busy = w->busyIndicator();
    QVERIFY(!busy->isVisible());

    // A real call is tracked while it runs.
    w->currentPage()->refresh();
    QVERIFY(busy->pending() > 0);
    BSS_WAIT_IDLE(w);
    QVERIFY(!busy->isVisible());

    // A call taking longer than ~200 ms shows "Working…", not before; it goes when the call ends.
    QElapsedTimer clock;
    clock.start();
    BusyIndicator::Token slow = busy->begin();
    QVERIFY(!busy->isVisible());
    QTRY_VERIFY(busy->isVisible());
    QVERIFY2(clock.elapsed() >= 190, qPrintable(QString::number(clock.elapsed())));
    screenshot(w, QStringLiteral("working"));
    BusyIndicator::Token other = busy->begin();
    slow.reset();
    QVERIFY(busy->isVisible()); // another call is still pending
    other.reset();
    QVERIFY(!busy->isVisible());
    QVERIFY(busy->isIdle());
}

// Opening the store (an upgrade of a big one takes a minute): a window after a delay, none for a
// quick open, and none once opening is done.
void TestWorkspace::openingWindowOnlyForSlowOpens() {
    {
        OpeningProgress quick(QStringLiteral("/tmp/small.sqlite"), 150);
        quick.finish();
        // Nothing is left that could show it later: none of its timers runs, and it is hidden.
        QTRY_VERIFY(noTimerRunning(quick));
        QVERIFY(!quick.isVisible());
    }
    QElapsedTimer clock;
    clock.start();
    OpeningProgress slow(QStringLiteral("Embedded store: /tmp/big.sqlite"), 150);
    QVERIFY(!slow.isVisible());
    QTRY_VERIFY(slow.isVisible());
    QVERIFY2(clock.elapsed() >= 140, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(slow.labelText().contains(QLatin1String("/tmp/big.sqlite")));
    QVERIFY(slow.findChildren<QPushButton *>().isEmpty()); // no Cancel half-way through
    screenshot(&slow, QStringLiteral("opening"));
    slow.finish();
    QVERIFY(!slow.isVisible());
    QTRY_VERIFY(noTimerRunning(slow));
    QVERIFY(!slow.isVisible());
}

void TestWorkspace::draftCanBeCancelledAndErrorsGoToTheMessageBar() {
    GuiFixture f;
    MainWindow *w = f.window.get();
    QVERIFY(w->showPage(QStringLiteral("orders")));
    OrdersPage *orders = w->ordersPage();
    BSS_WAIT_IDLE(w);
    auto *status = child<QComboBox>(orders, "statusFilter");
    status->setCurrentIndex(status->findText(QStringLiteral("Draft")));
    QTRY_VERIFY_WITH_TIMEOUT(orders->model()->isLoaded() && orders->model()->rowCount() >= 2,
                             GuiTimeout);
    const Order first = orders->model()->valueAt(0);
    const Order second = orders->model()->valueAt(1);

    // A draft: Cancel order, confirmed; it is then read-only.
    orders->openOrder(first.id);
    OrderEditor *editor = orders->editor();
    QTRY_VERIFY_WITH_TIMEOUT(editor->isLoaded(), GuiTimeout);
    auto *cancel = child<QPushButton>(editor, "cancelOrder");
    QVERIFY(cancel->isEnabled());
    Confirm::setNextAnswer(false);
    QTest::mouseClick(cancel, Qt::LeftButton);
    BSS_WAIT_IDLE(w);
    BSS_COMPARE_STATUS(editor->order()->status, OrderStatus::Draft); // declined: nothing changes
    Confirm::setNextAnswer(true);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(editor->order()->status == OrderStatus::Cancelled, GuiTimeout);
    QCOMPARE(child<QLabel>(editor, "status")->text(), QStringLiteral("Cancelled"));
    QVERIFY(!cancel->isEnabled());
    QVERIFY(!child<QToolButton>(editor, "quickAdd")->isEnabled());
    QVERIFY(!child<QPushButton>(editor, "execute")->isEnabled());
    QVERIFY(w->messageBar()->text().contains(first.number));
    screenshot(w, QStringLiteral("cancelled"));
    const Result<Order> stored = await(f.backend()->order(first.id));
    BSS_VERIFY_OK(stored);
    BSS_COMPARE_STATUS(stored->status, OrderStatus::Cancelled);

    // Cancelled elsewhere meanwhile: the refusal is a sentence in the message bar, no pop-up.
    orders->openOrder(second.id);
    QTRY_VERIFY_WITH_TIMEOUT(editor->isLoaded() && editor->order()->id == second.id, GuiTimeout);
    BSS_VERIFY_OK(await(f.backend()->cancelOrder(second.id)));
    Confirm::setNextAnswer(true);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(w->messageBar()->isVisible() &&
                                 w->messageBar()->kind() == MessageBar::Kind::Error,
                             GuiTimeout);
    QVERIFY(!w->messageBar()->text().isEmpty());
    QVERIFY(!QApplication::activeModalWidget());
    const QList<QWidget *> windows = QApplication::topLevelWidgets();
    for (const QWidget *top : windows)
        QVERIFY2(top == w || !top->isVisible() || !qobject_cast<const QDialog *>(top),
                 qPrintable(top->objectName()));
    screenshot(w, QStringLiteral("refused"));
}

void TestWorkspace::syncOptionsShowsEveryErrorAndFailure() {
    GuiFixture f;
    MainWindow *w = f.window.get();
    QVERIFY(w->showPage(QStringLiteral("accounts")));
    AccountsPage *accounts = w->accountsPage();
    BSS_WAIT_IDLE(w);

    // Tailspin Toys: Kaspersky refused it; the reason shows and Retry is offered.
    const Account tailspin = accountNamed(f.backend(), QStringLiteral("Tailspin"));
    QVERIFY(accounts->selectAccount(tailspin.id));
    QPointer<SyncOptionsDialog> sync = accounts->openSyncOptions(QStringLiteral("kaspersky"));
    QVERIFY(sync);
    QTRY_VERIFY_WITH_TIMEOUT(sync->isLoaded(), GuiTimeout);
    BSS_COMPARE_STATUS(sync->current().status, SyncStatus::Failed);
    QVERIFY(child<QLabel>(sync, "status")->text().startsWith(QStringLiteral("Failed: ")));
    QVERIFY(child<QLabel>(sync, "status")->text().size() > QStringLiteral("Failed: ").size());
    QVERIFY(child<QPushButton>(sync, "retry")->isVisible());
    QTRY_VERIFY(sync->isVisible());
    verifyInsideWindow(sync);
    screenshot(sync, QStringLiteral("failed"));

    // Retry with the same options fails again, with the reason in words; a good email fixes it.
    QTest::mouseClick(child<QPushButton>(sync, "retry"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QLabel>(sync, "result")->text().contains(QStringLiteral("Retry")), GuiTimeout);
    verifyInsideWindow(sync);
    screenshot(sync, QStringLiteral("retry-failed"));
    child<QLineEdit>(sync, "email")->setText(QStringLiteral("licenses@tailspin.example"));
    QTest::mouseClick(child<QPushButton>(sync, "retry"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(sync->current().status == SyncStatus::Synchronized, GuiTimeout);
    QVERIFY(!child<QPushButton>(sync, "retry")->isVisible());
    sync->reject();
    QTRY_VERIFY(!sync);

    // A direct account given a parent, no email, the Reseller role and a PIN: four errors,
    // each beside its field, all at once, every sentence readable.
    const Account wingtip = accountNamed(f.backend(), QStringLiteral("Wingtip"));
    const Account northwind = accountNamed(f.backend(), QStringLiteral("Northwind"));
    QVERIFY(accounts->selectAccount(wingtip.id));
    sync = accounts->openSyncOptions(QStringLiteral("kaspersky"));
    QTRY_VERIFY_WITH_TIMEOUT(sync->isLoaded(), GuiTimeout);
    QTRY_VERIFY(sync->isVisible());
    child<AccountChooser>(sync, "parentAccount")->setCurrentAccount(northwind.id, northwind.name);
    child<QLineEdit>(sync, "email")->clear();
    auto *role = child<QComboBox>(sync, "role");
    role->setCurrentIndex(role->findText(QStringLiteral("Reseller")));
    child<QLineEdit>(sync, "resellerPin")->setText(QStringLiteral("4711"));
    const QSize before = sync->size();
    Confirm::setNextAnswer(true);
    QTest::mouseClick(child<QPushButton>(sync, "saveAndSynchronize"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!sync->fieldError(QStringLiteral("email")).isEmpty(), GuiTimeout);
    for (const char *field : {"parentId", "email", "role", "resellerPin"})
        QVERIFY2(!sync->fieldError(QLatin1String(field)).isEmpty(), field);
    for (const char *label : {"parentIdError", "emailError", "roleError", "resellerPinError"})
        QVERIFY2(child<QLabel>(sync, label)->isVisible(), label);
    QVERIFY(sync->size().height() >= before.height());
    verifyInsideWindow(sync);
    BSS_COMPARE_STATUS(sync->current().status, SyncStatus::UnSynchronized);
    screenshot(sync, QStringLiteral("all-errors"));
}

void TestWorkspace::germanAndGreekAreComplete_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("accounts");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Konten");
    QTest::newRow("el") << QStringLiteral("el") << QStringLiteral("Λογαριασμοί");
}

// Item 11: every string translated (no unfinished or empty entry), and built into the binary.
void TestWorkspace::germanAndGreekAreComplete() {
    QFETCH(QString, language);
    QFETCH(QString, accounts);
    QFile ts(
        QStringLiteral(QT_TESTCASE_SOURCEDIR "/../../translations/bssdesk_%1.ts").arg(language));
    QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
    QXmlStreamReader xml(&ts);
    QString source;
    int messages = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
            ++messages;
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            QVERIFY2(type.isEmpty(), qPrintable(QStringLiteral("%1 \"%2\"").arg(type, source)));
            QString text;
            int forms = 0;
            while (xml.readNext() != QXmlStreamReader::EndElement ||
                   xml.name() != QLatin1String("translation")) {
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                    ++forms;
                    QVERIFY2(!xml.readElementText().trimmed().isEmpty(),
                             qPrintable(QStringLiteral("empty plural form of \"%1\"").arg(source)));
                } else if (xml.isCharacters()) {
                    text += xml.text();
                }
            }
            QVERIFY2(forms > 0 || !text.trimmed().isEmpty(),
                     qPrintable(QStringLiteral("\"%1\" untranslated").arg(source)));
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString() + QStringLiteral(" at line ") +
                                         QString::number(xml.lineNumber())));
    QVERIFY(messages > 300);

    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral("bssdesk_") + language, QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&translator);
    {
        GuiFixture f;
        QCOMPARE(f.window->accountsPage()->accessibleName(), accounts);
    }
    QCoreApplication::removeTranslator(&translator);
}

QTEST_MAIN(TestWorkspace)
#include "tst_gui_workspace.moc"
