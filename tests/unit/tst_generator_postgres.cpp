// `--generate` on PostgreSQL: the same data as on SQLite, the schema the migrations make, fresh
// planner statistics and right counters, and the shuffled option on both engines.
#include "app/services/Generator.h"
#include "app/services/Services.h"
#include "app/store/SqlConnection.h"
#include "app/store/SqlStore.h"
#include "tests/server/PostgresCluster.h"
#include "tests/support/TestSupport.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace bss;
using namespace bss::test;

class TestGeneratorPostgres : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void answersAsSqliteDoes_data();
    void answersAsSqliteDoes();
    void generatedSchemaIsTheMigratedOne();
    void shuffledIdsAreNotInNameOrder();

private:
    std::unique_ptr<SqlStore> postgresStore(const QString &database);
};

namespace {

const Actor admin{QStringLiteral("tester"), UserRole::Admin, {}};

QStringList rowsOf(SqlStore &store, const QString &sql) {
    Result<QSqlQuery> q = store.connection().exec(sql);
    if (!q)
        return {q.error().describe()};
    QStringList rows;
    while (q->next()) {
        QStringList row;
        for (int i = 0; i < q->record().count(); ++i)
            row << q->value(i).toString();
        rows << row.join(QLatin1String(" | "));
    }
    return rows;
}

QVariant scalarOf(SqlStore &store, const QString &sql) {
    const Result<QVariant> v = store.connection().scalar(sql);
    return v ? *v : QVariant();
}

// The page of `query` as "id name type parent" lines, and the count of its matches.
QStringList listOf(Services &services, AccountQuery query) {
    query.limit = 200;
    const Result<Page<Account>> page = services.accounts.list(admin, query);
    if (!page)
        return {page.error().describe()};
    QStringList lines;
    for (const Account &a : page->items)
        lines << QStringLiteral("%1 %2 %3 %4 %5")
                     .arg(a.id)
                     .arg(a.name, toString(a.type), a.email)
                     .arg(a.parentId.value_or(0));
    const Result<qint64> count = services.accounts.count(admin, query);
    lines << (count ? QStringLiteral("count %1").arg(*count) : count.error().describe());
    return lines;
}

QStringList ordersOf(Services &services, OrderQuery query) {
    query.limit = 200;
    const Result<Page<Order>> page = services.orders.list(admin, query);
    if (!page)
        return {page.error().describe()};
    QStringList lines;
    for (const Order &o : page->items)
        lines << QStringLiteral("%1 %2 %3").arg(o.id).arg(o.accountId).arg(toString(o.status));
    const Result<qint64> count = services.orders.count(admin, query);
    lines << (count ? QStringLiteral("count %1").arg(*count) : count.error().describe());
    return lines;
}

// How many neighbours in name order have ids that go down: none when ids follow name order,
// about half when they are in no relation to it.
qint64 idsGoingDown(SqlStore &store) {
    return scalarOf(store, QStringLiteral("SELECT COUNT(*) FROM (SELECT id, LAG(id) OVER"
                                          " (ORDER BY lower(name), id) AS before FROM accounts) x"
                                          " WHERE before > id"))
        .toLongLong();
}

} // namespace

std::unique_ptr<SqlStore> TestGeneratorPostgres::postgresStore(const QString &database) {
    QString error;
    PostgresCluster *cluster = PostgresCluster::shared(&error);
    if (!cluster) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    const QString url = cluster->createDatabase(database, &error);
    const Result<StoreConfig> config = StoreConfig::parse(url);
    if (url.isEmpty() || !config) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    auto store = std::make_unique<SqlStore>(*config, QStringLiteral("tst_gen_pg_") + database);
    if (!store->open()) {
        qWarning("cannot open %s", qPrintable(url));
        return {};
    }
    return store;
}

void TestGeneratorPostgres::answersAsSqliteDoes_data() {
    QTest::addColumn<bool>("shuffled");
    QTest::newRow("ids in name order") << false;
    QTest::newRow("shuffled") << true;
}

