// SqlStore keeps its prepared statements per connection and reuses them. A reused statement must
// behave as a fresh one did: no read snapshot left open after use (SQLite would refuse to let a
// connection with an old snapshot write, and could not checkpoint the WAL past it), a nested
// query of the same text reads its own rows, and a failed statement runs again.
#include "app/store/SqlConnection.h"
#include "app/store/SqlStore.h"
#include "tests/server/PostgresCluster.h"
#include "tests/support/TestSupport.h"

#include <QTest>
#include <QUuid>

using namespace bss;
using namespace bss::test;

namespace {

QString uniqueConnection() {
    return QStringLiteral("tst_store_statements-") +
           QUuid::createUuid().toString(QUuid::WithoutBraces);
}

const QString nameOf = QStringLiteral("SELECT name FROM accounts WHERE id = :id");
const QString idsFrom = QStringLiteral("SELECT id FROM accounts WHERE id >= :from ORDER BY id");

NewAccount direct(const QString &name) {
    NewAccount a;
    a.name = name;
    a.type = AccountType::Direct;
    a.email = name.toLower() + QStringLiteral("@example.test");
    return a;
}

} // namespace

class TestStoreStatements : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aConnectionThatReadWritesAfterAnotherWrote();
    void readsLeaveNothingForTheCheckpoint();
    void aNestedQueryOfTheSameTextReadsItsOwnRows();
    void aFailedStatementRunsAgain();
    void otherParameterNamesDoNotReuseOldValues();
    void statementsSurviveASchemaChange();
    void postgresReusesStatementsAcrossTransactions();

private:
    QList<Id> seed(SqlStore &store, int n);

    std::unique_ptr<TempStore> m_file;
    std::unique_ptr<SqlStore> m_a;
    std::unique_ptr<SqlStore> m_b;
};

void TestStoreStatements::init() {
    m_file = std::make_unique<TempStore>();
    m_a = std::make_unique<SqlStore>(StoreConfig::sqlite(m_file->path()), uniqueConnection());
    BSS_VERIFY_OK(m_a->open());
    m_b = std::make_unique<SqlStore>(StoreConfig::sqlite(m_file->path()), uniqueConnection());
    BSS_VERIFY_OK(m_b->open());
}

void TestStoreStatements::cleanup() {
    m_a.reset();
    m_b.reset();
    m_file.reset();
}

QList<Id> TestStoreStatements::seed(SqlStore &store, int n) {
    QList<Id> ids;
    const QDateTime at = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < n; ++i) {
        const Result<Id> id = store.accounts().insert(direct(QStringLiteral("Acc%1").arg(i)), at);
        if (!id)
            return {};
        ids.append(*id);
    }
    return ids;
}

void TestStoreStatements::aConnectionThatReadWritesAfterAnotherWrote() {
    const QList<Id> ids = seed(*m_a, 5);
    QCOMPARE(ids.size(), 5);
    const QDateTime at = QDateTime::currentDateTimeUtc();
    for (int round = 0; round < 3; ++round) {
        // Reads that stop before the last row, through every way the store hands out a query.
        {
            Result<QSqlQuery> q =
                m_a->connection().exec(idsFrom, {{QStringLiteral("from"), ids.first()}});
            BSS_VERIFY_OK(q);
            QVERIFY(q->next());
        }
        BSS_VERIFY_OK(m_a->connection().scalar(idsFrom, {{QStringLiteral("from"), ids.first()}}));
        const Result<std::optional<Account>> read = m_a->accounts().find(ids.at(1));
        BSS_VERIFY_OK(read);
        QVERIFY(read->has_value());
        {
            Result<QSqlQuery> q =
                m_a->connection().exec(idsFrom, {{QStringLiteral("from"), ids.first()}});
            BSS_VERIFY_OK(q);
            QVERIFY(q->next());
            q->finish(); // done early; the query object lives on
            // Another connection writes while this one still holds the finished query.
            Account other = **read;
            other.name = QStringLiteral("By B %1").arg(round);
            const Result<bool> written = m_b->accounts().update(other, other.version, at);
            BSS_VERIFY_OK(written);
            QVERIFY(*written);
            // This connection writes: it must not be stuck on a snapshot from before B's write.
            const Result<bool> mine = m_a->transaction<bool>([&]() -> Result<bool> {
                const Result<std::optional<Account>> fresh = m_a->accounts().find(ids.at(1));
                if (!fresh)
                    return fresh.error();
                Account a = **fresh;
                a.name = QStringLiteral("By A %1").arg(round);
                return m_a->accounts().update(a, a.version, at);
            });
            BSS_VERIFY_OK(mine);
            QVERIFY(*mine);
        }
        const Result<QVariant> name =
            m_b->connection().scalar(nameOf, {{QStringLiteral("id"), ids.at(1)}});
        BSS_VERIFY_OK(name);
        QCOMPARE(name->toString(), QStringLiteral("By A %1").arg(round));
    }
}

