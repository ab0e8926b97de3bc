#pragma once

// The store's interface, one per aggregate, handed out by the Store facade:
//
//   accounts()      AccountStore       accounts and their per-platform Sync Options
//   orders()        OrderStore         orders with their lines
//   subscriptions() SubscriptionStore  subscriptions (with activation keys)
//   catalog()       CatalogStore       platforms, products with price bands, quotes
//   users()         UserStore          server users and their bearer tokens
//   idempotency()   IdempotencyRecords the first answers to requests with an Idempotency-Key
//   audit()         AuditStore         the audit trail and the outbox
//   meta()          MetaStore          facts about the store itself ("demo")
//   bulkLoad()      BulkLoad           synthetic rows for scale tests
//
// Domain types go in and out, failures come back as Result errors; no SQL crosses this line.
// SqlStore (SqlStore.h) implements it for SQLite and PostgreSQL; the rules live in
// app/services. One Store per thread: it is one database connection.

#include "app/store/AccountStore.h"
#include "app/store/AuditStore.h"
#include "app/store/BulkLoad.h"
#include "app/store/CatalogStore.h"
#include "app/store/IdempotencyRecords.h"
#include "app/store/MetaStore.h"
#include "app/store/OrderStore.h"
#include "app/store/SubscriptionStore.h"
#include "app/store/UserStore.h"

#include <functional>
#include <optional>

namespace bss {

class Store {
public:
    virtual ~Store() = default;

    virtual AccountStore &accounts() = 0;
    virtual OrderStore &orders() = 0;
    virtual SubscriptionStore &subscriptions() = 0;
    virtual CatalogStore &catalog() = 0;
    virtual UserStore &users() = 0;
    virtual IdempotencyRecords &idempotency() = 0;
    virtual AuditStore &audit() = 0;
    virtual MetaStore &meta() = 0;
    virtual BulkLoad &bulkLoad() = 0;

    // Runs `work` in one transaction: committed when it yields a value, rolled back when it
    // yields an Error, so a refusal changes nothing. Nested calls join the outer transaction.
    template <typename T> Result<T> transaction(const std::function<Result<T>()> &work) {
        std::optional<Result<T>> result;
        const Result<Done> done = runTransaction([&]() -> Result<Done> {
            result = work();
            if (!result->ok())
                return result->error();
            return Done{};
        });
        if (result && !result->ok())
            return std::move(*result); // the work's own refusal
        if (!done)
            return done.error(); // could not begin or commit
        return std::move(*result);
    }

protected:
    // Runs `work` between BEGIN and COMMIT (or ROLLBACK when it yields an Error).
    virtual Result<Done> runTransaction(const std::function<Result<Done>()> &work) = 0;
};

} // namespace bss
