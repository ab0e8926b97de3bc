#pragma once

#include "app/store/Dialect.h"
#include "app/store/Store.h"
#include "app/store/StoreConfig.h"

#include <memory>

namespace bss {

class SqlConnection;
class SqlAccountStore;
class SqlAuditStore;
class SqlBulkLoad;
class SqlCatalogStore;
class SqlIdempotencyRecords;
class SqlMetaStore;
class SqlOrderStore;
class SqlSubscriptionStore;
class SqlUserStore;

// The Store over SQL: the embedded store (SQLite file) or the shared one (PostgreSQL). One
// connection, owned by the thread that opened it.
class SqlStore final : public Store {
public:
    // `connectionName` must be unique per thread (QSqlDatabase connections are per thread).
    SqlStore(StoreConfig config, QString connectionName);
    ~SqlStore() override;
    SqlStore(const SqlStore &) = delete;
    SqlStore &operator=(const SqlStore &) = delete;

    // Opens the database (creating the SQLite file and its folder), sets WAL and foreign keys,
    // and applies the pending migrations.
    Result<Done> open();
    int schemaVersion();
    int latestSchemaVersion() const;
    const StoreConfig &config() const;
    const Dialect &dialect() const;
    // The size of SQLite's page cache for this connection (nothing for PostgreSQL). The store
    // keeps 16 MiB for jumps through long lists; a connection that only counts needs less.
    Result<Done> setPageCacheKiB(int kib);
    // Whether the accounts list and its sync rows are read with SQLite's C API (where it is
    // built in) rather than through QSqlQuery. On by default; tests turn it off to compare.
    bool nativeReads() const;
    void setNativeReads(bool on);

    AccountStore &accounts() override;
    OrderStore &orders() override;
    SubscriptionStore &subscriptions() override;
    CatalogStore &catalog() override;
    UserStore &users() override;
    IdempotencyRecords &idempotency() override;
    AuditStore &audit() override;
    MetaStore &meta() override;
    BulkLoad &bulkLoad() override;

    // The connection itself, for the store's own code and its tests (SqlConnection.h is
    // store-internal).
    SqlConnection &connection() { return *m_sql; }

protected:
    Result<Done> runTransaction(const std::function<Result<Done>()> &work) override;

private:
    std::unique_ptr<SqlConnection> m_sql;
    std::unique_ptr<SqlCatalogStore> m_catalog;
    std::unique_ptr<SqlAccountStore> m_accounts;
    std::unique_ptr<SqlOrderStore> m_orders;
    std::unique_ptr<SqlSubscriptionStore> m_subscriptions;
    std::unique_ptr<SqlUserStore> m_users;
    std::unique_ptr<SqlIdempotencyRecords> m_idempotency;
    std::unique_ptr<SqlAuditStore> m_audit;
    std::unique_ptr<SqlMetaStore> m_meta;
    std::unique_ptr<SqlBulkLoad> m_bulkLoad;
};

// Once per process, before the first connection opens: turns SQLite's allocation statistics off.
// SQLite counts every allocation of every thread under one process-wide mutex, and threads that
// use SQLite at once queue on it (the generator's two, the server's request threads, the
// embedded store's page and count connections): generating a million accounts took 6.6 s with
// it, 3.9 s without. Nothing where SQLite's C API is not built in.
void configureSqliteProcess();

} // namespace bss
