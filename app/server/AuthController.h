#pragma once

#include "app/server/ApiController.h"

namespace bss {

// POST /auth/token and the users (admins only).
class AuthController final : public ApiController {
    Q_DECLARE_TR_FUNCTIONS(bss::AuthController)
public:
    using ApiController::ApiController;
    void registerRoutes(Router &router) override;
};

} // namespace bss
