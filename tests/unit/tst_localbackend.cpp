#include "tests/support/TestSupport.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <atomic>

using namespace bss;
using namespace bss::test;

namespace {

// A second connection to the store's file that holds its write lock, so that the backend's
// worker has to wait: what a slow disk or another process would do.
class WriteLock {
public:
    explicit WriteLock(const QString &path)
        : m_name(QStringLiteral("tst_localbackend-") +
                 QUuid::createUuid().toString(QUuid::WithoutBraces)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_held = db.open() && QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
    ~WriteLock() {
        release();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool held() const { return m_held; }
    void release() {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (m_held)
                QSqlQuery(db).exec(QStringLiteral("COMMIT"));
            db.close();
        }
        m_held = false;
    }

private:
    QString m_name;
    bool m_held = false;
};

QStringList accountNames(LocalBackend &backend) {
    QStringList names;
    AccountQuery query;
    query.limit = 500;
    const Result<Page<Account>> page = await(backend.accounts(query));
    if (!page)
        return {QStringLiteral("error: ") + page.error().describe()};
    for (const Account &a : page->items)
        names.append(a.name);
    return names;
}

QStringList orderSummaries(LocalBackend &backend) {
    QStringList orders;
    OrderQuery query;
    query.limit = 500;
    const Result<Page<Order>> page = await(backend.orders(query));
    if (!page)
        return {QStringLiteral("error: ") + page.error().describe()};
    for (const Order &o : page->items)
        orders.append(
            QStringList{o.number, o.accountName, toString(o.status), o.total.toDecimalString()}
                .join(QLatin1Char(' ')));
    return orders;
}

} // namespace

// The embedded backend as the desktop application uses it: calls never block the UI thread,
// results come back on it, a broken store is an error message and never a crash.
class TestLocalBackend : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void resultsArriveOnTheCallersThreadWhileSqlRunsElsewhere() {
        LocalFixture fixture(false);
        LocalBackend &backend = *fixture.backend;
        QThread *const testThread = QThread::currentThread();

        WriteLock lock(fixture.store.path());
        QVERIFY(lock.held());

        const QFuture<Result<Account>> created =
            backend.createAccount({QStringLiteral("Contoso Ltd"), AccountType::Direct, {}, {}});
        // Queued behind the write on the worker, so it cannot be finished before the lock goes.
        QFuture<Result<Page<Account>>> listed = backend.accounts(AccountQuery{});

        std::atomic<QThread *> fulfilledOn{nullptr};
        QThread *continuedOn = nullptr;
        QObject context;
        QFuture<Result<Page<Account>>> chained =
            listed
                .then(QtFuture::Launch::Sync,
                      [&fulfilledOn](const Result<Page<Account>> &r) {
                          fulfilledOn = QThread::currentThread();
                          return r;
                      })
                .then(&context, [&continuedOn](const Result<Page<Account>> &r) {
                    continuedOn = QThread::currentThread();
                    return r;
                });

        // The caller's thread keeps running its event loop while the store is busy: it serves
        // six ticks of a timer while the write waits for the lock.
        QTimer tick;
        QSignalSpy ticks(&tick, &QTimer::timeout);
        tick.start(50);
        QTRY_VERIFY(ticks.size() >= 6);
        QVERIFY(!created.isFinished());
        QVERIFY(!listed.isFinished());
        QVERIFY(!continuedOn);

        lock.release();
        const Result<Page<Account>> page = await(chained);
        BSS_VERIFY_OK(page);
        BSS_VERIFY_OK(await(created));
        // The list was read after the write: it shows the new account.
        QCOMPARE(page->items.size(), qsizetype(1));
        QCOMPARE(page->items.first().name, QStringLiteral("Contoso Ltd"));

        QVERIFY(fulfilledOn.load());
        QVERIFY(fulfilledOn.load() != testThread);
        QCOMPARE(continuedOn, testThread);
    }