// 20,000 accounts with orders on both engines: the same lists, counts and searches; on
// PostgreSQL fresh planner statistics and counters that go on counting.
void TestGeneratorPostgres::answersAsSqliteDoes() {
    BSS_REQUIRE_POSTGRES();
    QFETCH(bool, shuffled);
    const GenerateSpec spec{20000, 3000, 2, shuffled};
    TempStore temp;
    SqlStore sqlite(StoreConfig::sqlite(temp.path()), QStringLiteral("tst_gen_pg_sqlite"));
    BSS_VERIFY_OK(sqlite.open());
    Services onSqlite(sqlite);
    BSS_VERIFY_OK(generateSyntheticData(onSqlite, spec));
    const std::unique_ptr<SqlStore> pg =
        postgresStore(shuffled ? QStringLiteral("gen_same_shuffled") : QStringLiteral("gen_same"));
    QVERIFY(pg);
    Services onPostgres(*pg);
    const Result<GenerateReport> report = generateSyntheticData(onPostgres, spec);
    BSS_VERIFY_OK(report);
    QCOMPARE(report->accounts, 20000);
    QCOMPARE(report->lines, 6000);

    QList<AccountQuery> queries;
    for (const char *q : {"", "Amb", "rbor", "Dental", "contact1234", "ystems 00", "zzz"}) {
        AccountQuery query;
        query.q = QLatin1String(q);
        queries << query;
    }
    AccountQuery resellers;
    resellers.type = AccountType::Reseller;
    AccountQuery last;
    last.fromEnd = true;
    AccountQuery failed;
    failed.platform = QStringLiteral("kaspersky");
    failed.syncStatus = SyncStatus::Failed;
    queries << resellers << last << failed;
    for (const AccountQuery &query : std::as_const(queries)) {
        const QStringList expected = listOf(onSqlite, query);
        QVERIFY2(expected.size() > 1 || query.q == QLatin1String("zzz"), qPrintable(query.q));
        QCOMPARE(listOf(onPostgres, query), expected);
    }
    OrderQuery executed;
    executed.status = OrderStatus::Executed;
    QCOMPARE(ordersOf(onPostgres, {}), ordersOf(onSqlite, {}));
    QCOMPARE(ordersOf(onPostgres, executed), ordersOf(onSqlite, executed));
    QCOMPARE(scalarOf(*pg, QStringLiteral("SELECT COUNT(*) FROM subscriptions")).toLongLong(),
             scalarOf(sqlite, QStringLiteral("SELECT COUNT(*) FROM subscriptions")).toLongLong());
    QCOMPARE(report->subscriptions, 2000); // 1,000 executed orders, 2 lines each
    QCOMPARE(scalarOf(*pg, QStringLiteral("SELECT MIN(id) FROM subscriptions")).toLongLong(), 1);

    // The planner knows the new rows: every filled table analyzed after the load, with its
    // size (all its rows sampled at this size) and its columns' statistics. (Not
    // n_mod_since_analyze: the load's own inserts may reach the statistics after the ANALYZE.)
    for (const char *table :
         {"accounts", "account_sync", "orders", "order_lines", "subscriptions"}) {
        const QString t = QLatin1String(table);
        QCOMPARE(scalarOf(*pg, QStringLiteral("SELECT last_analyze IS NOT NULL FROM"
                                              " pg_stat_user_tables WHERE relname = '%1'")
                                   .arg(t)),
                 true);
        QCOMPARE(scalarOf(*pg, QStringLiteral("SELECT CAST(reltuples AS BIGINT) FROM pg_class"
                                              " WHERE relname = '%1'")
                                   .arg(t))
                     .toLongLong(),
                 scalarOf(*pg, QStringLiteral("SELECT COUNT(*) FROM %1").arg(t)).toLongLong());
    }
    QCOMPARE(scalarOf(*pg, QStringLiteral("SELECT n_distinct FROM pg_stats WHERE tablename ="
                                          " 'accounts' AND attname = 'name_key'"))
                 .toDouble(),
             -1.0); // every name distinct
    // The counters: right after the load, and kept by their triggers afterwards.
    QCOMPARE(rowsOf(*pg, QStringLiteral("SELECT name, n FROM row_counts ORDER BY name")),
             QStringList({QStringLiteral("accounts | 20000"), QStringLiteral("orders | 3000")}));
    const Result<Account> fresh = onPostgres.accounts.create(
        admin, {QStringLiteral("After Generate"), AccountType::Direct, {}, {}});
    BSS_VERIFY_OK(fresh);
    QCOMPARE(fresh->id, 20001);
    QCOMPARE(onPostgres.accounts.count(admin, {}).value(), 20001);
    AccountQuery found;
    found.q = QStringLiteral("fter Gener");
    QCOMPARE(onPostgres.accounts.count(admin, found).value(), 1);
}

