#pragma once

#include "app/domain/Result.h"
#include "app/domain/Types.h"
#include "app/store/Dialect.h"
#include "app/store/StoreConfig.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantMap>

#include <functional>
#include <memory>

namespace bss {

struct CachedStatement;
class SqliteStatements;

// Sync Options as stored, with the PIN in clear (it never leaves the services).
struct StoredSync {
    PlatformSync sync;
    QString resellerPin;
};

// A bound SQL statement: named placeholders (:name) with values.
struct Sql {
    QString text;
    QVariantMap params;
};

// The embedded (SQLite) or shared (PostgreSQL) store: one connection, owned by the thread that
// opened it. All SQL goes through bound parameters. Data access only: the rules that decide
// what may be written live in app/services.
class SqlStore {
public:
    // `connectionName` must be unique per thread (QSqlDatabase connections are per thread).
    SqlStore(StoreConfig config, QString connectionName);
    ~SqlStore();
    SqlStore(const SqlStore &) = delete;
    SqlStore &operator=(const SqlStore &) = delete;

    // Opens the database (creating the SQLite file and its folder), sets WAL and foreign keys,
    // and applies the pending migrations.
    Result<Done> open();
    int schemaVersion();
    int latestSchemaVersion() const;
    const StoreConfig &config() const { return m_config; }
    const Dialect &dialect() const { return m_dialect; }
    QSqlDatabase database() const;
    // Whether the accounts list and its sync rows are read with SQLite's C API (where it is
    // built in, see SqliteRows.h) rather than through QSqlQuery. On by default; tests turn it
    // off to compare the two.
    bool nativeReads() const { return m_nativeReads && m_sqlite; }
    void setNativeReads(bool on) { m_nativeReads = on; }

    // Runs `work` in one transaction: committed when it yields a value, rolled back when it
    // yields an Error, so a refusal changes nothing. Nested calls join the outer transaction.
    template <typename T> Result<T> transaction(const std::function<Result<T>()> &work) {
        if (m_depth > 0) {
            ++m_depth;
            Result<T> r = work();
            --m_depth;
            return r;
        }
        if (Result<Done> begun = begin(); !begun)
            return begun.error();
        ++m_depth;
        Result<T> r = work();
        --m_depth;
        if (!r.ok()) {
            rollback();
            return r;
        }
        if (Result<Done> committed = commit(); !committed)
            return committed.error();
        return r;
    }

    // Runs one statement; the query is positioned before the first row. A statement with
    // parameters is prepared once per connection and reused; it is reset (its read snapshot
    // released) when the returned query is destroyed, as a one-off statement would be finalized.
    Result<QSqlQuery> exec(const Sql &sql);
    Result<QSqlQuery> exec(const QString &text, const QVariantMap &params = {}) {
        return exec(Sql{text, params});
    }
    // INSERT ... returning the new row's id.
    Result<Id> insert(const QString &text, const QVariantMap &params);
    // UPDATE/DELETE; the number of rows changed.
    Result<int> change(const QString &text, const QVariantMap &params);
    // The first column of the first row, or an invalid QVariant when there is no row.
    Result<QVariant> scalar(const QString &text, const QVariantMap &params = {});

    // meta key/value (e.g. "demo" when the demo data is installed)
    Result<QString> meta(const QString &key);
    Result<Done> setMeta(const QString &key, const QString &value);

    // Catalog
    Result<Done> insertPlatform(const Platform &platform);
    Result<QList<Platform>> platforms();
    Result<Id> insertProduct(const Product &product);
    Result<QList<Product>> products(const QString &platform);
    Result<std::optional<Product>> product(Id id);
    Result<Done> insertQuote(const Quote &quote, const QDateTime &at);
    Result<std::optional<Quote>> quote(const QString &quoteId);

    // Accounts. `scope`: a reseller's own account id; only it and its end-users are visible.
    Result<Id> insertAccount(const NewAccount &account, const QDateTime &at);
    Result<std::optional<Account>> account(Id id, std::optional<Id> scope = {});
    // Writes name, email, parent; false when `expectedVersion` is no longer current.
    Result<bool> updateAccount(const Account &account, qint64 expectedVersion, const QDateTime &at);
    Result<Page<Account>> accounts(const AccountQuery &query, std::optional<Id> scope);
    Result<qint64> countAccounts(const AccountQuery &query, std::optional<Id> scope);

    // Sync Options
    Result<std::optional<StoredSync>> sync(Id accountId, const QString &platform);
    Result<bool> pinTaken(const QString &platform, const QString &pin, Id exceptAccountId);
    Result<Done> saveSync(Id accountId, const StoredSync &stored);

    // Orders. Lines come with productId/seats and product name/platform; prices are the
    // services' business.
    Result<Id> insertOrder(Id accountId, OrderKind kind, std::optional<Id> subscriptionId,
                           const QString &user, const QDateTime &at);
    Result<std::optional<Order>> order(Id id, std::optional<Id> scope = {});
    // Bumps the version and writes status/total/executedAt; false when the version moved.
    Result<bool> updateOrder(const Order &order, qint64 expectedVersion);
    Result<Id> insertLine(Id orderId, Id productId, std::optional<int> seats);
    Result<Done> setLineSeats(Id lineId, int seats);
    Result<Done> deleteLine(Id lineId);
    Result<Page<Order>> orders(const OrderQuery &query, std::optional<Id> scope);
    Result<qint64> countOrders(const OrderQuery &query, std::optional<Id> scope);

    // Subscriptions (activation keys in clear)
    Result<Id> insertSubscription(const Subscription &subscription, Id orderLineId);
    Result<Done> updateSubscription(const Subscription &subscription);
    Result<std::optional<Subscription>> subscription(Id id, std::optional<Id> scope = {});
    Result<QList<Subscription>> subscriptionsOfOrder(Id orderId);
    Result<Page<Subscription>> subscriptions(const SubscriptionQuery &query,
                                             std::optional<Id> scope);

    // Audit trail and outbox
    Result<Done> insertAudit(const AuditEntry &entry);
    Result<Page<AuditEntry>> audit(const AuditQuery &query, std::optional<Id> scope);
    Result<Done> insertOutbox(const OutboxMessage &message);
    Result<Page<OutboxMessage>> outbox(const OutboxQuery &query, std::optional<Id> scope);

    static QString timestamp(const QDateTime &at);
    static QDateTime parseTimestamp(const QVariant &value);
    static QDateTime parseTimestamp(QByteArrayView utf8); // null for a null view

private:
    Result<Done> begin();
    Result<Done> commit();
    void rollback();
    Result<Done> migrate();
    Result<Done> fillSync(QList<Account> &accounts);
    Result<Done> fillLines(Order &order);
    Result<QSqlQuery> execOnce(const Sql &sql);
    SqliteStatements *nativeReader() const { return nativeReads() ? m_sqlite.get() : nullptr; }

    StoreConfig m_config;
    Dialect m_dialect;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::optional<QList<Platform>> m_platforms; // they change only with this connection's inserts
    int m_depth = 0;
    // Prepared statements by SQL text; one in use by a caller is not handed out twice.
    QHash<QString, std::shared_ptr<CachedStatement>> m_statements;
    // The same connection's statements read with SQLite's C API; null where that is not built
    // in, and for PostgreSQL.
    std::unique_ptr<SqliteStatements> m_sqlite;
    bool m_nativeReads = true;
};

// Opaque keyset cursors: the sort key of the last row of a page.
QString encodeCursor(const QVariantList &key);
std::optional<QVariantList> decodeCursor(const QString &cursor, int size);

} // namespace bss