    void callsBeforeOpenAreRefused() {
        TempStore temp;
        LocalBackend backend(StoreConfig::sqlite(temp.path()));
        const Result<Page<Account>> page = await(backend.accounts(AccountQuery{}));
        QVERIFY(!page);
        QCOMPARE(page.error().kind, ErrorKind::Unavailable);
        QCOMPARE(page.error().message, QStringLiteral("The store is not open."));
    }

    void unwritableStoreIsAClearErrorNotACrash() {
        LocalBackend backend(StoreConfig::sqlite(QStringLiteral("/proc/nope/x.sqlite")));
        QSignalSpy changed(&backend, &Backend::recordChanged);
        QVERIFY(backend.describe().contains(QLatin1String("/proc/nope/x.sqlite")));

        const Result<Done> opened = await(backend.open());
        QVERIFY(!opened);
        QVERIFY2(opened.error().message.contains(QLatin1String("/proc/nope")),
                 qPrintable(opened.error().message));

        // Everything after it fails the same way, reads and writes alike.
        const Result<Page<Account>> page = await(backend.accounts(AccountQuery{}));
        QVERIFY(!page);
        QCOMPARE(page.error().message, opened.error().message);
        const Result<Account> created = await(
            backend.createAccount({QStringLiteral("Contoso Ltd"), AccountType::Direct, {}, {}}));
        QVERIFY(!created);
        QCOMPARE(created.error().message, opened.error().message);
        const Result<bool> demo = await(backend.installDemoData());
        QVERIFY(!demo);
        QCOMPARE(changed.count(), 0);
    }

    void demoDataInstallsOnce() {
        LocalFixture fixture(false);
        LocalBackend &backend = *fixture.backend;
        QCOMPARE(accountNames(backend), QStringList());

        const Result<bool> first = await(backend.installDemoData());
        BSS_VERIFY_OK(first);
        QCOMPARE(*first, true);
        const QStringList names = accountNames(backend);
        const QStringList orders = orderSummaries(backend);
        QVERIFY(names.contains(QStringLiteral("Northwind Cloud Partners")));
        QVERIFY(names.size() >= 10);
        QVERIFY(orders.size() >= 8);
        const Result<QList<Product>> products = await(backend.products({}));
        BSS_VERIFY_OK(products);
        QVERIFY(!products->isEmpty());

        const Result<bool> second = await(backend.installDemoData());
        BSS_VERIFY_OK(second);
        QCOMPARE(*second, false);
        QCOMPARE(accountNames(backend), names);
        QCOMPARE(orderSummaries(backend), orders);
        QCOMPARE(await(backend.products({})).value().size(), products->size());
    }

    void demoDataInstallsOnceAcrossRestarts() {
        TempStore temp;
        {
            LocalBackend backend(StoreConfig::sqlite(temp.path()));
            BSS_VERIFY_OK(await(backend.open()));
            QCOMPARE(await(backend.installDemoData()).value(), true);
        }
        LocalBackend reopened(StoreConfig::sqlite(temp.path()));
        BSS_VERIFY_OK(await(reopened.open()));
        const QStringList names = accountNames(reopened);
        QCOMPARE(await(reopened.installDemoData()).value(), false);
        QCOMPARE(accountNames(reopened), names);
    }

    void demoDataIsDeterministic() {
        LocalFixture one(true);
        LocalFixture two(true);
        const QStringList names = accountNames(*one.backend);
        QVERIFY(!names.isEmpty());
        QCOMPARE(accountNames(*two.backend), names);
        QCOMPARE(orderSummaries(*two.backend), orderSummaries(*one.backend));
        QCOMPARE(await(two.backend->countAccounts(AccountQuery{})).value(),
                 await(one.backend->countAccounts(AccountQuery{})).value());
        QCOMPARE(await(two.backend->countOrders(OrderQuery{})).value(),
                 await(one.backend->countOrders(OrderQuery{})).value());
    }

