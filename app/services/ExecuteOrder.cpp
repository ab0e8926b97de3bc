#include "app/domain/Audit.h"
#include "app/domain/Pricing.h"
#include "app/services/OrderEvaluation.h"
#include "app/services/Permissions.h"
#include "app/services/Provisioning.h"

namespace bss {

using detail::tr;

namespace {

Result<Execution> executed(ServiceContext &ctx, const Order &order) {
    const Result<QList<Subscription>> subscriptions = ctx.store.subscriptions().ofOrder(order.id);
    if (!subscriptions)
        return subscriptions.error();
    Execution e{order, {}};
    for (const Subscription &s : *subscriptions)
        e.subscriptions.append(detail::masked(s));
    return e;
}

} // namespace

Result<Execution> OrderService::execute(const Actor &actor, Id orderId) {
    if (std::optional<Error> denied = require(actor, Permission::OrdersExecute))
        return *denied;
    return detail::inTransaction<Execution>(m_ctx, [&]() -> Result<Execution> {
        Result<Order> order = get(actor, orderId);
        if (!order)
            return order.error();
        // Idempotent: executing again creates nothing and answers with the same subscriptions.
        if (order->status == OrderStatus::Executed)
            return executed(m_ctx, *order);
        if (order->status == OrderStatus::Cancelled)
            return Error::conflict(
                QStringLiteral("order-cancelled"),
                tr("Order %1 is cancelled and cannot be executed.").arg(order->number));
        if (!order->blockers.isEmpty())
            return detail::blockedError(*order);

        const qint64 version = order->version;
        const QDateTime now = m_ctx.clock();
        order->status = OrderStatus::Executed;
        order->executedAt = now;
        const Result<bool> written = m_ctx.store.orders().update(*order, version);
        if (!written)
            return written.error();
        if (!*written) {
            // Someone executed or changed it in between: answer with what is there now.
            const Result<Order> current = get(actor, orderId);
            if (current && current->status == OrderStatus::Executed)
                return executed(m_ctx, *current);
            return Error::stale(tr("order"));
        }
        if (Result<Done> r =
                detail::audit(m_ctx, actor, audit::toString(audit::Action::Execute),
                              audit::toString(audit::Entity::Order), orderId,
                              audit::toString(audit::Field::Status), toString(OrderStatus::Draft),
                              toString(OrderStatus::Executed));
            !r)
            return r.error();

        const QDate today = now.date();
        for (const OrderLine &line : order->lines) {
            const Result<Product> product =
                detail::found(m_ctx.store.catalog().product(line.productId), tr("The product"));
            if (!product)
                return product.error();
            Subscription s;
            s.accountId = order->accountId;
            s.productId = line.productId;
            s.productName = line.productName;
            s.platform = line.platform;
            s.orderId = order->id;
            s.seats = *line.seats;
            s.status = SubscriptionStatus::Active;
            s.provisioningStatus = ProvisioningStatus::Pending;
            s.startedAt = today;
            s.currentPeriodStart = today;
            s.currentPeriodEnd = addPeriods(today, product->billingPeriod, 1);
            s.freeUntil = addPeriods(today, product->billingPeriod, product->freePeriods);
            const Result<Id> id = m_ctx.store.subscriptions().insert(s, line.id);
            if (!id)
                return id.error();
            s.id = *id;
            if (Result<Done> r = detail::audit(m_ctx, actor, audit::toString(audit::Action::Create),
                                               audit::toString(audit::Entity::Subscription), s.id,
                                               audit::toString(audit::Field::Seats), {},
                                               QString::number(s.seats));
                !r)
                return r.error();
            if (Result<Done> r = detail::provision(m_ctx, actor, s); !r)
                return r.error();
        }
        const Result<Order> done = get(actor, orderId);
        if (!done)
            return done.error();
        return executed(m_ctx, *done);
    });
}

} // namespace bss
