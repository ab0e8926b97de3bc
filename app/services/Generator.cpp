#include "app/services/Generator.h"

#include "app/services/DemoData.h"
#include "app/services/ServiceSupport.h"
#include "app/store/Migrations.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>
#include <optional>
#include <thread>

namespace bss {

namespace {

// Words for readable, searchable synthetic names ("Amber Harbor Systems 4711").
const char *const firstWords[] = {
    "Amber",  "Blue",    "Cedar",   "Delta",  "Ember",  "Falcon", "Granite", "Harbor",
    "Iris",   "Juniper", "Kestrel", "Lumen",  "Maple",  "Nimbus", "Onyx",    "Pioneer",
    "Quartz", "Raven",   "Summit",  "Tidal",  "Umber",  "Vertex", "Willow",  "Xenon",
    "Yarrow", "Zephyr",  "Aurora",  "Beacon", "Cobalt", "Drift",  "Echo",    "Fjord"};
const char *const secondWords[] = {
    "Systems", "Dental", "Logistics", "Hotels",   "Accounting", "Clinic", "Foods",    "Legal",
    "Studio",  "Motors", "Labs",      "Partners", "Textiles",   "Energy", "Retail",   "Consulting",
    "Media",   "Farms",  "Builders",  "Travel",   "Pharma",     "Bakery", "Robotics", "Insurance",
    "Optics",  "Marine", "Gardens",   "Print",    "Security",   "Cloud",  "Works",    "Trading"};

Result<Done> run(SqlStore &store, const QString &sql, const QVariantMap &params = {}) {
    const Result<QSqlQuery> r = store.exec(sql, params);
    if (!r)
        return r.error();
    return Done{};
}

Result<qint64> maxId(SqlStore &store, const QString &table) {
    const Result<QVariant> v =
        store.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM ") + table);
    if (!v)
        return v.error();
    return v->toLongLong();
}

// Runs one statement on a connection: the store's, or the side build's below.
using Exec = std::function<Result<Done>(const QString &sql, const QVariantMap &params)>;

Result<Done> fillWords(const Exec &exec, const QString &table, const char *const *words,
                       int count) {
    if (Result<Done> r = exec(
            QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1 (i INTEGER PRIMARY KEY, w TEXT)")
                .arg(table),
            {});
        !r)
        return r;
    if (Result<Done> r = exec(QStringLiteral("DELETE FROM %1").arg(table), {}); !r)
        return r;
    for (int i = 0; i < count; ++i) {
        if (Result<Done> r =
                exec(QStringLiteral("INSERT INTO %1 (i, w) VALUES (:i, :w)").arg(table),
                     {{QStringLiteral("i"), i}, {QStringLiteral("w"), QLatin1String(words[i])}});
            !r)
            return r;
    }
    return Done{};
}

// The word tables, the digits 0-999 for series(), and the 1,024 name prefixes ("Amber Harbor ")
// with their email domains, numbered in name order (k).
Result<Done> fillWordTables(const Exec &exec) {
    if (Result<Done> r = fillWords(exec, QStringLiteral("gen_first"), firstWords, 32); !r)
        return r;
    if (Result<Done> r = fillWords(exec, QStringLiteral("gen_second"), secondWords, 32); !r)
        return r;
    // (The words are letters only, and a prefix ends in a space: ordered by its two words, the
    // prefixes are in the order of their text, as SQLite's NOCASE compares it.)
    for (const char *sql :
         {"CREATE TEMP TABLE IF NOT EXISTS gen_digits (i INTEGER PRIMARY KEY)",
          "DELETE FROM gen_digits",
          "INSERT INTO gen_digits (i) SELECT f.i + 32 * s.i FROM gen_first f, gen_second s"
          " WHERE f.i + 32 * s.i < 1000",
          "CREATE TEMP TABLE IF NOT EXISTS gen_words (k INTEGER PRIMARY KEY,"
          " prefix TEXT NOT NULL, domain TEXT NOT NULL)",
          "DELETE FROM gen_words",
          "INSERT INTO gen_words (k, prefix, domain)"
          " SELECT ROW_NUMBER() OVER (ORDER BY lower(f.w), lower(s.w)) - 1,"
          " f.w || ' ' || s.w || ' ', '@' || lower(d.w) || '.example'"
          " FROM gen_first f, gen_second s, gen_second d WHERE d.i = f.i"}) {
        if (Result<Done> r = exec(QLatin1String(sql), {}); !r)
            return r;
    }
    return Done{};
}

// Rows i = 0..count-1 of a number series, in order, as a FROM clause `alias`. SQLite: the
// digits table (gen_digits, 0-999) joined with itself, a quarter of the time of a recursive
// series.
QString series(bool pg, qint64 count, const QString &alias = QStringLiteral("n")) {
    if (pg)
        return QStringLiteral("generate_series(0, %1 - 1) AS %2(i)").arg(count).arg(alias);
    QString value = QStringLiteral("d0.i");
    QString from = QStringLiteral("gen_digits d0");
    int levels = 1;
    for (qint64 reach = 1000; reach < count; reach *= 1000, ++levels) {
        value = QStringLiteral("(%1) * 1000 + d%2.i").arg(value).arg(levels);
        from += QStringLiteral(" CROSS JOIN gen_digits d%1").arg(levels);
    }
    qint64 outer = count - 1;
    for (int level = 1; level < levels; ++level)
        outer /= 1000;
    return QStringLiteral("(SELECT %1 AS i FROM %2 WHERE d0.i <= %3 AND %1 < %4) AS %5")
        .arg(value, from)
        .arg(outer)
        .arg(count)
        .arg(alias);
}

// The accounts of one run, row n.i of from() being account id base + i + 1. Ids follow name
// order: the rows are cut into 1,024 runs of consecutive ids, one per prefix in name order, and
// a name is its prefix and its id padded with zeros ("Amber Harbor 0004711"). So a new store's
// accounts go in already sorted by name: its name indexes are built from sorted rows and its
// trigram index is fed in key order without a sort (half the time of a million accounts).
struct GeneratedRows {
    bool pg = false;
    qint64 base = 0;
    qint64 count = 0;