    // The orders count agrees with the list it sizes, whether or not its filter reads the
    // customer (the count leaves the customer out when nothing needs it).
    void orderCountsMatchTheirLists() {
        LocalFixture fixture(true);
        LocalBackend &backend = *fixture.backend;
        const auto listed = [&backend](OrderQuery query) {
            qint64 n = 0;
            query.limit = 7;
            for (int pages = 0; pages < 1000; ++pages) {
                const Result<Page<Order>> page = await(backend.orders(query));
                if (!page)
                    return qint64(-1);
                n += page->items.size();
                if (page->nextCursor.isEmpty())
                    break;
                query.cursor = page->nextCursor;
            }
            return n;
        };
        const Result<Page<Order>> some = await(backend.orders(OrderQuery{}));
        BSS_VERIFY_OK(some);
        QVERIFY(!some->items.isEmpty());
        const Order &first = some->items.constFirst();
        OrderQuery all;
        OrderQuery byCustomerName;
        byCustomerName.q = first.accountName.left(3);
        OrderQuery byCustomer;
        byCustomer.accountId = first.accountId;
        OrderQuery byStatus;
        byStatus.status = first.status;
        OrderQuery byNumber;
        byNumber.q = first.number;
        for (const OrderQuery &query : {all, byCustomerName, byCustomer, byStatus, byNumber}) {
            const Result<qint64> count = await(backend.countOrders(query));
            BSS_VERIFY_OK(count);
            QVERIFY(*count > 0);
            QCOMPARE(*count, listed(query));
        }
    }

    void recordChangedNamesWhatWasWritten() {
        LocalFixture fixture(false);
        LocalBackend &backend = *fixture.backend;
        QSignalSpy changed(&backend, &Backend::recordChanged);
        QThread *emittedOn = nullptr;
        connect(&backend, &Backend::recordChanged, this,
                [&emittedOn] { emittedOn = QThread::currentThread(); });

        const Result<Account> account = await(
            backend.createAccount({QStringLiteral("Contoso Ltd"), AccountType::Direct, {}, {}}));
        BSS_VERIFY_OK(account);
        QCOMPARE(changed.count(), 1);
        BSS_COMPARE_STATUS(changed.at(0).at(0).value<Entity>(), Entity::Account);
        QCOMPARE(changed.at(0).at(1).toLongLong(), account->id);
        QCOMPARE(emittedOn, QThread::currentThread());

        AccountPatch patch;
        patch.email = QStringLiteral("it@contoso.example");
        BSS_VERIFY_OK(await(backend.updateAccount(account->id, account->version, patch)));
        QCOMPARE(changed.count(), 2);
        BSS_COMPARE_STATUS(changed.at(1).at(0).value<Entity>(), Entity::Account);
        QCOMPARE(changed.at(1).at(1).toLongLong(), account->id);

        // Sync Options belong to the account: its row in the list must refresh.
        const Result<PlatformSync> sync = await(backend.saveSyncOptions(
            account->id, QStringLiteral("microsoft"),
            {std::nullopt, QStringLiteral("it@contoso.example"), SyncRole::User, {}}));
        BSS_VERIFY_OK(sync);
        QCOMPARE(changed.count(), 3);
        BSS_COMPARE_STATUS(changed.at(2).at(0).value<Entity>(), Entity::Account);
        QCOMPARE(changed.at(2).at(1).toLongLong(), account->id);

        const Result<Order> order = await(backend.createOrder(account->id));
        BSS_VERIFY_OK(order);
        QCOMPARE(changed.count(), 4);
        BSS_COMPARE_STATUS(changed.at(3).at(0).value<Entity>(), Entity::Order);
        QCOMPARE(changed.at(3).at(1).toLongLong(), order->id);

        // Reads and refused writes change nothing, so they announce nothing.
        BSS_VERIFY_OK(await(backend.accounts(AccountQuery{})));
        BSS_VERIFY_OK(await(backend.order(order->id)));
        const Result<Account> refused =
            await(backend.createAccount({QString(), AccountType::Direct, {}, {}}));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Validation);
        const Result<Account> stale =
            await(backend.updateAccount(account->id, account->version, patch));
        QVERIFY(!stale);
        QCOMPARE(stale.error().kind, ErrorKind::Stale);
        QCOMPARE(changed.count(), 4);
    }
};

QTEST_GUILESS_MAIN(TestLocalBackend)
#include "tst_localbackend.moc"
