// Every list the store serves on PostgreSQL is read through an index, not by reading a big table
// whole: at 100,000 accounts (and their sync rows, orders, lines, subscriptions and audit), each
// statement a list or count runs is EXPLAINed with its own values, as PostgreSQL plans it for
// the store's connection, and a sequential scan of a big table fails the test, as does sorting
// more than a page's worth of rows for a list whose order an index holds. Also: a role that may
// not create the pg_trgm extension still gets a store whose searches work, and one warning
// naming the SQL an administrator runs.
#include "app/services/Generator.h"
#include "app/services/Services.h"
#include "app/store/SqlConnection.h"
#include "app/store/SqlStore.h"
#include "tests/server/PostgresCluster.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTest>

using namespace bss;
using namespace bss::test;

namespace {

constexpr qint64 accountCount = 100000;

const QStringList bigTables = {QStringLiteral("accounts"),      QStringLiteral("account_sync"),
                               QStringLiteral("orders"),        QStringLiteral("order_lines"),
                               QStringLiteral("subscriptions"), QStringLiteral("audit")};

// What is wrong with one plan node and those under it, as lines of text (none: all is well).
// `sortAllowed`: the list may sort its matches (a sparse substring search, found by the trigram
// index, whose order no index can hold).
void findFaults(const QJsonObject &node, bool sortAllowed, QStringList &faults) {
    const QString type = node.value(QStringLiteral("Node Type")).toString();
    const QString relation = node.value(QStringLiteral("Relation Name")).toString();
    if (type == QLatin1String("Seq Scan") && bigTables.contains(relation))
        faults << QStringLiteral("sequential scan of %1").arg(relation);
    const double rows = node.value(QStringLiteral("Plan Rows")).toDouble();
    if (type == QLatin1String("Sort") && !sortAllowed && rows > 1000)
        faults << QStringLiteral("sort of %1 rows").arg(rows);
    const QJsonArray children = node.value(QStringLiteral("Plans")).toArray();
    for (const QJsonValue &child : children)
        findFaults(child.toObject(), sortAllowed, faults);
}

// `sql` with its values written in as literals: PostgreSQL cannot prepare an EXPLAIN, and with
// the values it plans the statement as it does for the store (custom plans, see SqlConnection).
QString withValues(QString text, const QVariantMap &params) {
    QStringList names = params.keys();
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &name : names) {
        const QVariant v = params.value(name);
        QString literal;
        if (v.isNull())
            literal = QStringLiteral("NULL");
        else if (v.typeId() == QMetaType::QString)
            literal = QLatin1Char('\'') +
                      v.toString().replace(QLatin1Char('\''), QStringLiteral("''")) +
                      QLatin1Char('\'');
        else
            literal = v.toString();
        text.replace(QLatin1Char(':') + name, literal);
    }
    return text;
}

// `sql` as a PREPARE of positional parameters and the EXECUTE of its values: PostgreSQL may
// plan a prepared statement without its values (a generic plan), and that plan must do too.
std::pair<QString, QString> asPrepared(QString text, const QVariantMap &params) {
    QStringList names = params.keys();
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QStringList values;
    for (const QString &name : names) {
        const QString holder = QLatin1Char(':') + name;
        if (!text.contains(holder))
            continue;
        values.append(withValues(holder, {{name, params.value(name)}}));
        text.replace(holder, QLatin1Char('$') + QString::number(values.size()));
    }
    return {QStringLiteral("PREPARE plan_check AS ") + text,
            values.isEmpty() ? QStringLiteral("EXECUTE plan_check")
                             : QStringLiteral("EXECUTE plan_check(") +
                                   values.join(QStringLiteral(", ")) + QLatin1Char(')')};
}

// Sets `query` up for `window`: 0 the first page, 1 the next page (after the first, read with
// `list`), 2 a jump, 3 the page at the end. False when there is no next page, or (with `error`
// set) when the first page failed.
template <typename Query, typename List>
bool enterWindow(Query &query, int window, List list, QString &error) {
    if (window == 1) {
        const auto first = list(query);
        if (!first) {
            error = first.error().describe();
            return false;
        }
        if (first->nextCursor.isEmpty())
            return false;
        query.cursor = first->nextCursor;
    } else if (window == 2) {
        query.offset = 40;
    } else if (window == 3) {
        query.fromEnd = true;
    }
    return true;
}

} // namespace

class TestStorePlans : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void accountLists_data();
    void accountLists();
    void orderLists_data();
    void orderLists();
    void subscriptionAndAuditLists();
    void statisticsAreFreshAfterGenerating();
    void aRoleWithoutPgTrgmStillSearches();