void TestStoreStatements::readsLeaveNothingForTheCheckpoint() {
    const QList<Id> ids = seed(*m_a, 20);
    QCOMPARE(ids.size(), 20);
    const QDateTime at = QDateTime::currentDateTimeUtc();
    for (int round = 0; round < 2; ++round) {
        // A reads in every way, reading part of the rows only.
        BSS_VERIFY_OK(m_a->connection().scalar(idsFrom, {{QStringLiteral("from"), ids.first()}}));
        BSS_VERIFY_OK(m_a->accounts().find(ids.at(3)));
        AccountQuery query;
        query.limit = 5;
        BSS_VERIFY_OK(m_a->accounts().list(query, std::nullopt));
        BSS_VERIFY_OK(m_a->accounts().sync(ids.at(3), QStringLiteral("kaspersky")));
        // B writes after A's reads, then checkpoints. Any reader still on an older snapshot
        // would keep B's pages in the WAL (checkpointed < log).
        Result<std::optional<Account>> read = m_b->accounts().find(ids.at(4));
        BSS_VERIFY_OK(read);
        Account a = **read;
        a.name = QStringLiteral("Renamed %1").arg(round);
        BSS_VERIFY_OK(m_b->accounts().update(a, a.version, at));
        Result<QSqlQuery> checkpoint =
            m_b->connection().exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
        BSS_VERIFY_OK(checkpoint);
        QVERIFY(checkpoint->next());
        QCOMPARE(checkpoint->value(0).toInt(), 0);
        QVERIFY(checkpoint->value(1).toInt() > 0);
        QCOMPARE(checkpoint->value(2).toInt(), checkpoint->value(1).toInt());
    }
}

void TestStoreStatements::aNestedQueryOfTheSameTextReadsItsOwnRows() {
    const QList<Id> ids = seed(*m_a, 4);
    QCOMPARE(ids.size(), 4);
    QList<QList<Id>> seen;
    Result<QSqlQuery> outer =
        m_a->connection().exec(idsFrom, {{QStringLiteral("from"), ids.first()}});
    BSS_VERIFY_OK(outer);
    while (outer->next()) {
        const Id from = outer->value(0).toLongLong();
        Result<QSqlQuery> inner = m_a->connection().exec(idsFrom, {{QStringLiteral("from"), from}});
        BSS_VERIFY_OK(inner);
        QList<Id> rows;
        while (inner->next())
            rows.append(inner->value(0).toLongLong());
        seen.append(rows);
    }
    QCOMPARE(seen.size(), 4);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(seen.at(i), ids.mid(i));
    // Once both are gone the statement is reused and reads from the start again.
    outer = Error::internal(QString());
    Result<QSqlQuery> again =
        m_a->connection().exec(idsFrom, {{QStringLiteral("from"), ids.at(2)}});
    BSS_VERIFY_OK(again);
    QList<Id> rows;
    while (again->next())
        rows.append(again->value(0).toLongLong());
    QCOMPARE(rows, ids.mid(2));
}

void TestStoreStatements::aFailedStatementRunsAgain() {
    const QString insert = QStringLiteral("INSERT INTO meta (key, value) VALUES (:k, :v)");
    BSS_VERIFY_OK(m_a->connection().change(
        insert, {{QStringLiteral("k"), QStringLiteral("x")}, {QStringLiteral("v"), 1}}));
    const Result<int> duplicate = m_a->connection().change(
        insert, {{QStringLiteral("k"), QStringLiteral("x")}, {QStringLiteral("v"), 2}});
    QVERIFY(!duplicate.ok());
    QCOMPARE(duplicate.error().code, QStringLiteral("store-error"));
    BSS_VERIFY_OK(m_a->connection().change(
        insert, {{QStringLiteral("k"), QStringLiteral("y")}, {QStringLiteral("v"), 3}}));
    const Result<QString> y = m_a->meta().get(QStringLiteral("y"));
    BSS_VERIFY_OK(y);
    QCOMPARE(*y, QStringLiteral("3"));
    // B can write too: the failed statement holds no lock.
    BSS_VERIFY_OK(m_b->meta().set(QStringLiteral("z"), QStringLiteral("4")));
}

void TestStoreStatements::otherParameterNamesDoNotReuseOldValues() {
    const QString text = QStringLiteral("SELECT :a || '-' || COALESCE(:b, 'none')");
    const Result<QVariant> both =
        m_a->connection().scalar(text, {{QStringLiteral("a"), QStringLiteral("1")},
                                        {QStringLiteral("b"), QStringLiteral("2")}});
    BSS_VERIFY_OK(both);
    QCOMPARE(both->toString(), QStringLiteral("1-2"));
    // :b not given this time: never the "2" bound by the call before.
    const Result<QVariant> one =
        m_a->connection().scalar(text, {{QStringLiteral("a"), QStringLiteral("5")}});
    QVERIFY(!one.ok() || one->toString() != QStringLiteral("5-2"));
}

