#pragma once

// Store-internal: the SQL implementation of each aggregate store (Store.h), over one
// SqlConnection, for SQLite and PostgreSQL alike (the differences are the Dialect's). Each is
// defined in the file of its name.

#include "app/store/Store.h"

#include <QList>

#include <memory>
#include <optional>

namespace bss {

class SqlConnection;
class TokenCache;

class SqlCatalogStore final : public CatalogStore {
public:
    explicit SqlCatalogStore(SqlConnection &sql)
        : m_sql(sql) {}
    Result<Done> insertPlatform(const Platform &platform) override;
    Result<QList<Platform>> platforms() override;
    Result<Id> insertProduct(const Product &product) override;
    Result<QList<Product>> products(const QString &platform = {}) override;
    Result<std::optional<Product>> product(Id id) override;
    Result<Done> insertQuote(const Quote &quote, const QDateTime &at) override;
    Result<std::optional<Quote>> quote(const QString &quoteId) override;

private:
    SqlConnection &m_sql;
    std::optional<QList<Platform>> m_platforms; // they change only with this connection's inserts
};

class SqlAccountStore final : public AccountStore {
public:
    SqlAccountStore(SqlConnection &sql, SqlCatalogStore &catalog)
        : m_sql(sql)
        , m_catalog(catalog) {}
    Result<Id> insert(const NewAccount &account, const QDateTime &at) override;
    Result<std::optional<Account>> find(Id id, std::optional<Id> scope = {}) override;
    Result<bool> update(const Account &account, qint64 expectedVersion,
                        const QDateTime &at) override;
    Result<Page<Account>> list(const AccountQuery &query, std::optional<Id> scope) override;
    Result<qint64> count(const AccountQuery &query, std::optional<Id> scope) override;
    Result<std::optional<StoredSync>> sync(Id accountId, const QString &platform) override;
    Result<bool> pinTaken(const QString &platform, const QString &pin, Id exceptAccountId) override;
    Result<Done> saveSync(Id accountId, const StoredSync &stored) override;

private:
    Result<Done> fillSync(QList<Account> &accounts);
    Result<std::optional<QString>> denseMatches(const AccountQuery &query, std::optional<Id> scope);

    SqlConnection &m_sql;
    SqlCatalogStore &m_catalog;
};

class SqlOrderStore final : public OrderStore {
public:
    explicit SqlOrderStore(SqlConnection &sql)
        : m_sql(sql) {}
    Result<Id> insert(Id accountId, OrderKind kind, std::optional<Id> subscriptionId,
                      const QString &user, const QDateTime &at) override;
    Result<std::optional<Order>> find(Id id, std::optional<Id> scope = {}) override;
    Result<bool> update(const Order &order, qint64 expectedVersion) override;
    Result<Id> insertLine(Id orderId, Id productId, std::optional<int> seats) override;
    Result<Done> setLineSeats(Id lineId, int seats) override;
    Result<Done> deleteLine(Id lineId) override;
    Result<Page<Order>> list(const OrderQuery &query, std::optional<Id> scope) override;
    Result<qint64> count(const OrderQuery &query, std::optional<Id> scope) override;

private:
    Result<Done> fillLines(Order &order);

    SqlConnection &m_sql;
};

class SqlSubscriptionStore final : public SubscriptionStore {
public:
    explicit SqlSubscriptionStore(SqlConnection &sql)
        : m_sql(sql) {}
    Result<Id> insert(const Subscription &subscription, Id orderLineId) override;
    Result<Done> update(const Subscription &subscription) override;
    Result<std::optional<Subscription>> find(Id id, std::optional<Id> scope = {}) override;
    Result<QList<Subscription>> ofOrder(Id orderId) override;
    Result<Page<Subscription>> list(const SubscriptionQuery &query,
                                    std::optional<Id> scope) override;

private:
    SqlConnection &m_sql;
};

class SqlAuditStore final : public AuditStore {
public:
    explicit SqlAuditStore(SqlConnection &sql)
        : m_sql(sql) {}
    Result<Done> insert(const AuditEntry &entry) override;
    Result<Page<AuditEntry>> list(const AuditQuery &query, std::optional<Id> scope) override;
    Result<Done> insertOutbox(const OutboxMessage &message) override;
    Result<Page<OutboxMessage>> outbox(const OutboxQuery &query, std::optional<Id> scope) override;

private:
    SqlConnection &m_sql;
};

class SqlUserStore final : public UserStore {
public:
    explicit SqlUserStore(SqlConnection &sql)
        : m_sql(sql) {}
    Result<std::optional<User>> find(Id id) override;
    Result<std::optional<User>> find(const QString &username) override;
    Result<std::optional<UserCredentials>> credentials(const QString &username) override;
    Result<QList<User>> list() override;
    Result<Id> insert(const User &user, const PasswordHash &password) override;
    Result<Done> update(const User &user, const std::optional<PasswordHash> &password) override;
    Result<Done> remove(Id id) override;
    Result<Done> insertToken(const QString &tokenHash, Id userId,
                             const QDateTime &expiresAt) override;
    Result<std::optional<TokenOwner>> tokenOwner(const QString &tokenHash) override;
    Result<Done> deleteTokensExpiredBefore(const QDateTime &at) override;
    Result<Done> deleteTokensOf(Id userId) override;
    Result<std::optional<LoginFailures>> loginFailures(const QString &name) override;
    Result<int> addLoginFailure(const QString &name, const QDateTime &at) override;
    Result<Done> setLoginLock(const QString &name, const QDateTime &lockedUntil) override;
    Result<Done> clearLoginFailures(const QString &name) override;
    Result<Done> deleteLoginFailuresBefore(const QDateTime &at) override;

private:
    SqlConnection &m_sql;
    // PostgreSQL: the owners of tokens looked up lately, shared by this process's connections
    // to the database; made on the first lookup (a command-line run never starts it).
    std::shared_ptr<TokenCache> m_tokens;
    bool m_tokensChecked = false;
};

class SqlIdempotencyRecords final : public IdempotencyRecords {
public:
    explicit SqlIdempotencyRecords(SqlConnection &sql)
        : m_sql(sql) {}
    Result<std::optional<IdempotencyRecord>> find(const QString &key, Id userId) override;
    Result<Done> insert(const QString &key, Id userId, const IdempotencyRecord &record,
                        const QDateTime &at) override;

private:
    SqlConnection &m_sql;
};

class SqlMetaStore final : public MetaStore {
public:
    explicit SqlMetaStore(SqlConnection &sql)
        : m_sql(sql) {}
    Result<QString> get(const QString &key) override;
    Result<Done> set(const QString &key, const QString &value) override;

private:
    SqlConnection &m_sql;
};

} // namespace bss
