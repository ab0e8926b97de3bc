#include "app/store/SqlConnection.h"
#include "app/store/SqlStores.h"
#include "app/store/StoreQuery.h"

namespace bss {

using detail::addAccountScope;
using detail::nullable;
using detail::Where;

namespace {

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

Result<Id> SqlSubscriptionStore::insert(const Subscription &subscription, Id orderLineId) {
    QVariantMap values = subscriptionValues(subscription);
    values.insert(QStringLiteral("line"), orderLineId);
    return m_sql.insert(
        QStringLiteral(
            "INSERT INTO subscriptions (account_id, product_id, order_id, order_line_id,"
            " seats, pending_seats, status, provisioning_status, last_error, activation_key,"
            " started_at, period_start, period_end, free_until) VALUES (:account, :product,"
            " :order, :line, :seats, :pending, :status, :provisioning, :error, :key,"
            " :started, :start, :end, :free)"),
        values);
}

Result<Done> SqlSubscriptionStore::update(const Subscription &subscription) {
    QVariantMap values = subscriptionValues(subscription);
    for (const char *unused : {"account", "product", "order", "started", "free"})
        values.remove(QLatin1String(unused));
    values.insert(QStringLiteral("id"), subscription.id);
    const Result<int> r = m_sql.change(
        QStringLiteral("UPDATE subscriptions SET seats = :seats, pending_seats = :pending,"
                       " status = :status, provisioning_status = :provisioning,"
                       " last_error = :error, activation_key = :key, period_start = :start,"
                       " period_end = :end WHERE id = :id"),
        values);
    if (!r)
        return r.error();
    return Done{};
}

Result<std::optional<Subscription>> SqlSubscriptionStore::find(Id id, std::optional<Id> scope) {
    Where where;
    where.add(QStringLiteral("s.id = :id"), {{QStringLiteral("id"), id}});
    addAccountScope(where, scope);
    Result<QSqlQuery> q = m_sql.exec(subscriptionColumns + where.sql(), where.params);
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Subscription>();
    return std::optional<Subscription>(readSubscription(*q));
}

Result<QList<Subscription>> SqlSubscriptionStore::ofOrder(Id orderId) {
    Result<QSqlQuery> q =
        m_sql.exec(subscriptionColumns + QStringLiteral(" WHERE s.order_id = :id ORDER BY s.id"),
                   {{QStringLiteral("id"), orderId}});
    if (!q)
        return q.error();
    QList<Subscription> list;
    while (q->next())
        list.append(readSubscription(*q));
    return list;
}

Result<Page<Subscription>> SqlSubscriptionStore::list(const SubscriptionQuery &query,
                                                      std::optional<Id> scope) {
    Where where;
    addAccountScope(where, scope);
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
    if (!m_sql.dialect().isPostgres())
        list.seekFrom = QStringLiteral("subscriptions s INDEXED BY subscriptions_seek");
    return detail::fetchWindow<Subscription>(
        m_sql, list, where, query, readSubscription,
        [](const Subscription &s) { return QVariantList{s.id}; });
}

} // namespace bss
