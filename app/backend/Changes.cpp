#include "app/backend/Changes.h"

#include "app/domain/Users.h"

namespace bss {

namespace {
Changes withSubscriptions(Changes changes, const QList<Subscription> &subscriptions) {
    for (const Subscription &s : subscriptions)
        changes.append({Entity::Subscription, s.id});
    return changes;
}
} // namespace

Changes changesOf(const Account &account) {
    return {{Entity::Account, account.id}};
}

Changes changesOf(Id accountId, const PlatformSync &) {
    return {{Entity::Account, accountId}};
}

Changes changesOf(const Order &order) {
    return {{Entity::Order, order.id}};
}

Changes changesOf(const Execution &execution) {
    return withSubscriptions({{Entity::Order, execution.order.id}}, execution.subscriptions);
}

Changes changesOf(const Purchase &purchase) {
    return withSubscriptions({{Entity::Order, purchase.order.id}}, purchase.subscriptions);
}

Changes changesOf(const Subscription &subscription) {
    return {{Entity::Subscription, subscription.id}};
}

Changes changesOf(const ConfigurationChange &change) {
    if (change.dryRun)
        return {};
    Changes changes{{Entity::Subscription, change.subscriptionId}};
    if (change.changeOrderId)
        changes.append({Entity::Order, *change.changeOrderId});
    return changes;
}

Changes changesOf(const User &user) {
    return {{Entity::User, user.id}};
}

} // namespace bss
