#include "app/server/CatalogController.h"

#include "app/services/Services.h"

namespace bss {

void CatalogController::registerRoutes(Router &router) {
    router.add("GET", base() + QStringLiteral("/platforms"), [this](ApiRequest &request) {
        if (std::optional<Error> e = request.finishQuery())
            return problem(*e);
        return replyList(m_ctx.services.catalog.platforms(request.actor()));
    });

    router.add("GET", base() + QStringLiteral("/products"), [this](ApiRequest &request) {
        const QString platform = request.text(QStringLiteral("platform"));
        if (std::optional<Error> e = request.finishQuery())
            return problem(*e);
        return replyList(m_ctx.services.catalog.products(request.actor(), platform));
    });

    router.add(
        "POST", base() + QStringLiteral("/products/{id}/quote"), [this](ApiRequest &request) {
            const Result<Id> id = request.idParam(0, tr("Product"));
            if (!id)
                return problem(id.error());
            const Result<Product> product = m_ctx.services.catalog.product(request.actor(), *id);
            if (!product)
                return problem(product.error());
            const Result<QJsonObject> body = request.json();
            if (!body)
                return problem(body.error());
            const Result<int> seats = JsonCodec::readSeats(*body);
            if (!seats)
                return problem(seats.error());
            const Result<Quote> quote = m_ctx.services.catalog.quote(request.actor(), *id, *seats);
            if (!quote)
                return problem(quote.error());
            return ApiResponse::json(JsonCodec::encode(*quote, product->currency));
        });
}

} // namespace bss