private:
    // Runs `call` on the store, EXPLAINs every SELECT it ran with its values, and fails on a
    // fault (see findFaults), naming the statement.
    template <typename Call> void checkPlans(const Call &call, bool sortAllowed = false);
    // An unfiltered count reads a counter, no big table. (A filtered count reads its matches,
    // by whatever way is cheapest: it is not checked here.)
    template <typename Call> void checkUnfilteredCount(const Call &call);

    PostgresCluster *m_cluster = nullptr;
    std::unique_ptr<SqlStore> m_store;
    QList<Sql> m_ran;
    int m_checks = 0; // statements prepared for a generic plan so far, each under a name of its own
    // What the planner believed of each table's size just after the generator wrote it.
    QHash<QString, double> m_estimatedRows;
};

void TestStorePlans::initTestCase() {
    BSS_REQUIRE_POSTGRES();
    QString error;
    m_cluster = PostgresCluster::shared(&error);
    QVERIFY2(m_cluster, qPrintable(error));
    const QString url = m_cluster->createDatabase(QStringLiteral("plans"), &error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    const Result<StoreConfig> config = StoreConfig::parse(url);
    BSS_VERIFY_OK(config);
    m_store = std::make_unique<SqlStore>(*config, QStringLiteral("tst_store_plans"));
    BSS_VERIFY_OK(m_store->open());
    Services services(*m_store);
    BSS_VERIFY_OK(generateSyntheticData(services, {accountCount, accountCount, 2}));
    for (const QString &table : bigTables) {
        const Result<QVariant> rows = m_store->connection().scalar(
            QStringLiteral("SELECT reltuples FROM pg_class WHERE relname = :t"),
            {{QStringLiteral("t"), table}});
        BSS_VERIFY_OK(rows);
        m_estimatedRows.insert(table, rows->toDouble());
    }
    // An audit trail of the same size (the generator writes none).
    BSS_VERIFY_OK(m_store->connection().exec(QStringLiteral(
        "INSERT INTO audit (at, username, action, entity, entity_id, field, before_value,"
        " after_value) SELECT '2026-12-01T00:00:00Z', 'agent', 'update',"
        " CASE WHEN i % 2 = 0 THEN 'account' ELSE 'order' END, 1 + i % 5000, 'email', '', ''"
        " FROM generate_series(1, 100000) i")));
    BSS_VERIFY_OK(m_store->connection().exec(QStringLiteral("ANALYZE audit")));
    m_store->connection().setStatementObserver([this](const Sql &sql) { m_ran.append(sql); });
}

void TestStorePlans::cleanupTestCase() {
    m_store.reset();
}

template <typename Call> void TestStorePlans::checkPlans(const Call &call, bool sortAllowed) {
    m_ran.clear();
    const auto result = call(*m_store);
    BSS_VERIFY_OK(result);
    const QList<Sql> ran = std::exchange(m_ran, {});
    QVERIFY(!ran.isEmpty());
    for (const Sql &sql : ran) {
        if (!sql.text.trimmed().startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive))
            continue;
        // As planned for its values, and (unless the store has it planned for its values each
        // time) as planned once for any values.
        const QString name = QStringLiteral("plan_check_%1").arg(++m_checks);
        auto [prepare, execute] = asPrepared(sql.text, sql.params);
        prepare.replace(QLatin1String("plan_check"), name);
        execute.replace(QLatin1String("plan_check"), name);
        SqlConnection &db = m_store->connection();
        QStringList explains = {QStringLiteral("EXPLAIN (FORMAT JSON) ") +
                                withValues(sql.text, sql.params)};
        if (!sql.planForValues) {
            BSS_VERIFY_OK(db.exec(QStringLiteral("SET plan_cache_mode TO force_generic_plan")));
            BSS_VERIFY_OK(db.exec(prepare));
            BSS_VERIFY_OK(db.exec(QStringLiteral("RESET plan_cache_mode")));
            explains << QStringLiteral("EXPLAIN (FORMAT JSON) ") + execute;
        }
        for (const QString &explain : explains) {
            Result<QSqlQuery> plan = db.exec(explain);
            BSS_VERIFY_OK(plan);
            QVERIFY(plan->next());
            const QJsonArray doc = QJsonDocument::fromJson(plan->value(0).toByteArray()).array();
            QStringList faults;
            findFaults(doc.at(0).toObject().value(QStringLiteral("Plan")).toObject(), sortAllowed,
                       faults);
            QVERIFY2(faults.isEmpty(),
                     qPrintable(faults.join(QStringLiteral(", ")) + QStringLiteral(" in: ") +
                                explain + QLatin1Char('\n') +
                                QString::fromUtf8(QJsonDocument(doc).toJson())));
        }
        m_ran.clear(); // the EXPLAINs themselves
    }
}

