#pragma once

#include "app/services/Services.h"
#include "app/store/Store.h"

#include <QCoreApplication>

// Helpers shared by the use cases; not part of the services' interface.
namespace bss::detail {

inline QString tr(const char *text, int n = -1) {
    return QCoreApplication::translate("bss::Services", text, nullptr, n);
}

// A reseller sees only its own account and its end-users; others see everything.
inline std::optional<Id> scopeOf(const Actor &actor) {
    if (actor.role != UserRole::Reseller)
        return std::nullopt;
    return actor.accountId.value_or(-1);
}

Error forbidden(const QString &message);

// Appends one audit entry for the change of `field` from `before` to `after`.
Result<Done> audit(ServiceContext &ctx, const Actor &actor, const QString &action,
                   const QString &entity, Id entityId, const QString &field, const QString &before,
                   const QString &after);

template <typename T> Result<T> found(const Result<std::optional<T>> &r, const QString &what) {
    if (!r)
        return r.error();
    if (!r->has_value())
        return Error::notFound(what);
    return **r;
}

// Runs `work` in one store transaction (committed on success, rolled back on refusal).
template <typename T>
Result<T> inTransaction(ServiceContext &ctx, const std::function<Result<T>()> &work) {
    return ctx.store.template transaction<T>(work);
}

QString optionalIdText(const std::optional<Id> &id);

} // namespace bss::detail
