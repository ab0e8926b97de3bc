// SqlBulkLoad's PostgreSQL side: what a bulk load takes off the tables it fills and puts back
// once the rows are in, and the planner statistics after it.
#include "app/store/SqlBulkLoad.h"

#include "app/store/SqlConnection.h"

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
            "SELECT 'DROP INDEX ' || i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)"
            " FROM pg_index i WHERE i.indrelid::regclass::text IN (%1) AND NOT EXISTS"
            " (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid"
            " AND k.conrelid = i.indrelid AND k.contype IN ('p', 'u', 'x'))"
            " UNION ALL SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', k.conrelid::regclass,"
            " k.conname), format('ALTER TABLE %s ADD CONSTRAINT %I %s', k.conrelid::regclass,"
            " k.conname, pg_get_constraintdef(k.oid))"
            " FROM pg_constraint k WHERE k.contype = 'f' AND k.conrelid::regclass::text IN (%1)"
            " ORDER BY 1")
            .arg(tableList(tables));
    Result<QSqlQuery> q = m_sql.exec(sql);
    if (!q)
        return q.error();
    QStringList drops;
    while (q->next()) {
        drops << q->value(0).toString();
        // Indexes first (their statements start with CREATE), then the keys: checking a key
        // reads the index of the key it refers to.
        const QString create = q->value(1).toString();
        if (create.startsWith(QLatin1String("CREATE")))
            r.pgRestore.prepend(create);
        else
            r.pgRestore.append(create);
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
        r.pgRestore << QStringLiteral("UPDATE row_counts SET n = n + %1 WHERE name = '%2'")
                           .arg(added)
                           .arg(table)
                    << QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER %2").arg(table, trigger);
    }
    return Done{};
}

Result<Done> SqlBulkLoad::reattachPostgres(Run &r) {
    // Memory for the index builds (the trigram index of a million accounts: 21 s with the
    // default 64 MB, TODO s with 1 GB), for this transaction only.
    if (!r.pgRestore.isEmpty()) {
        if (Result<Done> done = run(QStringLiteral("SET LOCAL maintenance_work_mem = '1GB'"));
            !done)
            return done;
    }
    for (const QString &sql : std::as_const(r.pgRestore)) {
        if (Result<Done> done = run(sql); !done)
            return done;
    }
    r.pgRestore.clear();
    return Done{};
}

// Fresh planner statistics for the tables the load filled, after its commit (a million new rows
// with the statistics of an empty table make the planner choose sequential scans).
Result<Done> SqlBulkLoad::analyzePostgres(const Run &r) {
    QStringList tables;
    if (r.spec.accounts > 0)
        tables << QStringLiteral("accounts") << QStringLiteral("account_sync");
    if (r.spec.orders > 0)
        tables << QStringLiteral("orders") << QStringLiteral("order_lines")
               << QStringLiteral("subscriptions");
    if (tables.isEmpty())
        return Done{};
    return run(QStringLiteral("ANALYZE ") + tables.join(QLatin1String(", ")));
}

} // namespace bss
