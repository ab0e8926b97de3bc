#include "ui/common/RoleGate.h"

#include "ui/common/Format.h"

#include <QAbstractButton>
#include <QEvent>
#include <QWidget>

#include <array>

namespace bss {

namespace {

struct GatedControl {
    const char *holder; // objectName of the page or dialog
    const char *control;
    Permission permission;
};

// Every control whose action some role may not take, or that the role tests walk.
constexpr std::array<GatedControl, 22> controls{{
    {"accountsPage", "newAccount", Permission::AccountsCreateEndUser},
    {"accountsPage", "editAccount", Permission::AccountsEdit},
    {"accountsPage", "newOrderForAccount", Permission::OrdersCreate},
    {"accountDialog", "type", Permission::AccountsCreate},
    {"accountDialog", "parentAccount", Permission::AccountsMove},
    {"syncOptionsDialog", "parentAccount", Permission::SyncSave},
    {"syncOptionsDialog", "email", Permission::SyncSave},
    {"syncOptionsDialog", "role", Permission::SyncSave},
    {"syncOptionsDialog", "resellerPin", Permission::SyncSave},
    {"syncOptionsDialog", "save", Permission::SyncSave},
    {"syncOptionsDialog", "saveAndSynchronize", Permission::SyncSave},
    {"syncOptionsDialog", "retry", Permission::SyncSave},
    {"ordersPage", "newOrder", Permission::OrdersCreate},
    {"orderEditor", "quickAdd", Permission::OrdersEdit},
    {"orderEditor", "removeLine", Permission::OrdersEdit},
    {"orderEditor", "execute", Permission::OrdersExecute},
    {"orderEditor", "cancelOrder", Permission::OrdersCancel},
    {"subscriptionsPage", "changeConfiguration", Permission::SubscriptionsChange},
    {"subscriptionsPage", "retryProvisioning", Permission::SubscriptionsRetryProvisioning},
    {"subscriptionsPage", "revealKey", Permission::SubscriptionsRevealKey},
    {"storefrontPage", "buyConfiguration", Permission::StorefrontPurchase},
    {"storefrontPage", "changeConfiguration", Permission::SubscriptionsChange},
}};

// The page or dialog `control` belongs to: the nearest ancestor the table names.
bool heldBy(const QWidget *control, const char *holder) {
    for (const QWidget *w = control->parentWidget(); w; w = w->parentWidget()) {
        if (w->objectName() == QLatin1String(holder))
            return true;
    }
    return false;
}

} // namespace

RoleGate::RoleGate(const Me &me, QObject *parent)
    : QObject(parent)
    , m_me(me) {}

void RoleGate::apply(QWidget *root, const Me &me) {
    auto *gate = new RoleGate(me, root);
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (const std::optional<Permission> p = permissionOf(w))
            gate->gate(w, *p);
    }
}

std::optional<Permission> RoleGate::permissionOf(const QWidget *control) {
    const QString name = control->objectName();
    if (name.isEmpty())
        return std::nullopt;
    for (const GatedControl &g : controls) {
        if (name == QLatin1String(g.control) && heldBy(control, g.holder))
            return g.permission;
    }
    return std::nullopt;
}

void RoleGate::gate(QWidget *control, Permission permission) {
    if (m_me.can(permission))
        return;
    control->setToolTip(whyNot(m_me, permission));
    control->setEnabled(false);
    control->installEventFilter(this);
}

bool RoleGate::eventFilter(QObject *watched, QEvent *event) {
    // The page enabled the control for its own reasons: the role still says no.
    if (event->type() == QEvent::EnabledChange) {
        auto *w = static_cast<QWidget *>(watched);
        if (!w->testAttribute(Qt::WA_ForceDisabled))
            w->setEnabled(false);
    }
    return QObject::eventFilter(watched, event);
}

QString RoleGate::whyNot(const Me &me, Permission permission) {
    switch (permission) {
    case Permission::AccountsCreate:
        return tr("A reseller creates only end-user accounts, under its own account.");
    case Permission::AccountsMove:
        return tr("Only administrators and agents move an account to another parent.");
    case Permission::SyncSave:
        return tr("Only administrators and agents change Sync Options; you can see them.");
    case Permission::UsersManage:
        return tr("Only administrators manage users.");
    default:
        return tr("Your role (%1) may not do this.").arg(Format::userRole(me.role));
    }
}

} // namespace bss