    // The rows with their prefix (n.prefix) and email domain: prefix k has the rows from
    // k * count / 1024 on, up to the next prefix's first.
    QString from() const {
        return QStringLiteral("(SELECT w.k * %1 / 1024 + r.i AS i, w.prefix AS prefix,"
                              " w.domain AS domain FROM gen_words w CROSS JOIN %2"
                              " WHERE r.i < (w.k + 1) * %1 / 1024 - w.k * %1 / 1024) AS n")
            .arg(count)
            .arg(series(pg, (count + 1023) / 1024, QStringLiteral("r")));
    }
    QString id() const { return QStringLiteral("(%1 + n.i + 1)").arg(base); }
    QString name() const {
        // The id and a power of ten above it, less the leading 1.
        qint64 power = 10;
        while (power <= base + count)
            power *= 10;
        return QStringLiteral("n.prefix || substr(CAST(%1 + %2 AS TEXT), 2)").arg(power).arg(id());
    }
    QString email() const {
        return QStringLiteral("'contact' || CAST(%1 AS TEXT) || n.domain").arg(id());
    }
    // A new store's place in name order: its ids, spread out. (Close together: FTS5 stores the
    // difference between neighbouring keys, and one under 128 takes a byte.)
    QString nameOrder() const { return QStringLiteral("%1 * 64").arg(id()); }
};

// A new store's trigram index, built from the same rows on a second thread into a file of its
// own while the accounts and their indexes go into the store, then copied in: the two builds
// take about as long, and each has a core. Its pages are the size of the store's, which it is
// copied into.
class SearchIndexBuild {
public:
    SearchIndexBuild(QString path, qint64 accounts, int pageSize)
        : m_path(std::move(path)) {
        m_thread = std::thread([this, accounts, pageSize] { m_error = build(accounts, pageSize); });
    }
    ~SearchIndexBuild() {
        wait();
        QFile::remove(m_path);
    }
    SearchIndexBuild(const SearchIndexBuild &) = delete;
    SearchIndexBuild &operator=(const SearchIndexBuild &) = delete;

    std::optional<Error> wait() {
        if (m_thread.joinable())
            m_thread.join();
        return m_error;
    }

private:
    std::optional<Error> build(qint64 accounts, int pageSize) const {
        const QString connection =
            QStringLiteral("bss-generate-search-%1").arg(quintptr(this), 0, 16);
        std::optional<Error> error;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(m_path);
            if (!db.open())
                error = Error::internal(QStringLiteral("generate: ") + db.lastError().text());
            else
                error = fill(db, accounts, pageSize);
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        return error;
    }

