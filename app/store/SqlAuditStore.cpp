#include "app/store/SqlConnection.h"
#include "app/store/SqlStores.h"
#include "app/store/StoreQuery.h"

namespace bss {

using detail::addAccountScope;
using detail::nullable;
using detail::Where;

Result<Done> SqlAuditStore::insert(const AuditEntry &e) {
    const Result<int> r = m_sql.change(
        QStringLiteral("INSERT INTO audit (at, username, action, entity, entity_id, field,"
                       " before_value, after_value) VALUES (:at, :user, :action, :entity,"
                       " :id, :field, :before, :after)"),
        {{QStringLiteral("at"), SqlConnection::timestamp(e.at)},
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

Result<Page<AuditEntry>> SqlAuditStore::list(const AuditQuery &query, std::optional<Id> scope) {
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
                .arg(detail::visibleAccount),
            {{QStringLiteral("scope"), *scope}});
    }
    if (!detail::addIdCursor(where, QStringLiteral("e.id"), query.cursor))
        return detail::badCursor();
    return detail::fetchPage<AuditEntry>(
        m_sql,
        QStringLiteral("SELECT e.id, e.at, e.username, e.action, e.entity, e.entity_id, e.field, "
                       "e.before_value,"
                       " e.after_value FROM audit e") +
            where.sql() + QStringLiteral(" ORDER BY e.id DESC"),
        where.params, query.limit,
        [](const QSqlQuery &q) {
            return AuditEntry{q.value(0).toLongLong(), SqlConnection::parseTimestamp(q.value(1)),
                              q.value(2).toString(),   q.value(3).toString(),
                              q.value(4).toString(),   q.value(5).toLongLong(),
                              q.value(6).toString(),   q.value(7).toString(),
                              q.value(8).toString()};
        },
        [](const AuditEntry &e) { return QVariantList{e.id}; });
}

Result<Done> SqlAuditStore::insertOutbox(const OutboxMessage &m) {
    const Result<int> r = m_sql.change(
        QStringLiteral("INSERT INTO outbox (account_id, subscription_id, recipient, subject,"
                       " body, created_at) VALUES (:account, :subscription, :to, :subject,"
                       " :body, :at)"),
        {{QStringLiteral("account"), m.accountId},
         {QStringLiteral("subscription"), nullable(m.subscriptionId)},
         {QStringLiteral("to"), m.recipient},
         {QStringLiteral("subject"), m.subject},
         {QStringLiteral("body"), m.body},
         {QStringLiteral("at"), SqlConnection::timestamp(m.createdAt)}});
    if (!r)
        return r.error();
    return Done{};
}

Result<Page<OutboxMessage>> SqlAuditStore::outbox(const OutboxQuery &query,
                                                  std::optional<Id> scope) {
    Where where;
    addAccountScope(where, scope);
    if (query.accountId)
        where.add(QStringLiteral("m.account_id = :account"),
                  {{QStringLiteral("account"), *query.accountId}});
    if (query.subscriptionId)
        where.add(QStringLiteral("m.subscription_id = :subscription"),
                  {{QStringLiteral("subscription"), *query.subscriptionId}});
    if (!detail::addIdCursor(where, QStringLiteral("m.id"), query.cursor))
        return detail::badCursor();
    return detail::fetchPage<OutboxMessage>(
        m_sql,
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
                                 SqlConnection::parseTimestamp(q.value(6))};
        },
        [](const OutboxMessage &m) { return QVariantList{m.id}; });
}

} // namespace bss
