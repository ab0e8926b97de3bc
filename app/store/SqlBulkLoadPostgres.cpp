// SqlBulkLoad's PostgreSQL side: what a bulk load takes off the tables it fills and puts back
// once the rows are in, and the planner statistics after it.
#include "app/store/SqlBulkLoad.h"

#include "app/store/SqlConnection.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace bss {

namespace {

// The tables a load fills, as a list of literals (our own names, never input).
QString tableList(const QStringList &tables) {
    return QStringLiteral("'") + tables.join(QLatin1String("', '")) + QStringLiteral("'");
}

} // namespace

// A table that at least doubles in a load gets its secondary indexes and its foreign keys
// dropped and made again once the rows are in: a million accounts inserted with their indexes
// kept took 70 s, most of it the trigram index (a GIN entry per trigram per row) and a
// parent-key check per row (a query and a row lock each); built once over the rows, seconds.
// The statements that make them again are the database's own definitions of what was there
// (pg_get_indexdef, pg_get_constraintdef), so the store ends up with exactly the objects the
// migrations made, names included, whatever the schema version. Primary keys and unique
// constraints stay: the rows go into them in key order, and other tables' keys refer to them.
Result<Done> SqlBulkLoad::detachPostgres(Run &r, qint64 accountBase) {
    QStringList tables;
    if (r.spec.accounts > 0 && r.spec.accounts >= accountBase)
        tables << QStringLiteral("accounts") << QStringLiteral("account_sync");
    const Result<qint64> orderBase = maxId(QStringLiteral("orders"));
    if (!orderBase)
        return orderBase.error();
    if (r.spec.orders > 0 && r.spec.orders >= *orderBase)
        tables << QStringLiteral("orders") << QStringLiteral("order_lines")
               << QStringLiteral("subscriptions");
    if (tables.isEmpty())
        return Done{};
    const QString sql =
        QStringLiteral(
            "SELECT i.indrelid::regclass::text, 'DROP INDEX ' || i.indexrelid::regclass::text,"
            " pg_get_indexdef(i.indexrelid)"
            " FROM pg_index i WHERE i.indrelid::regclass::text IN (%1) AND NOT EXISTS"
            " (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid"
            " AND k.conrelid = i.indrelid AND k.contype IN ('p', 'u', 'x'))"
            " UNION ALL SELECT k.conrelid::regclass::text,"
            " format('ALTER TABLE %s DROP CONSTRAINT %I', k.conrelid::regclass,"
            " k.conname), format('ALTER TABLE %s ADD CONSTRAINT %I %s', k.conrelid::regclass,"
            " k.conname, pg_get_constraintdef(k.oid))"
            " FROM pg_constraint k WHERE k.contype = 'f' AND k.conrelid::regclass::text IN (%1)"
            " ORDER BY 2")
            .arg(tableList(tables));
    Result<QSqlQuery> q = m_sql.exec(sql);
    if (!q)
        return q.error();
    QStringList drops;
    while (q->next()) {
        drops << q->value(1).toString();
        const Run::Restore again{q->value(0).toString(), q->value(2).toString()};
        // The trigram index of a load of accounts is built on a connection of its own while the
        // rest of the load goes on (see startSideBuild).
        if (again.table == QLatin1String("accounts") &&
            again.sql.contains(QLatin1String(" USING gin ")))
            r.pgSideBuild << again.sql;
        // Indexes first (their statements start with CREATE), then the keys: checking a key
        // reads the index of the key it refers to.
        else if (again.sql.startsWith(QLatin1String("CREATE")))
            r.pgRestore.prepend(again);
        else
            r.pgRestore.append(again);
    }
    for (const QString &drop : std::as_const(drops)) {
        if (Result<Done> done = run(drop); !done)
            return done;
    }
    return pauseCounters(r, tables);
}

