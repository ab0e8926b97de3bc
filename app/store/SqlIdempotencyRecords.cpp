#include "app/store/SqlConnection.h"
#include "app/store/SqlStores.h"

namespace bss {

Result<std::optional<IdempotencyRecord>> SqlIdempotencyRecords::find(const QString &key,
                                                                     Id userId) {
    Result<QSqlQuery> q =
        m_sql.exec(QStringLiteral("SELECT method, path, status, body, request_hash"
                                  " FROM idempotency WHERE key = :k AND user_id = :u"),
                   {{QStringLiteral("k"), key}, {QStringLiteral("u"), userId}});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<IdempotencyRecord>();
    return std::optional<IdempotencyRecord>(
        IdempotencyRecord{q->value(0).toString(), q->value(1).toString(), q->value(2).toInt(),
                          q->value(3).toString().toUtf8(), q->value(4).toString().toLatin1()});
}

Result<Done> SqlIdempotencyRecords::insert(const QString &key, Id userId,
                                           const IdempotencyRecord &record, const QDateTime &at) {
    const Result<QSqlQuery> q = m_sql.exec(
        QStringLiteral("INSERT INTO idempotency (key, user_id, method, path, status, body,"
                       " created_at, request_hash) VALUES (:k, :u, :m, :p, :s, :b, :at, :h)"),
        {{QStringLiteral("k"), key},
         {QStringLiteral("u"), userId},
         {QStringLiteral("m"), record.method},
         {QStringLiteral("p"), record.path},
         {QStringLiteral("s"), record.status},
         {QStringLiteral("b"), QString::fromUtf8(record.body)},
         {QStringLiteral("at"), SqlConnection::timestamp(at)},
         {QStringLiteral("h"), QString::fromLatin1(record.requestHash)}});
    if (!q)
        return q.error();
    return Done{};
}

} // namespace bss
