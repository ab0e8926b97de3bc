#include "ui/common/Format.h"

#include "app/domain/Audit.h"

#include <QLocale>

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
    const std::optional<audit::Action> known = audit::actionOf(action);
    if (!known)
        return action;
    switch (*known) {
    case audit::Action::Create:
        return tr("Created", "audit action");
    case audit::Action::Update:
        return tr("Changed", "audit action");
    case audit::Action::Synchronize:
        return tr("Saved & synchronized", "audit action");
    case audit::Action::Cancel:
        return tr("Cancelled", "audit action");
    case audit::Action::Execute:
        return tr("Executed", "audit action");
    case audit::Action::AddLine:
        return tr("Product added", "audit action");
    case audit::Action::RemoveLine:
        return tr("Product removed", "audit action");
    case audit::Action::Change:
        return tr("Configuration changed", "audit action");
    case audit::Action::Provision:
        return tr("Provisioning", "audit action");
    case audit::Action::Reveal:
        return tr("Key revealed", "audit action");
    case audit::Action::Delete:
        return tr("Deleted", "audit action");
    }
    return action;
}

Id Format::auditLineId(const QString &field) {
    const std::optional<audit::FieldPath> path = audit::FieldPath::parse(field);
    return path && path->kind == audit::FieldPath::Kind::Line ? path->lineId : 0;
}

namespace {

// A platform's Sync Options field: "Kaspersky Labs role".
QString syncField(const QString &platform, audit::Field field) {
    switch (field) {
    case audit::Field::Status:
        return Format::tr("%1 sync status", "audit field; %1 is a platform").arg(platform);
    case audit::Field::Email:
        return Format::tr("%1 email", "audit field; %1 is a platform").arg(platform);
    case audit::Field::Role:
        return Format::tr("%1 role", "audit field; %1 is a platform").arg(platform);
    case audit::Field::ParentId:
        return Format::tr("%1 Parent Account", "audit field; %1 is a platform").arg(platform);
    case audit::Field::ResellerPin:
        return Format::tr("%1 Reseller PIN", "audit field; %1 is a platform").arg(platform);
    case audit::Field::LastError:
        return Format::tr("%1 sync failure reason", "audit field; %1 is a platform").arg(platform);
    default:
        return {};
    }
}

// A field of an entity in words; empty for one the entity does not have.
QString entityField(audit::Entity entity, audit::Field field) {
    using audit::Field;
    switch (entity) {
    case audit::Entity::Account:
        if (field == Field::Name)
            return Format::tr("Name");
        if (field == Field::Type)
            return Format::tr("Type");
        if (field == Field::Email)
            return Format::tr("Email");
        if (field == Field::ParentId)
            return Format::tr("Parent Account");
        break;
    case audit::Entity::Order:
        if (field == Field::Status)
            return Format::tr("Status");
        break;
    case audit::Entity::Subscription:
        if (field == Field::Seats)
            return Format::tr("Seats");
        if (field == Field::PendingSeats)
            return Format::tr("Seats from the next period");
        if (field == Field::ProvisioningStatus)
            return Format::tr("Provisioning status");
        if (field == Field::ActivationKey)
            return Format::tr("Activation key");
        break;
    case audit::Entity::User:
        if (field == Field::Username)
            return Format::tr("User name");
        if (field == Field::Role)
            return Format::tr("Role");
        if (field == Field::AccountId)
            return Format::tr("Account");
        if (field == Field::Password)
            return Format::tr("Password");
        if (field == Field::Disabled)
            return Format::tr("Disabled");
        break;
    }
    return {};
}

} // namespace

QString Format::auditField(const QString &entity, const QString &field,
                           const QString &lineProduct) {
    const std::optional<audit::Entity> owner = audit::entityOf(entity);
    const std::optional<audit::FieldPath> path = audit::FieldPath::parse(field);
    if (!owner || !path)
        return field;
    QString words;
    switch (path->kind) {
    case audit::FieldPath::Kind::Sync:
        if (*owner == audit::Entity::Account)
            words = syncField(platformName(path->platform), *path->field);
        break;
    case audit::FieldPath::Kind::Line:
        if (*owner != audit::Entity::Order)
            break;
        if (!path->field)
            words = tr("Product");
        else if (*path->field == audit::Field::Seats)
            words = lineProduct.isEmpty() ? tr("Seats") : tr("Seats of %1").arg(lineProduct);
        break;
    case audit::FieldPath::Kind::Plain:
        words = entityField(*owner, *path->field);
        break;
    }
    return words.isEmpty() ? field : words;
}

QString Format::auditValue(const QString &entity, const QString &field, const QString &value) {
    const std::optional<audit::Entity> owner = audit::entityOf(entity);
    const std::optional<audit::FieldPath> path = audit::FieldPath::parse(field);
    if (value.isEmpty() || !owner || !path || !path->field)
        return value;
    const auto known = [&value](auto parsed, auto format) {
        return parsed ? format(*parsed) : value;
    };
    const bool sync = path->kind == audit::FieldPath::Kind::Sync;
    const bool plain = path->kind == audit::FieldPath::Kind::Plain;
    switch (*owner) {
    case audit::Entity::Account:
        if (plain && *path->field == audit::Field::Type)
            return known(fromString<AccountType>(value), &Format::accountType);
        if (sync && *path->field == audit::Field::Status)
            return known(fromString<SyncStatus>(value), &Format::syncStatus);
        if (sync && *path->field == audit::Field::Role)
            return known(fromString<SyncRole>(value), &Format::role);
        break;
    case audit::Entity::Order:
        if (plain && *path->field == audit::Field::Status)
            return known(fromString<OrderStatus>(value), &Format::orderStatus);
        break;
    case audit::Entity::Subscription:
        if (plain && *path->field == audit::Field::ProvisioningStatus)
            return known(fromString<ProvisioningStatus>(value), &Format::provisioning);
        break;
    case audit::Entity::User:
        if (plain && *path->field == audit::Field::Role)
            return known(fromString<UserRole>(value), &Format::userRole);
        break;
    }
    return value;
}

} // namespace bss