// The counters of accounts and orders (row_counts) are kept by statement triggers that count
// a transition table of every inserted row: 2.7 s of a million accounts. The load knows how
// many rows it adds; it turns the insert trigger off and adds them itself.
Result<Done> SqlBulkLoad::pauseCounters(Run &r, const QStringList &tables) {
    const QList<std::pair<QString, qint64>> counted{{QStringLiteral("accounts"), r.spec.accounts},
                                                    {QStringLiteral("orders"), r.spec.orders}};
    for (const auto &[table, added] : counted) {
        if (!tables.contains(table))
            continue;
        const QString trigger = table + QStringLiteral("_count_insert");
        const Result<QVariant> exists = m_sql.scalar(
            QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = :name"
                           " AND tgrelid = CAST(:table AS regclass) AND tgenabled = 'O')"),
            {{QStringLiteral("name"), trigger}, {QStringLiteral("table"), table}});
        if (!exists)
            return exists.error();
        if (!exists->toBool())
            continue;
        if (Result<Done> done =
                run(QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER %2").arg(table, trigger));
            !done)
            return done;
        r.pgRestore << Run::Restore{table, QStringLiteral(
                                               "UPDATE row_counts SET n = n + %1 WHERE name = '%2'")
                                               .arg(added)
                                               .arg(table)}
                    << Run::Restore{
                           table,
                           QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER %2").arg(table, trigger)};
    }
    return Done{};
}

// Makes again what detachPostgres dropped: of `table` only, or all that is left.
Result<Done> SqlBulkLoad::reattachPostgres(Run &r, const QString &table) {
    // Memory for the index builds, for this transaction only (the btree indexes of a million
    // accounts are then sorted in memory).
    if (Result<Done> done = run(QStringLiteral("SET LOCAL maintenance_work_mem = '512MB'")); !done)
        return done;
    QList<Run::Restore> left;
    for (const Run::Restore &again : std::as_const(r.pgRestore)) {
        if (!table.isEmpty() && again.table != table) {
            left << again;
            continue;
        }
        if (Result<Done> done = run(again.sql); !done)
            return done;
    }
    r.pgRestore = left;
    return Done{};
}

// A load of accounts commits them, their indexes and keys made again (a store that is whole
// by itself), before their sync states and any orders go in; the trigram index of the accounts
// is then built on a second connection meanwhile. (Built in the load's transaction, after the
// rest, it took a third of the time of a million accounts; the two builds each have a core.)
Result<Done> SqlBulkLoad::commitAccountsPostgres(Run &r) {
    if (r.pgSideBuild.isEmpty())
        return Done{};
    if (Result<Done> done = reattachPostgres(r, QStringLiteral("accounts")); !done)
        return done;
    if (Result<Done> done = moveSequences(); !done)
        return done;
    for (const char *sql : {"COMMIT", "BEGIN"}) {
        if (Result<Done> done = run(QLatin1String(sql)); !done)
            return done;
    }
    r.sideBuild.emplace(m_sql.config(), r.pgSideBuild);
    return Done{};
}

// Fresh planner statistics for the tables the load filled, after its commit (a million new rows
// with the statistics of an empty table make the planner choose sequential scans), and their
// visibility maps: until autovacuum gets round to them, a scrollbar jump's count through the
// name index reads the table as well (a jump to the middle of a million: 150 ms cold).
Result<Done> SqlBulkLoad::analyzePostgres(const Run &r) {
    QStringList tables;
    if (r.spec.accounts > 0)
        tables << QStringLiteral("accounts") << QStringLiteral("account_sync");
    if (r.spec.orders > 0)
        tables << QStringLiteral("orders") << QStringLiteral("order_lines")
               << QStringLiteral("subscriptions");
    if (tables.isEmpty())
        return Done{};
    return run(QStringLiteral("VACUUM (ANALYZE) ") + tables.join(QLatin1String(", ")));
}

namespace bulk {

std::optional<Error> PostgresIndexBuild::build(const QStringList &statements) const {
    const QString connection = QStringLiteral("bss-generate-index-%1").arg(quintptr(this), 0, 16);
    std::optional<Error> error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(m_config.host);
        db.setPort(m_config.port);
        db.setUserName(m_config.user);
        db.setPassword(m_config.password);
        db.setDatabaseName(m_config.database);
        if (!db.open()) {
            error = Error::internal(QStringLiteral("generate: ") + db.lastError().text());
        } else {
            QSqlQuery q(db);
            for (const QString &sql :
                 QStringList{QStringLiteral("SET maintenance_work_mem = '512MB'")} + statements) {
                if (!q.exec(sql)) {
                    error = Error::internal(
                        QStringLiteral("generate: %1 (%2)").arg(q.lastError().text(), sql));
                    break;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

} // namespace bulk

} // namespace bss
