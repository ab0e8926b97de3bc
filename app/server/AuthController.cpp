#include "app/server/AuthController.h"

#include "app/services/AuthService.h"
#include "app/services/Permissions.h"

namespace bss {

void AuthController::registerRoutes(Router &router) {
    router.add(
        "POST", base() + QStringLiteral("/auth/token"),
        [this](ApiRequest &request) {
            const Result<QJsonObject> body = request.json();
            if (!body)
                return problem(body.error());
            const Result<LoginRequest> login = JsonCodec::readRequest<LoginRequest>(*body);
            if (!login)
                return problem(login.error());
            return reply(m_ctx.auth.login(login->username, login->password));
        },
        Router::Access::Public);

    router.add("GET", base() + QStringLiteral("/auth/me"), [this](ApiRequest &request) {
        if (std::optional<Error> e = request.finishQuery())
            return problem(*e);
        return reply(m_ctx.auth.me(request.actor()));
    });

    router.add("GET", base() + QStringLiteral("/users"), [this](ApiRequest &request) {
        if (std::optional<Error> e = request.finishQuery())
            return problem(*e);
        return replyList(m_ctx.auth.users(request.actor()));
    });

    router.add(
        "POST", base() + QStringLiteral("/users"),
        [this](ApiRequest &request) {
            if (std::optional<Error> denied = require(request.actor(), Permission::UsersManage))
                return problem(*denied);
            const Result<QJsonObject> body = request.json();
            if (!body)
                return problem(body.error());
            const Result<NewUser> user = JsonCodec::readRequest<NewUser>(*body);
            if (!user)
                return problem(user.error());
            return created(m_ctx.auth.createUser(request.actor(), *user), QStringLiteral("/users"));
        },
        Router::Access::Authenticated, Router::Replay::WithIdempotencyKey);

    router.add("PATCH", base() + QStringLiteral("/users/{id}"), [this](ApiRequest &request) {
        if (std::optional<Error> denied = require(request.actor(), Permission::UsersManage))
            return problem(*denied);
        const Result<Id> id = request.idParam(0, tr("User"));
        if (!id)
            return problem(id.error());
        const Result<QJsonObject> body = request.json();
        if (!body)
            return problem(body.error());
        const Result<UserPatch> patch = JsonCodec::readRequest<UserPatch>(*body);
        if (!patch)
            return problem(patch.error());
        return reply(m_ctx.auth.updateUser(request.actor(), *id, *patch));
    });

    router.add("DELETE", base() + QStringLiteral("/users/{id}"), [this](ApiRequest &request) {
        if (std::optional<Error> denied = require(request.actor(), Permission::UsersManage))
            return problem(*denied);
        const Result<Id> id = request.idParam(0, tr("User"));
        if (!id)
            return problem(id.error());
        if (const Result<Done> deleted = m_ctx.auth.deleteUser(request.actor(), *id); !deleted)
            return problem(deleted.error());
        ApiResponse response;
        response.status = 204;
        return response;
    });
}

} // namespace bss
