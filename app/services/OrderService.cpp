#include "app/domain/Audit.h"
#include "app/domain/Pricing.h"
#include "app/services/OrderEvaluation.h"
#include "app/services/Permissions.h"

namespace bss {

using detail::tr;

namespace {

Error readOnly(const Order &order) {
    return Error::conflict(
        QStringLiteral("order-not-draft"),
        order.status == OrderStatus::Executed
            ? tr("Order %1 is executed and can no longer be changed.").arg(order.number)
            : tr("Order %1 is cancelled and can no longer be changed.").arg(order.number));
}

} // namespace

Result<Page<Order>> OrderService::list(const Actor &actor, const OrderQuery &query) {
    return m_ctx.store.orders().list(query, detail::scopeOf(actor));
}

Result<qint64> OrderService::count(const Actor &actor, const OrderQuery &query) {
    return m_ctx.store.orders().count(query, detail::scopeOf(actor));
}

Result<Order> OrderService::get(const Actor &actor, Id id) {
    Result<Order> order =
        detail::found(m_ctx.store.orders().find(id, detail::scopeOf(actor)), tr("The order"));
    if (!order)
        return order;
    if (Result<Done> r = detail::evaluate(m_ctx, *order); !r)
        return r.error();
    return order;
}

Result<Order> OrderService::create(const Actor &actor, Id accountId) {
    if (std::optional<Error> denied = require(actor, Permission::OrdersCreate))
        return *denied;
    return detail::inTransaction<Order>(m_ctx, [&]() -> Result<Order> {
        const Result<std::optional<Account>> account =
            m_ctx.store.accounts().find(accountId, detail::scopeOf(actor));
        if (!account)
            return account.error();
        if (!account->has_value())
            return Error::validation(
                {{QStringLiteral("accountId"), tr("Choose the customer account.")}},
                QStringLiteral("unknown-account"));
        const Result<Id> id =
            m_ctx.store.orders().insert(accountId, OrderKind::New, {}, actor.user, m_ctx.clock());
        if (!id)
            return id.error();
        if (Result<Done> r = detail::audit(m_ctx, actor, audit::toString(audit::Action::Create),
                                           audit::toString(audit::Entity::Order), *id,
                                           audit::toString(audit::Field::Status), {},
                                           toString(OrderStatus::Draft));
            !r)
            return r.error();
        return get(actor, *id);
    });
}

// Loads a draft the actor may change, checking the version when one is given.
static Result<Order> editableDraft(OrderService &service, const Actor &actor, Id orderId,
                                   std::optional<qint64> version) {
    Result<Order> order = service.get(actor, orderId);
    if (!order)
        return order;
    if (order->status != OrderStatus::Draft)
        return readOnly(*order);
    if (version && *version != order->version)
        return Error::stale(tr("order"));
    return order;
}

// Writes the recalculated total and bumps the version; Stale when someone else got there first.
static Result<Order> saveTotals(ServiceContext &ctx, OrderService &service, const Actor &actor,
                                Id orderId, qint64 version) {
    Result<Order> order = service.get(actor, orderId);
    if (!order)
        return order;
    const Result<bool> written = ctx.store.orders().update(*order, version);
    if (!written)
        return written.error();
    if (!*written)
        return Error::stale(tr("order"));
    return service.get(actor, orderId);
}

Result<Order> OrderService::addLine(const Actor &actor, Id orderId, Id productId,
                                    std::optional<int> seats) {
    if (std::optional<Error> denied = require(actor, Permission::OrdersEdit))
        return *denied;
    return detail::inTransaction<Order>(m_ctx, [&]() -> Result<Order> {
        const Result<Order> order = editableDraft(*this, actor, orderId, {});
        if (!order)
            return order;
        const Result<std::optional<Product>> product = m_ctx.store.catalog().product(productId);
        if (!product)
            return product.error();
        Problems problems;
        if (!product->has_value())
            problems.add(QStringLiteral("productId"), tr("Choose a product from the catalog."));
        else if (seats) {
            for (const FieldError &e : seatsProblems(**product, *seats))
                problems.add(e.field, e.message);
        }
        if (!problems.isEmpty())
            return problems.toError(QStringLiteral("invalid-line"));
        const Result<Id> line = m_ctx.store.orders().insertLine(orderId, productId, seats);
        if (!line)
            return line.error();
        if (Result<Done> r = detail::audit(m_ctx, actor, audit::toString(audit::Action::AddLine),
                                           audit::toString(audit::Entity::Order), orderId,
                                           audit::FieldPath::line(*line).toString(), {},
                                           audit::lineValue((*product)->name, seats));
            !r)
            return r.error();
        return saveTotals(m_ctx, *this, actor, orderId, order->version);
    });
}

Result<Order> OrderService::setSeats(const Actor &actor, Id orderId, std::optional<qint64> version,
                                     Id lineId, int seats) {
    if (std::optional<Error> denied = require(actor, Permission::OrdersEdit))
        return *denied;
    return detail::inTransaction<Order>(m_ctx, [&]() -> Result<Order> {
        const Result<Order> order = editableDraft(*this, actor, orderId, version);
        if (!order)
            return order;
        const auto line = std::find_if(order->lines.cbegin(), order->lines.cend(),
                                       [lineId](const OrderLine &l) { return l.id == lineId; });
        if (line == order->lines.cend())
            return Error::notFound(tr("The order line"));
        const Result<Product> product =
            detail::found(m_ctx.store.catalog().product(line->productId), tr("The product"));
        if (!product)
            return product.error();
        const QList<FieldError> problems = seatsProblems(*product, seats);
        if (!problems.isEmpty())
            return Error::validation(problems, QStringLiteral("seats-out-of-range"));
        if (Result<Done> r = m_ctx.store.orders().setLineSeats(lineId, seats); !r)
            return r.error();
        if (Result<Done> r = detail::audit(
                m_ctx, actor, audit::toString(audit::Action::Update),
                audit::toString(audit::Entity::Order), orderId,
                audit::FieldPath::lineField(lineId, audit::Field::Seats).toString(),
                line->seats ? QString::number(*line->seats) : QString(), QString::number(seats));
            !r)
            return r.error();
        return saveTotals(m_ctx, *this, actor, orderId, order->version);
    });
}

Result<Order> OrderService::removeLine(const Actor &actor, Id orderId,
                                       std::optional<qint64> version, Id lineId) {
    if (std::optional<Error> denied = require(actor, Permission::OrdersEdit))
        return *denied;
    return detail::inTransaction<Order>(m_ctx, [&]() -> Result<Order> {
        const Result<Order> order = editableDraft(*this, actor, orderId, version);
        if (!order)
            return order;
        const auto line = std::find_if(order->lines.cbegin(), order->lines.cend(),
                                       [lineId](const OrderLine &l) { return l.id == lineId; });
        if (line == order->lines.cend())
            return Error::notFound(tr("The order line"));
        if (Result<Done> r = m_ctx.store.orders().deleteLine(lineId); !r)
            return r.error();
        if (Result<Done> r =
                detail::audit(m_ctx, actor, audit::toString(audit::Action::RemoveLine),
                              audit::toString(audit::Entity::Order), orderId,
                              audit::FieldPath::line(lineId).toString(), line->productName, {});
            !r)
            return r.error();
        return saveTotals(m_ctx, *this, actor, orderId, order->version);
    });
}

Result<Order> OrderService::cancel(const Actor &actor, Id orderId) {
    if (std::optional<Error> denied = require(actor, Permission::OrdersCancel))
        return *denied;
    return detail::inTransaction<Order>(m_ctx, [&]() -> Result<Order> {
        Result<Order> order = editableDraft(*this, actor, orderId, {});
        if (!order)
            return order;
        const qint64 version = order->version;
        order->status = OrderStatus::Cancelled;
        const Result<bool> written = m_ctx.store.orders().update(*order, version);
        if (!written)
            return written.error();
        if (!*written)
            return Error::stale(tr("order"));
        if (Result<Done> r =
                detail::audit(m_ctx, actor, audit::toString(audit::Action::Cancel),
                              audit::toString(audit::Entity::Order), orderId,
                              audit::toString(audit::Field::Status), toString(OrderStatus::Draft),
                              toString(OrderStatus::Cancelled));
            !r)
            return r.error();
        return get(actor, orderId);
    });
}

} // namespace bss
