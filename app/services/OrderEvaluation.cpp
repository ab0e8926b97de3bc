#include "app/services/OrderEvaluation.h"

#include "app/domain/Pricing.h"

namespace bss::detail {

namespace {

QString platformName(ServiceContext &ctx, const QString &code) {
    const Connector *c = ctx.connectors.find(code);
    return c ? c->name() : code;
}

} // namespace

Result<Done> evaluate(ServiceContext &ctx, Order &order) {
    order.blockers.clear();
    const Money storedTotal = order.total; // a change order's total is its pro-rata charge
    order.total =
        Money(0, order.total.currency().isEmpty() ? QStringLiteral("EUR") : order.total.currency());
    QStringList platforms;
    for (qsizetype i = 0; i < order.lines.size(); ++i) {
        OrderLine &line = order.lines[i];
        line.problems.clear();
        const Result<Product> product =
            found(ctx.store.catalog().product(line.productId), tr("The product"));
        if (!product)
            return product.error();
        order.total = Money(order.total.minor(), product->currency);
        if (!platforms.contains(product->platform))
            platforms.append(product->platform);
        if (!line.seats) {
            line.problems.append(tr("Seats not set."));
        } else {
            for (const FieldError &e : seatsProblems(*product, *line.seats))
                line.problems.append(e.message);
        }
        line.complete = line.problems.isEmpty();
        if (line.complete) {
            const Result<LinePrice> price = priceFor(*product, *line.seats);
            if (!price)
                return price.error();
            line.band = price->band;
            line.unitPrice = price->unitPrice;
            line.periodPrice = price->periodPrice;
            line.firstPeriodCharge = price->firstPeriodCharge;
            order.total += price->firstPeriodCharge;
        } else {
            line.band.reset();
            line.unitPrice = line.periodPrice = line.firstPeriodCharge =
                Money(0, product->currency);
            for (const QString &problem : line.problems)
                order.blockers.append(
                    tr("Line %1 (%2): %3").arg(i + 1).arg(line.productName, problem));
        }
    }
    if (order.lines.isEmpty() && order.kind == OrderKind::New)
        order.blockers.append(tr("The order has no products; use Quick Add > Product."));

    const Result<Account> account =
        found(ctx.store.accounts().find(order.accountId), tr("The account"));
    if (!account)
        return account.error();
    std::optional<Account> reseller;
    if (account->type == AccountType::Reseller)
        reseller = *account;
    else if (account->type == AccountType::EndUser && account->parentId) {
        const Result<Account> parent =
            found(ctx.store.accounts().find(*account->parentId), tr("The reseller"));
        if (!parent)
            return parent.error();
        reseller = *parent;
    }
    for (const QString &platform : platforms) {
        const QString name = platformName(ctx, platform);
        if (account->syncStatus(platform) != SyncStatus::Synchronized)
            order.blockers.append(
                tr("The account %1 is not synchronized with %2.").arg(account->name, name));
        if (!reseller)
            continue;
        const PlatformSync *resellerSync = reseller->syncFor(platform);
        if (!resellerSync || !resellerSync->resellerPinSet)
            order.blockers.append(
                tr("The reseller %1 has no Reseller PIN for %2.").arg(reseller->name, name));
        else if (reseller->id != account->id && resellerSync->status != SyncStatus::Synchronized)
            order.blockers.append(
                tr("The reseller %1 is not synchronized with %2.").arg(reseller->name, name));
    }
    if (order.kind == OrderKind::Change)
        order.total = storedTotal;
    order.canExecute = order.status == OrderStatus::Draft && order.blockers.isEmpty();
    return Done{};
}

Error blockedError(const Order &order) {
    QList<FieldError> reasons;
    for (const QString &b : order.blockers)
        reasons.append({QStringLiteral("order"), b});
    Error e = Error::validation(reasons, QStringLiteral("order-blocked"));
    e.message = tr("The order cannot be executed: %1").arg(order.blockers.join(QLatin1Char(' ')));
    return e;
}

} // namespace bss::detail
