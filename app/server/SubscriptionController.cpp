#include "app/server/SubscriptionController.h"

#include "app/services/Services.h"

namespace bss {

void SubscriptionController::registerRoutes(Router &router) {
    const QString subscriptions = base() + QStringLiteral("/subscriptions");
    registerReadRoutes(router, subscriptions);
    registerChangeRoutes(router, subscriptions);
    registerPurchaseRoute(router);
}

// The list, one subscription and its activation key.
void SubscriptionController::registerReadRoutes(Router &router, const QString &subscriptions) {
    router.add("GET", subscriptions, [this](ApiRequest &request) {
        SubscriptionQuery query;
        query.accountId = request.id(QStringLiteral("accountId"));
        query.productId = request.id(QStringLiteral("productId"));
        query.status = request.enumValue<SubscriptionStatus>(QStringLiteral("status"));
        request.window(query);
        if (std::optional<Error> e = request.finishQuery())
            return problem(*e);
        return reply(m_ctx.services.subscriptions.list(request.actor(), query));
    });

    router.add("GET", subscriptions + QStringLiteral("/{id}"), [this](ApiRequest &request) {
        const Result<Id> id = request.idParam(0, tr("Subscription"));
        if (!id)
            return problem(id.error());
        return reply(m_ctx.services.subscriptions.get(request.actor(), *id));
    });

    // The key in clear, for the "reveal" button; everywhere else it is masked.
    router.add("GET", subscriptions + QStringLiteral("/{id}/activation-key"),
               [this](ApiRequest &request) {
                   const Result<Id> id = request.idParam(0, tr("Subscription"));
                   if (!id)
                       return problem(id.error());
                   const Result<QString> key =
                       m_ctx.services.subscriptions.activationKey(request.actor(), *id);
                   if (!key)
                       return problem(key.error());
                   ApiResponse response =
                       ApiResponse::json(QJsonObject{{QStringLiteral("activationKey"), *key}});
                   return response.withHeader("Cache-Control", "no-store");
               });
}

// Retrying a failed provisioning and Change Configuration.
void SubscriptionController::registerChangeRoutes(Router &router, const QString &subscriptions) {
    router.add("POST", subscriptions + QStringLiteral("/{id}/retry-provisioning"),
               [this](ApiRequest &request) {
                   const Result<Id> id = request.idParam(0, tr("Subscription"));
                   if (!id)
                       return problem(id.error());
                   if (const Result<Subscription> existing =
                           m_ctx.services.subscriptions.get(request.actor(), *id);
                       !existing)
                       return problem(existing.error());
                   if (std::optional<Error> e = expectNoFields(request))
                       return problem(*e);
                   return reply(
                       m_ctx.services.subscriptions.retryProvisioning(request.actor(), *id));
               });

    // Change Configuration; dryRun only quotes.
    router.add(
        "POST", subscriptions + QStringLiteral("/{id}/change"),
        [this](ApiRequest &request) {
            const Result<Id> id = request.idParam(0, tr("Subscription"));
            if (!id)
                return problem(id.error());
            if (const Result<Subscription> existing =
                    m_ctx.services.subscriptions.get(request.actor(), *id);
                !existing)
                return problem(existing.error());
            const Result<QJsonObject> body = request.json();
            if (!body)
                return problem(body.error());
            const Result<ChangeRequest> change = JsonCodec::readRequest<ChangeRequest>(*body);
            if (!change)
                return problem(change.error());
            return reply(m_ctx.services.subscriptions.change(request.actor(), *id, change->seats,
                                                             change->dryRun));
        },
        Router::Access::Authenticated, Router::Replay::WithIdempotencyKey);
}

// Storefront: Buy this configuration
void SubscriptionController::registerPurchaseRoute(Router &router) {
    router.add(
        "POST", base() + QStringLiteral("/storefront/purchase"),
        [this](ApiRequest &request) {
            const Result<QJsonObject> body = request.json();
            if (!body)
                return problem(body.error());
            const Result<PurchaseRequest> purchase = JsonCodec::readRequest<PurchaseRequest>(*body);
            if (!purchase)
                return problem(purchase.error());
            const Result<Purchase> done = m_ctx.services.subscriptions.purchase(
                request.actor(), purchase->accountId, purchase->productId, purchase->seats,
                purchase->quoteId);
            ApiResponse response = reply(done, 201);
            if (done)
                response.withHeader("Location", (base() + QStringLiteral("/orders/") +
                                                 QString::number(done->order.id))
                                                    .toLatin1());
            return response;
        },
        Router::Access::Authenticated, Router::Replay::WithIdempotencyKey);
}

} // namespace bss
