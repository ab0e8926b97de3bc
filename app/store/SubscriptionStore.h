#pragma once

#include "app/domain/Result.h"
#include "app/domain/Types.h"

#include <optional>

namespace bss {

// Subscriptions, with their activation keys in clear.
class SubscriptionStore {
public:
    virtual ~SubscriptionStore() = default;

    virtual Result<Id> insert(const Subscription &subscription, Id orderLineId) = 0;
    virtual Result<Done> update(const Subscription &subscription) = 0;
    virtual Result<std::optional<Subscription>> find(Id id, std::optional<Id> scope = {}) = 0;
    virtual Result<QList<Subscription>> ofOrder(Id orderId) = 0;
    virtual Result<Page<Subscription>> list(const SubscriptionQuery &query,
                                            std::optional<Id> scope) = 0;
};

} // namespace bss
