#pragma once

#include "app/server/ApiController.h"

namespace bss {

// The audit trail and the outbox.
class AuditController final : public ApiController {
    Q_DECLARE_TR_FUNCTIONS(bss::AuditController)
public:
    using ApiController::ApiController;
    void registerRoutes(Router &router) override;
};

} // namespace bss