// The load drops indexes, keys and triggers and makes them again: a generated database has
// exactly the indexes, constraints and triggers of a migrated one, names and definitions alike.
void TestGeneratorPostgres::generatedSchemaIsTheMigratedOne() {
    BSS_REQUIRE_POSTGRES();
    const std::unique_ptr<SqlStore> migrated = postgresStore(QStringLiteral("gen_schema_migrated"));
    QVERIFY(migrated);
    const std::unique_ptr<SqlStore> generated = postgresStore(QStringLiteral("gen_schema_made"));
    QVERIFY(generated);
    Services services(*generated);
    BSS_VERIFY_OK(generateSyntheticData(services, {3000, 500, 3}));
    // and a second, smaller load into the filled store, which keeps its indexes
    BSS_VERIFY_OK(generateSyntheticData(services, {1000, 100, 2}));
    QCOMPARE(scalarOf(*generated, QStringLiteral("SELECT COUNT(*) FROM accounts")), 4000);

    const QString indexes = QStringLiteral(
        "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'"
        " ORDER BY indexname");
    const QString constraints = QStringLiteral(
        "SELECT conrelid::regclass::text, conname, contype, pg_get_constraintdef(oid)"
        " FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY conname");
    const QString triggers =
        QStringLiteral("SELECT tgrelid::regclass::text, tgname, tgenabled, pg_get_triggerdef(oid)"
                       " FROM pg_trigger WHERE NOT tgisinternal ORDER BY tgname");
    const QStringList expectedIndexes = rowsOf(*migrated, indexes);
    QVERIFY(expectedIndexes.contains(QStringLiteral(
        "accounts | accounts_search | CREATE INDEX accounts_search ON public.accounts"
        " USING gin (search gin_trgm_ops)")));
    QCOMPARE(rowsOf(*generated, indexes), expectedIndexes);
    const QStringList expectedConstraints = rowsOf(*migrated, constraints);
    QVERIFY(expectedConstraints.contains(
        QStringLiteral("accounts | accounts_parent_id_fkey | f | FOREIGN KEY (parent_id) REFERENCES"
                       " accounts(id)")));
    QCOMPARE(rowsOf(*generated, constraints), expectedConstraints);
    const QStringList expectedTriggers = rowsOf(*migrated, triggers);
    QCOMPARE(expectedTriggers.size(), 8); // the counters' four, the token notices' four
    QCOMPARE(rowsOf(*generated, triggers), expectedTriggers);
    // Every foreign key holds (made again, each was checked over all the rows).
    QCOMPARE(scalarOf(*generated, QStringLiteral("SELECT COUNT(*) FROM pg_constraint"
                                                 " WHERE contype = 'f' AND NOT convalidated")),
             0);
}

// shuffled=1: ids in no relation to name order, every id once, end-users under resellers, on
// both engines alike; without it ids follow name order.
void TestGeneratorPostgres::shuffledIdsAreNotInNameOrder() {
    BSS_REQUIRE_POSTGRES();
    const std::unique_ptr<SqlStore> pg = postgresStore(QStringLiteral("gen_shuffled"));
    QVERIFY(pg);
    TempStore temp;
    SqlStore sqlite(StoreConfig::sqlite(temp.path()), QStringLiteral("tst_gen_pg_shuffled"));
    BSS_VERIFY_OK(sqlite.open());
    for (SqlStore *store : {pg.get(), &sqlite}) {
        Services services(*store);
        BSS_VERIFY_OK(generateSyntheticData(services, {10000, 0, 2, true}));
        const qint64 down = idsGoingDown(*store);
        QVERIFY2(down > 3000 && down < 7000, qPrintable(QString::number(down)));
        QCOMPARE(scalarOf(*store, QStringLiteral("SELECT COUNT(DISTINCT id) FROM accounts"))
                     .toLongLong(),
                 10000);
        QCOMPARE(scalarOf(*store, QStringLiteral("SELECT MAX(id) FROM accounts")).toLongLong(),
                 10000);
        QCOMPARE(scalarOf(*store, QStringLiteral("SELECT COUNT(*) FROM accounts a JOIN accounts p"
                                                 " ON p.id = a.parent_id WHERE a.type <> 'endUser'"
                                                 " OR p.type <> 'reseller'"))
                     .toLongLong(),
                 0);
        QCOMPARE(scalarOf(*store, QStringLiteral("SELECT COUNT(*) FROM accounts"
                                                 " WHERE type = 'endUser'"))
                     .toLongLong(),
                 5900);
    }
    // Not shuffled: ids ascend with names.
    TempStore plainTemp;
    SqlStore plain(StoreConfig::sqlite(plainTemp.path()), QStringLiteral("tst_gen_pg_plain"));
    BSS_VERIFY_OK(plain.open());
    Services services(plain);
    BSS_VERIFY_OK(generateSyntheticData(services, {10000, 0, 2, false}));
    QCOMPARE(idsGoingDown(plain), 0);
}

QTEST_GUILESS_MAIN(TestGeneratorPostgres)
#include "tst_generator_postgres.moc"
