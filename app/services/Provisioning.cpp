#include "app/services/Provisioning.h"

#include "app/domain/Audit.h"
#include "app/domain/Pricing.h"

namespace bss::detail {

Result<Done> provision(ServiceContext &ctx, const Actor &actor, Subscription &subscription) {
    Connector *connector = ctx.connectors.find(subscription.platform);
    if (!connector)
        return Error::internal(tr("No connector for the platform %1.").arg(subscription.platform));
    const Result<std::optional<StoredSync>> options =
        ctx.store.accounts().sync(subscription.accountId, subscription.platform);
    if (!options)
        return options.error();
    const PlatformSync sync = options->has_value()
                                  ? (*options)->sync
                                  : PlatformSync::unsynchronized(subscription.platform);
    const ProvisioningStatus before = subscription.provisioningStatus;
    const ConnectorResult answer = connector->provision(subscription, sync);
    subscription.provisioningStatus =
        answer.ok ? ProvisioningStatus::Provisioned : ProvisioningStatus::Failed;
    subscription.lastError = answer.ok ? QString() : answer.error;
    if (answer.ok)
        subscription.activationKey = answer.activationKey;
    if (Result<Done> r = ctx.store.subscriptions().update(subscription); !r)
        return r;
    if (Result<Done> r = audit(ctx, actor, audit::toString(audit::Action::Provision),
                               audit::toString(audit::Entity::Subscription), subscription.id,
                               audit::toString(audit::Field::ProvisioningStatus), toString(before),
                               toString(subscription.provisioningStatus));
        !r)
        return r;
    if (!answer.ok)
        return Done{};
    OutboxMessage message;
    message.accountId = subscription.accountId;
    message.subscriptionId = subscription.id;
    message.recipient = sync.email;
    message.subject = tr("Your %1 license key").arg(subscription.productName);
    message.body = tr("Hello,\n\nyour subscription to %1 (%n seat(s)) is active.\n"
                      "License / activation key: %2\n\nThank you for your order.",
                      subscription.seats)
                       .arg(subscription.productName, subscription.activationKey);
    message.createdAt = ctx.clock();
    return ctx.store.audit().insertOutbox(message);
}

Subscription masked(Subscription subscription) {
    subscription.activationKey = maskSecret(subscription.activationKey);
    return subscription;
}

} // namespace bss::detail
