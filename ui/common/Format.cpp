#include "ui/common/Format.h"

#include <QLocale>

namespace bss {

QString Format::money(const Money &amount)
{
    const QLocale locale;
    const qint64 minor = amount.minor();
    const qint64 units = (minor < 0 ? -minor : minor) / 100;
    const qint64 cents = (minor < 0 ? -minor : minor) % 100;
    QString text = locale.toString(units) + locale.decimalPoint()
                   + QStringLiteral("%1").arg(cents, 2, 10, QLatin1Char('0'));
    if (minor < 0)
        text.prepend(locale.negativeSign());
    if (amount.currency().isEmpty())
        return text;
    return tr("%1 %2", "amount and currency code").arg(text, amount.currency());
}

QString Format::date(QDate date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString Format::dateTime(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString Format::accountType(AccountType type)
{
    switch (type) {
    case AccountType::Direct:
        return tr("Direct");
    case AccountType::Reseller:
        return tr("Reseller");
    case AccountType::EndUser:
        return tr("End-user");
    }
    return {};
}

QString Format::syncStatus(SyncStatus status)
{
    // The seed's spelling: Synchronized / UnSynchronized / Failed.
    switch (status) {
    case SyncStatus::UnSynchronized:
        return tr("UnSynchronized");
    case SyncStatus::Synchronized:
        return tr("Synchronized");
    case SyncStatus::Failed:
        return tr("Failed");
    }
    return {};
}

QString Format::role(SyncRole role)
{
    switch (role) {
    case SyncRole::User:
        return tr("User");
    case SyncRole::Reseller:
        return tr("Reseller");
    }
    return {};
}

QString Format::orderStatus(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Draft:
        return tr("Draft");
    case OrderStatus::Executed:
        return tr("Executed");
    case OrderStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString Format::orderKind(OrderKind kind)
{
    switch (kind) {
    case OrderKind::New:
        return tr("New");
    case OrderKind::Change:
        return tr("Change");
    }
    return {};
}

QString Format::provisioning(ProvisioningStatus status)
{
    switch (status) {
    case ProvisioningStatus::Pending:
        return tr("Pending");
    case ProvisioningStatus::Provisioned:
        return tr("Provisioned");
    case ProvisioningStatus::Failed:
        return tr("Failed");
    }
    return {};
}

QString Format::subscriptionStatus(SubscriptionStatus status)
{
    switch (status) {
    case SubscriptionStatus::Active:
        return tr("Active");
    case SubscriptionStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString Format::billingPeriod(BillingPeriod period)
{
    switch (period) {
    case BillingPeriod::Monthly:
        return tr("Monthly");
    case BillingPeriod::Annual:
        return tr("Annual");
    }
    return {};
}

QString Format::band(const PriceBand &band)
{
    if (band.from == 0 && band.to == 0)
        return {};
    return tr("%1–%2 seats").arg(QLocale().toString(band.from), QLocale().toString(band.to));
}

QString Format::seatLimits(const Product &product)
{
    return tr("%1–%2 seats, in steps of %3")
        .arg(QLocale().toString(product.minSeats), QLocale().toString(product.maxSeats),
             QLocale().toString(product.step));
}

QString Format::platformName(const QString &code)
{
    if (code == QLatin1String("kaspersky"))
        return tr("Kaspersky Labs");
    if (code == QLatin1String("microsoft"))
        return tr("Microsoft CSP");
    if (code == QLatin1String("acronis"))
        return tr("Acronis Cyber Protect");
    return code;
}

} // namespace bss
