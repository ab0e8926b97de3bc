// The client in team mode while the server's PostgreSQL goes away and comes back: the server
// answers 503 store-unavailable, and the window says so with Retry, keeps what the user typed and
// the rows it shows, and Retry does the work once the database is back.
#include "GuiTest.h"

#include "tests/server/PostgresCluster.h"
#include "tests/server/ServerProcess.h"
#include "ui/accounts/AccountsPage.h"
#include "ui/accounts/SyncOptionsDialog.h"
#include "ui/common/Confirm.h"
#include "ui/models/AccountsModel.h"
#include "ui/orders/OrderEditor.h"
#include "ui/orders/OrdersPage.h"
#include "ui/orders/SeatsPanel.h"

#include "app/backend/RestBackend.h"

#include <QAction>
#include <QDeadlineTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>

using namespace bss;
using namespace bss::test;

namespace {

const QString AdminPassword = QStringLiteral("password-123");

QStringList namesShown(const QAbstractItemModel *model, int rows) {
    QStringList names;
    for (int row = 0; row < qMin(rows, model->rowCount()); ++row)
        names.append(model->index(row, AccountsModel::Name).data().toString());
    return names;
}

} // namespace

class TestGuiOutage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void refreshKeepsTheRowsAndRetryReloads();
    void syncOptionsKeepTheEditAndRetrySaves();
    void seatsPanelKeepsTheSeatsAndRetrySaves();

private:
    // Waits until the server answers from its database again (its threads reconnect on use).
    bool databaseServesAgain();
    void openAccounts();

    PostgresCluster m_cluster;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<RestBackend> m_backend;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiOutage::initTestCase() {
    isolateSettings();
    BSS_REQUIRE_POSTGRES();
    QString error;
    QVERIFY2(m_cluster.start(&error), qPrintable(error));
    const QString store = m_cluster.createDatabase(QStringLiteral("guioutage"), &error);
    QVERIFY2(!store.isEmpty(), qPrintable(error));
    m_server = std::make_unique<ServerProcess>(store);
    QVERIFY2(m_server->addUser(
                 {QStringLiteral("tester"), QStringLiteral("admin"), {}, AdminPassword}, &error),
             qPrintable(error));
    QVERIFY2(
        m_server->start(
            {QStringLiteral("--demo"), QStringLiteral("--threads"), QStringLiteral("2")}, &error),
        qPrintable(error));
    m_backend = std::make_unique<RestBackend>(m_server->url());
    const Result<Session> session =
        await(m_backend->login(QStringLiteral("tester"), AdminPassword));
    BSS_VERIFY_OK(session);
}

void TestGuiOutage::init() {
    m_window = std::make_unique<MainWindow>(m_backend.get());
    m_window->show();
}

void TestGuiOutage::cleanup() {
    Confirm::setAlwaysAnswer(std::nullopt);
    m_window.reset();
    // A test that failed midway must not leave the next one without its database.
    QString error;
    if (QTest::currentTestFailed() && !m_cluster.restart(&error))
        qWarning("restarting PostgreSQL: %s", qPrintable(error));
}

void TestGuiOutage::cleanupTestCase() {
    m_backend.reset();
    if (m_server)
        m_server->stop();
    m_cluster.stop(PostgresCluster::StopMode::Fast);
}

bool TestGuiOutage::databaseServesAgain() {
    AccountQuery one;
    one.limit = 1;
    // Each of the server's request threads finds its lost connection only on its next request
    // (answering that one 503): rounds of requests at once, so that both threads get some, until
    // two rounds in a row are answered in full.
    QDeadlineTimer deadline(GuiTimeout);
    int inARow = 0;
    while (!deadline.hasExpired() && inARow < 2) {
        QList<QFuture<Result<Page<Account>>>> round;
        for (int i = 0; i < 4; ++i)
            round.append(m_backend->accounts(one));
        bool all = true;
        for (const auto &future : round)
            all = await(future, 2000).ok() && all;
        inARow = all ? inARow + 1 : 0;
        if (!all)
            QTest::qWait(100);
    }
    return inARow == 2;
}

void TestGuiOutage::openAccounts() {
    QVERIFY(m_window->showPage(QStringLiteral("accounts")));
    BSS_WAIT_IDLE(m_window.get());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->accountsPage()->model()->rowCount() >= 5, GuiTimeout);
}

