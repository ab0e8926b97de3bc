#pragma once

#include "app/domain/Result.h"
#include "app/domain/Types.h"
#include "app/services/Connectors.h"

#include <QDateTime>

#include <functional>

namespace bss {

class Store;

// The clock the rules use ("today" for proration and periods); tests may pin it.
using Clock = std::function<QDateTime()>;

struct ServiceContext {
    Store &store;
    Connectors &connectors;
    Clock clock;
    QDate today() const { return clock().toUTC().date(); }
};

// Every use case takes the Actor asking: the audit trail names it, and a reseller actor sees
// and changes only its own account, its end-users and their orders and subscriptions
// (anything else is NotFound). Each call runs in one transaction: a refusal changes nothing.

class CatalogService {
public:
    explicit CatalogService(ServiceContext &ctx)
        : m_ctx(ctx) {}
    Result<QList<Platform>> platforms(const Actor &actor);
    Result<QList<Product>> products(const Actor &actor, const QString &platform);
    Result<Product> product(const Actor &actor, Id productId);
    Result<Quote> quote(const Actor &actor, Id productId, int seats); // Calculate cost

private:
    ServiceContext &m_ctx;
};

class AccountService {
public:
    explicit AccountService(ServiceContext &ctx)
        : m_ctx(ctx) {}
    Result<Page<Account>> list(const Actor &actor, const AccountQuery &query);
    Result<qint64> count(const Actor &actor, const AccountQuery &query);
    Result<Account> get(const Actor &actor, Id id);
    Result<Account> create(const Actor &actor, const NewAccount &account);
    Result<Account> update(const Actor &actor, Id id, qint64 version, const AccountPatch &patch);

private:
    ServiceContext &m_ctx;
};

class SyncService {
public:
    explicit SyncService(ServiceContext &ctx)
        : m_ctx(ctx) {}
    Result<PlatformSync> get(const Actor &actor, Id accountId, const QString &platform);
    Result<PlatformSync> save(const Actor &actor, Id accountId, const QString &platform,
                              const SyncOptionsInput &input);
    Result<PlatformSync> saveAndSynchronize(const Actor &actor, Id accountId,
                                            const QString &platform, const SyncOptionsInput &input);

private:
    Result<PlatformSync> store(const Actor &actor, Id accountId, const QString &platform,
                               const SyncOptionsInput &input, bool synchronize);
    ServiceContext &m_ctx;
};

class OrderService {
public:
    explicit OrderService(ServiceContext &ctx)
        : m_ctx(ctx) {}
    Result<Page<Order>> list(const Actor &actor, const OrderQuery &query);
    Result<qint64> count(const Actor &actor, const OrderQuery &query);
    Result<Order> get(const Actor &actor, Id id);
    Result<Order> create(const Actor &actor, Id accountId);
    Result<Order> addLine(const Actor &actor, Id orderId, Id productId, std::optional<int> seats);
    Result<Order> setSeats(const Actor &actor, Id orderId, std::optional<qint64> version, Id lineId,
                           int seats);
    Result<Order> removeLine(const Actor &actor, Id orderId, std::optional<qint64> version,
                             Id lineId);
    Result<Order> cancel(const Actor &actor, Id orderId);
    Result<Execution> execute(const Actor &actor, Id orderId);

private:
    ServiceContext &m_ctx;
};

class SubscriptionService {
public:
    explicit SubscriptionService(ServiceContext &ctx)
        : m_ctx(ctx) {}
    Result<Page<Subscription>> list(const Actor &actor, const SubscriptionQuery &query);
    Result<Subscription> get(const Actor &actor, Id id);
    Result<QString> activationKey(const Actor &actor, Id id);
    Result<Subscription> retryProvisioning(const Actor &actor, Id id);
    Result<ConfigurationChange> change(const Actor &actor, Id id, int seats, bool dryRun);
    Result<Purchase> purchase(const Actor &actor, Id accountId, Id productId, int seats,
                              const QString &quoteId);

private:
    ServiceContext &m_ctx;
};

class AuditService {
public:
    explicit AuditService(ServiceContext &ctx)
        : m_ctx(ctx) {}
    Result<Page<AuditEntry>> audit(const Actor &actor, const AuditQuery &query);
    Result<Page<OutboxMessage>> outbox(const Actor &actor, const OutboxQuery &query);

private:
    ServiceContext &m_ctx;
};

// All use cases over one store connection. Not thread-safe: one Services per thread/connection.
class Services {
public:
    explicit Services(Store &store, Clock clock = {});
    Services(const Services &) = delete;
    Services &operator=(const Services &) = delete;

    Store &store() { return m_ctx.store; }
    Connectors &connectors() { return m_connectors; }

private:
    Connectors m_connectors;
    ServiceContext m_ctx;

public:
    CatalogService catalog{m_ctx};
    AccountService accounts{m_ctx};
    SyncService sync{m_ctx};
    OrderService orders{m_ctx};
    SubscriptionService subscriptions{m_ctx};
    AuditService audit{m_ctx};
};

} // namespace bss
