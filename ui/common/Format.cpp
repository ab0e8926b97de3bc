#include "ui/common/Format.h"

#include <QLocale>
#include <QRegularExpression>

namespace bss {

QString Format::money(const Money &amount) {
    const QLocale locale;
    const qint64 minor = amount.minor();
    const qint64 units = (minor < 0 ? -minor : minor) / 100;
    const qint64 cents = (minor < 0 ? -minor : minor) % 100;
    QString text = locale.toString(units) + locale.decimalPoint() +
                   QStringLiteral("%1").arg(cents, 2, 10, QLatin1Char('0'));
    if (minor < 0)
        text.prepend(locale.negativeSign());
    if (amount.currency().isEmpty())
        return text;
    return tr("%1 %2", "amount and currency code").arg(text, amount.currency());
}

QString Format::date(QDate date) {
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString Format::dateTime(const QDateTime &when) {
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}

QString Format::accountType(AccountType type) {
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

QString Format::syncStatus(SyncStatus status) {
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

QString Format::role(SyncRole role) {
    switch (role) {
    case SyncRole::User:
        return tr("User");
    case SyncRole::Reseller:
        return tr("Reseller");
    }
    return {};
}

QString Format::orderStatus(OrderStatus status) {
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

QString Format::orderKind(OrderKind kind) {
    switch (kind) {
    case OrderKind::New:
        return tr("New");
    case OrderKind::Change:
        return tr("Change");
    }
    return {};
}

QString Format::provisioning(ProvisioningStatus status) {
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

QString Format::subscriptionStatus(SubscriptionStatus status) {
    switch (status) {
    case SubscriptionStatus::Active:
        return tr("Active");
    case SubscriptionStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString Format::billingPeriod(BillingPeriod period) {
    switch (period) {
    case BillingPeriod::Monthly:
        return tr("Monthly");
    case BillingPeriod::Annual:
        return tr("Annual");
    }
    return {};
}

QString Format::band(const PriceBand &band) {
    if (band.from == 0 && band.to == 0)
        return {};
    return tr("%1–%2 seats").arg(QLocale().toString(band.from), QLocale().toString(band.to));
}

QString Format::seatLimits(const Product &product) {
    return tr("%1–%2 seats, in steps of %3")
        .arg(QLocale().toString(product.minSeats), QLocale().toString(product.maxSeats),
             QLocale().toString(product.step));
}

QString Format::platformName(const QString &code) {
    if (code == QLatin1String("kaspersky"))
        return tr("Kaspersky Labs");
    if (code == QLatin1String("microsoft"))
        return tr("Microsoft CSP");
    if (code == QLatin1String("acronis"))
        return tr("Acronis Cyber Protect");
    return code;
}

} // namespace bss

namespace bss {

namespace {

// "lines[7]" or "lines[7].seats": the order line fields OrderService writes.
const QRegularExpression &lineField() {
    static const QRegularExpression re(QStringLiteral("^lines\\[(\\d+)\\](?:\\.(\\w+))?$"));
    return re;
}

} // namespace

QString Format::userRole(UserRole role) {
    switch (role) {
    case UserRole::Admin:
        return tr("Administrator");
    case UserRole::Agent:
        return tr("Agent");
    case UserRole::Reseller:
        return tr("Reseller");
    }
    return {};
}

QString Format::auditAction(const QString &action) {
    // Every action app/services writes into the trail.
    if (action == QLatin1String("create"))
        return tr("Created", "audit action");
    if (action == QLatin1String("update"))
        return tr("Changed", "audit action");
    if (action == QLatin1String("synchronize"))
        return tr("Saved & synchronized", "audit action");
    if (action == QLatin1String("cancel"))
        return tr("Cancelled", "audit action");
    if (action == QLatin1String("execute"))
        return tr("Executed", "audit action");
    if (action == QLatin1String("addLine"))
        return tr("Product added", "audit action");
    if (action == QLatin1String("removeLine"))
        return tr("Product removed", "audit action");
    if (action == QLatin1String("change"))
        return tr("Configuration changed", "audit action");
    if (action == QLatin1String("provision"))
        return tr("Provisioning", "audit action");
    if (action == QLatin1String("reveal"))
        return tr("Key revealed", "audit action");
    return action;
}

Id Format::auditLineId(const QString &field) {
    const QRegularExpressionMatch m = lineField().match(field);
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

QString Format::auditField(const QString &entity, const QString &field,
                           const QString &lineProduct) {
    // Sync Options of one platform: "sync.<platform>.<option>".
    if (entity == QLatin1String("account") && field.startsWith(QLatin1String("sync."))) {
        const QStringList parts = field.split(QLatin1Char('.'));
        if (parts.size() != 3)
            return field;
        const QString platform = platformName(parts.at(1));
        const QString &option = parts.at(2);
        if (option == QLatin1String("status"))
            return tr("%1 sync status", "audit field; %1 is a platform").arg(platform);
        if (option == QLatin1String("email"))
            return tr("%1 email", "audit field; %1 is a platform").arg(platform);
        if (option == QLatin1String("role"))
            return tr("%1 role", "audit field; %1 is a platform").arg(platform);
        if (option == QLatin1String("parentId"))
            return tr("%1 Parent Account", "audit field; %1 is a platform").arg(platform);
        if (option == QLatin1String("resellerPin"))
            return tr("%1 Reseller PIN", "audit field; %1 is a platform").arg(platform);
        if (option == QLatin1String("lastError"))
            return tr("%1 sync failure reason", "audit field; %1 is a platform").arg(platform);
        return field;
    }
    if (entity == QLatin1String("order")) {
        if (field == QLatin1String("status"))
            return tr("Status");
        const QRegularExpressionMatch m = lineField().match(field);
        if (m.hasMatch()) {
            if (m.captured(2).isEmpty())
                return tr("Product");
            if (m.captured(2) == QLatin1String("seats"))
                return lineProduct.isEmpty() ? tr("Seats") : tr("Seats of %1").arg(lineProduct);
        }
        return field;
    }
    if (entity == QLatin1String("subscription")) {
        if (field == QLatin1String("seats"))
            return tr("Seats");
        if (field == QLatin1String("pendingSeats"))
            return tr("Seats from the next period");
        if (field == QLatin1String("provisioningStatus"))
            return tr("Provisioning status");
        if (field == QLatin1String("activationKey"))
            return tr("Activation key");
        return field;
    }
    if (entity == QLatin1String("user")) {
        if (field == QLatin1String("username"))
            return tr("User name");
        if (field == QLatin1String("role"))
            return tr("Role");
        if (field == QLatin1String("accountId"))
            return tr("Account");
        if (field == QLatin1String("password"))
            return tr("Password");
        return field;
    }
    if (field == QLatin1String("name"))
        return tr("Name");
    if (field == QLatin1String("type"))
        return tr("Type");
    if (field == QLatin1String("email"))
        return tr("Email");
    if (field == QLatin1String("parentId"))
        return tr("Parent Account");
    return field;
}

QString Format::auditValue(const QString &entity, const QString &field, const QString &value) {
    if (value.isEmpty())
        return value;
    const auto known = [&value](auto parsed, auto format) {
        return parsed ? format(*parsed) : value;
    };
    if (entity == QLatin1String("account")) {
        if (field == QLatin1String("type"))
            return known(fromString<AccountType>(value), &Format::accountType);
        if (field.startsWith(QLatin1String("sync.")) && field.endsWith(QLatin1String(".status")))
            return known(fromString<SyncStatus>(value), &Format::syncStatus);
        if (field.startsWith(QLatin1String("sync.")) && field.endsWith(QLatin1String(".role")))
            return known(fromString<SyncRole>(value), &Format::role);
    } else if (entity == QLatin1String("order")) {
        if (field == QLatin1String("status"))
            return known(fromString<OrderStatus>(value), &Format::orderStatus);
    } else if (entity == QLatin1String("subscription")) {
        if (field == QLatin1String("provisioningStatus"))
            return known(fromString<ProvisioningStatus>(value), &Format::provisioning);
    } else if (entity == QLatin1String("user")) {
        if (field == QLatin1String("role"))
            return known(fromString<UserRole>(value), &Format::userRole);
    }
    return value;
}

} // namespace bss
