#include "app/domain/Audit.h"
#include "app/domain/Pricing.h"
#include "app/services/Permissions.h"
#include "app/services/Provisioning.h"

namespace bss {

using detail::tr;

namespace {

// Moves the subscription into the period that contains `today`, applying a pending decrease.
bool rollForward(Subscription &s, const Product &product, QDate today) {
    bool moved = false;
    while (today >= s.currentPeriodEnd && s.currentPeriodEnd.isValid()) {
        s.currentPeriodStart = s.currentPeriodEnd;
        s.currentPeriodEnd = addPeriods(s.currentPeriodStart, product.billingPeriod, 1);
        if (s.pendingSeats) {
            s.seats = *s.pendingSeats;
            s.pendingSeats.reset();
        }
        moved = true;
    }
    return moved;
}

void fillPrice(Subscription &s, const Product &product) {
    const Result<LinePrice> price = priceFor(product, s.seats);
    s.recurringPrice = price ? price->periodPrice : Money(0, product.currency);
}

} // namespace

Result<Page<Subscription>> SubscriptionService::list(const Actor &actor,
                                                     const SubscriptionQuery &query) {
    Result<Page<Subscription>> page =
        m_ctx.store.subscriptions().list(query, detail::scopeOf(actor));
    if (!page)
        return page;
    const Result<QList<Product>> products = m_ctx.store.catalog().products({});
    if (!products)
        return products.error();
    for (Subscription &s : page->items) {
        s = detail::masked(s);
        for (const Product &p : *products) {
            if (p.id == s.productId)
                fillPrice(s, p);
        }
    }
    return page;
}

Result<Subscription> SubscriptionService::get(const Actor &actor, Id id) {
    Result<Subscription> s = detail::found(
        m_ctx.store.subscriptions().find(id, detail::scopeOf(actor)), tr("The subscription"));
    if (!s)
        return s;
    const Result<Product> product =
        detail::found(m_ctx.store.catalog().product(s->productId), tr("The product"));
    if (!product)
        return product.error();
    fillPrice(*s, *product);
    return detail::masked(*s);
}

Result<QString> SubscriptionService::activationKey(const Actor &actor, Id id) {
    if (std::optional<Error> denied = require(actor, Permission::SubscriptionsRevealKey))
        return *denied;
    return detail::inTransaction<QString>(m_ctx, [&]() -> Result<QString> {
        const Result<Subscription> s = detail::found(
            m_ctx.store.subscriptions().find(id, detail::scopeOf(actor)), tr("The subscription"));
        if (!s)
            return s.error();
        if (Result<Done> r = detail::audit(m_ctx, actor, audit::toString(audit::Action::Reveal),
                                           audit::toString(audit::Entity::Subscription), id,
                                           audit::toString(audit::Field::ActivationKey), {}, {});
            !r)
            return r.error();
        return s->activationKey;
    });
}

Result<Subscription> SubscriptionService::retryProvisioning(const Actor &actor, Id id) {
    if (std::optional<Error> denied = require(actor, Permission::SubscriptionsRetryProvisioning))
        return *denied;
    return detail::inTransaction<Subscription>(m_ctx, [&]() -> Result<Subscription> {
        Result<Subscription> s = detail::found(
            m_ctx.store.subscriptions().find(id, detail::scopeOf(actor)), tr("The subscription"));
        if (!s)
            return s;
        if (s->provisioningStatus != ProvisioningStatus::Failed)
            return Error::conflict(
                QStringLiteral("not-failed"),
                tr("The subscription is %1; only a failed provisioning can be retried.")
                    .arg(toString(s->provisioningStatus)));
        if (Result<Done> r = detail::provision(m_ctx, actor, *s); !r)
            return r.error();
        return get(actor, id);
    });
}

namespace {

// Every change is recorded as an executed change order carrying the charge.
Result<Id> recordChangeOrder(ServiceContext &ctx, const Actor &actor, const Subscription &s,
                             int seats, const Money &chargeNow) {
    const Result<Id> orderId =
        ctx.store.orders().insert(s.accountId, OrderKind::Change, s.id, actor.user, ctx.clock());
    if (!orderId)
        return orderId.error();
    if (Result<Id> line = ctx.store.orders().insertLine(*orderId, s.productId, seats); !line)
        return line.error();
    Result<Order> order = detail::found(ctx.store.orders().find(*orderId), tr("The order"));
    if (!order)
        return order.error();
    Order changeOrder = *order;
    changeOrder.status = OrderStatus::Executed;
    changeOrder.executedAt = ctx.clock();
    changeOrder.total = chargeNow;
    if (Result<bool> r = ctx.store.orders().update(changeOrder, changeOrder.version); !r)
        return r.error();
    return *orderId;
}

} // namespace

Result<ConfigurationChange> SubscriptionService::change(const Actor &actor, Id id, int seats,
                                                        bool dryRun) {
    if (std::optional<Error> denied = require(actor, Permission::SubscriptionsChange))
        return *denied;
    return detail::inTransaction<ConfigurationChange>(m_ctx, [&]() -> Result<ConfigurationChange> {
        Result<Subscription> s = detail::found(
            m_ctx.store.subscriptions().find(id, detail::scopeOf(actor)), tr("The subscription"));
        if (!s)
            return s.error();
        if (s->status != SubscriptionStatus::Active ||
            s->provisioningStatus != ProvisioningStatus::Provisioned)
            return Error::conflict(
                QStringLiteral("not-provisioned"),
                tr("Only an active, provisioned subscription can change its configuration."));
        const Result<Product> product =
            detail::found(m_ctx.store.catalog().product(s->productId), tr("The product"));
        if (!product)
            return product.error();
        const QDate today = m_ctx.today();
        rollForward(*s, *product, today);
        const Result<ChangeQuote> quote = quoteChange(*product, *s, seats, today);
        if (!quote)
            return quote.error();

        ConfigurationChange change;
        change.subscriptionId = id;
        change.currentSeats = s->seats;
        change.newSeats = seats;
        change.dryRun = dryRun;
        change.chargeNow = quote->chargeNow;
        change.effectiveDate = quote->effectiveDate;
        change.newRecurringPrice = quote->newRecurringPrice;
        if (dryRun) {
            const Result<Subscription> current = get(actor, id);
            if (!current)
                return current.error();
            change.subscription = *current;
            return change;
        }

        const Result<Id> orderId = recordChangeOrder(m_ctx, actor, *s, seats, quote->chargeNow);
        if (!orderId)
            return orderId.error();
        change.changeOrderId = *orderId;

        const int before = s->seats;
        const std::optional<int> pendingBefore = s->pendingSeats;
        if (quote->increase) {
            s->seats = seats;
            s->pendingSeats.reset();
        } else {
            s->pendingSeats = seats;
        }
        if (Result<Done> r = m_ctx.store.subscriptions().update(*s); !r)
            return r.error();
        const audit::Field field =
            quote->increase ? audit::Field::Seats : audit::Field::PendingSeats;
        const QString was = quote->increase
                                ? QString::number(before)
                                : (pendingBefore ? QString::number(*pendingBefore) : QString());
        if (Result<Done> r = detail::audit(m_ctx, actor, audit::toString(audit::Action::Change),
                                           audit::toString(audit::Entity::Subscription), id,
                                           audit::toString(field), was, QString::number(seats));
            !r)
            return r.error();
        const Result<Subscription> after = get(actor, id);
        if (!after)
            return after.error();
        change.subscription = *after;
        return change;
    });
}

Result<Purchase> SubscriptionService::purchase(const Actor &actor, Id accountId, Id productId,
                                               int seats, const QString &quoteId) {
    if (std::optional<Error> denied = require(actor, Permission::StorefrontPurchase))
        return *denied;
    return detail::inTransaction<Purchase>(m_ctx, [&]() -> Result<Purchase> {
        const Result<std::optional<Quote>> quote = m_ctx.store.catalog().quote(quoteId);
        if (!quote)
            return quote.error();
        if (!quote->has_value() || (*quote)->productId != productId || (*quote)->seats != seats)
            return Error::conflict(
                QStringLiteral("quote-stale"),
                tr("The cost shown was not calculated for %n seat(s); press Calculate cost "
                   "again before buying.",
                   seats));
        OrderService orders(m_ctx);
        const Result<Order> order = orders.create(actor, accountId);
        if (!order)
            return order.error();
        if (Result<Order> withLine = orders.addLine(actor, order->id, productId, seats); !withLine)
            return withLine.error();
        const Result<Execution> done = orders.execute(actor, order->id);
        if (!done)
            return done.error();
        return Purchase{done->order, done->subscriptions};
    });
}

} // namespace bss
