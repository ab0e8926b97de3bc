#pragma once

#include "app/server/ApiController.h"

namespace bss {

// Billing > Orders: drafts, lines (Quick Add, Seats), execute and cancel.
class OrderController final : public ApiController {
    Q_DECLARE_TR_FUNCTIONS(bss::OrderController)
public:
    using ApiController::ApiController;
    void registerRoutes(Router &router) override;

private:
    void registerOrderRoutes(Router &router, const QString &orders);
    void registerLineRoutes(Router &router, const QString &orders);
    void registerActionRoutes(Router &router, const QString &orders);
};

} // namespace bss
