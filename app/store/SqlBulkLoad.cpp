#include "app/store/SqlBulkLoad.h"

#include "app/store/Migrations.h"
#include "app/store/SqlBulkRows.h"
#include "app/store/SqlConnection.h"

#include <QCoreApplication>
#include <QFile>

namespace bss {

using bulk::GeneratedRows;
using bulk::SearchIndexBuild;
using bulk::series;

Result<Done> SqlBulkLoad::run(const QString &sql, const QVariantMap &params) {
    const Result<QSqlQuery> r = m_sql.exec(sql, params);
    if (!r)
        return r.error();
    return Done{};
}

Result<qint64> SqlBulkLoad::maxId(const QString &table) {
    const Result<QVariant> v =
        m_sql.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM ") + table);
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<BulkLoadCounts> SqlBulkLoad::load(const BulkLoadSpec &spec,
                                         const std::function<Result<Done>()> &ensureCatalog) {
    Run r;
    r.spec = spec;
    r.pg = m_sql.dialect().isPostgres();
    r.at = SqlConnection::timestamp(QDateTime::currentDateTimeUtc());
    const QDate day = QDateTime::currentDateTimeUtc().date();
    r.today = day.toString(Qt::ISODate);
    r.nextMonth = day.addMonths(1).toString(Qt::ISODate);
    if (!r.pg && spec.accounts > 0) {
        const Result<QVariant> any =
            m_sql.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM accounts)"));
        if (!any)
            return any.error();
        r.bulkIntoNew = !any->toBool();
    }
    if (Result<Done> prepared = prepare(r); !prepared)
        return prepared.error();
    const Result<BulkLoadCounts> counts = inTransaction(r, ensureCatalog);
    restore(r);
    if (r.sideBuild) {
        const std::optional<Error> e = r.sideBuild->wait();
        if (counts && e)
            return *e;
    }
    if (counts && r.pg) {
        if (Result<Done> analyzed = analyzePostgres(r); !analyzed)
            return analyzed.error();
    }
    return counts;
}

// The settings of a bulk load, outside the transaction (SQLite ignores them inside); the file
// of the side build is attached before it, as SQLite requires.
Result<Done> SqlBulkLoad::prepare(Run &r) {
    const QString searchIndexFile = m_sql.config().path + QStringLiteral("-generate-search");
    if (r.bulkIntoNew) {
        for (const char *sql :
             {"PRAGMA main.journal_mode = MEMORY", "PRAGMA main.synchronous = OFF"}) {
            if (Result<Done> done = run(QLatin1String(sql)); !done)
                return done;
        }
        const QString &path = m_sql.config().path;
        if (!path.isEmpty() && path != QLatin1String(":memory:")) {
            QFile::remove(searchIndexFile);
            const Result<QVariant> pageSize = m_sql.scalar(QStringLiteral("PRAGMA main.page_size"));
            if (pageSize && run(QStringLiteral("ATTACH DATABASE :file AS gen_search"),
                                {{QStringLiteral("file"), searchIndexFile}}))
                r.searchIndex.emplace(
                    searchIndexFile, r.spec.accounts,
                    r.spec.shuffled ? GeneratedRows::shuffledStride(r.spec.accounts) : 1,
                    pageSize->toInt());
        }
    }
    if (r.pg)
        return Done{};
    // Into a new store (its journal in memory), a page cache of 128 MiB: SQLite's sorter then
    // builds each index from 128 MiB runs, sorted by two helper threads while it reads on
    // (a tenth off the load), and pages beyond it go to the file early instead of at the
    // commit. Into a store with accounts (WAL), a large cache keeps the load in memory
    // instead of spilling it to the WAL.
    const Result<QVariant> cacheBefore = m_sql.scalar(QStringLiteral("PRAGMA cache_size"));
    if (!cacheBefore)
        return cacheBefore.error();
    r.cacheBefore = *cacheBefore;
    const QStringList pragmas = r.bulkIntoNew
                                    ? QStringList{QStringLiteral("PRAGMA threads = 2"),
                                                  QStringLiteral("PRAGMA cache_size = -131072")}
                                    : QStringList{QStringLiteral("PRAGMA cache_size = -1000000")};
    for (const QString &sql : pragmas) {
        if (Result<Done> done = run(sql); !done)
            return done;
    }
    // The rows are made consistent by construction; checking a million parent references one
    // by one would double the time.
    return run(QStringLiteral("PRAGMA foreign_keys = OFF"));
}

Result<BulkLoadCounts>
SqlBulkLoad::inTransaction(Run &r, const std::function<Result<Done>()> &ensureCatalog) {
    if (!r.searchIndex)
        return m_sql.transaction<BulkLoadCounts>([&] { return rows(r, ensureCatalog); });
    if (Result<Done> catalog = ensureCatalog(); !catalog)
        return catalog.error();
    // A plain BEGIN, not transaction()'s BEGIN IMMEDIATE: that would lock the attached file from
    // the start, and the side build could not write it. It is read only once the side build is
    // done.
    if (Result<Done> begin = run(QStringLiteral("BEGIN DEFERRED")); !begin)
        return begin.error();
    Result<BulkLoadCounts> counts = rows(r, {});
    if (counts) {
        if (Result<Done> commit = run(QStringLiteral("COMMIT")); !commit)
            counts = commit.error();
    }
    if (!counts)
        run(QStringLiteral("ROLLBACK"));
    return counts;
}

void SqlBulkLoad::restore(Run &r) {
    if (!r.pg) {
        run(QStringLiteral("PRAGMA threads = 0"));
        run(QStringLiteral("PRAGMA cache_size = ") + r.cacheBefore.toString());
        run(QStringLiteral("PRAGMA foreign_keys = ON"));
    }
    if (r.searchIndex) {
        r.searchIndex.reset(); // waits for it and removes its file
        run(QStringLiteral("DETACH DATABASE gen_search"));
    }
    if (r.bulkIntoNew) {
        run(QStringLiteral("PRAGMA main.journal_mode = WAL"));
        run(QStringLiteral("PRAGMA main.synchronous = NORMAL"));
    }
}

// The rows themselves, in the transaction. `ensureCatalog` is empty when it ran before.
Result<BulkLoadCounts> SqlBulkLoad::rows(Run &r,
                                         const std::function<Result<Done>()> &ensureCatalog) {
    BulkLoadCounts counts;
    if (ensureCatalog) {
        if (Result<Done> done = ensureCatalog(); !done)
            return done.error();
    }
    const bulk::Exec exec = [this](const QString &sql, const QVariantMap &params) {
        return run(sql, params);
    };
    if (Result<Done> done = bulk::fillWordTables(exec); !done)
        return done.error();
    const Result<qint64> accountBase = maxId(QStringLiteral("accounts"));
    if (!accountBase)
        return accountBase.error();
    const bool sqliteBulk = r.spec.accounts > 0 && !r.pg;
    if (sqliteBulk) {
        if (Result<Done> done = dropAccountIndexes(r); !done)
            return done.error();
    }
    if (r.pg) {
        if (Result<Done> done = detachPostgres(r, *accountBase); !done)
            return done.error();
    }
    if (r.spec.accounts > 0) {
        if (Result<Done> done = insertAccounts(r, *accountBase); !done)
            return done.error();
        counts.accounts = r.spec.accounts;
        if (sqliteBulk) {
            if (Result<Done> done = buildAccountIndexes(r); !done)
                return done.error();
        }
    }
    if (r.spec.orders > 0) {
        if (Result<Done> done = insertOrders(r, counts); !done)
            return done.error();
    }
    if (r.pg) {
        if (Result<Done> done = reattachPostgres(r); !done)
            return done.error();
        if (Result<Done> done = moveSequences(); !done)
            return done.error();
    }
    return counts;
}

// Bulk load: indexes built once over all the rows beat a million row-by-row updates. FTS5
// merges its segments as it goes; merging rarely makes the build twice as fast. (2,000 segments
// is FTS5's limit: at that crisismerge it reports the disk full.) Every trigger of the trigram
// index goes, not only the insert's: placing the accounts again after an append updates every
// name_order, and the update trigger would feed the index a million times out of key order (at
// a million accounts, FTS5's segment limit; at 200,000, 13 s).
Result<Done> SqlBulkLoad::dropAccountIndexes(const Run &r) {
    for (const SchemaObject &trigger : accountSearchTriggers()) {
        if (Result<Done> done = run(QStringLiteral("DROP TRIGGER ") + trigger.name); !done)
            return done;
    }
    for (const SchemaObject &index : accountIndexes()) {
        if (Result<Done> done = run(QStringLiteral("DROP INDEX ") + index.name); !done)
            return done;
    }
    // (Built beside the store, the index must not be read here before it is copied in: FTS5
    // would keep what it read for the rest of the transaction.)
    if (r.searchIndex)
        return Done{};
    for (const char *sql :
         {"INSERT INTO accounts_fts(accounts_fts, rank) VALUES ('automerge', 0)",
          "INSERT INTO accounts_fts(accounts_fts, rank) VALUES ('crisismerge', 1000)"}) {
        if (Result<Done> done = run(QLatin1String(sql)); !done)
            return done;
    }
    return Done{};
}

// Per block of 100: row 0 is a reseller, rows 1-59 its end-users, rows 60-99 direct. A store
// without accounts gets each one's place in name order with it; otherwise every account is
// placed again after the insert. Then their sync states.
Result<Done> SqlBulkLoad::insertAccounts(Run &r, qint64 base) {
    const QVariantMap common{{QStringLiteral("base"), base}, {QStringLiteral("at"), r.at}};
    const GeneratedRows rows{r.pg, base, r.spec.accounts,
                             r.spec.shuffled ? GeneratedRows::shuffledStride(r.spec.accounts) : 1};
    QString sql =
        QStringLiteral("INSERT INTO accounts (id, name, type, parent_id, email, status, version,"
                       " created_at, updated_at%4)"
                       " SELECT %6, %2,"
                       " CASE WHEN %7 %% 100 = 0 THEN 'reseller' WHEN %7 %% 100 < 60"
                       " THEN 'endUser' ELSE 'direct' END,"
                       " CASE WHEN %7 %% 100 BETWEEN 1 AND 59 THEN :base + (%7 / 100) * 100 + 1"
                       " ELSE NULL END,"
                       " %3, 'active', 1, :at, :at%5 FROM %1")
            .arg(rows.from(), rows.name(), rows.email(),
                 r.bulkIntoNew ? QStringLiteral(", name_order") : QString(),
                 r.bulkIntoNew ? QStringLiteral(", ") + rows.nameOrder() : QString(), rows.id(),
                 rows.offset());
    // Shuffled, the rows still go into the table in the order of their ids, as they would have
    // been added one by one.
    if (r.spec.shuffled)
        sql += QStringLiteral(" ORDER BY 1");
    sql.replace(QStringLiteral("%%"), QStringLiteral("%"));
    if (Result<Done> done = run(sql, common); !done)
        return done;
    // Appended to existing accounts, the new ones fall between them: place them all.
    if (!r.pg && !r.bulkIntoNew) {
        if (Result<Done> done = run(accountNameOrderFill()); !done)
            return done;
    }
    if (r.pg) {
        if (Result<Done> done = commitAccountsPostgres(r); !done)
            return done;
    }
    // Sync states: Kaspersky synchronized for 3 in 5 (Failed for 1 in 10), Microsoft for 1 in 3.
    // One statement, account by account: the primary key's index takes its rows in order.
    QString syncSql = QStringLiteral(
        "INSERT INTO account_sync (account_id, platform, status, email, role, parent_id,"
        " reseller_pin, last_error, synced_at)"
        " SELECT a.id, p.code, CASE WHEN a.id %% 10 = 7 THEN 'Failed' ELSE"
        " 'Synchronized' END, a.email,"
        " CASE WHEN a.type = 'reseller' THEN 'Reseller' ELSE 'User' END, a.parent_id,"
        " CASE WHEN a.type = 'reseller' THEN p.code || '-PIN-' || CAST(a.id AS TEXT)"
        " ELSE NULL END,"
        " CASE WHEN a.id %% 10 = 7 THEN 'The platform refused the email.' ELSE '' END, :at"
        " FROM accounts a CROSS JOIN (SELECT 'kaspersky' AS code UNION ALL"
        " SELECT 'microsoft') p"
        " WHERE a.id > :base AND CASE p.code WHEN 'kaspersky' THEN"
        " a.type = 'reseller' OR a.id %% 5 < 3 ELSE a.id %% 3 = 0 END");
    syncSql.replace(QStringLiteral("%%"), QStringLiteral("%"));
    return run(syncSql, common);
}

// The indexes, then the trigram index (built beside the store, it is ready by now), then its
// triggers: the same statements as the migrations'. The trigram index takes its rows in the
// order of its keys: a key lower than the last one makes FTS5 write out what it holds as a
// segment of its own, and a million tiny segments take longer to merge than to build.
Result<Done> SqlBulkLoad::buildAccountIndexes(Run &r) {
    for (const SchemaObject &index : accountIndexes()) {
        if (Result<Done> done = run(index.create); !done)
            return done;
    }
    if (r.searchIndex) {
        if (Result<Done> done = copySearchIndex(r); !done)
            return done;
    } else {
        for (const char *sql :
             {"INSERT INTO accounts_fts(accounts_fts) VALUES ('delete-all')",
              "INSERT INTO accounts_fts(rowid, name, email)"
              " SELECT name_order, name, email FROM accounts ORDER BY name_order",
              "INSERT INTO accounts_fts(accounts_fts, rank) VALUES ('automerge', 4)",
              "INSERT INTO accounts_fts(accounts_fts, rank) VALUES ('crisismerge', 16)"}) {
            if (Result<Done> done = run(QLatin1String(sql)); !done)
                return done;
        }
    }
    for (const SchemaObject &trigger : accountSearchTriggers()) {
        if (Result<Done> done = run(trigger.create); !done)
            return done;
    }
    return Done{};
}

Result<Done> SqlBulkLoad::copySearchIndex(Run &r) {
    if (const std::optional<Error> e = r.searchIndex->wait())
        return *e;
    Result<QSqlQuery> tables =
        m_sql.exec(QStringLiteral("SELECT name FROM gen_search.sqlite_master WHERE type = 'table'"
                                  " AND name LIKE 'accounts\\_fts\\_%' ESCAPE '\\'"));
    if (!tables)
        return tables.error();
    QStringList shadows;
    while (tables->next())
        shadows.append(tables->value(0).toString());
    for (const QString &table : shadows) {
        for (const QString &sql :
             {QStringLiteral("DELETE FROM main.%1"),
              QStringLiteral("INSERT INTO main.%1 SELECT * FROM gen_search.%1")}) {
            if (Result<Done> done = run(sql.arg(table)); !done)
                return done;
        }
    }
    return Done{};
}

// The id ranges the orders, lines and subscriptions go after, and the values they take.
Result<QVariantMap> SqlBulkLoad::orderParameters(const Run &r) {
    const Result<qint64> accountsNow = maxId(QStringLiteral("accounts"));
    const Result<qint64> orderBase = maxId(QStringLiteral("orders"));
    const Result<qint64> lineBase = maxId(QStringLiteral("order_lines"));
    const Result<qint64> subBase = maxId(QStringLiteral("subscriptions"));
    if (!accountsNow || !orderBase || !lineBase || !subBase)
        return Error::internal(QStringLiteral("generate: cannot read the id ranges"));
    if (*accountsNow == 0)
        return Error::validation(
            {{QStringLiteral("generate"),
              QCoreApplication::translate("bss::Services", "Generate accounts before orders.")}});
    return QVariantMap{
        {QStringLiteral("obase"), *orderBase}, {QStringLiteral("lbase"), *lineBase},
        {QStringLiteral("sbase"), *subBase},   {QStringLiteral("accounts"), *accountsNow},
        {QStringLiteral("at"), r.at},          {QStringLiteral("today"), r.today},
        {QStringLiteral("next"), r.nextMonth}, {QStringLiteral("k"), r.spec.linesPerOrder}};
}

Result<Done> SqlBulkLoad::insertOrders(const Run &r, BulkLoadCounts &counts) {
    const Result<QVariantMap> p = orderParameters(r);
    if (!p)
        return p.error();
    // Order i: account (i * 7919) mod accounts; i mod 3 = 0 executed, 1 draft, 2
    // cancelled/draft.
    QString orders =
        QStringLiteral("INSERT INTO orders (id, account_id, status, kind, total, currency, "
                       "version, created_by, created_at, executed_at)"
                       " SELECT :obase + n.i + 1, 1 + (n.i * 7919) %% :accounts,"
                       " CASE n.i %% 3 WHEN 0 THEN 'executed' WHEN 1 THEN 'draft' ELSE"
                       "   CASE WHEN n.i %% 2 = 0 THEN 'cancelled' ELSE 'draft' END END,"
                       " 'new', 0, 'EUR', 1, 'generator', :at, CASE WHEN n.i %% 3 = 0 THEN "
                       ":at ELSE NULL END FROM %1")
            .arg(series(r.pg, r.spec.orders));
    orders.replace(QStringLiteral("%%"), QStringLiteral("%"));
    if (Result<Done> done = run(orders, *p); !done)
        return done;
    // Lines: k per order; the first line of a draft in every fourth order has no Seats (the red
    // line).
    QString lines =
        QStringLiteral(
            "INSERT INTO order_lines (id, order_id, product_id, seats)"
            " SELECT :lbase + n.i + 1, :obase + n.i / :k + 1,"
            " (SELECT MIN(id) FROM products WHERE platform = 'kaspersky') + n.i %% 3,"
            " CASE WHEN (n.i / :k) %% 3 = 1 AND n.i %% :k = 0 AND (n.i / :k) %% 4 = 1 THEN "
            "NULL ELSE 5 + n.i %% 50 END"
            " FROM %1")
            .arg(series(r.pg, r.spec.orders * r.spec.linesPerOrder));
    lines.replace(QStringLiteral("%%"), QStringLiteral("%"));
    if (Result<Done> done = run(lines, *p); !done)
        return done;
    const QString subs =
        QStringLiteral("INSERT INTO subscriptions (account_id, product_id, order_id, "
                       "order_line_id, seats, status,"
                       " provisioning_status, last_error, activation_key, started_at, "
                       "period_start, period_end, free_until)"
                       " SELECT o.account_id, l.product_id, o.id, l.id, l.seats, 'active', "
                       "'Provisioned', '',"
                       " 'KL-GEN-' || CAST(l.id AS TEXT), :today, :today, :next, :next"
                       " FROM order_lines l JOIN orders o ON o.id = l.order_id"
                       " WHERE l.id > :lbase AND o.status = 'executed'");
    if (Result<Done> done = run(subs, *p); !done)
        return done;
    counts.orders = r.spec.orders;
    counts.lines = r.spec.orders * r.spec.linesPerOrder;
    const Result<qint64> subsNow = maxId(QStringLiteral("subscriptions"));
    counts.subscriptions = subsNow ? *subsNow - p->value(QStringLiteral("sbase")).toLongLong() : 0;
    return Done{};
}

// Explicit ids do not move PostgreSQL's identity sequences; move them past the new rows.
Result<Done> SqlBulkLoad::moveSequences() {
    for (const char *table : {"accounts", "orders", "order_lines", "subscriptions"}) {
        if (Result<Done> done =
                // (An empty table's sequence starts again at 1, not after it.)
            run(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'),"
                               " (SELECT COALESCE(MAX(id), 1) FROM %1),"
                               " (SELECT MAX(id) IS NOT NULL FROM %1))")
                    .arg(QLatin1String(table)));
            !done)
            return done;
    }
    return Done{};
}

} // namespace bss
