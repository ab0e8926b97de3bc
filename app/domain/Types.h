#pragma once

#include "app/domain/Limits.h"
#include "app/domain/Money.h"

#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bss {

using Id = qint64;

enum class AccountType { Direct, Reseller, EndUser };
enum class SyncStatus { UnSynchronized, Synchronized, Failed };
enum class SyncRole { User, Reseller };
enum class OrderStatus { Draft, Executed, Cancelled };
enum class OrderKind { New, Change };
enum class ProvisioningStatus { Pending, Provisioned, Failed };
enum class SubscriptionStatus { Active, Cancelled };
enum class BillingPeriod { Monthly, Annual };
enum class UserRole { Admin, Agent, Reseller };

// Wire names, as in API.md ("endUser", "Synchronized", "draft", ...). fromString returns
// nullopt for anything unknown so that bad input is refused, not guessed.
QString toString(AccountType v);
QString toString(SyncStatus v);
QString toString(SyncRole v);
QString toString(OrderStatus v);
QString toString(OrderKind v);
QString toString(ProvisioningStatus v);
QString toString(SubscriptionStatus v);
QString toString(BillingPeriod v);
QString toString(UserRole v);
template <typename E> std::optional<E> fromString(const QString &s);
// The same names as views of static text, and read from UTF-8 bytes, for the hot paths (a page
// of accounts written as JSON, rows read from the store) where a QString each would be allocated.
QLatin1StringView wireName(AccountType v);
QLatin1StringView wireName(SyncStatus v);
QLatin1StringView wireName(SyncRole v);
template <typename E> std::optional<E> fromWireName(QByteArrayView utf8);

// Who is asking. Services scope what a reseller sees and may do; the audit trail names `user`.
struct Actor {
    QString user;
    UserRole role = UserRole::Admin;
    std::optional<Id> accountId; // the reseller account a reseller user is bound to
};

struct Platform {
    QString code; // kaspersky, microsoft, acronis
    QString name; // Kaspersky Labs, ...
};

struct PriceBand {
    int from = 0;
    int to = 0;
    qint64 unitPrice = 0; // minor units, per seat per billing period
    friend bool operator==(const PriceBand &, const PriceBand &) = default;
};

struct Product {
    Id id = 0;
    QString code;
    QString name;
    QString platform;
    QString characteristic = QStringLiteral("Seats");
    int minSeats = 1;
    int maxSeats = 1;
    int step = 1;
    BillingPeriod billingPeriod = BillingPeriod::Monthly;
    int freePeriods = 0;
    QString currency = QStringLiteral("EUR");
    QList<PriceBand> bands;
};

struct Quote {
    QString quoteId;
    Id productId = 0;
    int seats = 0;
    PriceBand band;
    Money unitPrice;
    Money periodPrice;
    Money firstPeriodCharge;
};

// Per account and platform: the Sync Options and the Provisioning Sync Status.
struct PlatformSync {
    QString platform;
    SyncStatus status = SyncStatus::UnSynchronized;
    QString email;
    std::optional<SyncRole> role;
    std::optional<Id> parentId;
    bool resellerPinSet = false;
    QString lastError;
    QDateTime syncedAt;

    static PlatformSync unsynchronized(const QString &platform) {
        PlatformSync s;
        s.platform = platform;
        return s;
    }
};

struct Account {
    Id id = 0;
    QString name;
    AccountType type = AccountType::Direct;
    std::optional<Id> parentId;
    QString parentName;
    QString email;
    QString status = QStringLiteral("active");
    qint64 version = 1;
    QDateTime createdAt;
    QList<PlatformSync> sync; // one entry per platform, UnSynchronized where nothing is saved

    const PlatformSync *syncFor(const QString &platform) const;
    SyncStatus syncStatus(const QString &platform) const;
};

struct NewAccount {
    QString name;
    AccountType type = AccountType::Direct;
    std::optional<Id> parentId;
    QString email;
};

// PATCH semantics: only the fields that are set change. clearParent removes the parent.
struct AccountPatch {
    std::optional<QString> name;
    std::optional<QString> email;
    std::optional<Id> parentId;
    bool clearParent = false;
};

struct SyncOptionsInput {
    std::optional<Id> parentId;
    QString email;
    std::optional<SyncRole> role;
    QString resellerPin; // empty: keep the PIN already saved (if any)
};

