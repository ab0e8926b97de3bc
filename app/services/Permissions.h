#pragma once

#include "app/domain/Permissions.h"
#include "app/domain/Result.h"

#include <QList>

namespace bss {

// The one list of what each role may do. The services refuse with 403 through require(), GET
// /auth/me answers permissionsOf(), and docs/roles.md is rolesTable(): none has a copy of the
// rules. What a role may *see* (a reseller: its own account and end-users, 404 for the rest) is
// the store's scope, not a permission.
struct PermissionRule {
    Permission permission;
    const char *description; // for the roles table, in English
    QList<UserRole> roles;   // who may
    const char *refusal;     // the 403 message, translated in context bss::Permissions
};

const QList<PermissionRule> &permissionRules();

bool may(const Actor &actor, Permission permission);
QList<Permission> permissionsOf(const Actor &actor);
// A Forbidden error (HTTP 403, code "forbidden") when the actor's role may not.
std::optional<Error> require(const Actor &actor, Permission permission);

// The table of roles and actions in Markdown (docs/roles.md; bssdesk-server --print-roles-table).
QString rolesTable();

} // namespace bss