void TestGuiOutage::refreshKeepsTheRowsAndRetryReloads() {
    openAccounts();
    AccountsModel *model = m_window->accountsPage()->model();
    const QStringList before = namesShown(model, 5);
    QVERIFY(!before.contains(QString()));

    m_cluster.stop(PostgresCluster::StopMode::Fast);
    child<QAction>(m_window.get(), "actionRefresh")->trigger();
    MessageBar *bar = m_window->messageBar();
    QTRY_COMPARE_WITH_TIMEOUT(bar->actionText(), QStringLiteral("Retry"), GuiTimeout);
    QVERIFY2(bar->text().contains(QStringLiteral("database cannot be reached")),
             qPrintable(bar->text()));
    QCOMPARE(bar->kind(), MessageBar::Kind::Error);
    BSS_WAIT_IDLE(m_window.get());
    // The rows the user was looking at stay, and the page's own report keeps the button.
    QCOMPARE(namesShown(model, 5), before);
    QVERIFY(child<QTableView>(m_window->accountsPage(), "accountsTable")->isVisible());
    QCOMPARE(bar->actionText(), QStringLiteral("Retry"));
    screenshot(m_window.get(), QStringLiteral("database-down"));

    QString error;
    QVERIFY2(m_cluster.restart(&error), qPrintable(error));
    QVERIFY(databaseServesAgain());
    QTest::mouseClick(child<QPushButton>(bar, "messageAction"), Qt::LeftButton);
    BSS_WAIT_IDLE(m_window.get());
    QVERIFY2(!bar->isVisible(), qPrintable(bar->text()));
    QCOMPARE(namesShown(model, 5), before);
}

void TestGuiOutage::syncOptionsKeepTheEditAndRetrySaves() {
    openAccounts();
    AccountsPage *accounts = m_window->accountsPage();
    AccountsModel *model = accounts->model();
    // A direct account not yet connected to Kaspersky.
    const int kaspersky = model->columnOf(QStringLiteral("kaspersky"));
    int row = 0;
    while (row < model->rowCount() &&
           (model->index(row, AccountsModel::Type).data().toString() != QStringLiteral("Direct") ||
            model->index(row, kaspersky).data().toString() != QStringLiteral("UnSynchronized")))
        ++row;
    QVERIFY(row < model->rowCount());
    const QString name = model->index(row, AccountsModel::Name).data().toString();
    auto *table = child<QTableView>(accounts, "accountsTable");
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(model->index(row, AccountsModel::Name)).center());
    QTRY_COMPARE(accounts->selectedAccount()->name, name);
    const Id accountId = accounts->selectedAccount()->id;

    QTest::mouseClick(child<QPushButton>(accounts, "syncOptions"), Qt::LeftButton);
    QPointer<SyncOptionsDialog> sync = opened<SyncOptionsDialog>(accounts);
    sync->setPlatform(QStringLiteral("kaspersky"));
    QTRY_VERIFY_WITH_TIMEOUT(sync->isLoaded(), GuiTimeout);
    const QString email = QStringLiteral("outage-%1@licenses.example").arg(accountId);
    auto *emailField = child<QLineEdit>(sync, "email");
    emailField->setFocus();
    emailField->selectAll();
    QTest::keyClicks(emailField, email);
    QCOMPARE(emailField->text(), email);

    // The database goes away before the user presses Save & Synchronize.
    m_cluster.stop(PostgresCluster::StopMode::Fast);
    Confirm::setNextAnswer(true);
    QTest::mouseClick(child<QPushButton>(sync, "saveAndSynchronize"), Qt::LeftButton);
    auto *result = child<QLabel>(sync, "result");
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("database cannot be reached")),
                             GuiTimeout);
    auto *retry = child<QPushButton>(sync, "retry");
    QVERIFY(retry->isVisible());
    QVERIFY(retry->isEnabled());
    QCOMPARE(retry->accessibleName(), QStringLiteral("Retry"));
    // The dialog stays open with what was typed; the window's message bar says it too.
    QVERIFY(sync && sync->isVisible());
    QCOMPARE(emailField->text(), email);
    QCOMPARE(m_window->messageBar()->actionText(), QStringLiteral("Retry"));
    // Nothing claims to be saved or synchronized meanwhile.
    QVERIFY(child<QLabel>(sync, "status")->text().startsWith(QStringLiteral("UnSynchronized")));
    screenshot(sync, QStringLiteral("sync-database-down"));

    // A Retry while the database is still down says the same and keeps the edit.
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(retry->isEnabled(), GuiTimeout);
    QVERIFY(result->text().contains(QStringLiteral("database cannot be reached")));
    QCOMPARE(emailField->text(), email);

    QString error;
    QVERIFY2(m_cluster.restart(&error), qPrintable(error));
    QVERIFY(databaseServesAgain());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(sync->current().status == SyncStatus::Synchronized, GuiTimeout);
    QVERIFY(child<QLabel>(sync, "status")->text().startsWith(QStringLiteral("Synchronized")));
    QCOMPARE(emailField->text(), email);
    QVERIFY(!retry->isVisible());
    screenshot(sync, QStringLiteral("sync-retried"));

    // Saved on the server: the account's Kaspersky options carry the new email, and the list
    // shows the account synchronized; opened again, the dialog shows the email.
    const Result<PlatformSync> stored =
        await(m_backend->syncOptions(accountId, QStringLiteral("kaspersky")));
    BSS_VERIFY_OK(stored);
    QCOMPARE(stored->email, email);
    BSS_COMPARE_STATUS(stored->status, SyncStatus::Synchronized);
    QTest::mouseClick(child<QPushButton>(sync, "close"), Qt::LeftButton);
    QTRY_VERIFY(!sync || !sync->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(model->index(model->rowOf(accountId), kaspersky).data().toString(),
                              QStringLiteral("Synchronized"), GuiTimeout);
    QPointer<SyncOptionsDialog> again = accounts->openSyncOptions(QStringLiteral("kaspersky"));
    QVERIFY(again);
    QTRY_VERIFY_WITH_TIMEOUT(again->isLoaded(), GuiTimeout);
    QCOMPARE(child<QLineEdit>(again, "email")->text(), email);
    again->close();
}

