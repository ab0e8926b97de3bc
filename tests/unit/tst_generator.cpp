#include "app/services/Generator.h"
#include "app/services/Services.h"
#include "app/store/SqlConnection.h"
#include "app/store/SqlStore.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace bss;
using namespace bss::test;

// `--generate`: synthetic data that obeys the same rules as real data, so the screens and the
// scale benchmarks see realistic rows.
class TestGenerator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesTheSpec();
    void generatesAccountsOrdersAndSubscriptions();
    void searchThatMostAccountsMatchStaysInNameOrder();
    void newStoreIsInNameOrderAndSearchable();
    void shuffledStoreIsPlacedAndSearchable();
    void appendingPlacesOldAndNewAccounts();
    void generatedSchemaIsTheMigratedOne_data();
    void generatedSchemaIsTheMigratedOne();
    void moreThanAMillionLines();
};

namespace {

QVariant scalarOf(SqlStore &store, const QString &sql) {
    const Result<QVariant> v = store.connection().scalar(sql);
    return v ? *v : QVariant();
}

// Every schema object of the store: type, name, table and the statement that made it.
QStringList schemaOf(SqlStore &store) {
    Result<QSqlQuery> q = store.connection().exec(
        QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"));
    if (!q)
        return {q.error().describe()};
    QStringList objects;
    while (q->next())
        objects << QStringList{q->value(0).toString(), q->value(1).toString(),
                               q->value(2).toString(), q->value(3).toString()}
                       .join(QLatin1String(" | "));
    return objects;
}

// The accounts whose name or email contains `q`, in name order, read from the trigram index
// and from the rows themselves: they must be the same.
void compareSearchWithScan(SqlStore &store, const QString &q) {
    QList<qint64> viaIndex;
    Result<QSqlQuery> fts = store.connection().exec(
        QStringLiteral("SELECT a.id FROM accounts_fts f JOIN accounts a ON a.name_order = f.rowid"
                       " WHERE accounts_fts MATCH :q ORDER BY f.rowid"),
        {{QStringLiteral("q"), QStringLiteral("\"%1\"").arg(q)}});
    QVERIFY(fts);
    while (fts->next())
        viaIndex.append(fts->value(0).toLongLong());
    QList<qint64> viaScan;
    Result<QSqlQuery> scan = store.connection().exec(
        QStringLiteral("SELECT id FROM accounts WHERE name LIKE :p OR email LIKE :p"
                       " ORDER BY name, id"),
        {{QStringLiteral("p"), QStringLiteral("%%1%").arg(q)}});
    QVERIFY(scan);
    while (scan->next())
        viaScan.append(scan->value(0).toLongLong());
    QVERIFY2(!viaScan.isEmpty(), qPrintable(q));
    QCOMPARE(viaIndex, viaScan);
}

// Every account's name_order is distinct and sorts as (name, id) does.
void checkNameOrder(SqlStore &store) {
    QCOMPARE(scalarOf(store, QStringLiteral("SELECT COUNT(DISTINCT name_order) FROM accounts")),
             scalarOf(store, QStringLiteral("SELECT COUNT(*) FROM accounts")));
    QCOMPARE(scalarOf(store, QStringLiteral("SELECT COUNT(*) FROM (SELECT id, name_order,"
                                            " LAG(name_order) OVER (ORDER BY name, id) AS before"
                                            " FROM accounts) WHERE name_order <= before")),
             QVariant(0));
    QCOMPARE(scalarOf(store, QStringLiteral("SELECT COUNT(*) FROM accounts"
                                            " WHERE name_order IS NULL")),
             QVariant(0));
}

} // namespace

void TestGenerator::parsesTheSpec() {
    const Result<GenerateSpec> spec =
        GenerateSpec::parse(QStringLiteral("accounts=1000000,orders=2500000"));
    BSS_VERIFY_OK(spec);
    QCOMPARE(spec->accounts, 1000000);
    QCOMPARE(spec->orders, 2500000);
    QCOMPARE(spec->linesPerOrder, 2);
    QVERIFY(!spec->shuffled);
    const Result<GenerateSpec> shuffled =
        GenerateSpec::parse(QStringLiteral("accounts=1000,shuffled=1"));
    BSS_VERIFY_OK(shuffled);
    QVERIFY(shuffled->shuffled);
    for (const char *bad : {"", "accounts", "accounts=-1", "accounts=x", "people=5",
                            "lines=0,accounts=3", "accounts=5,shuffled=2"}) {
        const Result<GenerateSpec> r = GenerateSpec::parse(QLatin1String(bad));
        QVERIFY2(!r, bad);
        QVERIFY(r.error().hasField(QStringLiteral("generate")));
    }
}

void TestGenerator::generatesAccountsOrdersAndSubscriptions() {
    TempStore temp;
    SqlStore store(StoreConfig::sqlite(temp.path()), QStringLiteral("tst_generator"));
    BSS_VERIFY_OK(store.open());
    Services services(store);
    const Actor admin{QStringLiteral("tester"), UserRole::Admin, {}};

    const Result<GenerateReport> report = generateSyntheticData(services, {1000, 300, 2});
    BSS_VERIFY_OK(report);
    QCOMPARE(report->accounts, 1000);
    QCOMPARE(report->lines, 600);
    QCOMPARE(services.accounts.count(admin, {}).value(), 1000);
    QCOMPARE(services.orders.count(admin, {}).value(), 300);

    // Types and parents follow the rules: every end-user's parent is a reseller.
    AccountQuery endUsers;
    endUsers.type = AccountType::EndUser;
    endUsers.limit = 500;
    const Result<Page<Account>> page = services.accounts.list(admin, endUsers);
    BSS_VERIFY_OK(page);
    QCOMPARE(page->items.size(), 500);
    for (const Account &a : page->items) {
        QVERIFY(a.parentId);
        BSS_COMPARE_STATUS(services.accounts.get(admin, *a.parentId).value().type,
                           AccountType::Reseller);
    }
    AccountQuery resellers;
    resellers.type = AccountType::Reseller;
    QCOMPARE(services.accounts.count(admin, resellers).value(), 10);

    // Every sync state exists, per platform; resellers have their PIN.
    for (SyncStatus status :
         {SyncStatus::Synchronized, SyncStatus::UnSynchronized, SyncStatus::Failed}) {
        AccountQuery q;
        q.platform = QStringLiteral("kaspersky");
        q.syncStatus = status;
        QVERIFY2(services.accounts.count(admin, q).value() > 0, qPrintable(toString(status)));
    }
    const Account reseller = services.accounts.list(admin, resellers).value().items.constFirst();
    QVERIFY(reseller.syncFor(QStringLiteral("kaspersky"))->resellerPinSet);

    // Names are searchable (FTS kept in step), orders have lines with the red ones among drafts.
    AccountQuery search;
    search.q = QStringLiteral("Harbor");
    QVERIFY(services.accounts.count(admin, search).value() > 0);
    OrderQuery executed;
    executed.status = OrderStatus::Executed;
    QCOMPARE(services.orders.count(admin, executed).value(), 100);
    QCOMPARE(report->subscriptions, 200);
    OrderQuery drafts;
    drafts.status = OrderStatus::Draft;
    drafts.limit = 500;
    bool sawIncomplete = false;
    const Result<Page<Order>> draftPage = services.orders.list(admin, drafts);
    BSS_VERIFY_OK(draftPage);
    for (const Order &o : draftPage->items) {
        const Result<Order> full = services.orders.get(admin, o.id);
        BSS_VERIFY_OK(full);
        QCOMPARE(full->lines.size(), 2);
        sawIncomplete = sawIncomplete || !full->lines.constFirst().complete;
    }
    QVERIFY(sawIncomplete);

    // The store keeps working normally afterwards: new records get fresh ids.
    const Result<Account> fresh = services.accounts.create(
        admin, {QStringLiteral("After Generate"), AccountType::Direct, {}, {}});
    BSS_VERIFY_OK(fresh);
    QCOMPARE(fresh->id, 1001);
}

// A substring nearly every account contains is searched by walking the name index instead of
// sorting every match; the rows and the count are the same either way.
void TestGenerator::searchThatMostAccountsMatchStaysInNameOrder() {
    TempStore temp;
    SqlStore store(StoreConfig::sqlite(temp.path()), QStringLiteral("tst_generator_dense"));
    BSS_VERIFY_OK(store.open());
    Services services(store);
    const Actor admin{QStringLiteral("tester"), UserRole::Admin, {}};
    BSS_VERIFY_OK(generateSyntheticData(services, {60000, 0, 2}));

    AccountQuery all;
    all.limit = 300;
    const Result<Page<Account>> everyone = services.accounts.list(admin, all);
    BSS_VERIFY_OK(everyone);
    AccountQuery dense = all;
    dense.q = QStringLiteral(".example"); // every email
    const Result<Page<Account>> page = services.accounts.list(admin, dense);
    BSS_VERIFY_OK(page);
    QCOMPARE(page->items.size(), everyone->items.size());
    for (qsizetype i = 0; i < page->items.size(); ++i)
        QCOMPARE(page->items.at(i).id, everyone->items.at(i).id);
    QCOMPARE(services.accounts.count(admin, dense).value(), 60000);
    // The next page by cursor and a jump to the end go on in the same order.
    dense.cursor = page->nextCursor;
    all.cursor = everyone->nextCursor;
    QCOMPARE(services.accounts.list(admin, dense).value().items.constFirst().id,
             services.accounts.list(admin, all).value().items.constFirst().id);
    dense.cursor.clear();
    all.cursor.clear();
    dense.fromEnd = all.fromEnd = true;
    QCOMPARE(services.accounts.list(admin, dense).value().items.constLast().id,
             services.accounts.list(admin, all).value().items.constLast().id);
    // A rarer substring (one in 32 names) goes by the trigram index, in the same order.
    AccountQuery rare;
    rare.q = QStringLiteral("Dental");
    rare.limit = 500;
    const Result<Page<Account>> dental = services.accounts.list(admin, rare);
    BSS_VERIFY_OK(dental);
    QCOMPARE(dental->items.size(), 500);
    for (qsizetype i = 1; i < dental->items.size(); ++i)
        QVERIFY(dental->items.at(i - 1).name.compare(dental->items.at(i).name,
                                                     Qt::CaseInsensitive) <= 0);
    qint64 walked = dental->items.size();
    for (QString cursor = dental->nextCursor; !cursor.isEmpty();) {
        rare.cursor = cursor;
        const Result<Page<Account>> more = services.accounts.list(admin, rare);
        BSS_VERIFY_OK(more);
        walked += more->items.size();
        cursor = more->nextCursor;
    }
    QVERIFY(walked > 60000 / 32); // in the name (1 in 32) or in the email's domain
    QCOMPARE(services.accounts.count(admin, rare).value(), walked);
}

// A new store is filled with the trigram index built beside it: the accounts are in name order,
// searches find exactly the accounts whose name or email holds the text, the store is back in
// WAL mode and the scratch file is gone.
void TestGenerator::newStoreIsInNameOrderAndSearchable() {
    TempStore temp;
    SqlStore store(StoreConfig::sqlite(temp.path()), QStringLiteral("tst_generator_new"));
    BSS_VERIFY_OK(store.open());
    Services services(store);
    BSS_VERIFY_OK(generateSyntheticData(services, {12000, 0, 2}));

    checkNameOrder(store);
    // Generated in name order: ids ascend with it (so the indexes are built from sorted rows).
    QCOMPARE(scalarOf(store, QStringLiteral("SELECT COUNT(*) FROM (SELECT id, LAG(id) OVER"
                                            " (ORDER BY name_order) AS before FROM accounts)"
                                            " WHERE before > id")),
             QVariant(0));
    QCOMPARE(scalarOf(store, QStringLiteral("PRAGMA page_size")), QVariant(8192));
    // The connection is left as the store opened it: its page cache, no sorter threads.
    QCOMPARE(scalarOf(store, QStringLiteral("PRAGMA cache_size")).toInt(), -16384);
    QCOMPARE(scalarOf(store, QStringLiteral("PRAGMA threads")).toInt(), 0);
    for (const char *q :
         {"Harbor", "rbor", "ystems 1", "contact11", "@dental.e", "Zephyr Works", "s 10", "1024"})
        compareSearchWithScan(store, QLatin1String(q));
    QCOMPARE(scalarOf(store, QStringLiteral("PRAGMA journal_mode")).toString(),
             QStringLiteral("wal"));
    QVERIFY(!QFile::exists(temp.path() + QStringLiteral("-generate-search")));
    QCOMPARE(scalarOf(store, QStringLiteral("SELECT COUNT(*) FROM pragma_database_list")),
             QVariant(2)); // main and temp: the scratch file is detached
    BSS_VERIFY_OK(store.connection().exec(QStringLiteral(
        "INSERT INTO accounts_fts(accounts_fts, rank) VALUES ('integrity-check', 1)")));

    // The store goes on normally: a new account is found by its name, in its place.
    const Actor admin{QStringLiteral("tester"), UserRole::Admin, {}};
    const Result<Account> fresh = services.accounts.create(
        admin, {QStringLiteral("Harbor Lights"), AccountType::Direct, {}, {}});
    BSS_VERIFY_OK(fresh);
    checkNameOrder(store);
    compareSearchWithScan(store, QStringLiteral("Harbor Li"));
}

// shuffled=1, as a store that grew by use: ids in no relation to name order (about half of
// the neighbours in name order have ids that go down), every id once, and still every account
// in its place in name order and found by its trigram index.
void TestGenerator::shuffledStoreIsPlacedAndSearchable() {
    TempStore temp;
    SqlStore store(StoreConfig::sqlite(temp.path()), QStringLiteral("tst_generator_shuffled"));
    BSS_VERIFY_OK(store.open());
    Services services(store);
    BSS_VERIFY_OK(generateSyntheticData(services, {12000, 0, 2, true}));
    const qint64 down =
        scalarOf(store, QStringLiteral("SELECT COUNT(*) FROM (SELECT id, LAG(id) OVER"
                                       " (ORDER BY name_order) AS before FROM accounts)"
                                       " WHERE before > id"))
            .toLongLong();
    QVERIFY2(down > 4000 && down < 8000, qPrintable(QString::number(down)));
    QCOMPARE(scalarOf(store, QStringLiteral("SELECT COUNT(DISTINCT id) FROM accounts")),
             QVariant(12000));
    QCOMPARE(scalarOf(store, QStringLiteral("SELECT MAX(id) FROM accounts")), QVariant(12000));
    checkNameOrder(store);
    for (const char *q : {"Harbor", "contact11", "@dental.e", "ystems 00"})
        compareSearchWithScan(store, QLatin1String(q));
    BSS_VERIFY_OK(store.connection().exec(QStringLiteral(
        "INSERT INTO accounts_fts(accounts_fts, rank) VALUES ('integrity-check', 1)")));
    // The first page in name order is not the first ids.
    const Actor admin{QStringLiteral("tester"), UserRole::Admin, {}};
    AccountQuery first;
    first.limit = 10;
    const Result<Page<Account>> page = services.accounts.list(admin, first);
    BSS_VERIFY_OK(page);
    QCOMPARE(page->items.constFirst().name, QStringLiteral("Amber Accounting 00001"));
    QVERIFY(page->items.at(1).id > page->items.at(0).id + 100 ||
            page->items.at(1).id < page->items.at(0).id);
}

// Generating into a store that has accounts places the old and the new ones together.
void TestGenerator::appendingPlacesOldAndNewAccounts() {
    TempStore temp;
    SqlStore store(StoreConfig::sqlite(temp.path()), QStringLiteral("tst_generator_append"));
    BSS_VERIFY_OK(store.open());
    Services services(store);
    BSS_VERIFY_OK(generateSyntheticData(services, {3000, 10, 2}));
    const Result<GenerateReport> more = generateSyntheticData(services, {2000, 10, 2});
    BSS_VERIFY_OK(more);
    QCOMPARE(scalarOf(store, QStringLiteral("SELECT COUNT(*) FROM accounts")), QVariant(5000));
    checkNameOrder(store);
    for (const char *q : {"Amber Dental", "contact1999@", "ystems 2"})
        compareSearchWithScan(store, QLatin1String(q));
    BSS_VERIFY_OK(store.connection().exec(QStringLiteral(
        "INSERT INTO accounts_fts(accounts_fts, rank) VALUES ('integrity-check', 1)")));
    // The trigram index's triggers are all back: a renamed account is found by its new name.
    Account renamed = store.accounts().find(1).value().value();
    renamed.name = QStringLiteral("Renamed After Append");
    BSS_VERIFY_OK(
        store.accounts().update(renamed, renamed.version, QDateTime::currentDateTimeUtc()));
    compareSearchWithScan(store, QStringLiteral("Renamed After"));
    checkNameOrder(store);
}

// Past a million rows the number series takes a third level of digits: every line is there once,
// numbered without gaps.
void TestGenerator::moreThanAMillionLines() {
    TempStore temp;
    SqlStore store(StoreConfig::sqlite(temp.path()), QStringLiteral("tst_generator_lines"));
    BSS_VERIFY_OK(store.open());
    Services services(store);
    const Result<GenerateReport> report = generateSyntheticData(services, {100, 500001, 2});
    BSS_VERIFY_OK(report);
    QCOMPARE(report->lines, qint64(1000002));
    QCOMPARE(scalarOf(store, QStringLiteral("SELECT COUNT(*) FROM order_lines")),
             QVariant(1000002));
    QCOMPARE(scalarOf(store, QStringLiteral("SELECT MAX(id) FROM order_lines")), QVariant(1000002));
    QCOMPARE(scalarOf(store, QStringLiteral("SELECT COUNT(*) FROM orders o WHERE 2 <>"
                                            " (SELECT COUNT(*) FROM order_lines l"
                                            " WHERE l.order_id = o.id)")),
             QVariant(0));
}

// A bulk load drops the accounts' indexes and triggers and makes them again: into a new store
// (its trigram index built beside it) and into one with accounts, the store ends up with
// exactly the schema objects of a store the migrations made, statement for statement.
void TestGenerator::generatedSchemaIsTheMigratedOne_data() {
    QTest::addColumn<bool>("append");
    QTest::newRow("new store") << false;
    QTest::newRow("store with accounts") << true;
}

void TestGenerator::generatedSchemaIsTheMigratedOne() {
    QFETCH(bool, append);
    TempStore migratedTemp;
    SqlStore migrated(StoreConfig::sqlite(migratedTemp.path()), QStringLiteral("tst_gen_migrated"));
    BSS_VERIFY_OK(migrated.open());
    const QStringList expected = schemaOf(migrated);
    QVERIFY(expected.size() > 20);
    QVERIFY(expected.contains(
        QStringLiteral("trigger | accounts_fts_update | accounts | ") +
        QStringLiteral("CREATE TRIGGER accounts_fts_update AFTER UPDATE OF name, email,"
                       " name_order ON accounts BEGIN INSERT INTO accounts_fts(accounts_fts,"
                       " rowid, name, email) VALUES ('delete', old.name_order, old.name,"
                       " old.email); INSERT INTO accounts_fts(rowid, name, email) VALUES"
                       " (new.name_order, new.name, new.email); END")));

    TempStore temp;
    SqlStore store(StoreConfig::sqlite(temp.path()), QStringLiteral("tst_gen_schema"));
    BSS_VERIFY_OK(store.open());
    Services services(store);
    if (append)
        BSS_VERIFY_OK(generateSyntheticData(services, {300, 0, 2}));
    BSS_VERIFY_OK(generateSyntheticData(services, {1200, 100, 2}));
    QCOMPARE(schemaOf(store), expected);
}

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
