#pragma once

#include "app/server/ApiController.h"

namespace bss {

// Office > Accounts and their Sync Options.
class AccountController final : public ApiController {
    Q_DECLARE_TR_FUNCTIONS(bss::AccountController)
public:
    using ApiController::ApiController;
    void registerRoutes(Router &router) override;

private:
    void registerAccountRoutes(Router &router, const QString &accounts);
    void registerSyncRoutes(Router &router, const QString &sync);
};

} // namespace bss