void TestGuiOutage::seatsPanelKeepsTheSeatsAndRetrySaves() {
    // A draft order with one Kaspersky line, open in the order editor.
    AccountQuery first;
    first.limit = 1;
    const Result<Page<Account>> account = await(m_backend->accounts(first));
    BSS_VERIFY_OK(account);
    const Result<QList<Product>> products = await(m_backend->products(QStringLiteral("kaspersky")));
    BSS_VERIFY_OK(products);
    QVERIFY(!products->isEmpty());
    const Product product = products->constFirst();
    const Result<Order> created = await(m_backend->createOrder(account->items.constFirst().id));
    BSS_VERIFY_OK(created);
    const Result<Order> draft =
        await(m_backend->addLine(created->id, product.id, product.minSeats));
    BSS_VERIFY_OK(draft);
    QVERIFY(m_window->showPage(QStringLiteral("orders")));
    BSS_WAIT_IDLE(m_window.get());
    OrdersPage *orders = m_window->ordersPage();
    orders->openOrder(draft->id);
    OrderEditor *editor = orders->editor();
    QTRY_VERIFY_WITH_TIMEOUT(orders->isEditing() && editor->isLoaded(), GuiTimeout);
    BSS_WAIT_IDLE(m_window.get());

    // The pencil: new Seats, quoted while the database is up.
    QTest::mouseClick(child<QToolButton>(editor, "editLine0"), Qt::LeftButton);
    SeatsPanel *panel = editor->seatsPanel();
    QTRY_VERIFY(panel->isVisible());
    const int seats = product.minSeats + 2 * product.step;
    auto *seatsField = child<QSpinBox>(panel, "seats");
    seatsField->setValue(seats);
    QTRY_VERIFY_WITH_TIMEOUT(panel->isQuoted(), GuiTimeout);

    m_cluster.stop(PostgresCluster::StopMode::Fast);
    QTest::mouseClick(child<QPushButton>(panel, "save"), Qt::LeftButton);
    MessageBar *bar = m_window->messageBar();
    QTRY_COMPARE_WITH_TIMEOUT(bar->actionText(), QStringLiteral("Retry"), GuiTimeout);
    QVERIFY2(bar->text().contains(QStringLiteral("database cannot be reached")),
             qPrintable(bar->text()));
    BSS_WAIT_IDLE(m_window.get());
    // The panel stays open with the Seats typed.
    QVERIFY(panel->isVisible());
    QCOMPARE(seatsField->value(), seats);
    QCOMPARE(editor->order()->lines.constFirst().seats, std::optional<int>(product.minSeats));
    screenshot(m_window.get(), QStringLiteral("seats-database-down"));

    QString error;
    QVERIFY2(m_cluster.restart(&error), qPrintable(error));
    QVERIFY(databaseServesAgain());
    QTest::mouseClick(child<QPushButton>(bar, "messageAction"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(editor->order()->lines.constFirst().seats, std::optional<int>(seats),
                              GuiTimeout);
    BSS_WAIT_IDLE(m_window.get());
    QVERIFY(!panel->isVisible());
    const Result<Order> stored = await(m_backend->order(draft->id));
    BSS_VERIFY_OK(stored);
    QCOMPARE(stored->lines.constFirst().seats, std::optional<int>(seats));
}

QTEST_MAIN(TestGuiOutage)
#include "tst_gui_outage.moc"
