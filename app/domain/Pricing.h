#pragma once

#include "app/domain/Result.h"
#include "app/domain/Types.h"

namespace bss {

// The price of `seats` of a product: every seat at its volume band's unit price.
struct LinePrice {
    PriceBand band;
    Money unitPrice;
    Money periodPrice;
    Money firstPeriodCharge; // 0 while the product has free periods (Kaspersky: first month)
};

// Every reason `seats` is not acceptable for the product (below min, above max, off step,
// no band); empty when it is fine. `field` names the field in the errors.
QList<FieldError> seatsProblems(const Product &product, int seats,
                                const QString &field = QStringLiteral("seats"));
const PriceBand *bandFor(const Product &product, int seats);
Result<LinePrice> priceFor(const Product &product, int seats);

// The date `count` billing periods after `start`.
QDate addPeriods(QDate start, BillingPeriod period, int count);
// `amount` for the part of [periodStart, periodEnd) that is left on `today`, rounded half up.
qint64 prorate(qint64 amount, QDate today, QDate periodStart, QDate periodEnd);

struct ChangeQuote {
    Money chargeNow;
    QDate effectiveDate;
    Money newRecurringPrice;
    bool increase = false;
};

// Change Configuration: an increase is charged pro rata for the rest of the current period
// (nothing while in the free period) and applies now; a decrease applies from the next
// period and charges nothing. Refuses seats outside the product's limits or unchanged.
Result<ChangeQuote> quoteChange(const Product &product, const Subscription &subscription,
                                int newSeats, QDate today);

} // namespace bss
