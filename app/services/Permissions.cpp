#include "app/services/Permissions.h"

#include <QCoreApplication>

namespace bss {

namespace {

using enum UserRole;

const QList<UserRole> everyone{Admin, Agent, Reseller};
const QList<UserRole> staff{Admin, Agent};

} // namespace

const QList<PermissionRule> &permissionRules() {
    static const QList<PermissionRule> rules{
        {Permission::AccountsCreate,
         "Create direct and reseller accounts, and end-users under any reseller", staff,
         QT_TRANSLATE_NOOP("bss::Permissions", "A reseller may only create end-user accounts.")},
        {Permission::AccountsCreateEndUser,
         "Create end-user accounts (a reseller: under its own account only)", everyone,
         QT_TRANSLATE_NOOP("bss::Permissions", "Your role may not create accounts.")},
        {Permission::AccountsEdit, "Change the name and email of an account it sees", everyone,
         QT_TRANSLATE_NOOP("bss::Permissions", "Your role may not change accounts.")},
        {Permission::AccountsMove, "Change the Parent Account of an account", staff,
         QT_TRANSLATE_NOOP("bss::Permissions", "A reseller may not move accounts.")},
        {Permission::SyncSave, "Save and Save & Synchronize Sync Options", staff,
         QT_TRANSLATE_NOOP("bss::Permissions",
                           "Only administrators and agents change Sync Options.")},
        {Permission::OrdersCreate, "Create orders for an account it sees", everyone,
         QT_TRANSLATE_NOOP("bss::Permissions", "Your role may not create orders.")},
        {Permission::OrdersEdit, "Add, change and remove the lines of a draft order", everyone,
         QT_TRANSLATE_NOOP("bss::Permissions", "Your role may not change orders.")},
        {Permission::OrdersExecute, "Execute an order", everyone,
         QT_TRANSLATE_NOOP("bss::Permissions", "Your role may not execute orders.")},
        {Permission::OrdersCancel, "Cancel a draft order", everyone,
         QT_TRANSLATE_NOOP("bss::Permissions", "Your role may not cancel orders.")},
        {Permission::SubscriptionsChange, "Change Configuration of a subscription", everyone,
         QT_TRANSLATE_NOOP("bss::Permissions", "Your role may not change subscriptions.")},
        {Permission::SubscriptionsRetryProvisioning, "Retry a failed provisioning", everyone,
         QT_TRANSLATE_NOOP("bss::Permissions", "Your role may not retry provisioning.")},
        {Permission::SubscriptionsRevealKey, "Reveal an activation key (audited)", everyone,
         QT_TRANSLATE_NOOP("bss::Permissions", "Your role may not reveal activation keys.")},
        {Permission::StorefrontPurchase, "Buy a configuration in the Storefront", everyone,
         QT_TRANSLATE_NOOP("bss::Permissions", "Your role may not buy in the Storefront.")},
        {Permission::AuditRead, "Read the audit trail and the outbox of what it sees", everyone,
         QT_TRANSLATE_NOOP("bss::Permissions", "Your role may not read the audit trail.")},
        {Permission::UsersManage,
         "List, create, change, disable and delete users",
         {Admin},
         QT_TRANSLATE_NOOP("bss::Permissions", "Only administrators manage users.")},
    };
    return rules;
}

bool may(const Actor &actor, Permission permission) {
    for (const PermissionRule &rule : permissionRules()) {
        if (rule.permission == permission)
            return rule.roles.contains(actor.role);
    }
    return false;
}

QList<Permission> permissionsOf(const Actor &actor) {
    QList<Permission> allowed;
    for (const PermissionRule &rule : permissionRules()) {
        if (rule.roles.contains(actor.role))
            allowed.append(rule.permission);
    }
    return allowed;
}

std::optional<Error> require(const Actor &actor, Permission permission) {
    if (may(actor, permission))
        return std::nullopt;
    Error e;
    e.kind = ErrorKind::Forbidden;
    e.code = QStringLiteral("forbidden");
    for (const PermissionRule &rule : permissionRules()) {
        if (rule.permission == permission)
            e.message = QCoreApplication::translate("bss::Permissions", rule.refusal);
    }
    return e;
}

QString rolesTable() {
    QString table = QStringLiteral(
        "| action | what | admin | agent | reseller |\n|---|---|:---:|:---:|:---:|\n");
    const auto mark = [](const PermissionRule &rule, UserRole role) {
        return rule.roles.contains(role) ? QStringLiteral("yes") : QStringLiteral("—");
    };
    for (const PermissionRule &rule : permissionRules()) {
        table += QStringLiteral("| `%1` | %2 | %3 | %4 | %5 |\n")
                     .arg(toString(rule.permission), QString::fromLatin1(rule.description),
                          mark(rule, Admin), mark(rule, Agent), mark(rule, Reseller));
    }
    return table;
}

} // namespace bss