    static std::optional<Error> fill(const QSqlDatabase &db, qint64 accounts, int pageSize) {
        const Exec exec = [&db](const QString &sql, const QVariantMap &params) -> Result<Done> {
            QSqlQuery q(db);
            bool ok = false;
            if (params.isEmpty()) {
                ok = q.exec(sql);
            } else if (q.prepare(sql)) {
                for (auto it = params.cbegin(); it != params.cend(); ++it)
                    q.bindValue(QLatin1Char(':') + it.key(), it.value());
                ok = q.exec();
            }
            if (!ok)
                return Error::internal(QStringLiteral("generate: ") + q.lastError().text());
            return Done{};
        };
        // A scratch file: nothing to journal or sync.
        for (const QString &sql :
             {QStringLiteral("PRAGMA page_size = %1").arg(pageSize),
              QStringLiteral("PRAGMA journal_mode = OFF"),
              QStringLiteral("PRAGMA synchronous = OFF"),
              QStringLiteral("PRAGMA cache_size = -262144"), accountSearchTable(),
              QStringLiteral(
                  "INSERT INTO accounts_fts(accounts_fts, rank) VALUES ('automerge', 0)"),
              QStringLiteral(
                  "INSERT INTO accounts_fts(accounts_fts, rank) VALUES ('crisismerge', 1000)")}) {
            if (Result<Done> r = exec(sql, {}); !r)
                return r.error();
        }
        if (Result<Done> r = fillWordTables(exec); !r)
            return r.error();
        // In the order of the index's keys, as the series gives them (see GeneratedRows and the
        // in-place build in generateSyntheticData).
        const GeneratedRows rows{false, 0, accounts};
        for (const QString &sql :
             {QStringLiteral("BEGIN"),
              QStringLiteral("INSERT INTO accounts_fts(rowid, name, email) SELECT %1, %2, %3"
                             " FROM %4")
                  .arg(rows.nameOrder(), rows.name(), rows.email(), rows.from()),
              QStringLiteral(
                  "INSERT INTO accounts_fts(accounts_fts, rank) VALUES ('automerge', 4)"),
              QStringLiteral(
                  "INSERT INTO accounts_fts(accounts_fts, rank) VALUES ('crisismerge', 16)"),
              QStringLiteral("COMMIT")}) {
            if (Result<Done> r = exec(sql, {}); !r)
                return r.error();
        }
        return std::nullopt;
    }

    QString m_path;
    std::optional<Error> m_error;
    std::thread m_thread;
};

} // namespace

Result<GenerateSpec> GenerateSpec::parse(const QString &text) {
    GenerateSpec spec;
    Problems problems;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString key = part.section(QLatin1Char('='), 0, 0).trimmed();
        bool ok = false;
        const qint64 value = part.section(QLatin1Char('='), 1).trimmed().toLongLong(&ok);
        if (!ok || value < 0 || value > 100'000'000) {
            problems.add(QStringLiteral("generate"),
                         detail::tr("\"%1\" is not KEY=NUMBER (0 to 100000000).").arg(part));
            continue;
        }
        if (key == QLatin1String("accounts"))
            spec.accounts = value;
        else if (key == QLatin1String("orders"))
            spec.orders = value;
        else if (key == QLatin1String("lines") && value >= 1 && value <= 10)
            spec.linesPerOrder = int(value);
        else
            problems.add(QStringLiteral("generate"),
                         detail::tr("Unknown or invalid \"%1\"; use accounts=N,orders=M,lines=K.")
                             .arg(part));
    }
    if (spec.accounts == 0 && spec.orders == 0 && problems.isEmpty())
        problems.add(QStringLiteral("generate"),
                     detail::tr("Say how much to generate, e.g. accounts=1000000,orders=2500000."));
    if (!problems.isEmpty())
        return problems.toError(QStringLiteral("bad-generate"));
    return spec;
}

