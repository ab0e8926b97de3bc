#include "app/services/Services.h"
#include "app/services/Permissions.h"
#include "app/services/ServiceSupport.h"

#include <QRegularExpression>

namespace bss {

Services::Services(Store &store, Clock clock)
    : m_ctx{store, m_connectors,
            clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); })} {}

namespace detail {

Error forbidden(const QString &message) {
    Error e;
    e.kind = ErrorKind::Forbidden;
    e.code = QStringLiteral("forbidden");
    e.message = message;
    return e;
}

Result<Done> audit(ServiceContext &ctx, const Actor &actor, const QString &action,
                   const QString &entity, Id entityId, const QString &field, const QString &before,
                   const QString &after) {
    AuditEntry e;
    e.at = ctx.clock();
    e.user = actor.user;
    e.action = action;
    e.entity = entity;
    e.entityId = entityId;
    e.field = field;
    e.before = before;
    e.after = after;
    return ctx.store.audit().insert(e);
}

QString optionalIdText(const std::optional<Id> &id) {
    return id ? QString::number(*id) : QString();
}

} // namespace detail

Result<Page<AuditEntry>> AuditService::audit(const Actor &actor, const AuditQuery &query) {
    if (std::optional<Error> denied = require(actor, Permission::AuditRead))
        return *denied;
    return m_ctx.store.audit().list(query, detail::scopeOf(actor));
}

Result<Page<OutboxMessage>> AuditService::outbox(const Actor &actor, const OutboxQuery &query) {
    if (std::optional<Error> denied = require(actor, Permission::AuditRead))
        return *denied;
    Result<Page<OutboxMessage>> page = m_ctx.store.audit().outbox(query, detail::scopeOf(actor));
    if (!page)
        return page;
    // The message went to the customer with the key in clear; the back office sees it masked,
    // like everywhere else (the subscription's reveal action shows it, and audits that).
    static const QRegularExpression key(QStringLiteral("\\b[A-Z]{2}(?:-[0-9A-F]{4}){4}\\b"));
    for (OutboxMessage &m : page->items) {
        QRegularExpressionMatchIterator it = key.globalMatch(m.body);
        while (it.hasNext()) {
            const QString clear = it.next().captured();
            m.body.replace(clear, maskSecret(clear));
        }
    }
    return page;
}

} // namespace bss
