#pragma once

#include "app/domain/Types.h"

#include <QCoreApplication>
#include <QString>

namespace bss {

// How domain values read on screen, in the user's language and locale. Amounts stay integer
// minor units all the way to the string: no double is involved.
class Format
{
    Q_DECLARE_TR_FUNCTIONS(Format)
public:
    static QString money(const Money &amount);
    static QString money(qint64 minor, const QString &currency) { return money(Money(minor, currency)); }
    static QString date(QDate date);
    static QString dateTime(const QDateTime &when);

    static QString accountType(AccountType type);
    static QString syncStatus(SyncStatus status);
    static QString role(SyncRole role);
    static QString orderStatus(OrderStatus status);
    static QString orderKind(OrderKind kind);
    static QString provisioning(ProvisioningStatus status);
    static QString subscriptionStatus(SubscriptionStatus status);
    static QString billingPeriod(BillingPeriod period);
    // "10–14 seats"
    static QString band(const PriceBand &band);
    // "1–1000 seats, in steps of 1"
    static QString seatLimits(const Product &product);
    // The display name of a platform code when the catalog has not been loaded yet.
    static QString platformName(const QString &code);
};

} // namespace bss
