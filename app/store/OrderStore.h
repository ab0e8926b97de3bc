#pragma once

#include "app/domain/Result.h"
#include "app/domain/Types.h"

#include <QDateTime>

#include <optional>

namespace bss {

// Orders with their lines. Lines come with productId/seats and product name/platform; prices
// are the services' business.
class OrderStore {
public:
    virtual ~OrderStore() = default;

    virtual Result<Id> insert(Id accountId, OrderKind kind, std::optional<Id> subscriptionId,
                              const QString &user, const QDateTime &at) = 0;
    virtual Result<std::optional<Order>> find(Id id, std::optional<Id> scope = {}) = 0;
    // Bumps the version and writes status/total/executedAt; false when the version moved.
    virtual Result<bool> update(const Order &order, qint64 expectedVersion) = 0;
    virtual Result<Id> insertLine(Id orderId, Id productId, std::optional<int> seats) = 0;
    virtual Result<Done> setLineSeats(Id lineId, int seats) = 0;
    virtual Result<Done> deleteLine(Id lineId) = 0;
    virtual Result<Page<Order>> list(const OrderQuery &query, std::optional<Id> scope) = 0;
    virtual Result<qint64> count(const OrderQuery &query, std::optional<Id> scope) = 0;
};

} // namespace bss
