#pragma once

#include "app/domain/Types.h"

#include <QCoreApplication>
#include <QString>

namespace bss {

// How domain values read on screen, in the user's language and locale. Amounts stay integer
// minor units all the way to the string: no double is involved.
class Format {
    Q_DECLARE_TR_FUNCTIONS(Format)
public:
    static QString money(const Money &amount);
    static QString money(qint64 minor, const QString &currency) {
        return money(Money(minor, currency));
    }
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
    static QString userRole(UserRole role);

    // The audit trail in words: the action ("update" -> "Changed"), the field of an entity
    // ("sync.kaspersky.status" -> "Kaspersky Labs sync status") and a value of that field
    // ("draft" -> "Draft"). A code these do not know is shown as it is. `lineProduct` names the
    // product of an order line field ("lines[7].seats") when the caller knows it.
    static QString auditAction(const QString &action);
    static QString auditField(const QString &entity, const QString &field,
                              const QString &lineProduct = {});
    static QString auditValue(const QString &entity, const QString &field, const QString &value);
    // The line id in an order line field ("lines[7]", "lines[7].seats"); 0 for other fields.
    static Id auditLineId(const QString &field);
};

} // namespace bss
