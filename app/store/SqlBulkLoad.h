#pragma once

#include "app/store/BulkLoad.h"

#include <QVariant>

#include <optional>

namespace bss {

class SqlConnection;

namespace bulk {
class SearchIndexBuild;
struct GeneratedRows;
} // namespace bulk

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
    Result<Done> insertAccounts(const Run &r, qint64 base);
    Result<Done> buildAccountIndexes(Run &r);
    Result<Done> copySearchIndex(Run &r);
    Result<QVariantMap> orderParameters(const Run &r);
    Result<Done> insertOrders(const Run &r, BulkLoadCounts &counts);
    Result<Done> moveSequences();

    SqlConnection &m_sql;
};

} // namespace bss