template <typename Call> void TestStorePlans::checkUnfilteredCount(const Call &call) {
    m_ran.clear();
    const Result<qint64> n = call(*m_store);
    BSS_VERIFY_OK(n);
    QVERIFY(*n >= accountCount);
    const QList<Sql> ran = std::exchange(m_ran, {});
    QCOMPARE(ran.size(), 1);
    for (const QString &table : bigTables)
        QVERIFY2(!ran.at(0).text.contains(QStringLiteral(" ") + table), qPrintable(ran.at(0).text));
}

void TestStorePlans::accountLists_data() {
    QTest::addColumn<QString>("q");
    QTest::addColumn<int>("filter");
    QTest::addColumn<int>("window"); // 0 first page, 1 next page, 2 jump, 3 from the end
    QTest::addColumn<bool>("sortAllowed");
    const QList<std::pair<const char *, QString>> searches = {
        {"all", QString()},
        {"prefix", QStringLiteral("Ze")},
        {"one letter", QStringLiteral("m")},
        {"dense substring", QStringLiteral("con")},
        {"sparse substring", QStringLiteral("0999")},
        {"no match", QStringLiteral("zzzq")}};
    const QStringList filters = {QStringLiteral("no filter"),     QStringLiteral("type"),
                                 QStringLiteral("parent"),        QStringLiteral("platform"),
                                 QStringLiteral("synchronized"),  QStringLiteral("unsynchronized"),
                                 QStringLiteral("reseller scope")};
    const QStringList windows = {QStringLiteral("first page"), QStringLiteral("next page"),
                                 QStringLiteral("jump"), QStringLiteral("from the end")};
    for (const auto &[label, q] : searches) {
        // A sparse substring search sorts its matches; so may any search's jump, which counts
        // its way through the matches.
        const bool substring = q.size() >= 3;
        for (int f = 0; f < filters.size(); ++f) {
            for (int w = 0; w < windows.size(); ++w) {
                QTest::addRow("%s, %s, %s", label, qPrintable(filters.at(f)),
                              qPrintable(windows.at(w)))
                    << q << f << w << (substring && (q == QLatin1String("0999") || w >= 2));
            }
        }
    }
}

void TestStorePlans::accountLists() {
    QFETCH(QString, q);
    QFETCH(int, filter);
    QFETCH(int, window);
    QFETCH(bool, sortAllowed);
    AccountQuery query;
    query.q = q;
    query.limit = 100;
    std::optional<Id> scope;
    switch (filter) {
    case 1:
        query.type = AccountType::EndUser;
        break;
    case 2:
        query.parentId = 201;
        break; // a reseller (every hundredth account from the first)
    case 3:
        query.platform = QStringLiteral("microsoft");
        break;
    case 4:
        query.platform = QStringLiteral("kaspersky");
        query.syncStatus = SyncStatus::Synchronized;
        break;
    case 5:
        query.platform = QStringLiteral("kaspersky");
        query.syncStatus = SyncStatus::UnSynchronized;
        break;
    case 6:
        scope = 201;
        break;
    default:
        break;
    }
    QString error;
    if (!enterWindow(
            query, window, [&](const auto &q) { return m_store->accounts().list(q, scope); },
            error)) {
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSKIP("a single page: there is no next one");
    }
    checkPlans([&](SqlStore &store) { return store.accounts().list(query, scope); }, sortAllowed);
    if (window == 0 && q.isEmpty() && filter == 0)
        checkUnfilteredCount([](SqlStore &store) { return store.accounts().count({}, {}); });
}

void TestStorePlans::orderLists_data() {
    QTest::addColumn<int>("filter");
    QTest::addColumn<int>("window");
    const QStringList filters = {QStringLiteral("no filter"), QStringLiteral("account"),
                                 QStringLiteral("status"),    QStringLiteral("customer prefix"),
                                 QStringLiteral("number"),    QStringLiteral("reseller scope")};
    const QStringList windows = {QStringLiteral("first page"), QStringLiteral("next page"),
                                 QStringLiteral("jump"), QStringLiteral("from the end")};
    for (int f = 0; f < filters.size(); ++f) {
        for (int w = 0; w < windows.size(); ++w)
            QTest::addRow("%s, %s", qPrintable(filters.at(f)), qPrintable(windows.at(w))) << f << w;
    }
}

