#pragma once

#include "app/server/ApiController.h"

namespace bss {

// GET /health (liveness), GET /health/ready (readiness) and the OpenAPI document.
class SystemController final : public ApiController {
    Q_DECLARE_TR_FUNCTIONS(bss::SystemController)
public:
    using ApiController::ApiController;
    void registerRoutes(Router &router) override;
};

} // namespace bss
