#include "app/server/OrderController.h"

#include "app/services/Services.h"

namespace bss {

namespace {

OrderQuery orderQuery(ApiRequest &request) {
    OrderQuery query;
    query.accountId = request.id(QStringLiteral("accountId"));
    query.status = request.enumValue<OrderStatus>(QStringLiteral("status"));
    query.q = request.text(QStringLiteral("q"));
    return query;
}

bool hasLine(const Order &order, Id lineId) {
    for (const OrderLine &line : order.lines) {
        if (line.id == lineId)
            return true;
    }
    return false;
}

} // namespace

void OrderController::registerRoutes(Router &router) {
    const QString orders = base() + QStringLiteral("/orders");
    registerOrderRoutes(router, orders);
    registerLineRoutes(router, orders);
    registerActionRoutes(router, orders);
}

// The list, its count, a new draft and one order.
void OrderController::registerOrderRoutes(Router &router, const QString &orders) {
    router.add("GET", orders, [this](ApiRequest &request) {
        OrderQuery query = orderQuery(request);
        request.window(query);
        if (std::optional<Error> e = request.finishQuery())
            return problem(*e);
        return reply(m_ctx.services.orders.list(request.actor(), query));
    });

    router.add("GET", orders + QStringLiteral("/count"), [this](ApiRequest &request) {
        const OrderQuery query = orderQuery(request);
        if (std::optional<Error> e = request.finishQuery())
            return problem(*e);
        return count(m_ctx.services.orders.count(request.actor(), query));
    });

    router.add(
        "POST", orders,
        [this](ApiRequest &request) {
            const Result<QJsonObject> body = request.json();
            if (!body)
                return problem(body.error());
            const Result<Id> accountId = JsonCodec::readAccountId(*body);
            if (!accountId)
                return problem(accountId.error());
            return created(m_ctx.services.orders.create(request.actor(), *accountId),
                           QStringLiteral("/orders"));
        },
        Router::Access::Authenticated, Router::Replay::WithIdempotencyKey);

    router.add("GET", orders + QStringLiteral("/{id}"), [this](ApiRequest &request) {
        const Result<Id> id = request.idParam(0, tr("Order"));
        if (!id)
            return problem(id.error());
        return reply(m_ctx.services.orders.get(request.actor(), *id));
    });
}

// Quick Add > Product, the pencil panel's Save and removing a line.
void OrderController::registerLineRoutes(Router &router, const QString &orders) {
    // Quick Add > Product
    router.add(
        "POST", orders + QStringLiteral("/{id}/lines"),
        [this](ApiRequest &request) {
            const Result<Id> id = request.idParam(0, tr("Order"));
            if (!id)
                return problem(id.error());
            if (const Result<Order> existing = m_ctx.services.orders.get(request.actor(), *id);
                !existing)
                return problem(existing.error());
            const Result<QJsonObject> body = request.json();
            if (!body)
                return problem(body.error());
            const Result<AddLineRequest> line = JsonCodec::readRequest<AddLineRequest>(*body);
            if (!line)
                return problem(line.error());
            return reply(
                m_ctx.services.orders.addLine(request.actor(), *id, line->productId, line->seats));
        },
        Router::Access::Authenticated, Router::Replay::WithIdempotencyKey);

    // The order and the line, both visible, or 404.
    const auto lineOf = [this](ApiRequest &request) -> Result<std::pair<Id, Id>> {
        const Result<Id> id = request.idParam(0, tr("Order"));
        if (!id)
            return id.error();
        const Result<Order> order = m_ctx.services.orders.get(request.actor(), *id);
        if (!order)
            return order.error();
        const Result<Id> lineId = request.idParam(1, tr("Order line"));
        if (!lineId || !hasLine(*order, *lineId))
            return Error::notFound(tr("Order line"));
        return std::pair<Id, Id>(*id, *lineId);
    };

    // The pencil panel's Save
    router.add("PATCH", orders + QStringLiteral("/{id}/lines/{lineId}"),
               [this, lineOf](ApiRequest &request) {
                   const Result<std::pair<Id, Id>> ids = lineOf(request);
                   if (!ids)
                       return problem(ids.error());
                   const Result<QJsonObject> body = request.json();
                   if (!body)
                       return problem(body.error());
                   const Result<int> seats = JsonCodec::readSeats(*body);
                   if (!seats)
                       return problem(seats.error());
                   const Result<qint64> version = request.ifMatch();
                   if (!version)
                       return problem(version.error());
                   return reply(m_ctx.services.orders.setSeats(request.actor(), ids->first,
                                                               *version, ids->second, *seats));
               });

    router.add("DELETE", orders + QStringLiteral("/{id}/lines/{lineId}"),
               [this, lineOf](ApiRequest &request) {
                   const Result<std::pair<Id, Id>> ids = lineOf(request);
                   if (!ids)
                       return problem(ids.error());
                   if (std::optional<Error> e = expectNoFields(request))
                       return problem(*e);
                   const Result<qint64> version = request.ifMatch();
                   if (!version)
                       return problem(version.error());
                   return reply(m_ctx.services.orders.removeLine(request.actor(), ids->first,
                                                                 *version, ids->second));
               });
}

// Execute (idempotent with a key) and cancel.
void OrderController::registerActionRoutes(Router &router, const QString &orders) {
    const auto action = [this](ApiRequest &request, bool execute) {
        const Result<Id> id = request.idParam(0, tr("Order"));
        if (!id)
            return problem(id.error());
        if (const Result<Order> existing = m_ctx.services.orders.get(request.actor(), *id);
            !existing)
            return problem(existing.error());
        if (std::optional<Error> e = expectNoFields(request))
            return problem(*e);
        return execute ? reply(m_ctx.services.orders.execute(request.actor(), *id))
                       : reply(m_ctx.services.orders.cancel(request.actor(), *id));
    };
    router.add(
        "POST", orders + QStringLiteral("/{id}/execute"),
        [action](ApiRequest &request) { return action(request, true); },
        Router::Access::Authenticated, Router::Replay::WithIdempotencyKey);
    router.add("POST", orders + QStringLiteral("/{id}/cancel"),
               [action](ApiRequest &request) { return action(request, false); });
}

} // namespace bss
