#include "app/server/SystemController.h"

#include "app/server/Readiness.h"

#include <QCoreApplication>
#include <QFile>

namespace bss {

void SystemController::registerRoutes(Router &router) {
    router.add(
        "GET", base() + QStringLiteral("/health"),
        [this](ApiRequest &) {
            return ApiResponse::json(
                QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                            {QStringLiteral("store"), m_ctx.storeKind},
                            {QStringLiteral("version"), QCoreApplication::applicationVersion()}});
        },
        Router::Access::Public);

    // Readiness, for load balancers: 200 while the database answers, 503 with Retry-After while
    // it cannot be reached (so the balancer sends requests to the other servers meanwhile).
    router.add(
        "GET", base() + QStringLiteral("/health/ready"),
        [this](ApiRequest &request) {
            if (std::optional<Error> e = request.finishQuery())
                return problem(*e);
            if (const Result<Done> ready = m_ctx.readiness.check(); !ready)
                return problem(ready.error());
            return ApiResponse::json(
                QJsonObject{{QStringLiteral("status"), QStringLiteral("ready")},
                            {QStringLiteral("store"), m_ctx.storeKind},
                            {QStringLiteral("version"), QCoreApplication::applicationVersion()}});
        },
        Router::Access::Public);

    router.add(
        "GET", base() + QStringLiteral("/openapi.json"),
        [](ApiRequest &) {
            QFile file(QStringLiteral(":/bssdesk/server/openapi.json"));
            if (!file.open(QIODevice::ReadOnly))
                return problem(
                    Error::internal(tr("The OpenAPI document is missing from this build.")));
            ApiResponse response;
            response.body = file.readAll();
            return response;
        },
        Router::Access::Public);
}

} // namespace bss
