#include "app/server/SystemController.h"

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
