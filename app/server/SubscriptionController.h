#pragma once

#include "app/server/ApiController.h"

namespace bss {

// Subscriptions, Change Configuration and the Storefront purchase.
class SubscriptionController final : public ApiController {
    Q_DECLARE_TR_FUNCTIONS(bss::SubscriptionController)
public:
    using ApiController::ApiController;
    void registerRoutes(Router &router) override;

private:
    void registerReadRoutes(Router &router, const QString &subscriptions);
    void registerChangeRoutes(Router &router, const QString &subscriptions);
    void registerPurchaseRoute(Router &router);
};

} // namespace bss
