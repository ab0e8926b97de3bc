#include "app/server/AuthController.h"

#include "app/server/PasswordHasher.h"
#include "app/services/AuthService.h"
#include "app/services/Permissions.h"

namespace bss {

// Throttling first (a locked name or address costs no hash), the hash on the pool, then the
// outcome back in the request thread.
void AuthController::login(ApiRequest &request, Router::Reply answer) {
    const Result<QJsonObject> body = request.json();
    if (!body)
        return answer(problem(body.error()));
    const Result<LoginRequest> login = JsonCodec::readRequest<LoginRequest>(*body);
    if (!login)
        return answer(problem(login.error()));
    const Result<AuthService::LoginAttempt> attempt =
        m_ctx.auth.beginLogin(login->username, request.clientAddress());
    if (!attempt)
        return answer(problem(attempt.error()));
    if (attempt->refused) {
        ApiResponse refused = problem(*attempt->refused);
        return answer(refused.withHeader("Retry-After", QByteArray::number(attempt->retryAfter)));
    }
    auto finish = [this, attempt = *attempt, answer](bool ok) {
        answer(reply(m_ctx.auth.finishLogin(attempt, ok)));
    };
    const QString password = login->password;
    if (!m_hasher)
        return finish(AuthService::checkPassword(*attempt, password));
    const bool queued = m_hasher->submit(
        [attempt = *attempt, password] { return AuthService::checkPassword(attempt, password); },
        m_context, std::move(finish));
    if (!queued) {
        Error busy;
        busy.kind = ErrorKind::Unavailable;
        busy.code = QStringLiteral("busy");
        busy.message = tr("Too many logins at once. Try again in a moment.");
        answer(problem(busy));
    }
}

void AuthController::registerRoutes(Router &router) {
    router.addAsync(
        "POST", base() + QStringLiteral("/auth/token"),
        [this](ApiRequest &request, Router::Reply answer) { login(request, std::move(answer)); },
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
