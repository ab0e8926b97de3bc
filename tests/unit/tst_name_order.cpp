#include "app/store/Migrations.h"
#include "app/store/SqlConnection.h"
#include "app/store/SqlStore.h"
#include "tests/support/TestSupport.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <algorithm>

using namespace bss;
using namespace bss::test;

namespace {

QString uniqueConnection() {
    return uniqueConnectionName(QStringLiteral("tst_name_order"));
}

using Row = NamedRow;

QList<Id> idsOf(const QList<Row> &rows) {
    QList<Id> ids;
    for (const Row &r : rows)
        ids.append(r.id);
    return ids;
}

// Every page of `query`, `limit` rows at a time, as the ids came.
QList<Id> walk(SqlStore &store, AccountQuery query, int limit) {
    QList<Id> ids;
    query.limit = limit;
    for (int pages = 0; pages < 100000; ++pages) {
        const Result<Page<Account>> page = store.accounts().list(query, {});
        if (!page) {
            qWarning("%s", qPrintable(page.error().describe()));
            return {};
        }
        for (const Account &a : page->items)
            ids.append(a.id);
        if (page->nextCursor.isEmpty())
            return ids;
        query.cursor = page->nextCursor;
    }
    return {};
}

AccountQuery search(const QString &q) {
    AccountQuery query;
    query.q = q;
    return query;
}

QList<Row> matching(const QList<Row> &rows, const QString &q) {
    QList<Row> out;
    for (const Row &r : rows) {
        if (r.name.contains(q, Qt::CaseInsensitive))
            out.append(r);
    }
    return out;
}

} // namespace

