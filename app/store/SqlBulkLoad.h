#pragma once

#include "app/store/BulkLoad.h"
#include "app/store/SqlBulkRows.h"

#include <QVariant>

#include <optional>

namespace bss {

class SqlConnection;

// Store-internal: BulkLoad in set-based SQL (SQLite and PostgreSQL), see SqlBulkLoad.cpp.
class SqlBulkLoad final : public BulkLoad {
public:
    explicit SqlBulkLoad(SqlConnection &sql)
        : m_sql(sql) {}
    Result<BulkLoadCounts> load(const BulkLoadSpec &spec,
                                const std::function<Result<Done>()> &ensureCatalog) override;

private:
    struct Run;
    Result<Done> run(const QString &sql, const QVariantMap &params = {});
    Result<qint64> maxId(const QString &table);
    Result<Done> prepare(Run &r);
    Result<BulkLoadCounts> rows(Run &r, const std::function<Result<Done>()> &ensureCatalog);
    Result<BulkLoadCounts> inTransaction(Run &r,
                                         const std::function<Result<Done>()> &ensureCatalog);
    void restore(Run &r);
    Result<Done> dropAccountIndexes(const Run &r);
    Result<Done> insertAccounts(Run &r, qint64 base);
    Result<Done> buildAccountIndexes(Run &r);
    Result<Done> copySearchIndex(Run &r);
    Result<QVariantMap> orderParameters(const Run &r);
    Result<Done> insertOrders(const Run &r, BulkLoadCounts &counts);
    Result<Done> moveSequences();
    // PostgreSQL (SqlBulkLoadPostgres.cpp).
    Result<Done> detachPostgres(Run &r, qint64 accountBase);
    Result<Done> pauseCounters(Run &r, const QStringList &tables);
    Result<Done> reattachPostgres(Run &r, const QString &table = {});
    Result<Done> commitAccountsPostgres(Run &r);
    Result<Done> analyzePostgres(const Run &r);

    SqlConnection &m_sql;
};

// One load: what it asks for and how the store is set for it.
struct SqlBulkLoad::Run {
    BulkLoadSpec spec;
    bool pg = false;
    QString at;
    QString today;
    QString nextMonth;
    // Into a store without accounts (a new file, as a rule) the rows go straight to the database
    // file: a journal in memory still lets a failed run roll back, and there is nothing older to
    // protect from a crash by syncing. (If another connection holds the file, WAL stays on.)
    bool bulkIntoNew = false;
    // The trigram index of a new store file is built beside it (see SearchIndexBuild).
    std::optional<bulk::SearchIndexBuild> searchIndex;
    QVariant cacheBefore;
    // PostgreSQL: the statements that make again what the load dropped (detachPostgres), each
    // with its table; the trigram index's, and its build on a second connection.
    struct Restore {
        QString table;
        QString sql;
    };
    QList<Restore> pgRestore;
    QStringList pgSideBuild;
    std::optional<bulk::PostgresIndexBuild> sideBuild;
};

} // namespace bss
