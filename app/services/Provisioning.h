#pragma once

#include "app/services/ServiceSupport.h"

namespace bss::detail {

// Asks the subscription's platform to provision it. On success stores the activation key and
// sends it to the account's sync email (outbox); on refusal records Failed with the reason,
// to be retried. Either way the subscription is saved.
Result<Done> provision(ServiceContext &ctx, const Actor &actor, Subscription &subscription);

// Subscriptions as callers see them: activation keys masked.
Subscription masked(Subscription subscription);

} // namespace bss::detail
