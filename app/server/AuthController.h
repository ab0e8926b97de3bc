#pragma once

#include "app/server/ApiController.h"

class QObject;

namespace bss {

class PasswordHasher;

// POST /auth/token and the users (admins only).
class AuthController final : public ApiController {
    Q_DECLARE_TR_FUNCTIONS(bss::AuthController)
public:
    using ApiController::ApiController;
    void registerRoutes(Router &router) override;
    // Login passwords are checked on `hasher`'s threads, answered in `context`'s thread; without
    // a hasher, on the request thread.
    void setHasher(PasswordHasher *hasher, QObject *context) {
        m_hasher = hasher;
        m_context = context;
    }

private:
    void login(ApiRequest &request, Router::Reply reply);

    PasswordHasher *m_hasher = nullptr;
    QObject *m_context = nullptr;
};

} // namespace bss
