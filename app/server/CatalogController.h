#pragma once

#include "app/server/ApiController.h"

namespace bss {

// Platforms, products and quotes (Calculate cost).
class CatalogController final : public ApiController {
    Q_DECLARE_TR_FUNCTIONS(bss::CatalogController)
public:
    using ApiController::ApiController;
    void registerRoutes(Router &router) override;
};

} // namespace bss