struct AccountQuery {
    QString q; // name or email, prefix or substring
    std::optional<AccountType> type;
    std::optional<Id> parentId;
    QString platform; // with syncStatus: the status on that platform
    std::optional<SyncStatus> syncStatus;
    int limit = limits::defaultPageSize;
    QString cursor;
    // For a scrollbar jump, without a cursor: the page `offset` rows from the start, or with
    // `fromEnd` the page that ends `offset` rows before the end. Pages in turn use the cursor.
    qint64 offset = 0;
    bool fromEnd = false;
};

struct OrderLine {
    Id id = 0;
    Id productId = 0;
    QString productName;
    QString platform;
    std::optional<int> seats;
    bool complete = false;
    QStringList problems; // why the line is incomplete (the seed's red entry)
    std::optional<PriceBand> band;
    Money unitPrice;
    Money periodPrice;
    Money firstPeriodCharge;
};

struct Order {
    Id id = 0;
    QString number; // ORD-000042
    Id accountId = 0;
    QString accountName;
    OrderStatus status = OrderStatus::Draft;
    OrderKind kind = OrderKind::New;
    std::optional<Id> subscriptionId; // for change orders
    Money total;
    QList<OrderLine> lines;
    bool canExecute = false;
    QStringList blockers;
    qint64 version = 1;
    QDateTime createdAt;
    QDateTime executedAt;
    QString createdBy;
};

struct OrderQuery {
    std::optional<Id> accountId;
    std::optional<OrderStatus> status;
    QString q; // order number (ORD-000042, 42) or customer name prefix
    int limit = limits::defaultPageSize;
    QString cursor;
    // For a scrollbar jump, without a cursor: the page `offset` rows from the start, or with
    // `fromEnd` the page that ends `offset` rows before the end. Pages in turn use the cursor.
    qint64 offset = 0;
    bool fromEnd = false;
};

struct Subscription {
    Id id = 0;
    Id accountId = 0;
    QString accountName;
    Id productId = 0;
    QString productName;
    QString platform;
    Id orderId = 0;
    int seats = 0;
    std::optional<int> pendingSeats; // a decrease waiting for the next period
    SubscriptionStatus status = SubscriptionStatus::Active;
    ProvisioningStatus provisioningStatus = ProvisioningStatus::Pending;
    QString lastError;
    QString activationKey; // masked by the Backend unless revealed
    QDate startedAt;
    QDate currentPeriodStart;
    QDate currentPeriodEnd; // exclusive: the next period starts here
    QDate freeUntil;        // exclusive; equal to startedAt when there is no free period
    Money recurringPrice;
};

struct SubscriptionQuery {
    std::optional<Id> accountId;
    std::optional<Id> productId;
    std::optional<SubscriptionStatus> status;
    int limit = limits::defaultPageSize;
    QString cursor;
    // For a scrollbar jump, without a cursor: the page `offset` rows from the start, or with
    // `fromEnd` the page that ends `offset` rows before the end. Pages in turn use the cursor.
    qint64 offset = 0;
    bool fromEnd = false;
};

struct Execution {
    Order order;
    QList<Subscription> subscriptions;
};

struct ConfigurationChange {
    Id subscriptionId = 0;
    int currentSeats = 0;
    int newSeats = 0;
    bool dryRun = true;
    Money chargeNow;
    QDate effectiveDate;
    Money newRecurringPrice;
    std::optional<Id> changeOrderId;
    Subscription subscription; // after the change (unchanged for a dry run)
};

struct Purchase {
    Order order;
    QList<Subscription> subscriptions;
};

struct AuditEntry {
    Id id = 0;
    QDateTime at;
    QString user;
    QString action; // create, update, synchronize, execute, ...
    QString entity; // account, order, subscription, user
    Id entityId = 0;
    QString field;
    QString before;
    QString after;
};

struct AuditQuery {
    QString entity;
    std::optional<Id> entityId;
    int limit = limits::defaultPageSize;
    QString cursor;
};

struct OutboxMessage {
    Id id = 0;
    Id accountId = 0;
    std::optional<Id> subscriptionId;
    QString recipient;
    QString subject;
    QString body;
    QDateTime createdAt;
};

struct OutboxQuery {
    std::optional<Id> accountId;
    std::optional<Id> subscriptionId;
    int limit = limits::defaultPageSize;
    QString cursor;
};

template <typename T> struct Page {
    QList<T> items;
    QString nextCursor; // empty: this is the last page
};

QString orderNumber(Id id);
// Masks all but the last four characters: "••••-••••-••••-9F2C".
QString maskSecret(const QString &secret);

} // namespace bss
