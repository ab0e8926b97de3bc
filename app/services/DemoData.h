#pragma once

#include "app/domain/Result.h"

namespace bss {

class Services;

// The deterministic demo store: the Kaspersky, Microsoft and Acronis catalog, two resellers
// with end-users, direct accounts in every sync state, orders in every state and a few
// subscriptions. Written through the services, so it obeys every rule. Does nothing (and
// answers false) when the store already holds it.
Result<bool> installDemoData(Services &services);

// The catalog alone (what a new store needs to take orders); part of installDemoData.
Result<Done> installCatalog(Services &services);

} // namespace bss
