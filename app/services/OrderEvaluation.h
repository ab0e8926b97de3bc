#pragma once

#include "app/services/ServiceSupport.h"

namespace bss::detail {

// Fills an order's line prices, problems, total, blockers and canExecute from the catalog
// and the account's Provisioning Sync Status. The one place that decides what blocks Execute.
Result<Done> evaluate(ServiceContext &ctx, Order &order);

// The error listing every blocker, for an Execute that is refused.
Error blockedError(const Order &order);

} // namespace bss::detail
