#include "app/store/SqlStore.h"

#include "app/store/SqlBulkLoad.h"
#include "app/store/SqlConnection.h"
#include "app/store/SqlStores.h"

namespace bss {

SqlStore::SqlStore(StoreConfig config, QString connectionName)
    : m_sql(std::make_unique<SqlConnection>(std::move(config), std::move(connectionName)))
    , m_catalog(std::make_unique<SqlCatalogStore>(*m_sql))
    , m_accounts(std::make_unique<SqlAccountStore>(*m_sql, *m_catalog))
    , m_orders(std::make_unique<SqlOrderStore>(*m_sql))
    , m_subscriptions(std::make_unique<SqlSubscriptionStore>(*m_sql))
    , m_users(std::make_unique<SqlUserStore>(*m_sql))
    , m_idempotency(std::make_unique<SqlIdempotencyRecords>(*m_sql))
    , m_audit(std::make_unique<SqlAuditStore>(*m_sql))
    , m_meta(std::make_unique<SqlMetaStore>(*m_sql))
    , m_bulkLoad(std::make_unique<SqlBulkLoad>(*m_sql)) {}

SqlStore::~SqlStore() = default;

Result<Done> SqlStore::open() {
    return m_sql->open();
}

int SqlStore::schemaVersion() {
    return m_sql->schemaVersion();
}

int SqlStore::latestSchemaVersion() const {
    return m_sql->latestSchemaVersion();
}

const StoreConfig &SqlStore::config() const {
    return m_sql->config();
}

const Dialect &SqlStore::dialect() const {
    return m_sql->dialect();
}

Result<Done> SqlStore::setPageCacheKiB(int kib) {
    return m_sql->setPageCacheKiB(kib);
}

bool SqlStore::nativeReads() const {
    return m_sql->nativeReads();
}

void SqlStore::setNativeReads(bool on) {
    m_sql->setNativeReads(on);
}

AccountStore &SqlStore::accounts() {
    return *m_accounts;
}

OrderStore &SqlStore::orders() {
    return *m_orders;
}

SubscriptionStore &SqlStore::subscriptions() {
    return *m_subscriptions;
}

CatalogStore &SqlStore::catalog() {
    return *m_catalog;
}

UserStore &SqlStore::users() {
    return *m_users;
}

IdempotencyRecords &SqlStore::idempotency() {
    return *m_idempotency;
}

AuditStore &SqlStore::audit() {
    return *m_audit;
}

MetaStore &SqlStore::meta() {
    return *m_meta;
}

BulkLoad &SqlStore::bulkLoad() {
    return *m_bulkLoad;
}

Result<Done> SqlStore::runTransaction(const std::function<Result<Done>()> &work) {
    return m_sql->transaction<Done>(work);
}

} // namespace bss
