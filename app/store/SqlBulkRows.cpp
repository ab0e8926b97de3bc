#include "app/store/SqlBulkRows.h"

#include "app/store/Migrations.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace bss::bulk {

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

} // namespace

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

QString series(bool pg, qint64 count, const QString &alias) {
    // (BIGINT: an order's account, i * 7919, is past an INTEGER's range from the 271,189th on.)
    if (pg)
        return QStringLiteral("generate_series(0, CAST(%1 AS BIGINT) - 1) AS %2(i)")
            .arg(count)
            .arg(alias);
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

SearchIndexBuild::~SearchIndexBuild() {
    wait();
    QFile::remove(m_path);
}

std::optional<Error> SearchIndexBuild::build(qint64 accounts, qint64 stride, int pageSize) const {
    const QString connection = QStringLiteral("bss-generate-search-%1").arg(quintptr(this), 0, 16);
    std::optional<Error> error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(m_path);
        if (!db.open())
            error = Error::internal(QStringLiteral("generate: ") + db.lastError().text());
        else
            error = fill(db, accounts, stride, pageSize);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

std::optional<Error> SearchIndexBuild::fill(const QSqlDatabase &db, qint64 accounts, qint64 stride,
                                            int pageSize) {
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
          QStringLiteral("PRAGMA journal_mode = OFF"), QStringLiteral("PRAGMA synchronous = OFF"),
          QStringLiteral("PRAGMA cache_size = -262144"), accountSearchTable(),
          QStringLiteral("INSERT INTO accounts_fts(accounts_fts, rank) VALUES ('automerge', 0)"),
          QStringLiteral(
              "INSERT INTO accounts_fts(accounts_fts, rank) VALUES ('crisismerge', 1000)")}) {
        if (Result<Done> r = exec(sql, {}); !r)
            return r.error();
    }
    if (Result<Done> r = fillWordTables(exec); !r)
        return r.error();
    // In the order of the index's keys, as the series gives them (see GeneratedRows and the
    // in-place build in generateSyntheticData).
    const GeneratedRows rows{false, 0, accounts, stride};
    for (const QString &sql :
         {QStringLiteral("BEGIN"),
          QStringLiteral("INSERT INTO accounts_fts(rowid, name, email) SELECT %1, %2, %3"
                         " FROM %4")
              .arg(rows.nameOrder(), rows.name(), rows.email(), rows.from()),
          QStringLiteral("INSERT INTO accounts_fts(accounts_fts, rank) VALUES ('automerge', 4)"),
          QStringLiteral("INSERT INTO accounts_fts(accounts_fts, rank) VALUES ('crisismerge', 16)"),
          QStringLiteral("COMMIT")}) {
        if (Result<Done> r = exec(sql, {}); !r)
            return r.error();
    }
    return std::nullopt;
}

} // namespace bss::bulk