void TestStoreStatements::statementsSurviveASchemaChange() {
    const QList<Id> ids = seed(*m_a, 2);
    QCOMPARE(ids.size(), 2);
    BSS_VERIFY_OK(m_a->connection().scalar(nameOf, {{QStringLiteral("id"), ids.first()}}));
    BSS_VERIFY_OK(m_a->connection().exec(
        QStringLiteral("CREATE TABLE scratch (id INTEGER PRIMARY KEY, v TEXT)")));
    const QString insert = QStringLiteral("INSERT INTO scratch (v) VALUES (:v)");
    BSS_VERIFY_OK(m_a->connection().change(insert, {{QStringLiteral("v"), QStringLiteral("a")}}));
    BSS_VERIFY_OK(
        m_a->connection().exec(QStringLiteral("ALTER TABLE accounts ADD COLUMN note TEXT")));
    const Result<QVariant> name =
        m_a->connection().scalar(nameOf, {{QStringLiteral("id"), ids.first()}});
    BSS_VERIFY_OK(name);
    QCOMPARE(name->toString(), QStringLiteral("Acc0"));
    // A cached statement on a table does not keep it from being dropped (by this connection or
    // another one).
    BSS_VERIFY_OK(m_b->connection().exec(QStringLiteral("DROP TABLE scratch")));
    QVERIFY(!m_a->connection().change(insert, {{QStringLiteral("v"), QStringLiteral("b")}}).ok());
}

void TestStoreStatements::postgresReusesStatementsAcrossTransactions() {
    BSS_REQUIRE_POSTGRES();
    QString error;
    PostgresCluster *cluster = PostgresCluster::shared(&error);
    QVERIFY2(cluster, qPrintable(error));
    const QString url = cluster->createDatabase(QStringLiteral("statements"), &error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    const Result<StoreConfig> config = StoreConfig::parse(url);
    BSS_VERIFY_OK(config);
    SqlStore store(*config, uniqueConnection());
    BSS_VERIFY_OK(store.open());
    const QList<Id> ids = seed(store, 3);
    QCOMPARE(ids.size(), 3);

    // First prepared inside a transaction that rolls back: still usable afterwards.
    const Result<Done> refused = store.transaction<Done>([&]() -> Result<Done> {
        const Result<QVariant> name =
            store.connection().scalar(nameOf, {{QStringLiteral("id"), ids.at(1)}});
        if (!name)
            return name.error();
        return Error::conflict(QStringLiteral("refused"), QString());
    });
    QVERIFY(!refused.ok());
    const Result<QVariant> name =
        store.connection().scalar(nameOf, {{QStringLiteral("id"), ids.at(1)}});
    BSS_VERIFY_OK(name);
    QCOMPARE(name->toString(), QStringLiteral("Acc1"));

    // A failed statement inside a transaction, the transaction rolled back, the statement again.
    const QString insert = QStringLiteral("INSERT INTO meta (key, value) VALUES (:k, :v)");
    BSS_VERIFY_OK(store.connection().change(insert, {{QStringLiteral("k"), QStringLiteral("x")},
                                                     {QStringLiteral("v"), QStringLiteral("1")}}));
    const Result<Done> failed = store.transaction<Done>([&]() -> Result<Done> {
        const Result<int> r =
            store.connection().change(insert, {{QStringLiteral("k"), QStringLiteral("x")},
                                               {QStringLiteral("v"), QStringLiteral("2")}});
        if (!r)
            return r.error();
        return Done{};
    });
    QVERIFY(!failed.ok());
    BSS_VERIFY_OK(store.connection().change(insert, {{QStringLiteral("k"), QStringLiteral("y")},
                                                     {QStringLiteral("v"), QStringLiteral("3")}}));

    // A read dropped after its first row, then the same text again from the start. (Not nested:
    // QPSQL's forward-only queries cannot interleave, cached or not.)
    for (int round = 0; round < 2; ++round) {
        Result<QSqlQuery> q =
            store.connection().exec(idsFrom, {{QStringLiteral("from"), ids.first()}});
        BSS_VERIFY_OK(q);
        QVERIFY(q->next());
        QCOMPARE(q->value(0).toLongLong(), ids.first());
    }
    Result<QSqlQuery> all =
        store.connection().exec(idsFrom, {{QStringLiteral("from"), ids.first()}});
    BSS_VERIFY_OK(all);
    int rows = 0;
    while (all->next())
        ++rows;
    QCOMPARE(rows, 3);
    AccountQuery query;
    query.limit = 2;
    const Result<Page<Account>> page = store.accounts().list(query, std::nullopt);
    BSS_VERIFY_OK(page);
    QCOMPARE(page->items.size(), 2);
    QVERIFY(!page->items.first().sync.isEmpty());
}

QTEST_GUILESS_MAIN(TestStoreStatements)
#include "tst_store_statements.moc"
