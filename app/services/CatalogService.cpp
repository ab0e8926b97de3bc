#include "app/domain/Pricing.h"
#include "app/services/ServiceSupport.h"

#include <QUuid>

namespace bss {

Result<QList<Platform>> CatalogService::platforms(const Actor &) {
    return m_ctx.store.catalog().platforms();
}

Result<QList<Product>> CatalogService::products(const Actor &, const QString &platform) {
    return m_ctx.store.catalog().products(platform);
}

Result<Product> CatalogService::product(const Actor &, Id productId) {
    return detail::found(m_ctx.store.catalog().product(productId), detail::tr("The product"));
}

Result<Quote> CatalogService::quote(const Actor &actor, Id productId, int seats) {
    return detail::inTransaction<Quote>(m_ctx, [&]() -> Result<Quote> {
        const Result<Product> p = product(actor, productId);
        if (!p)
            return p.error();
        const Result<LinePrice> price = priceFor(*p, seats);
        if (!price)
            return price.error();
        Quote q;
        q.quoteId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        q.productId = productId;
        q.seats = seats;
        q.band = price->band;
        q.unitPrice = price->unitPrice;
        q.periodPrice = price->periodPrice;
        q.firstPeriodCharge = price->firstPeriodCharge;
        if (Result<Done> r = m_ctx.store.catalog().insertQuote(q, m_ctx.clock()); !r)
            return r.error();
        return q;
    });
}

} // namespace bss
