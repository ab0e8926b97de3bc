#include "app/domain/Pricing.h"

#include <QCoreApplication>

namespace bss {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("bss::Pricing", text);
}
} // namespace

const PriceBand *bandFor(const Product &product, int seats) {
    for (const PriceBand &band : product.bands) {
        if (seats >= band.from && seats <= band.to)
            return &band;
    }
    return nullptr;
}

QList<FieldError> seatsProblems(const Product &product, int seats, const QString &field) {
    QList<FieldError> problems;
    if (seats < product.minSeats)
        problems.append({field, tr("Seats must be at least %1.").arg(product.minSeats)});
    else if (seats > product.maxSeats)
        problems.append({field, tr("Seats must be at most %1.").arg(product.maxSeats)});
    else if (product.step > 1 && (seats - product.minSeats) % product.step != 0)
        problems.append({field, tr("Seats must be %1 plus a multiple of %2.")
                                    .arg(product.minSeats)
                                    .arg(product.step)});
    else if (!bandFor(product, seats))
        problems.append({field, tr("No price is defined for %1 seats.").arg(seats)});
    return problems;
}

Result<LinePrice> priceFor(const Product &product, int seats) {
    const QList<FieldError> problems = seatsProblems(product, seats);
    if (!problems.isEmpty())
        return Error::validation(problems, QStringLiteral("seats-out-of-range"));
    const PriceBand band = *bandFor(product, seats);
    const Money unit(band.unitPrice, product.currency);
    const std::optional<Money> period = unit.times(seats);
    if (!period)
        return Error::validation({{QStringLiteral("seats"), tr("The price is too large.")}},
                                 QStringLiteral("seats-out-of-range"));
    LinePrice price;
    price.band = band;
    price.unitPrice = unit;
    price.periodPrice = *period;
    price.firstPeriodCharge = product.freePeriods > 0 ? Money(0, product.currency) : *period;
    return price;
}

QDate addPeriods(QDate start, BillingPeriod period, int count) {
    return period == BillingPeriod::Annual ? start.addYears(count) : start.addMonths(count);
}

qint64 prorate(qint64 amount, QDate today, QDate periodStart, QDate periodEnd) {
    const qint64 total = periodStart.daysTo(periodEnd);
    if (total <= 0)
        return 0;
    const qint64 left = qBound<qint64>(0, today.daysTo(periodEnd), total);
    // Half up, in integers: (amount * left + total / 2) / total, sign-aware.
    const qint64 scaled = amount * left;
    return scaled >= 0 ? (scaled + total / 2) / total : -((-scaled + total / 2) / total);
}

Result<ChangeQuote> quoteChange(const Product &product, const Subscription &subscription,
                                int newSeats, QDate today) {
    QList<FieldError> problems = seatsProblems(product, newSeats);
    if (problems.isEmpty() && newSeats == subscription.seats)
        problems.append(
            {QStringLiteral("seats"), tr("The subscription already has %1 seats.").arg(newSeats)});
    if (!problems.isEmpty())
        return Error::validation(problems, QStringLiteral("seats-out-of-range"));

    const Result<LinePrice> oldPrice = priceFor(product, subscription.seats);
    const Result<LinePrice> newPrice = priceFor(product, newSeats);
    if (!newPrice)
        return newPrice.error();

    ChangeQuote quote;
    quote.newRecurringPrice = newPrice->periodPrice;
    quote.increase = newSeats > subscription.seats;
    if (quote.increase) {
        const qint64 oldPeriod = oldPrice ? oldPrice->periodPrice.minor() : 0;
        const qint64 difference = qMax<qint64>(0, newPrice->periodPrice.minor() - oldPeriod);
        const bool free = today < subscription.freeUntil;
        quote.chargeNow = Money(free ? 0
                                     : prorate(difference, today, subscription.currentPeriodStart,
                                               subscription.currentPeriodEnd),
                                product.currency);
        quote.effectiveDate = today;
    } else {
        quote.chargeNow = Money(0, product.currency);
        quote.effectiveDate = subscription.currentPeriodEnd;
    }
    return quote;
}

} // namespace bss
