#include "app/store/SqlStore.h"
#include "app/store/StoreQuery.h"

#include <QRegularExpression>

#include <algorithm>

namespace bss {

using detail::nullable;
using detail::Where;

namespace {

const QString visibleAccount = QStringLiteral("(a.id = :scope OR a.parent_id = :scope)");

void addScope(Where &where, std::optional<Id> scope) {
    if (scope)
        where.add(visibleAccount, {{QStringLiteral("scope"), *scope}});
}

const QString orderColumns = QStringLiteral(
    "SELECT o.id, o.account_id, a.name, o.status, o.kind, o.subscription_id, o.total, o.currency,"
    " o.version, o.created_at, o.executed_at, o.created_by FROM orders o JOIN accounts a ON a.id = "
    "o.account_id");

// The orders a list or count filters, without the page's columns. Every order has its account
// (a foreign key), so the LEFT JOIN is the same rows; SQLite drops it when no filter needs the
// account, and a count of 2.5 million orders takes 18 ms instead of 150.
const QString orderKeyFrom = QStringLiteral("orders o LEFT JOIN accounts a ON a.id = o.account_id");

Order readOrder(const QSqlQuery &q) {
    Order o;
    o.id = q.value(0).toLongLong();
    o.number = orderNumber(o.id);
    o.accountId = q.value(1).toLongLong();
    o.accountName = q.value(2).toString();
    o.status = fromString<OrderStatus>(q.value(3).toString()).value_or(OrderStatus::Draft);
    o.kind = fromString<OrderKind>(q.value(4).toString()).value_or(OrderKind::New);
    o.subscriptionId = detail::optionalValue<qint64>(q.value(5));
    o.total = Money(q.value(6).toLongLong(), q.value(7).toString());
    o.version = q.value(8).toLongLong();
    o.createdAt = SqlStore::parseTimestamp(q.value(9));
    o.executedAt = SqlStore::parseTimestamp(q.value(10));
    o.createdBy = q.value(11).toString();
    return o;
}

Where orderFilter(const Dialect &dialect, const OrderQuery &query, std::optional<Id> scope) {
    Where where;
    addScope(where, scope);
    if (query.accountId)
        where.add(QStringLiteral("o.account_id = :account"),
                  {{QStringLiteral("account"), *query.accountId}});
    if (query.status)
        where.add(QStringLiteral("o.status = :status"),
                  {{QStringLiteral("status"), toString(*query.status)}});
    const QString q = query.q.trimmed();
    if (!q.isEmpty()) {
        static const QRegularExpression number(QStringLiteral("^(?:ORD-?)?0*(\\d{1,15})$"),
                                               QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch m = number.match(q);
        if (m.hasMatch())
            where.add(QStringLiteral("o.id = :number"),
                      {{QStringLiteral("number"), m.captured(1).toLongLong()}});
        else
            where.add(QStringLiteral("a.name %1 :customer ESCAPE '\\'").arg(dialect.ilike()),
                      {{QStringLiteral("customer"), QString(likeEscape(q) + QLatin1Char('%'))}});
    }
    return where;
}

const QString subscriptionColumns = QStringLiteral(
    "SELECT s.id, s.account_id, a.name, s.product_id, p.name, p.platform, s.order_id, s.seats,"
    " s.pending_seats, s.status, s.provisioning_status, s.last_error, s.activation_key, "
    "s.started_at,"
    " s.period_start, s.period_end, s.free_until FROM subscriptions s"
    " JOIN accounts a ON a.id = s.account_id JOIN products p ON p.id = s.product_id");

Subscription readSubscription(const QSqlQuery &q) {
    Subscription s;
    s.id = q.value(0).toLongLong();
    s.accountId = q.value(1).toLongLong();
    s.accountName = q.value(2).toString();
    s.productId = q.value(3).toLongLong();
    s.productName = q.value(4).toString();
    s.platform = q.value(5).toString();
    s.orderId = q.value(6).toLongLong();
    s.seats = q.value(7).toInt();
    s.pendingSeats = detail::optionalValue<int>(q.value(8));
    s.status =
        fromString<SubscriptionStatus>(q.value(9).toString()).value_or(SubscriptionStatus::Active);
    s.provisioningStatus = fromString<ProvisioningStatus>(q.value(10).toString())
                               .value_or(ProvisioningStatus::Pending);
    s.lastError = q.value(11).toString();
    s.activationKey = q.value(12).toString();
    s.startedAt = QDate::fromString(q.value(13).toString(), Qt::ISODate);
    s.currentPeriodStart = QDate::fromString(q.value(14).toString(), Qt::ISODate);
    s.currentPeriodEnd = QDate::fromString(q.value(15).toString(), Qt::ISODate);
    s.freeUntil = QDate::fromString(q.value(16).toString(), Qt::ISODate);
    return s;
}

QVariantMap subscriptionValues(const Subscription &s) {
    return {{QStringLiteral("account"), s.accountId},
            {QStringLiteral("product"), s.productId},
            {QStringLiteral("order"), s.orderId},
            {QStringLiteral("seats"), s.seats},
            {QStringLiteral("pending"), nullable(s.pendingSeats)},
            {QStringLiteral("status"), toString(s.status)},
            {QStringLiteral("provisioning"), toString(s.provisioningStatus)},
            {QStringLiteral("error"), s.lastError},
            {QStringLiteral("key"), s.activationKey},
            {QStringLiteral("started"), s.startedAt.toString(Qt::ISODate)},
            {QStringLiteral("start"), s.currentPeriodStart.toString(Qt::ISODate)},
            {QStringLiteral("end"), s.currentPeriodEnd.toString(Qt::ISODate)},
            {QStringLiteral("free"), s.freeUntil.toString(Qt::ISODate)}};
}

} // namespace

Result<Id> SqlStore::insertOrder(Id accountId, OrderKind kind, std::optional<Id> subscriptionId,
                                 const QString &user, const QDateTime &at) {
    return insert(
        QStringLiteral(
            "INSERT INTO orders (account_id, status, kind, subscription_id, total, currency,"
            " created_by, created_at) VALUES (:account, 'draft', :kind, :subscription, 0,"
            " 'EUR', :user, :at)"),
        {{QStringLiteral("account"), accountId},
         {QStringLiteral("kind"), toString(kind)},
         {QStringLiteral("subscription"), nullable(subscriptionId)},
         {QStringLiteral("user"), user},
         {QStringLiteral("at"), timestamp(at)}});
}

Result<std::optional<Order>> SqlStore::order(Id id, std::optional<Id> scope) {
    Where where;
    where.add(QStringLiteral("o.id = :id"), {{QStringLiteral("id"), id}});
    addScope(where, scope);
    Result<QSqlQuery> q = exec(orderColumns + where.sql() + m_dialect.forUpdate(), where.params);
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Order>();
    Order o = readOrder(*q);
    if (Result<Done> r = fillLines(o); !r)
        return r.error();
    return std::optional<Order>(o);
}

Result<Done> SqlStore::fillLines(Order &order) {
    Result<QSqlQuery> q =
        exec(QStringLiteral("SELECT l.id, l.product_id, p.name, p.platform, l.seats"
                            " FROM order_lines l JOIN products p ON p.id = l.product_id"
                            " WHERE l.order_id = :id ORDER BY l.id"),
             {{QStringLiteral("id"), order.id}});
    if (!q)
        return q.error();
    order.lines.clear();
    while (q->next()) {
        OrderLine line;
        line.id = q->value(0).toLongLong();
        line.productId = q->value(1).toLongLong();
        line.productName = q->value(2).toString();
        line.platform = q->value(3).toString();
        line.seats = detail::optionalValue<int>(q->value(4));
        order.lines.append(line);
    }
    return Done{};
}

Result<bool> SqlStore::updateOrder(const Order &order, qint64 expectedVersion) {
    const Result<int> r = change(
        QStringLiteral("UPDATE orders SET status = :status, total = :total,"
                       " currency = :currency, executed_at = :executed,"
                       " version = version + 1 WHERE id = :id AND version = :version"),
        {{QStringLiteral("status"), toString(order.status)},
         {QStringLiteral("total"), order.total.minor()},
         {QStringLiteral("currency"), order.total.currency()},
         {QStringLiteral("executed"),
          order.executedAt.isValid() ? QVariant(timestamp(order.executedAt)) : detail::sqlNull()},
         {QStringLiteral("id"), order.id},
         {QStringLiteral("version"), expectedVersion}});
    if (!r)
        return r.error();
    return *r == 1;
}

Result<Id> SqlStore::insertLine(Id orderId, Id productId, std::optional<int> seats) {
    return insert(
        QStringLiteral("INSERT INTO order_lines (order_id, product_id, seats) VALUES (:o, :p, :s)"),
        {{QStringLiteral("o"), orderId},
         {QStringLiteral("p"), productId},
         {QStringLiteral("s"), nullable(seats)}});
}

Result<Done> SqlStore::setLineSeats(Id lineId, int seats) {
    const Result<int> r = change(QStringLiteral("UPDATE order_lines SET seats = :s WHERE id = :id"),
                                 {{QStringLiteral("s"), seats}, {QStringLiteral("id"), lineId}});
    if (!r)
        return r.error();
    return Done{};
}

Result<Done> SqlStore::deleteLine(Id lineId) {
    const Result<int> r = change(QStringLiteral("DELETE FROM order_lines WHERE id = :id"),
                                 {{QStringLiteral("id"), lineId}});
    if (!r)
        return r.error();
    return Done{};
}

Result<Page<Order>> SqlStore::orders(const OrderQuery &query, std::optional<Id> scope) {
    detail::ListSql list{orderColumns, orderKeyFrom, {QStringLiteral("o.id")}, true};
    if (!m_dialect.isPostgres())
        list.seekFrom = QStringLiteral("orders o INDEXED BY orders_seek");
    return detail::fetchWindow<Order>(*this, list, orderFilter(m_dialect, query, scope), query,
                                      readOrder, [](const Order &o) { return QVariantList{o.id}; });
}

Result<qint64> SqlStore::countOrders(const OrderQuery &query, std::optional<Id> scope) {
    const Where where = orderFilter(m_dialect, query, scope);
    // The accounts only when a filter reads them: SQLite does not drop the LEFT JOIN by itself
    // here, and counting 2.5 million orders through it takes 330 ms instead of 15.
    static const QRegularExpression accountColumn(QStringLiteral("\\ba\\."));
    const bool byAccount = std::any_of(where.clauses.cbegin(), where.clauses.cend(),
                                       [](const QString &c) { return c.contains(accountColumn); });
    const Result<QVariant> n =
        scalar(QStringLiteral("SELECT COUNT(*) FROM ") +
                   (byAccount ? orderKeyFrom : QStringLiteral("orders o")) + where.sql(),
               where.params);
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<Id> SqlStore::insertSubscription(const Subscription &subscription, Id orderLineId) {
    QVariantMap values = subscriptionValues(subscription);
    values.insert(QStringLiteral("line"), orderLineId);
    return insert(
        QStringLiteral(
            "INSERT INTO subscriptions (account_id, product_id, order_id, order_line_id,"
            " seats, pending_seats, status, provisioning_status, last_error, activation_key,"
            " started_at, period_start, period_end, free_until) VALUES (:account, :product,"
            " :order, :line, :seats, :pending, :status, :provisioning, :error, :key,"
            " :started, :start, :end, :free)"),
        values);
}

Result<Done> SqlStore::updateSubscription(const Subscription &subscription) {
    QVariantMap values = subscriptionValues(subscription);
    for (const char *unused : {"account", "product", "order", "started", "free"})
        values.remove(QLatin1String(unused));
    values.insert(QStringLiteral("id"), subscription.id);
    const Result<int> r =
        change(QStringLiteral("UPDATE subscriptions SET seats = :seats, pending_seats = :pending,"
                              " status = :status, provisioning_status = :provisioning,"
                              " last_error = :error, activation_key = :key, period_start = :start,"
                              " period_end = :end WHERE id = :id"),
               values);
    if (!r)
        return r.error();
    return Done{};
}

Result<std::optional<Subscription>> SqlStore::subscription(Id id, std::optional<Id> scope) {
    Where where;
    where.add(QStringLiteral("s.id = :id"), {{QStringLiteral("id"), id}});
    addScope(where, scope);
    Result<QSqlQuery> q = exec(subscriptionColumns + where.sql(), where.params);
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Subscription>();
    return std::optional<Subscription>(readSubscription(*q));
}

Result<QList<Subscription>> SqlStore::subscriptionsOfOrder(Id orderId) {
    Result<QSqlQuery> q =
        exec(subscriptionColumns + QStringLiteral(" WHERE s.order_id = :id ORDER BY s.id"),
             {{QStringLiteral("id"), orderId}});
    if (!q)
        return q.error();
    QList<Subscription> list;
    while (q->next())
        list.append(readSubscription(*q));
    return list;
}

Result<Page<Subscription>> SqlStore::subscriptions(const SubscriptionQuery &query,
                                                   std::optional<Id> scope) {
    Where where;
    addScope(where, scope);
    if (query.accountId)
        where.add(QStringLiteral("s.account_id = :account"),
                  {{QStringLiteral("account"), *query.accountId}});
    if (query.productId)
        where.add(QStringLiteral("s.product_id = :product"),
                  {{QStringLiteral("product"), *query.productId}});
    if (query.status)
        where.add(QStringLiteral("s.status = :status"),
                  {{QStringLiteral("status"), toString(*query.status)}});
    detail::ListSql list{
        subscriptionColumns,
        QStringLiteral("subscriptions s LEFT JOIN accounts a ON a.id = s.account_id"),
        {QStringLiteral("s.id")},
        true};
    if (!m_dialect.isPostgres())
        list.seekFrom = QStringLiteral("subscriptions s INDEXED BY subscriptions_seek");
    return detail::fetchWindow<Subscription>(
        *this, list, where, query, readSubscription,
        [](const Subscription &s) { return QVariantList{s.id}; });
}

Result<Done> SqlStore::insertAudit(const AuditEntry &e) {
    const Result<int> r =
        change(QStringLiteral("INSERT INTO audit (at, username, action, entity, entity_id, field,"
                              " before_value, after_value) VALUES (:at, :user, :action, :entity,"
                              " :id, :field, :before, :after)"),
               {{QStringLiteral("at"), timestamp(e.at)},
                {QStringLiteral("user"), e.user},
                {QStringLiteral("action"), e.action},
                {QStringLiteral("entity"), e.entity},
                {QStringLiteral("id"), e.entityId},
                {QStringLiteral("field"), e.field},
                {QStringLiteral("before"), e.before},
                {QStringLiteral("after"), e.after}});
    if (!r)
        return r.error();
    return Done{};
}

Result<Page<AuditEntry>> SqlStore::audit(const AuditQuery &query, std::optional<Id> scope) {
    Where where;
    if (!query.entity.isEmpty())
        where.add(QStringLiteral("e.entity = :entity"), {{QStringLiteral("entity"), query.entity}});
    if (query.entityId)
        where.add(QStringLiteral("e.entity_id = :entityId"),
                  {{QStringLiteral("entityId"), *query.entityId}});
    if (scope) {
        where.add(
            QStringLiteral(
                "((e.entity = 'account' AND e.entity_id IN (SELECT a.id FROM accounts a WHERE %1))"
                " OR (e.entity = 'order' AND e.entity_id IN (SELECT o.id FROM orders o JOIN "
                "accounts a"
                " ON a.id = o.account_id WHERE %1))"
                " OR (e.entity = 'subscription' AND e.entity_id IN (SELECT s.id FROM subscriptions "
                "s"
                " JOIN accounts a ON a.id = s.account_id WHERE %1)))")
                .arg(visibleAccount),
            {{QStringLiteral("scope"), *scope}});
    }
    if (!detail::addIdCursor(where, QStringLiteral("e.id"), query.cursor))
        return detail::badCursor();
    return detail::fetchPage<AuditEntry>(
        *this,
        QStringLiteral("SELECT e.id, e.at, e.username, e.action, e.entity, e.entity_id, e.field, "
                       "e.before_value,"
                       " e.after_value FROM audit e") +
            where.sql() + QStringLiteral(" ORDER BY e.id DESC"),
        where.params, query.limit,
        [](const QSqlQuery &q) {
            return AuditEntry{
                q.value(0).toLongLong(), parseTimestamp(q.value(1)), q.value(2).toString(),
                q.value(3).toString(),   q.value(4).toString(),      q.value(5).toLongLong(),
                q.value(6).toString(),   q.value(7).toString(),      q.value(8).toString()};
        },
        [](const AuditEntry &e) { return QVariantList{e.id}; });
}

Result<Done> SqlStore::insertOutbox(const OutboxMessage &m) {
    const Result<int> r =
        change(QStringLiteral("INSERT INTO outbox (account_id, subscription_id, recipient, subject,"
                              " body, created_at) VALUES (:account, :subscription, :to, :subject,"
                              " :body, :at)"),
               {{QStringLiteral("account"), m.accountId},
                {QStringLiteral("subscription"), nullable(m.subscriptionId)},
                {QStringLiteral("to"), m.recipient},
                {QStringLiteral("subject"), m.subject},
                {QStringLiteral("body"), m.body},
                {QStringLiteral("at"), timestamp(m.createdAt)}});
    if (!r)
        return r.error();
    return Done{};
}

Result<Page<OutboxMessage>> SqlStore::outbox(const OutboxQuery &query, std::optional<Id> scope) {
    Where where;
    addScope(where, scope);
    if (query.accountId)
        where.add(QStringLiteral("m.account_id = :account"),
                  {{QStringLiteral("account"), *query.accountId}});
    if (query.subscriptionId)
        where.add(QStringLiteral("m.subscription_id = :subscription"),
                  {{QStringLiteral("subscription"), *query.subscriptionId}});
    if (!detail::addIdCursor(where, QStringLiteral("m.id"), query.cursor))
        return detail::badCursor();
    return detail::fetchPage<OutboxMessage>(
        *this,
        QStringLiteral("SELECT m.id, m.account_id, m.subscription_id, m.recipient, m.subject, "
                       "m.body, m.created_at"
                       " FROM outbox m JOIN accounts a ON a.id = m.account_id") +
            where.sql() + QStringLiteral(" ORDER BY m.id DESC"),
        where.params, query.limit,
        [](const QSqlQuery &q) {
            return OutboxMessage{q.value(0).toLongLong(),
                                 q.value(1).toLongLong(),
                                 detail::optionalValue<qint64>(q.value(2)),
                                 q.value(3).toString(),
                                 q.value(4).toString(),
                                 q.value(5).toString(),
                                 parseTimestamp(q.value(6))};
        },
        [](const OutboxMessage &m) { return QVariantList{m.id}; });
}

} // namespace bss
