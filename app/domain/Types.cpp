#include "app/domain/Types.h"

#include <array>
#include <type_traits>
#include <utility>

namespace bss {

namespace {

template <typename E, std::size_t N> using Names = std::array<std::pair<E, const char *>, N>;

constexpr Names<AccountType, 3> accountTypes{{{AccountType::Direct, "direct"},
                                              {AccountType::Reseller, "reseller"},
                                              {AccountType::EndUser, "endUser"}}};
constexpr Names<SyncStatus, 3> syncStatuses{{{SyncStatus::UnSynchronized, "UnSynchronized"},
                                             {SyncStatus::Synchronized, "Synchronized"},
                                             {SyncStatus::Failed, "Failed"}}};
constexpr Names<SyncRole, 2> syncRoles{
    {{SyncRole::User, "User"}, {SyncRole::Reseller, "Reseller"}}};
constexpr Names<OrderStatus, 3> orderStatuses{{{OrderStatus::Draft, "draft"},
                                               {OrderStatus::Executed, "executed"},
                                               {OrderStatus::Cancelled, "cancelled"}}};
constexpr Names<OrderKind, 2> orderKinds{{{OrderKind::New, "new"}, {OrderKind::Change, "change"}}};
constexpr Names<ProvisioningStatus, 3> provisioningStatuses{
    {{ProvisioningStatus::Pending, "Pending"},
     {ProvisioningStatus::Provisioned, "Provisioned"},
     {ProvisioningStatus::Failed, "Failed"}}};
constexpr Names<SubscriptionStatus, 2> subscriptionStatuses{
    {{SubscriptionStatus::Active, "active"}, {SubscriptionStatus::Cancelled, "cancelled"}}};
constexpr Names<BillingPeriod, 2> billingPeriods{
    {{BillingPeriod::Monthly, "monthly"}, {BillingPeriod::Annual, "annual"}}};
constexpr Names<UserRole, 3> userRoles{
    {{UserRole::Admin, "admin"}, {UserRole::Agent, "agent"}, {UserRole::Reseller, "reseller"}}};

template <typename E, std::size_t N> QLatin1StringView viewOf(const Names<E, N> &names, E value) {
    for (const auto &[v, name] : names) {
        if (v == value)
            return QLatin1StringView(name);
    }
    return {};
}

template <typename E, std::size_t N> QString nameOf(const Names<E, N> &names, E value) {
    return QString(viewOf(names, value));
}

// The value whose name `s` is; S is QString or a UTF-8 QByteArrayView.
template <typename E, std::size_t N, typename S>
std::optional<E> valueOf(const Names<E, N> &names, const S &s) {
    for (const auto &[v, name] : names) {
        if constexpr (std::is_same_v<S, QString>) {
            if (s == QLatin1StringView(name))
                return v;
        } else if (s == QByteArrayView(name)) {
            return v;
        }
    }
    return std::nullopt;
}

} // namespace

QLatin1StringView wireName(AccountType v) {
    return viewOf(accountTypes, v);
}
QLatin1StringView wireName(SyncStatus v) {
    return viewOf(syncStatuses, v);
}
QLatin1StringView wireName(SyncRole v) {
    return viewOf(syncRoles, v);
}
template <> std::optional<AccountType> fromWireName(QByteArrayView utf8) {
    return valueOf(accountTypes, utf8);
}
template <> std::optional<SyncStatus> fromWireName(QByteArrayView utf8) {
    return valueOf(syncStatuses, utf8);
}
template <> std::optional<SyncRole> fromWireName(QByteArrayView utf8) {
    return valueOf(syncRoles, utf8);
}

QString toString(AccountType v) {
    return nameOf(accountTypes, v);
}
QString toString(SyncStatus v) {
    return nameOf(syncStatuses, v);
}
QString toString(SyncRole v) {
    return nameOf(syncRoles, v);
}
QString toString(OrderStatus v) {
    return nameOf(orderStatuses, v);
}
QString toString(OrderKind v) {
    return nameOf(orderKinds, v);
}
QString toString(ProvisioningStatus v) {
    return nameOf(provisioningStatuses, v);
}
QString toString(SubscriptionStatus v) {
    return nameOf(subscriptionStatuses, v);
}
QString toString(BillingPeriod v) {
    return nameOf(billingPeriods, v);
}
QString toString(UserRole v) {
    return nameOf(userRoles, v);
}

template <> std::optional<AccountType> fromString(const QString &s) {
    return valueOf(accountTypes, s);
}
template <> std::optional<SyncStatus> fromString(const QString &s) {
    return valueOf(syncStatuses, s);
}
template <> std::optional<SyncRole> fromString(const QString &s) {
    return valueOf(syncRoles, s);
}
template <> std::optional<OrderStatus> fromString(const QString &s) {
    return valueOf(orderStatuses, s);
}
template <> std::optional<OrderKind> fromString(const QString &s) {
    return valueOf(orderKinds, s);
}
template <> std::optional<ProvisioningStatus> fromString(const QString &s) {
    return valueOf(provisioningStatuses, s);
}
template <> std::optional<SubscriptionStatus> fromString(const QString &s) {
    return valueOf(subscriptionStatuses, s);
}
template <> std::optional<BillingPeriod> fromString(const QString &s) {
    return valueOf(billingPeriods, s);
}
template <> std::optional<UserRole> fromString(const QString &s) {
    return valueOf(userRoles, s);
}

const PlatformSync *Account::syncFor(const QString &platform) const {
    for (const PlatformSync &s : sync) {
        if (s.platform == platform)
            return &s;
    }
    return nullptr;
}

SyncStatus Account::syncStatus(const QString &platform) const {
    const PlatformSync *s = syncFor(platform);
    return s ? s->status : SyncStatus::UnSynchronized;
}

QString orderNumber(Id id) {
    return QStringLiteral("ORD-") + QString::number(id).rightJustified(6, QLatin1Char('0'));
}

QString maskSecret(const QString &secret) {
    if (secret.isEmpty())
        return {};
    QString masked = secret;
    const qsizetype keep = qMin<qsizetype>(4, secret.size() / 2);
    for (qsizetype i = 0; i < masked.size() - keep; ++i) {
        if (masked.at(i) != QLatin1Char('-'))
            masked[i] = QChar(0x2022);
    }
    return masked;
}

} // namespace bss