Result<GenerateReport> generateSyntheticData(Services &services, const GenerateSpec &spec) {
    SqlStore &store = services.store();
    const bool pg = store.dialect().isPostgres();
    QElapsedTimer timer;
    timer.start();
    const QString at = SqlStore::timestamp(QDateTime::currentDateTimeUtc());
    const QDate day = QDateTime::currentDateTimeUtc().date();
    const QString today = day.toString(Qt::ISODate);
    const QString nextMonth = day.addMonths(1).toString(Qt::ISODate);

    // Into a store without accounts (a new file, as a rule) the rows go straight to the database
    // file: a journal in memory still lets a failed run roll back, and there is nothing older to
    // protect from a crash by syncing. (If another connection holds the file, WAL stays on.)
    bool bulkIntoNew = false;
    if (!pg && spec.accounts > 0) {
        const Result<QVariant> any =
            store.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM accounts)"));
        if (!any)
            return any.error();
        bulkIntoNew = !any->toBool();
    }
    const Exec exec = [&store](const QString &sql, const QVariantMap &params) {
        return run(store, sql, params);
    };
    // The trigram index of a new store file is built beside it (see SearchIndexBuild). The
    // file is attached before the transaction, as SQLite requires.
    std::optional<SearchIndexBuild> searchIndex;
    const QString searchIndexFile = store.config().path + QStringLiteral("-generate-search");
    if (bulkIntoNew) {
        for (const char *sql :
             {"PRAGMA main.journal_mode = MEMORY", "PRAGMA main.synchronous = OFF"}) {
            if (Result<Done> r = run(store, QLatin1String(sql)); !r)
                return r.error();
        }
        if (!store.config().path.isEmpty() && store.config().path != QLatin1String(":memory:")) {
            QFile::remove(searchIndexFile);
            const Result<QVariant> pageSize = store.scalar(QStringLiteral("PRAGMA main.page_size"));
            if (pageSize && run(store, QStringLiteral("ATTACH DATABASE :file AS gen_search"),
                                {{QStringLiteral("file"), searchIndexFile}}))
                searchIndex.emplace(searchIndexFile, spec.accounts, pageSize->toInt());
        }
    }
    Result<QVariant> cacheBefore = QVariant();
    if (!pg) {
        // Into a new store (its journal in memory), a page cache of 128 MiB: SQLite's sorter then
        // builds each index from 128 MiB runs, sorted by two helper threads while it reads on
        // (a tenth off the load), and pages beyond it go to the file early instead of at the
        // commit. Into a store with accounts (WAL), a large cache keeps the load in memory
        // instead of spilling it to the WAL.
        cacheBefore = store.scalar(QStringLiteral("PRAGMA cache_size"));
        if (!cacheBefore)
            return cacheBefore.error();
        const QStringList pragmas =
            bulkIntoNew ? QStringList{QStringLiteral("PRAGMA threads = 2"),
                                      QStringLiteral("PRAGMA cache_size = -131072")}
                        : QStringList{QStringLiteral("PRAGMA cache_size = -1000000")};
        for (const QString &sql : pragmas) {
            if (Result<Done> r = run(store, sql); !r)
                return r.error();
        }
        // The rows are made consistent by construction; checking a million parent references one
        // by one would double the time. (Outside the transaction: SQLite ignores it inside.)
        if (Result<Done> r = run(store, QStringLiteral("PRAGMA foreign_keys = OFF")); !r)
            return r.error();
    }
    const auto ensureCatalog = [&]() -> Result<Done> {
        const Result<QList<Product>> products = store.products({});
        if (!products)
            return products.error();
        if (products->isEmpty())
            return installCatalog(services);
        return Done{};
    };
    const std::function<Result<GenerateReport>()> work = [&]() -> Result<GenerateReport> {
        GenerateReport rep;
        if (!searchIndex) {
            if (Result<Done> r = ensureCatalog(); !r)
                return r.error();
        }
        if (Result<Done> r = fillWordTables(exec); !r)
            return r.error();

        const Result<qint64> accountBase = maxId(store, QStringLiteral("accounts"));
        if (!accountBase)
            return accountBase.error();
        const QVariantMap common{{QStringLiteral("base"), *accountBase},
                                 {QStringLiteral("at"), at}};
        const bool sqliteBulk = spec.accounts > 0 && !pg;
        if (sqliteBulk) {
            // Bulk load: indexes built once over all the rows beat a million row-by-row updates.
            // FTS5 merges its segments as it goes; merging rarely makes the build twice as fast.
            // (2,000 segments is FTS5's limit: at that crisismerge it reports the disk full.)
            // Every trigger of the trigram index goes, not only the insert's: placing the
            // accounts again after an append updates every name_order, and the update trigger
            // would feed the index a million times out of key order (at a million accounts,
            // FTS5's segment limit; at 200,000, 13 s).
            for (const char *trigger :
                 {"accounts_fts_insert", "accounts_fts_update", "accounts_fts_delete"}) {
                if (Result<Done> r =
                        run(store, QStringLiteral("DROP TRIGGER ") + QLatin1String(trigger));
                    !r)
                    return r.error();
            }
            for (const IndexDefinition &index : accountIndexes()) {
                if (Result<Done> r = run(store, QStringLiteral("DROP INDEX ") + index.name); !r)
                    return r.error();
            }
            // (Built beside the store, the index must not be read here before it is copied in:
            // FTS5 would keep what it read for the rest of the transaction.)
            for (const char *sql :
                 {"INSERT INTO accounts_fts(accounts_fts, rank) VALUES ('automerge', 0)",
                  "INSERT INTO accounts_fts(accounts_fts, rank) VALUES ('crisismerge', 1000)"}) {
                if (searchIndex)
                    break;
                if (Result<Done> r = run(store, QLatin1String(sql)); !r)
                    return r.error();
            }
        }
        if (spec.accounts > 0) {
            // Per block of 100: row 0 is a reseller, rows 1-59 its end-users, rows 60-99 direct.
            // A store without accounts gets each one's place in name order with it; otherwise
            // every account is placed again after the insert.
            const GeneratedRows rows{pg, *accountBase, spec.accounts};
            QString sql =
                QStringLiteral(
                    "INSERT INTO accounts (id, name, type, parent_id, email, status, version,"
                    " created_at, updated_at%4)"
                    " SELECT :base + n.i + 1, %2,"
                    " CASE WHEN n.i %% 100 = 0 THEN 'reseller' WHEN n.i %% 100 < 60"
                    " THEN 'endUser' ELSE 'direct' END,"
                    " CASE WHEN n.i %% 100 BETWEEN 1 AND 59 THEN :base + (n.i / 100) * 100 + 1"
                    " ELSE NULL END,"
                    " %3, 'active', 1, :at, :at%5 FROM %1")
                    .arg(rows.from(), rows.name(), rows.email(),
                         bulkIntoNew ? QStringLiteral(", name_order") : QString(),
                         bulkIntoNew ? QStringLiteral(", ") + rows.nameOrder() : QString());
            sql.replace(QStringLiteral("%%"), QStringLiteral("%"));
            if (Result<Done> r = run(store, sql, common); !r)
                return r.error();
            rep.accounts = spec.accounts;
            // Appended to existing accounts, the new ones fall between them: place them all.
            if (sqliteBulk && !bulkIntoNew) {
                if (Result<Done> r = run(store, accountNameOrderFill()); !r)
                    return r.error();
            }
            // Sync states: Kaspersky synchronized for 3 in 5 (Failed for 1 in 10), Microsoft for 1
            // in 3. One statement, account by account: the primary key's index takes its rows in
            // order.
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
            if (Result<Done> r = run(store, syncSql, common); !r)
                return r.error();
            // The indexes, then the trigram index: built beside the store, it is ready by now.
            if (sqliteBulk) {
                for (const IndexDefinition &index : accountIndexes()) {
                    if (Result<Done> r = run(store, index.create); !r)
                        return r.error();
                }
                // The trigram index takes its rows in the order of its keys: a key lower than the
                // last one makes FTS5 write out what it holds as a segment of its own, and a
                // million tiny segments take longer to merge than to build.
                if (searchIndex) {
                    if (const std::optional<Error> e = searchIndex->wait())
                        return *e;
                    Result<QSqlQuery> tables = store.exec(QStringLiteral(
                        "SELECT name FROM gen_search.sqlite_master WHERE type = 'table'"
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
                            if (Result<Done> r = run(store, sql.arg(table)); !r)
                                return r.error();
                        }
                    }
                } else {
                    for (const char *sql :
                         {"INSERT INTO accounts_fts(accounts_fts) VALUES ('delete-all')",
                          "INSERT INTO accounts_fts(rowid, name, email)"
                          " SELECT name_order, name, email FROM accounts ORDER BY name_order",
                          "INSERT INTO accounts_fts(accounts_fts, rank) VALUES ('automerge', 4)",
                          "INSERT INTO accounts_fts(accounts_fts, rank) VALUES ('crisismerge', "
                          "16)"}) {
                        if (Result<Done> r = run(store, QLatin1String(sql)); !r)
                            return r.error();
                    }
                }
                for (const QString &trigger : accountSearchTriggers()) {
                    if (Result<Done> r = run(store, trigger); !r)
                        return r.error();
                }
            }
        }

        if (spec.orders > 0) {
            const Result<qint64> accountsNow = maxId(store, QStringLiteral("accounts"));
            const Result<qint64> orderBase = maxId(store, QStringLiteral("orders"));
            const Result<qint64> lineBase = maxId(store, QStringLiteral("order_lines"));
            const Result<qint64> subBase = maxId(store, QStringLiteral("subscriptions"));
            if (!accountsNow || !orderBase || !lineBase || !subBase)
                return Error::internal(QStringLiteral("generate: cannot read the id ranges"));
            if (*accountsNow == 0)
                return Error::validation(
                    {{QStringLiteral("generate"), detail::tr("Generate accounts before orders.")}});
            QVariantMap p{{QStringLiteral("obase"), *orderBase},
                          {QStringLiteral("lbase"), *lineBase},
                          {QStringLiteral("sbase"), *subBase},
                          {QStringLiteral("accounts"), *accountsNow},
                          {QStringLiteral("at"), at},
                          {QStringLiteral("today"), today},
                          {QStringLiteral("next"), nextMonth},
                          {QStringLiteral("k"), spec.linesPerOrder}};
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
                    .arg(series(pg, spec.orders));
            orders.replace(QStringLiteral("%%"), QStringLiteral("%"));
            if (Result<Done> r = run(store, orders, p); !r)
                return r.error();
            // Lines: k per order; the first line of a draft in every fourth order has no Seats (the
            // red line).
            QString lines =
                QStringLiteral(
                    "INSERT INTO order_lines (id, order_id, product_id, seats)"
                    " SELECT :lbase + n.i + 1, :obase + n.i / :k + 1,"
                    " (SELECT MIN(id) FROM products WHERE platform = 'kaspersky') + n.i %% 3,"
                    " CASE WHEN (n.i / :k) %% 3 = 1 AND n.i %% :k = 0 AND (n.i / :k) %% 4 = 1 THEN "
                    "NULL ELSE 5 + n.i %% 50 END"
                    " FROM %1")
                    .arg(series(pg, spec.orders * spec.linesPerOrder));
            lines.replace(QStringLiteral("%%"), QStringLiteral("%"));
            if (Result<Done> r = run(store, lines, p); !r)
                return r.error();
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
            if (Result<Done> r = run(store, subs, p); !r)
                return r.error();
            rep.orders = spec.orders;
            rep.lines = spec.orders * spec.linesPerOrder;
            const Result<qint64> subsNow = maxId(store, QStringLiteral("subscriptions"));
            rep.subscriptions = subsNow ? *subsNow - *subBase : 0;
        }
        if (pg) {
            // Explicit ids do not move PostgreSQL's identity sequences; move them past the new
            // rows.
            for (const char *table : {"accounts", "orders", "order_lines", "subscriptions"}) {
                if (Result<Done> r = run(
                        store, QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'),"
                                              " (SELECT COALESCE(MAX(id), 1) FROM %1))")
                                   .arg(QLatin1String(table)));
                    !r)
                    return r.error();
            }
        }
        return rep;
    };
    Result<GenerateReport> report = Error::internal(QStringLiteral("generate: not run"));
    if (!searchIndex) {
        report = store.transaction<GenerateReport>(work);
    } else if (Result<Done> catalog = ensureCatalog(); !catalog) {
        report = catalog.error();
    } else if (Result<Done> begin = run(store, QStringLiteral("BEGIN DEFERRED")); !begin) {
        report = begin.error();
    } else {
        // A plain BEGIN, not store.transaction()'s BEGIN IMMEDIATE: that would lock the attached
        // file from the start, and the side build could not write it. It is read only once the
        // side build is done.
        report = work();
        if (report) {
            if (Result<Done> commit = run(store, QStringLiteral("COMMIT")); !commit)
                report = commit.error();
        }
        if (!report)
            run(store, QStringLiteral("ROLLBACK"));
    }
    if (!pg) {
        run(store, QStringLiteral("PRAGMA threads = 0"));
        run(store, QStringLiteral("PRAGMA cache_size = ") + cacheBefore->toString());
        run(store, QStringLiteral("PRAGMA foreign_keys = ON"));
    }
    if (searchIndex) {
        searchIndex.reset(); // waits for it and removes its file
        run(store, QStringLiteral("DETACH DATABASE gen_search"));
    }
    if (bulkIntoNew) {
        run(store, QStringLiteral("PRAGMA main.journal_mode = WAL"));
        run(store, QStringLiteral("PRAGMA main.synchronous = NORMAL"));
    }
    if (report)
        report->milliseconds = timer.elapsed();
    return report;
}

} // namespace bss
