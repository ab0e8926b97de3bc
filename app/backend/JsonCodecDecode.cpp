#include "app/backend/JsonCodec.h"
#include "app/backend/JsonReader.h"

#include <QJsonDocument>

namespace bss {

using namespace json;

// --- decoding answers -------------------------------------------------------------------

template <> Result<Platform> JsonCodec::decode<Platform>(const QJsonValue &value) {
    const QJsonObject o = value.toObject();
    Reader r(o, false);
    Platform p;
    p.code = r.textOrEmpty(QStringLiteral("code"), Need::Required);
    p.name = r.textOrEmpty(QStringLiteral("name"));
    return finished(r, p);
}

template <> Result<Product> JsonCodec::decode<Product>(const QJsonValue &value) {
    const QJsonObject o = value.toObject();
    Reader r(o, false);
    Product p;
    p.id = r.id(QStringLiteral("id")).value_or(0);
    p.code = r.textOrEmpty(QStringLiteral("code"));
    p.name = r.textOrEmpty(QStringLiteral("name"));
    p.platform = r.textOrEmpty(QStringLiteral("platform"));
    p.currency = r.textOrEmpty(QStringLiteral("currency"));
    p.billingPeriod = r.enumValue<BillingPeriod>(QStringLiteral("billingPeriod"))
                          .value_or(BillingPeriod::Monthly);
    p.freePeriods = r.intValue(QStringLiteral("freePeriods"), Need::Optional).value_or(0);
    const QJsonObject c = r.raw(QStringLiteral("characteristic")).toObject();
    Reader cr(c, false);
    p.characteristic = cr.textOrEmpty(QStringLiteral("name"));
    p.minSeats = cr.intValue(QStringLiteral("min")).value_or(0);
    p.maxSeats = cr.intValue(QStringLiteral("max")).value_or(0);
    p.step = cr.intValue(QStringLiteral("step")).value_or(1);
    const QJsonArray bands = r.raw(QStringLiteral("bands")).toArray();
    for (const QJsonValue &b : bands) {
        const QJsonObject bo = b.toObject();
        Reader br(bo, false);
        PriceBand band;
        band.from = br.intValue(QStringLiteral("from")).value_or(0);
        band.to = br.intValue(QStringLiteral("to")).value_or(0);
        band.unitPrice =
            br.money(QStringLiteral("unitPrice"), p.currency).value_or(Money()).minor();
        if (std::optional<Error> e = br.finish())
            return *e;
        p.bands.append(band);
    }
    if (std::optional<Error> e = cr.finish())
        return *e;
    return finished(r, p);
}

template <> Result<Quote> JsonCodec::decode<Quote>(const QJsonValue &value) {
    const QJsonObject o = value.toObject();
    Reader r(o, false);
    Quote q;
    const QString currency = r.textOrEmpty(QStringLiteral("currency"));
    q.quoteId = r.textOrEmpty(QStringLiteral("quoteId"));
    q.productId = r.id(QStringLiteral("productId")).value_or(0);
    q.seats = r.intValue(QStringLiteral("seats")).value_or(0);
    q.unitPrice = r.money(QStringLiteral("unitPrice"), currency).value_or(Money());
    q.periodPrice = r.money(QStringLiteral("periodPrice"), currency).value_or(Money());
    q.firstPeriodCharge = r.money(QStringLiteral("firstPeriodCharge"), currency).value_or(Money());
    const QJsonObject band = r.raw(QStringLiteral("band")).toObject();
    q.band.from = band.value(QStringLiteral("from")).toInt();
    q.band.to = band.value(QStringLiteral("to")).toInt();
    q.band.unitPrice = q.unitPrice.minor();
    return finished(r, q);
}

template <> Result<PlatformSync> JsonCodec::decode<PlatformSync>(const QJsonValue &value) {
    const QJsonObject o = value.toObject();
    Reader r(o, false);
    PlatformSync s;
    s.platform = r.textOrEmpty(QStringLiteral("platform"), Need::Required);
    s.status =
        r.enumValue<SyncStatus>(QStringLiteral("status")).value_or(SyncStatus::UnSynchronized);
    s.email = r.textOrEmpty(QStringLiteral("email"));
    if (!r.isNull(QStringLiteral("role")) && r.has(QStringLiteral("role")))
        s.role = r.enumValue<SyncRole>(QStringLiteral("role"));
    s.parentId = r.id(QStringLiteral("parentId"), Need::Optional);
    s.resellerPinSet = r.boolean(QStringLiteral("resellerPinSet")).value_or(false);
    s.lastError = r.textOrEmpty(QStringLiteral("lastError"));
    s.syncedAt = r.dateTime(QStringLiteral("syncedAt")).value_or(QDateTime());
    return finished(r, s);
}

template <> Result<Account> JsonCodec::decode<Account>(const QJsonValue &value) {
    const QJsonObject o = value.toObject();
    Reader r(o, false);
    Account a;
    a.id = r.id(QStringLiteral("id")).value_or(0);
    a.name = r.textOrEmpty(QStringLiteral("name"), Need::Required);
    a.type = r.enumValue<AccountType>(QStringLiteral("type")).value_or(AccountType::Direct);
    a.parentId = r.id(QStringLiteral("parentId"), Need::Optional);
    a.parentName = r.textOrEmpty(QStringLiteral("parentName"));
    a.email = r.textOrEmpty(QStringLiteral("email"));
    a.status = r.textOrEmpty(QStringLiteral("status"));
    a.version = r.integer(QStringLiteral("version"), Need::Required, 0, maxSafeInteger).value_or(0);
    a.createdAt = r.dateTime(QStringLiteral("createdAt")).value_or(QDateTime());
    if (std::optional<Error> e = r.finish())
        return *e;
    Result<QList<PlatformSync>> sync = decodeList<PlatformSync>(o.value(QStringLiteral("sync")));
    if (!sync)
        return sync.error();
    a.sync = std::move(sync).value();
    return a;
}

template <> Result<Order> JsonCodec::decode<Order>(const QJsonValue &value) {
    const QJsonObject o = value.toObject();
    Reader r(o, false);
    Order order;
    const QString currency = r.textOrEmpty(QStringLiteral("currency"));
    order.id = r.id(QStringLiteral("id")).value_or(0);
    order.number = r.textOrEmpty(QStringLiteral("number"));
    order.accountId = r.id(QStringLiteral("accountId")).value_or(0);
    order.accountName = r.textOrEmpty(QStringLiteral("accountName"));
    order.status = r.enumValue<OrderStatus>(QStringLiteral("status")).value_or(OrderStatus::Draft);
    order.kind =
        r.enumValue<OrderKind>(QStringLiteral("kind"), Need::Optional).value_or(OrderKind::New);
    order.subscriptionId = r.id(QStringLiteral("subscriptionId"), Need::Optional);
    order.total = r.money(QStringLiteral("total"), currency).value_or(Money());
    order.canExecute = r.boolean(QStringLiteral("canExecute")).value_or(false);
    order.blockers = stringList(r.raw(QStringLiteral("blockers")));
    order.version =
        r.integer(QStringLiteral("version"), Need::Required, 0, maxSafeInteger).value_or(0);
    order.createdAt = r.dateTime(QStringLiteral("createdAt")).value_or(QDateTime());
    order.executedAt = r.dateTime(QStringLiteral("executedAt")).value_or(QDateTime());
    order.createdBy = r.textOrEmpty(QStringLiteral("createdBy"));
    const QJsonArray lines = r.raw(QStringLiteral("lines")).toArray();
    for (const QJsonValue &lv : lines) {
        const QJsonObject lo = lv.toObject();
        Reader lr(lo, false);
        OrderLine line;
        line.id = lr.id(QStringLiteral("id")).value_or(0);
        line.productId = lr.id(QStringLiteral("productId")).value_or(0);
        line.productName = lr.textOrEmpty(QStringLiteral("productName"));
        line.platform = lr.textOrEmpty(QStringLiteral("platform"));
        line.seats = lr.intValue(QStringLiteral("seats"), Need::Optional);
        line.complete = lr.boolean(QStringLiteral("complete")).value_or(false);
        line.problems = stringList(lr.raw(QStringLiteral("problems")));
        const QJsonValue band = lr.raw(QStringLiteral("band"));
        line.unitPrice = lr.money(QStringLiteral("unitPrice"), currency).value_or(Money());
        line.periodPrice = lr.money(QStringLiteral("periodPrice"), currency).value_or(Money());
        line.firstPeriodCharge =
            lr.money(QStringLiteral("firstPeriodCharge"), currency).value_or(Money());
        if (band.isObject()) {
            line.band = PriceBand{band[QStringLiteral("from")].toInt(),
                                  band[QStringLiteral("to")].toInt(), line.unitPrice.minor()};
        }
        if (std::optional<Error> e = lr.finish())
            return *e;
        order.lines.append(line);
    }
    return finished(r, order);
}

template <> Result<Subscription> JsonCodec::decode<Subscription>(const QJsonValue &value) {
    const QJsonObject o = value.toObject();
    Reader r(o, false);
    Subscription s;
    const QString currency = r.textOrEmpty(QStringLiteral("currency"));
    s.id = r.id(QStringLiteral("id")).value_or(0);
    s.accountId = r.id(QStringLiteral("accountId")).value_or(0);
    s.accountName = r.textOrEmpty(QStringLiteral("accountName"));
    s.productId = r.id(QStringLiteral("productId")).value_or(0);
    s.productName = r.textOrEmpty(QStringLiteral("productName"));
    s.platform = r.textOrEmpty(QStringLiteral("platform"));
    s.orderId = r.id(QStringLiteral("orderId"), Need::Optional).value_or(0);
    s.seats = r.intValue(QStringLiteral("seats")).value_or(0);
    s.pendingSeats = r.intValue(QStringLiteral("pendingSeats"), Need::Optional);
    s.status = r.enumValue<SubscriptionStatus>(QStringLiteral("status"))
                   .value_or(SubscriptionStatus::Active);
    s.provisioningStatus = r.enumValue<ProvisioningStatus>(QStringLiteral("provisioningStatus"))
                               .value_or(ProvisioningStatus::Pending);
    s.lastError = r.textOrEmpty(QStringLiteral("lastError"));
    s.activationKey = r.textOrEmpty(QStringLiteral("activationKey"));
    s.startedAt = r.date(QStringLiteral("startedAt"));
    s.currentPeriodStart = r.date(QStringLiteral("currentPeriodStart"));
    s.currentPeriodEnd = r.date(QStringLiteral("currentPeriodEnd"));
    s.freeUntil = r.date(QStringLiteral("freeUntil"));
    s.recurringPrice = r.money(QStringLiteral("recurringPrice"), currency).value_or(Money());
    return finished(r, s);
}

namespace {
template <typename T> Result<T> orderWithSubscriptions(const QJsonValue &value) {
    const QJsonObject o = value.toObject();
    Result<Order> order = JsonCodec::decode<Order>(o.value(QStringLiteral("order")));
    if (!order)
        return order.error();
    Result<QList<Subscription>> subs =
        JsonCodec::decodeList<Subscription>(o.value(QStringLiteral("subscriptions")));
    if (!subs)
        return subs.error();
    T t;
    t.order = std::move(order).value();
    t.subscriptions = std::move(subs).value();
    return t;
}
} // namespace

template <> Result<Execution> JsonCodec::decode<Execution>(const QJsonValue &value) {
    return orderWithSubscriptions<Execution>(value);
}

template <> Result<Purchase> JsonCodec::decode<Purchase>(const QJsonValue &value) {
    return orderWithSubscriptions<Purchase>(value);
}

template <>
Result<ConfigurationChange> JsonCodec::decode<ConfigurationChange>(const QJsonValue &value) {
    const QJsonObject o = value.toObject();
    Reader r(o, false);
    ConfigurationChange c;
    const QString currency = r.textOrEmpty(QStringLiteral("currency"));
    c.subscriptionId = r.id(QStringLiteral("subscriptionId")).value_or(0);
    c.currentSeats = r.intValue(QStringLiteral("currentSeats")).value_or(0);
    c.newSeats = r.intValue(QStringLiteral("newSeats")).value_or(0);
    c.dryRun = r.boolean(QStringLiteral("dryRun")).value_or(false);
    c.chargeNow = r.money(QStringLiteral("chargeNow"), currency).value_or(Money());
    c.effectiveDate = r.date(QStringLiteral("effectiveDate"));
    c.newRecurringPrice = r.money(QStringLiteral("newRecurringPrice"), currency).value_or(Money());
    c.changeOrderId = r.id(QStringLiteral("changeOrderId"), Need::Optional);
    if (std::optional<Error> e = r.finish())
        return *e;
    Result<Subscription> s = decode<Subscription>(o.value(QStringLiteral("subscription")));
    if (!s)
        return s.error();
    c.subscription = std::move(s).value();
    return c;
}

template <> Result<AuditEntry> JsonCodec::decode<AuditEntry>(const QJsonValue &value) {
    const QJsonObject o = value.toObject();
    Reader r(o, false);
    AuditEntry a;
    a.id = r.id(QStringLiteral("id"), Need::Optional).value_or(0);
    a.at = r.dateTime(QStringLiteral("at")).value_or(QDateTime());
    a.user = r.textOrEmpty(QStringLiteral("user"));
    a.action = r.textOrEmpty(QStringLiteral("action"));
    a.entity = r.textOrEmpty(QStringLiteral("entity"));
    a.entityId =
        r.integer(QStringLiteral("entityId"), Need::Optional, 0, maxSafeInteger).value_or(0);
    a.field = r.textOrEmpty(QStringLiteral("field"));
    a.before = r.textOrEmpty(QStringLiteral("before"));
    a.after = r.textOrEmpty(QStringLiteral("after"));
    return finished(r, a);
}

template <> Result<OutboxMessage> JsonCodec::decode<OutboxMessage>(const QJsonValue &value) {
    const QJsonObject o = value.toObject();
    Reader r(o, false);
    OutboxMessage m;
    m.id = r.id(QStringLiteral("id")).value_or(0);
    m.accountId = r.id(QStringLiteral("accountId")).value_or(0);
    m.subscriptionId = r.id(QStringLiteral("subscriptionId"), Need::Optional);
    m.recipient = r.textOrEmpty(QStringLiteral("recipient"));
    m.subject = r.textOrEmpty(QStringLiteral("subject"));
    m.body = r.textOrEmpty(QStringLiteral("body"));
    m.createdAt = r.dateTime(QStringLiteral("createdAt")).value_or(QDateTime());
    return finished(r, m);
}

template <> Result<Session> JsonCodec::decode<Session>(const QJsonValue &value) {
    const QJsonObject o = value.toObject();
    Reader r(o, false);
    Session s;
    s.token = r.textOrEmpty(QStringLiteral("token"), Need::Required);
    s.expiresAt = r.dateTime(QStringLiteral("expiresAt")).value_or(QDateTime());
    s.username = r.textOrEmpty(QStringLiteral("username"));
    s.role = r.enumValue<UserRole>(QStringLiteral("role")).value_or(UserRole::Agent);
    s.accountId = r.id(QStringLiteral("accountId"), Need::Optional);
    return finished(r, s);
}

template <> Result<User> JsonCodec::decode<User>(const QJsonValue &value) {
    const QJsonObject o = value.toObject();
    Reader r(o, false);
    User u;
    u.id = r.id(QStringLiteral("id")).value_or(0);
    u.username = r.textOrEmpty(QStringLiteral("username"), Need::Required);
    u.role = r.enumValue<UserRole>(QStringLiteral("role")).value_or(UserRole::Agent);
    u.accountId = r.id(QStringLiteral("accountId"), Need::Optional);
    u.createdAt = r.dateTime(QStringLiteral("createdAt")).value_or(QDateTime());
    u.disabled = r.boolean(QStringLiteral("disabled")).value_or(false);
    return finished(r, u);
}

// Action names this version does not know (a newer server's) are left out: the window offers
// only what it knows how to do.
template <> Result<Me> JsonCodec::decode<Me>(const QJsonValue &value) {
    const QJsonObject o = value.toObject();
    Reader r(o, false);
    Me me;
    me.username = r.textOrEmpty(QStringLiteral("username"), Need::Required);
    me.role = r.enumValue<UserRole>(QStringLiteral("role")).value_or(UserRole::Reseller);
    me.accountId = r.id(QStringLiteral("accountId"), Need::Optional);
    if (!o.value(QStringLiteral("accountName")).isNull())
        me.accountName = r.textOrEmpty(QStringLiteral("accountName"));
    const QJsonValue may = r.raw(QStringLiteral("may"));
    if (!may.isArray())
        return malformed(QStringLiteral("may"));
    for (const QJsonValue &name : may.toArray()) {
        if (const std::optional<Permission> p = permissionOf(name.toString()))
            me.may.append(*p);
    }
    return finished(r, me);
}

template <> Result<QString> JsonCodec::decode<QString>(const QJsonValue &value) {
    if (!value.isString())
        return malformed(QStringLiteral("text"));
    return value.toString();
}

template <> Result<qint64> JsonCodec::decode<qint64>(const QJsonValue &value) {
    const QJsonObject o = value.toObject();
    Reader r(o, false);
    const std::optional<qint64> count =
        r.integer(QStringLiteral("count"), Need::Required, 0, maxSafeInteger);
    return finished(r, count.value_or(0));
}

} // namespace bss
