#include "app/server/AuditController.h"

#include "app/services/Services.h"

namespace bss {

void AuditController::registerRoutes(Router &router) {
    router.add("GET", base() + QStringLiteral("/audit"), [this](ApiRequest &request) {
        AuditQuery query;
        query.entity = request.text(QStringLiteral("entity"));
        query.entityId = request.id(QStringLiteral("entityId"));
        query.limit = request.limit();
        query.cursor = request.cursor();
        if (std::optional<Error> e = request.finishQuery())
            return problem(*e);
        return reply(m_ctx.services.audit.audit(request.actor(), query));
    });

    router.add("GET", base() + QStringLiteral("/outbox"), [this](ApiRequest &request) {
        OutboxQuery query;
        query.accountId = request.id(QStringLiteral("accountId"));
        query.subscriptionId = request.id(QStringLiteral("subscriptionId"));
        query.limit = request.limit();
        query.cursor = request.cursor();
        if (std::optional<Error> e = request.finishQuery())
            return problem(*e);
        return reply(m_ctx.services.audit.outbox(request.actor(), query));
    });
}

} // namespace bss