void TestStorePlans::orderLists() {
    QFETCH(int, filter);
    QFETCH(int, window);
    OrderQuery query;
    query.limit = 100;
    std::optional<Id> scope;
    switch (filter) {
    case 1:
        query.accountId = 7919;
        break;
    case 2:
        query.status = OrderStatus::Draft;
        break;
    case 3:
        query.q = QStringLiteral("Zephyr");
        break;
    case 4:
        query.q = QStringLiteral("ORD-000042");
        break;
    case 5:
        scope = 201;
        break;
    default:
        break;
    }
    QString error;
    if (!enterWindow(
            query, window, [&](const auto &q) { return m_store->orders().list(q, scope); },
            error)) {
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSKIP("a single page: there is no next one");
    }
    checkPlans([&](SqlStore &store) { return store.orders().list(query, scope); });
    if (window == 0 && filter == 0)
        checkUnfilteredCount([](SqlStore &store) { return store.orders().count({}, {}); });
}

void TestStorePlans::subscriptionAndAuditLists() {
    QList<SubscriptionQuery> subscriptions(4);
    subscriptions[1].accountId = 7919;
    subscriptions[2].status = SubscriptionStatus::Active;
    subscriptions[3].productId = 1;
    for (SubscriptionQuery &query : subscriptions) {
        query.limit = 100;
        checkPlans([&](SqlStore &store) { return store.subscriptions().list(query, {}); });
        checkPlans([&](SqlStore &store) { return store.subscriptions().list(query, Id(201)); });
        query.fromEnd = true;
        checkPlans([&](SqlStore &store) { return store.subscriptions().list(query, {}); });
    }
    QList<AuditQuery> audits(3);
    audits[1].entity = QStringLiteral("account");
    audits[2].entity = QStringLiteral("order");
    audits[2].entityId = 42;
    for (AuditQuery &query : audits) {
        query.limit = 100;
        checkPlans([&](SqlStore &store) { return store.audit().list(query, {}); });
    }
}

void TestStorePlans::statisticsAreFreshAfterGenerating() {
    // Generated rows are analysed with them: the planner knows the tables' sizes at once, not
    // only once autovacuum gets round to them (until then it read whole sync tables for a page).
    for (const QString &table :
         {QStringLiteral("accounts"), QStringLiteral("account_sync"), QStringLiteral("orders"),
          QStringLiteral("order_lines"), QStringLiteral("subscriptions")}) {
        QVERIFY2(m_estimatedRows.value(table) > 10000,
                 qPrintable(table + QStringLiteral(": the planner believed %1 rows")
                                        .arg(m_estimatedRows.value(table))));
    }
}

void TestStorePlans::aRoleWithoutPgTrgmStillSearches() {
    QString error;
    const QString adminUrl = m_cluster->createDatabase(QStringLiteral("clerks"), &error);
    QVERIFY2(!adminUrl.isEmpty(), qPrintable(error));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("dba"));
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(m_cluster->port());
        db.setUserName(QStringLiteral("postgres"));
        db.setDatabaseName(QStringLiteral("clerks"));
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        // May make tables in its schema, but not extensions in the database.
        for (const char *sql :
             {"CREATE ROLE clerk LOGIN", "REVOKE CREATE ON DATABASE clerks FROM PUBLIC",
              "GRANT ALL ON SCHEMA public TO clerk"})
            QVERIFY2(q.exec(QLatin1String(sql)), qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("dba"));
    const Result<StoreConfig> config = StoreConfig::parse(
        QStringLiteral("postgres://clerk@127.0.0.1:%1/clerks").arg(m_cluster->port()));
    BSS_VERIFY_OK(config);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral(
                             "may not create the pg_trgm extension.*CREATE EXTENSION pg_trgm;")));
    SqlStore store(*config, QStringLiteral("tst_store_plans-clerk"));
    BSS_VERIFY_OK(store.open());
    const QDateTime at = QDateTime::currentDateTimeUtc();
    for (const char *name : {"Contoso Ltd", "Fabrikam Inc", "Northwind Traders"}) {
        NewAccount a;
        a.name = QLatin1String(name);
        a.type = AccountType::Direct;
        a.email = QStringLiteral("billing@") + a.name.section(QLatin1Char(' '), 0, 0).toLower() +
                  QStringLiteral(".example");
        BSS_VERIFY_OK(store.accounts().insert(a, at));
    }
    AccountQuery query;
    query.q = QStringLiteral("ABRIK"); // a substring, in another case
    const Result<Page<Account>> page = store.accounts().list(query, {});
    BSS_VERIFY_OK(page);
    QCOMPARE(page->items.size(), 1);
    QCOMPARE(page->items.at(0).name, QStringLiteral("Fabrikam Inc"));
    query.q = QStringLiteral("northwind.exa"); // in the email
    const Result<qint64> n = store.accounts().count(query, {});
    BSS_VERIFY_OK(n);
    QCOMPARE(*n, qint64(1)); // billing@northwind.example
}

QTEST_GUILESS_MAIN(TestStorePlans)
#include "tst_store_plans.moc"
