#pragma once

#include "app/server/ApiController.h"

namespace bss {

// Subscriptions, Change Configuration and the Storefront purchase.
class SubscriptionController final : public ApiController
{
    Q_DECLARE_TR_FUNCTIONS(bss::SubscriptionController)
public:
    using ApiController::ApiController;
    void registerRoutes(Router &router) override;
};

} // namespace bss