// The accounts' place in name order, which keys the trigram index so that a search's matches
// come out of it in name order: it must stay right however accounts are added and renamed.
class TestNameOrder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // New accounts that all fall into the same gap (appended after one another, or namesakes)
    // use it up: the neighbours are spread out again and the order stays that of the names.
    void gapsUsedUpAreSpreadOut() {
        TempStore temp;
        SqlStore store(StoreConfig::sqlite(temp.path()), uniqueConnection());
        BSS_VERIFY_OK(store.open());
        QList<Row> rows;
        const QDateTime at = QDateTime::currentDateTimeUtc();
        const auto add = [&](const QString &name) {
            const Result<Id> id = store.accounts().insert(
                {name, AccountType::Direct, {}, QStringLiteral("someone@example.com")}, at);
            if (!id)
                qFatal("%s", qPrintable(id.error().describe()));
            rows.append({*id, name});
        };
        const Result<Done> added = store.transaction<Done>([&]() -> Result<Done> {
            add(QStringLiteral("Middle"));
            add(QStringLiteral("Zulu"));
            // 150 namesakes between Middle and Zulu, and 150 names each after the one before, at
            // the end: both halve one gap each time, so each runs out of room more than once.
            for (int i = 0; i < 150; ++i)
                add(QStringLiteral("Same Name"));
            for (int i = 0; i < 150; ++i)
                add(QStringLiteral("Zz %1").arg(i, 3, 10, QLatin1Char('0')));
            // and before the first, each before the one before
            for (int i = 150; i > 0; --i)
                add(QStringLiteral("Aa %1").arg(i, 3, 10, QLatin1Char('0')));
            return Done{};
        });
        BSS_VERIFY_OK(added);
        sortAsTheListShows(rows);

        QCOMPARE(walk(store, AccountQuery{}, 37), idsOf(rows));
        QCOMPARE(walk(store, search(QStringLiteral("Same")), 11),
                 idsOf(matching(rows, QStringLiteral("Same"))));
        QCOMPARE(walk(store, search(QStringLiteral("Zz ")), 500),
                 idsOf(matching(rows, QStringLiteral("Zz "))));
        QCOMPARE(walk(store, search(QStringLiteral("a 1")), 7),
                 idsOf(matching(rows, QStringLiteral("a 1"))));

        // The places are distinct, and every account has one.
        const Result<QVariant> distinct = store.connection().scalar(
            QStringLiteral("SELECT COUNT(DISTINCT name_order) FROM accounts"));
        BSS_VERIFY_OK(distinct);
        QCOMPARE(distinct->toLongLong(), qint64(rows.size()));
    }

    // A renamed account moves to its new place, in the list and in its searches.
    void renamedAccountMoves() {
        TempStore temp;
        SqlStore store(StoreConfig::sqlite(temp.path()), uniqueConnection());
        BSS_VERIFY_OK(store.open());
        QList<Row> rows;
        const QDateTime at = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 40; ++i) {
            const QString name =
                QStringLiteral("Kestrel %1").arg((i * 17) % 40, 2, 10, QLatin1Char('0'));
            const Result<Id> id = store.accounts().insert(
                {name, AccountType::Direct, {}, QStringLiteral("k@example.com")}, at);
            BSS_VERIFY_OK(id);
            rows.append({*id, name});
        }
        sortAsTheListShows(rows);
        const Id moved = rows.at(20).id;

        for (const QString &name :
             {QStringLiteral("zebra Works"), QStringLiteral("Aardvark Kestrel"),
              QStringLiteral("Kestrel 20"), QStringLiteral("Kestrel 20")}) {
            const Result<std::optional<Account>> before = store.accounts().find(moved);
            BSS_VERIFY_OK(before);
            QVERIFY(before->has_value());
            Account renamed = **before;
            renamed.name = name;
            const Result<bool> saved = store.accounts().update(renamed, renamed.version, at);
            BSS_VERIFY_OK(saved);
            QVERIFY(*saved);
            for (Row &r : rows) {
                if (r.id == moved)
                    r.name = name;
            }
            sortAsTheListShows(rows);
            QCOMPARE(walk(store, AccountQuery{}, 9), idsOf(rows));
            QCOMPARE(walk(store, search(QStringLiteral("kestrel")), 9),
                     idsOf(matching(rows, QStringLiteral("kestrel"))));
            QCOMPARE(walk(store, search(QStringLiteral("zebra")), 9),
                     idsOf(matching(rows, QStringLiteral("zebra"))));
        }

        // A save that lost the race changes nothing, its place included.
        const Result<std::optional<Account>> current = store.accounts().find(moved);
        BSS_VERIFY_OK(current);
        Account stale = **current;
        stale.name = QStringLiteral("Aaa Stale");
        const Result<bool> refused = store.accounts().update(stale, stale.version - 1, at);
        BSS_VERIFY_OK(refused);
        QVERIFY(!*refused);
        QCOMPARE(walk(store, AccountQuery{}, 9), idsOf(rows));
    }

    // A store of schema version 2 (trigram index keyed by id) is upgraded: every account gets
    // its place, and searches find the same accounts, now in name order.
    void upgradeFromVersionTwo() {
        TempStore temp;
        const QString connection = uniqueConnection();
        QList<Row> rows;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(temp.path());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER PRIMARY"
                                          " KEY, description TEXT NOT NULL, applied_at TEXT NOT"
                                          " NULL)")));
            const Dialect dialect(StoreConfig::Kind::Sqlite);
            for (const Migration &m : migrations(dialect)) {
                if (m.version > 2)
                    break;
                for (const QString &statement : m.statements)
                    QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
                QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version VALUES (%1, 'x', 'now')")
                                   .arg(m.version)));
            }
            QVERIFY(db.transaction());
            for (int i = 0; i < 300; ++i) {
                const QString name =
                    QStringLiteral("%1 Harbor %2")
                        .arg(i % 3 == 0 ? QStringLiteral("blue") : QStringLiteral("Green"))
                        .arg((i * 37) % 300);
                QVERIFY(q.prepare(QStringLiteral(
                    "INSERT INTO accounts (name, type, email, created_at, updated_at)"
                    " VALUES (?, 'direct', 'h@example.com', 'now', 'now')")));
                q.addBindValue(name);
                QVERIFY(q.exec());
                rows.append({q.lastInsertId().toLongLong(), name});
            }
            QVERIFY(q.exec(
                QStringLiteral(
                    "INSERT INTO account_sync (account_id, platform, status, email, role,"
                    " reseller_pin, last_error, synced_at) VALUES (%1, 'kaspersky', 'Failed',"
                    " 'h@example.com', 'Reseller', 'PIN-7', 'Refused.', 'now')")
                    .arg(rows.constFirst().id)));
            QVERIFY(db.commit());
        }
        QSqlDatabase::removeDatabase(connection);
        sortAsTheListShows(rows);

        SqlStore store(StoreConfig::sqlite(temp.path()), uniqueConnection());
        BSS_VERIFY_OK(store.open());
        QCOMPARE(store.schemaVersion(), store.latestSchemaVersion());
        // The trigram index holds exactly what the accounts hold.
        BSS_VERIFY_OK(store.connection().exec(QStringLiteral(
            "INSERT INTO accounts_fts(accounts_fts, rank) VALUES ('integrity-check', 1)")));
        QCOMPARE(walk(store, AccountQuery{}, 50), idsOf(rows));
        QCOMPARE(walk(store, search(QStringLiteral("harbor")), 50), idsOf(rows));
        QCOMPARE(walk(store, search(QStringLiteral("blue")), 7),
                 idsOf(matching(rows, QStringLiteral("blue"))));
        const Result<qint64> count = store.accounts().count(search(QStringLiteral("blue")), {});
        BSS_VERIFY_OK(count);
        QCOMPARE(*count, qint64(100));
        // Version 5: a one-letter search goes by the slimmer name index; the email index and the
        // trigram index's column sizes are gone, and so is the sync status index.
        QCOMPARE(walk(store, search(QStringLiteral("B")), 9),
                 idsOf(matching(rows, QStringLiteral("blue"))));
        const Result<QVariant> leftovers = store.connection().scalar(
            QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name IN "
                           "('accounts_email', 'account_sync_status',"
                           " 'accounts_fts_docsize')"));
        BSS_VERIFY_OK(leftovers);
        QCOMPARE(leftovers->toInt(), 0);
        // The sync rows are kept in their key's order, and nothing of them is lost on the way.
        const Result<QVariant> syncTable = store.connection().scalar(
            QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'account_sync'"));
        BSS_VERIFY_OK(syncTable);
        QVERIFY(syncTable->toString().endsWith(QLatin1String("WITHOUT ROWID")));
        const Result<std::optional<StoredSync>> kept =
            store.accounts().sync(rows.constFirst().id, QStringLiteral("kaspersky"));
        BSS_VERIFY_OK(kept);
        QVERIFY(kept->has_value());
        QVERIFY((*kept)->sync.status == SyncStatus::Failed);
        QCOMPARE((*kept)->sync.lastError, QStringLiteral("Refused."));
        QCOMPARE((*kept)->resellerPin, QStringLiteral("PIN-7"));

        // and new accounts go in between
        const Result<Id> added = store.accounts().insert({QStringLiteral("blue Harbor 150x"),
                                                          AccountType::Direct,
                                                          {},
                                                          QStringLiteral("n@example.com")},
                                                         QDateTime::currentDateTimeUtc());
        BSS_VERIFY_OK(added);
        rows.append({*added, QStringLiteral("blue Harbor 150x")});
        sortAsTheListShows(rows);
        QCOMPARE(walk(store, search(QStringLiteral("blue")), 7),
                 idsOf(matching(rows, QStringLiteral("blue"))));
    }
};

QTEST_GUILESS_MAIN(TestNameOrder)
#include "tst_name_order.moc"
