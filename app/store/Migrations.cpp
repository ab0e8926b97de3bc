#include "app/store/Migrations.h"

namespace bss {

namespace {

// Index definitions that the latest version still has as first written; accountIndexes() hands
// them to bulk loads, so each is written once.
QString nameIndexSql() {
    return QStringLiteral("CREATE INDEX accounts_name ON accounts (name, id)");
}
QString parentIndexSql() {
    return QStringLiteral("CREATE INDEX accounts_parent ON accounts (parent_id, id)");
}
QString nameOrderIndexSql() {
    return QStringLiteral("CREATE UNIQUE INDEX accounts_name_order ON accounts (name_order)");
}

QStringList expand(const Dialect &dialect, const QStringList &statements) {
    QStringList out;
    for (QString s : statements) {
        s.replace(QLatin1String("{ID}"), dialect.idColumn());
        s.replace(QLatin1String("{NOCASE}"), dialect.nocaseText());
        out.append(s);
    }
    return out;
}

// Version 1: the store's facts and the catalog.
QStringList catalogTablesV1() {
    return {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE platforms (code TEXT PRIMARY KEY, name TEXT NOT NULL, "
                       "position INTEGER NOT NULL)"),
        QStringLiteral(
            "INSERT INTO platforms (code, name, position) VALUES ('kaspersky', 'Kaspersky Labs', "
            "0),"
            " ('microsoft', 'Microsoft CSP', 1), ('acronis', 'Acronis Cyber Protect', 2)"),
        QStringLiteral("CREATE TABLE products ("
                       " id {ID}, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
                       " platform TEXT NOT NULL REFERENCES platforms(code),"
                       " characteristic TEXT NOT NULL, min_seats INTEGER NOT NULL,"
                       " max_seats INTEGER NOT NULL, step INTEGER NOT NULL,"
                       " billing_period TEXT NOT NULL, free_periods INTEGER NOT NULL,"
                       " currency TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE price_bands ("
                       " product_id BIGINT NOT NULL REFERENCES products(id),"
                       " from_seats INTEGER NOT NULL, to_seats INTEGER NOT NULL,"
                       " unit_price BIGINT NOT NULL, PRIMARY KEY (product_id, from_seats))")};
}

// Version 1: accounts and their Sync Options.
QStringList accountTablesV1() {
    return {
        QStringLiteral(
            "CREATE TABLE accounts ("
            " id {ID}, name {NOCASE} NOT NULL, type TEXT NOT NULL,"
            " parent_id BIGINT REFERENCES accounts(id), email {NOCASE} NOT NULL DEFAULT '',"
            " status TEXT NOT NULL DEFAULT 'active', version BIGINT NOT NULL DEFAULT 1,"
            " created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE account_sync ("
                       " account_id BIGINT NOT NULL REFERENCES accounts(id), platform TEXT NOT NULL"
                       " REFERENCES platforms(code), status TEXT NOT NULL, email TEXT NOT NULL,"
                       " role TEXT, parent_id BIGINT REFERENCES accounts(id), reseller_pin TEXT,"
                       " last_error TEXT NOT NULL DEFAULT '', synced_at TEXT,"
                       " PRIMARY KEY (account_id, platform))"),
        QStringLiteral(
            "CREATE UNIQUE INDEX account_sync_pin ON account_sync (platform, reseller_pin)"
            " WHERE reseller_pin IS NOT NULL"),
        QStringLiteral(
            "CREATE INDEX account_sync_status ON account_sync (platform, status, account_id)")};
}

// Version 1: quotes, orders with their lines, subscriptions.
QStringList orderTablesV1() {
    return {QStringLiteral(
                "CREATE TABLE quotes ("
                " id TEXT PRIMARY KEY, product_id BIGINT NOT NULL REFERENCES products(id),"
                " seats INTEGER NOT NULL, unit_price BIGINT NOT NULL, period_price BIGINT NOT NULL,"
                " first_period_charge BIGINT NOT NULL, created_at TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE orders ("
                " id {ID}, account_id BIGINT NOT NULL REFERENCES accounts(id),"
                " status TEXT NOT NULL, kind TEXT NOT NULL DEFAULT 'new', subscription_id BIGINT,"
                " total BIGINT NOT NULL DEFAULT 0, currency TEXT NOT NULL DEFAULT 'EUR',"
                " version BIGINT NOT NULL DEFAULT 1, created_by TEXT NOT NULL,"
                " created_at TEXT NOT NULL, executed_at TEXT)"),
            QStringLiteral("CREATE INDEX orders_account ON orders (account_id, id)"),
            QStringLiteral("CREATE INDEX orders_status ON orders (status, id)"),
            QStringLiteral("CREATE TABLE order_lines ("
                           " id {ID}, order_id BIGINT NOT NULL REFERENCES orders(id),"
                           " product_id BIGINT NOT NULL REFERENCES products(id), seats INTEGER)"),
            QStringLiteral("CREATE INDEX order_lines_order ON order_lines (order_id, id)"),
            QStringLiteral(
                "CREATE TABLE subscriptions ("
                " id {ID}, account_id BIGINT NOT NULL REFERENCES accounts(id),"
                " product_id BIGINT NOT NULL REFERENCES products(id),"
                " order_id BIGINT NOT NULL REFERENCES orders(id),"
                " order_line_id BIGINT NOT NULL UNIQUE REFERENCES order_lines(id),"
                " seats INTEGER NOT NULL, pending_seats INTEGER, status TEXT NOT NULL,"
                " provisioning_status TEXT NOT NULL, last_error TEXT NOT NULL DEFAULT '',"
                " activation_key TEXT NOT NULL DEFAULT '', started_at TEXT NOT NULL,"
                " period_start TEXT NOT NULL, period_end TEXT NOT NULL, free_until TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX subscriptions_account ON subscriptions (account_id, id)"),
            QStringLiteral("CREATE INDEX subscriptions_order ON subscriptions (order_id)")};
}

// Version 1: the audit trail, the outbox, and the server's users, tokens and idempotency records.
QStringList auditAndServerTablesV1() {
    return {
        QStringLiteral("CREATE TABLE audit ("
                       " id {ID}, at TEXT NOT NULL, username TEXT NOT NULL, action TEXT NOT NULL,"
                       " entity TEXT NOT NULL, entity_id BIGINT NOT NULL, field TEXT NOT NULL,"
                       " before_value TEXT NOT NULL, after_value TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX audit_entity ON audit (entity, entity_id, id)"),
        QStringLiteral("CREATE TABLE outbox ("
                       " id {ID}, account_id BIGINT NOT NULL REFERENCES accounts(id),"
                       " subscription_id BIGINT, recipient TEXT NOT NULL, subject TEXT NOT NULL,"
                       " body TEXT NOT NULL, created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX outbox_account ON outbox (account_id, id)"),
        QStringLiteral("CREATE INDEX outbox_subscription ON outbox (subscription_id, id)"),
        QStringLiteral(
            "CREATE TABLE users ("
            " id {ID}, username TEXT NOT NULL UNIQUE, password_hash TEXT NOT NULL,"
            " salt TEXT NOT NULL, role TEXT NOT NULL, account_id BIGINT REFERENCES accounts(id),"
            " created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE tokens ("
                       " token_hash TEXT PRIMARY KEY, user_id BIGINT NOT NULL REFERENCES users(id),"
                       " expires_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE idempotency ("
                       " key TEXT NOT NULL, user_id BIGINT NOT NULL, method TEXT NOT NULL,"
                       " path TEXT NOT NULL, status INTEGER NOT NULL, body TEXT NOT NULL,"
                       " created_at TEXT NOT NULL, PRIMARY KEY (key, user_id))")};
}

// Version 1: the accounts' search indexes, as each database has them.
QStringList accountSearchV1(const Dialect &dialect) {
    QStringList s;
    if (dialect.isPostgres()) {
        s << QStringLiteral("CREATE INDEX accounts_name ON accounts (lower(name), id)")
          << QStringLiteral("CREATE INDEX accounts_email ON accounts (lower(email), id)")
          << QStringLiteral("CREATE INDEX accounts_parent ON accounts (parent_id, id)");
        // (Stores made before version 6 also got pg_trgm and two trigram indexes here; version
        // 6 drops them, and postgresSearchIndex() makes the one that replaces them.)
    } else {
        s << nameIndexSql() << QStringLiteral("CREATE INDEX accounts_email ON accounts (email, id)")
          << parentIndexSql()
          << QStringLiteral("CREATE VIRTUAL TABLE accounts_fts USING fts5(name, email,"
                            " content='accounts', content_rowid='id', tokenize='trigram')")
          << QStringLiteral("CREATE TRIGGER accounts_fts_insert AFTER INSERT ON accounts BEGIN"
                            " INSERT INTO accounts_fts(rowid, name, email) VALUES (new.id, "
                            "new.name, new.email);"
                            " END")
          << QStringLiteral("CREATE TRIGGER accounts_fts_delete AFTER DELETE ON accounts BEGIN"
                            " INSERT INTO accounts_fts(accounts_fts, rowid, name, email)"
                            " VALUES ('delete', old.id, old.name, old.email); END")
          << QStringLiteral(
                 "CREATE TRIGGER accounts_fts_update AFTER UPDATE OF name, email ON accounts"
                 " BEGIN INSERT INTO accounts_fts(accounts_fts, rowid, name, email)"
                 " VALUES ('delete', old.id, old.name, old.email);"
                 " INSERT INTO accounts_fts(rowid, name, email) VALUES (new.id, new.name, "
                 "new.email);"
                 " END");
    }
    return s;
}

Migration initialSchema(const Dialect &dialect) {
    const QStringList s = catalogTablesV1() + accountTablesV1() + orderTablesV1() +
                          auditAndServerTablesV1() + accountSearchV1(dialect);
    return {1,
            QStringLiteral("accounts, sync, catalog, orders, subscriptions, audit, outbox, users"),
            expand(dialect, s)};
}

// The name index also carries the email, so that a search most accounts match walks the index
// alone instead of reading every account it passes.
Migration coveringNameIndex(const Dialect &dialect) {
    QStringList s;
    if (!dialect.isPostgres()) // PostgreSQL searches by its trigram indexes
        s << QStringLiteral("DROP INDEX accounts_name")
          << QStringLiteral("CREATE INDEX accounts_name ON accounts (name, id, email)");
    return {2, QStringLiteral("the accounts' name index covers the email"), s};
}

// SQLite: the accounts' trigram index made again as `create` has it, keyed by name_order.
QStringList searchIndexRebuild(const QString &create) {
    QStringList s;
    for (const SchemaObject &trigger : accountSearchTriggers())
        s << QStringLiteral("DROP TRIGGER ") + trigger.name;
    QStringList creates;
    for (const SchemaObject &trigger : accountSearchTriggers())
        creates << trigger.create;
    return s +
           QStringList{QStringLiteral("DROP TABLE accounts_fts"), create,
                       // Fed in key order: FTS5 writes a key lower than the one before into a
                       // segment of its own, and 'rebuild' reads the accounts in id order (half
                       // the time of a big upgrade).
                       QStringLiteral("INSERT INTO accounts_fts(rowid, name, email)"
                                      " SELECT name_order, name, email FROM accounts"
                                      " ORDER BY name_order")} +
           creates;
}

// SQLite: every account gets its place in name order (name_order, see SqlNameOrder.h),
// 8,192 apart, and the trigram index is keyed by it, so that a search's matches
// come out of the index in name order.
Migration nameOrder(const Dialect &dialect) {
    QStringList s;
    if (!dialect.isPostgres()) {
        s << QStringLiteral("ALTER TABLE accounts ADD COLUMN name_order INTEGER")
          << accountNameOrderFill() << nameOrderIndexSql()
          << searchIndexRebuild(QStringLiteral(
                 "CREATE VIRTUAL TABLE accounts_fts USING fts5(name, email,"
                 " content='accounts', content_rowid='name_order', tokenize='trigram')"));
    }
    return {3, QStringLiteral("the accounts' place in name order keys their trigram index"), s};
}

// SQLite: narrow indexes of the order and subscription ids, for the lists' scrollbar jumps
// (an OFFSET through 1,000,000 orders: 18 ms instead of 120 through the table).
Migration seekIndexes(const Dialect &dialect) {
    QStringList s;
    if (!dialect.isPostgres()) // its primary keys are such indexes already
        s << QStringLiteral("CREATE INDEX orders_seek ON orders (id)")
          << QStringLiteral("CREATE INDEX subscriptions_seek ON subscriptions (id)");
    return {4, QStringLiteral("narrow id indexes for jumps into the order and subscription lists"),
            s};
}

// SQLite: searches go by the trigram index and lists by name_order, so the name index is left
// with prefix searches and placing an account (by name and id), and the email index with nothing.
// Both cost a bulk load a sort of every account (a million: 2 s of 8). The sync status index
// serves no query either: a sync status filter looks each account's row up by its key as it
// walks the list in name order. The sync rows are kept in the order of that key (WITHOUT
// ROWID): a page's sync rows are one search each instead of two, and the table needs no
// separate index of its key. The trigram index drops the column sizes, which only ranking
// reads: searches here are in name order.
Migration slimAccountIndexes(const Dialect &dialect) {
    QStringList s;
    if (!dialect.isPostgres()) // its indexes serve its own searches (lower(name), trigrams)
        s << QStringLiteral("DROP INDEX accounts_email")
          << QStringLiteral("DROP INDEX accounts_name") << nameIndexSql()
          << QStringLiteral("DROP INDEX account_sync_status")
          << QStringLiteral(
                 "CREATE TABLE account_sync_v5 ("
                 " account_id BIGINT NOT NULL REFERENCES accounts(id), platform TEXT NOT NULL"
                 " REFERENCES platforms(code), status TEXT NOT NULL, email TEXT NOT NULL,"
                 " role TEXT, parent_id BIGINT REFERENCES accounts(id), reseller_pin TEXT,"
                 " last_error TEXT NOT NULL DEFAULT '', synced_at TEXT,"
                 " PRIMARY KEY (account_id, platform)) WITHOUT ROWID")
          << QStringLiteral("INSERT INTO account_sync_v5 SELECT account_id, platform, status,"
                            " email, role, parent_id, reseller_pin, last_error, synced_at"
                            " FROM account_sync ORDER BY account_id, platform")
          << QStringLiteral("DROP TABLE account_sync")
          << QStringLiteral("ALTER TABLE account_sync_v5 RENAME TO account_sync")
          << QStringLiteral("CREATE UNIQUE INDEX account_sync_pin ON account_sync"
                            " (platform, reseller_pin) WHERE reseller_pin IS NOT NULL")
          << searchIndexRebuild(accountSearchTable());
    return {5,
            QStringLiteral("the accounts' name index without the email; no email index and no"
                           " sync status index; sync rows kept in their key's order; a trigram"
                           " index without the column sizes"),
            s};
}

// PostgreSQL: the accounts' name order and search text as columns PostgreSQL keeps itself,
// instead of lower() computed for every row a search sorts or checks (a search matching 31,250
// accounts sorted them in 90 ms, 13 ms from stored keys). The name key is compared byte by byte
// (COLLATE "C", as SQLite's NOCASE): its index serves the list's order and a prefix's range alike.
// One trigram index of name and email together (postgresSearchIndex) replaces two. Unfiltered
// counts of accounts and orders read a counter kept by statement triggers.
Migration postgresAccountKeys(const Dialect &dialect) {
    QStringList s;
    if (dialect.isPostgres()) {
        s << QStringLiteral("DROP INDEX IF EXISTS accounts_name_trgm")
          << QStringLiteral("DROP INDEX IF EXISTS accounts_email_trgm")
          << QStringLiteral("DROP INDEX accounts_name")
          << QStringLiteral("DROP INDEX accounts_email")
          << QStringLiteral("ALTER TABLE accounts"
                            " ADD COLUMN name_key TEXT COLLATE \"C\""
                            " GENERATED ALWAYS AS (lower(name)) STORED,"
                            " ADD COLUMN search TEXT COLLATE \"C\""
                            " GENERATED ALWAYS AS (lower(name) || chr(1) || lower(email)) STORED")
          << postgresNameIndexSql()
          << QStringLiteral("CREATE TABLE row_counts (name TEXT PRIMARY KEY, n BIGINT NOT NULL)")
          << QStringLiteral("INSERT INTO row_counts SELECT 'accounts', COUNT(*) FROM accounts"
                            " UNION ALL SELECT 'orders', COUNT(*) FROM orders")
          << QStringLiteral(
                 "CREATE FUNCTION count_rows() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                 " IF TG_OP = 'INSERT' THEN"
                 " UPDATE row_counts SET n = n + (SELECT COUNT(*) FROM new_rows)"
                 " WHERE name = TG_TABLE_NAME;"
                 " ELSE UPDATE row_counts SET n = n - (SELECT COUNT(*) FROM old_rows)"
                 " WHERE name = TG_TABLE_NAME; END IF; RETURN NULL; END $$");
        for (const QString &table : {QStringLiteral("accounts"), QStringLiteral("orders")}) {
            s << QStringLiteral("CREATE TRIGGER %1_count_insert AFTER INSERT ON %1 REFERENCING"
                                " NEW TABLE AS new_rows FOR EACH STATEMENT"
                                " EXECUTE FUNCTION count_rows()")
                     .arg(table)
              << QStringLiteral("CREATE TRIGGER %1_count_delete AFTER DELETE ON %1 REFERENCING"
                                " OLD TABLE AS old_rows FOR EACH STATEMENT"
                                " EXECUTE FUNCTION count_rows()")
                     .arg(table);
        }
    }
    return {6,
            QStringLiteral("PostgreSQL: stored name and search keys of accounts, one trigram"
                           " index, counters of accounts and orders"),
            s};
}

// Both databases: the failed logins by user name, so that every server on one database throttles
// the same guesses (AuthService). Version 6 is PostgreSQL's own.
Migration loginFailures() {
    return {
        7,
        QStringLiteral("failed logins by user name, shared by every server"),
        {QStringLiteral("CREATE TABLE login_failures (username TEXT PRIMARY KEY,"
                        " failures INTEGER NOT NULL, last_failed_at TEXT NOT NULL,"
                        " locked_until TEXT)"),
         QStringLiteral("CREATE INDEX login_failures_last ON login_failures (last_failed_at)")}};
}

// Both databases: an Idempotency-Key binds the request it came with, not only its path: the
// hash of method, path and canonical body, so the same key with another body is refused
// (ApiServer). Records made before have none and are compared by method and path alone.
Migration idempotencyRequestHash() {
    return {8,
            QStringLiteral("the request hash of every Idempotency-Key answer"),
            {QStringLiteral("ALTER TABLE idempotency ADD COLUMN request_hash TEXT")}};
}

// Both databases: a user can be disabled (signs in no more, its tokens are gone) and come back
// later, without losing its name in the audit trail.
Migration disabledUsers() {
    return {9,
            QStringLiteral("users that are disabled"),
            {QStringLiteral("ALTER TABLE users ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0")}};
}

// PostgreSQL: a notice on the channel "bss_auth" whenever tokens or users change (a token
// revoked, a user changed or deleted, by any server or the command line), for the token caches
// of every server on the database (TokenCache). Only when rows changed: an expiry sweep that
// deleted nothing keeps the caches.
Migration authNotices(const Dialect &dialect) {
    QStringList s;
    if (dialect.isPostgres()) {
        s << QStringLiteral("CREATE FUNCTION notify_auth() RETURNS trigger LANGUAGE plpgsql AS $$"
                            " BEGIN IF EXISTS (SELECT 1 FROM changed_rows) THEN"
                            " PERFORM pg_notify('bss_auth', TG_TABLE_NAME); END IF;"
                            " RETURN NULL; END $$");
        for (const char *table : {"tokens", "users"}) {
            for (const char *event : {"UPDATE", "DELETE"}) {
                s << QStringLiteral("CREATE TRIGGER %1_%2_notify AFTER %3 ON %1 REFERENCING OLD"
                                    " TABLE AS changed_rows FOR EACH STATEMENT"
                                    " EXECUTE FUNCTION notify_auth()")
                         .arg(QLatin1String(table), QString::fromLatin1(event).toLower(),
                              QLatin1String(event));
            }
        }
    }
    return {10, QStringLiteral("PostgreSQL: notices of changed tokens and users"), s};
}

} // namespace

QString postgresNameIndexSql() {
    return QStringLiteral("CREATE INDEX accounts_name ON accounts (name_key, id)");
}

QString postgresSearchIndexSql() {
    return QStringLiteral("CREATE INDEX IF NOT EXISTS accounts_search ON accounts"
                          " USING gin (search gin_trgm_ops)");
}

QString accountNameOrderFill() {
    return QStringLiteral(
        "UPDATE accounts SET name_order = r.n * 8192 FROM (SELECT id, ROW_NUMBER() OVER"
        " (ORDER BY name, id) AS n FROM accounts) r WHERE accounts.id = r.id");
}

QString accountSearchTable() {
    return QStringLiteral(
        "CREATE VIRTUAL TABLE accounts_fts USING fts5(name, email, content='accounts',"
        " content_rowid='name_order', tokenize='trigram', columnsize=0)");
}

QList<SchemaObject> accountSearchTriggers() {
    return {{QStringLiteral("accounts_fts_insert"),
             QStringLiteral("CREATE TRIGGER accounts_fts_insert AFTER INSERT ON accounts BEGIN"
                            " INSERT INTO accounts_fts(rowid, name, email)"
                            " VALUES (new.name_order, new.name, new.email); END")},
            {QStringLiteral("accounts_fts_delete"),
             QStringLiteral("CREATE TRIGGER accounts_fts_delete AFTER DELETE ON accounts BEGIN"
                            " INSERT INTO accounts_fts(accounts_fts, rowid, name, email)"
                            " VALUES ('delete', old.name_order, old.name, old.email); END")},
            {QStringLiteral("accounts_fts_update"),
             QStringLiteral("CREATE TRIGGER accounts_fts_update"
                            " AFTER UPDATE OF name, email, name_order ON accounts BEGIN"
                            " INSERT INTO accounts_fts(accounts_fts, rowid, name, email)"
                            " VALUES ('delete', old.name_order, old.name, old.email);"
                            " INSERT INTO accounts_fts(rowid, name, email)"
                            " VALUES (new.name_order, new.name, new.email); END")}};
}

QList<SchemaObject> accountIndexes() {
    return {{QStringLiteral("accounts_name_order"), nameOrderIndexSql()},
            {QStringLiteral("accounts_name"), nameIndexSql()},
            {QStringLiteral("accounts_parent"), parentIndexSql()}};
}

QList<Migration> migrations(const Dialect &dialect) {
    return {initialSchema(dialect), coveringNameIndex(dialect),  nameOrder(dialect),
            seekIndexes(dialect),   slimAccountIndexes(dialect), postgresAccountKeys(dialect),
            loginFailures(),        idempotencyRequestHash(),    disabledUsers(),
            authNotices(dialect)};
}

} // namespace bss
