#pragma once

#include "app/domain/Types.h"

#include <QList>
#include <QString>

#include <optional>

namespace bss {

// What a signed-in user may do, by name: the `may` list of GET /auth/me. Which role may do what
// is decided in one place, app/services/Permissions.cpp, for the 403 answers and for `may`
// alike; this file only names the actions, so that the client can read the list.
enum class Permission {
    AccountsCreate,        // direct and reseller accounts, end-users under any reseller
    AccountsCreateEndUser, // end-users (a reseller: under its own account)
    AccountsEdit,          // name and email
    AccountsMove,          // the Parent Account
    SyncSave,              // Save / Save & Synchronize of Sync Options
    OrdersCreate,
    OrdersEdit, // Quick Add, the pencil panel, removing a line
    OrdersExecute,
    OrdersCancel,
    SubscriptionsChange, // Change Configuration
    SubscriptionsRetryProvisioning,
    SubscriptionsRevealKey,
    StorefrontPurchase,
    AuditRead,
    UsersManage,
};

// Every action, in the order of the roles table (docs/roles.md).
QList<Permission> allPermissions();
// "accounts.create", "sync.save", ... as GET /auth/me and the OpenAPI document spell them.
QString toString(Permission permission);
// nullopt for a name this version does not know (a newer server's).
std::optional<Permission> permissionOf(const QString &name);

// GET /auth/me: who is signed in and what they may do.
struct Me {
    QString username;
    UserRole role = UserRole::Admin;
    std::optional<Id> accountId; // a reseller's account
    QString accountName;
    QList<Permission> may;

    bool can(Permission permission) const { return may.contains(permission); }
};

} // namespace bss
