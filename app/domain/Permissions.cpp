#include "app/domain/Permissions.h"

#include <array>
#include <utility>

namespace bss {

namespace {

// The spellings on the wire: a client of an older version reads them, so never change one.
constexpr std::array<std::pair<Permission, const char *>, 15> names{{
    {Permission::AccountsCreate, "accounts.create"},
    {Permission::AccountsCreateEndUser, "accounts.createEndUser"},
    {Permission::AccountsEdit, "accounts.edit"},
    {Permission::AccountsMove, "accounts.move"},
    {Permission::SyncSave, "sync.save"},
    {Permission::OrdersCreate, "orders.create"},
    {Permission::OrdersEdit, "orders.edit"},
    {Permission::OrdersExecute, "orders.execute"},
    {Permission::OrdersCancel, "orders.cancel"},
    {Permission::SubscriptionsChange, "subscriptions.change"},
    {Permission::SubscriptionsRetryProvisioning, "subscriptions.retryProvisioning"},
    {Permission::SubscriptionsRevealKey, "subscriptions.revealKey"},
    {Permission::StorefrontPurchase, "storefront.purchase"},
    {Permission::AuditRead, "audit.read"},
    {Permission::UsersManage, "users.manage"},
}};

} // namespace

QList<Permission> allPermissions() {
    QList<Permission> all;
    for (const auto &[permission, name] : names)
        all.append(permission);
    return all;
}

QString toString(Permission permission) {
    for (const auto &[p, name] : names) {
        if (p == permission)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<Permission> permissionOf(const QString &name) {
    for (const auto &[p, text] : names) {
        if (name == QLatin1String(text))
            return p;
    }
    return std::nullopt;
}

} // namespace bss
