#include "app/server/IdempotencyStore.h"

#include "app/store/SqlStore.h"

namespace bss {

IdempotencyStore::IdempotencyStore(SqlStore &store, Clock clock)
    : m_store(store), m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{
}

Result<std::optional<IdempotencyStore::Answer>> IdempotencyStore::find(const QString &key, Id userId)
{
    Result<QSqlQuery> q = m_store.exec(
        QStringLiteral("SELECT method, path, status, body FROM idempotency WHERE key = :k AND user_id = :u"),
        {{QStringLiteral("k"), key}, {QStringLiteral("u"), userId}});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Answer>();
    return std::optional<Answer>(
        Answer{q->value(0).toString(), q->value(1).toString(), q->value(2).toInt(), q->value(3).toString().toUtf8()});
}

Result<Done> IdempotencyStore::save(const QString &key, Id userId, const Answer &answer)
{
    Result<QSqlQuery> q = m_store.exec(
        QStringLiteral("INSERT INTO idempotency (key, user_id, method, path, status, body, created_at)"
                       " VALUES (:k, :u, :m, :p, :s, :b, :at)"),
        {{QStringLiteral("k"), key},
         {QStringLiteral("u"), userId},
         {QStringLiteral("m"), answer.method},
         {QStringLiteral("p"), answer.path},
         {QStringLiteral("s"), answer.status},
         {QStringLiteral("b"), QString::fromUtf8(answer.body)},
         {QStringLiteral("at"), SqlStore::timestamp(m_clock())}});
    if (!q)
        return q.error();
    return Done{};
}

} // namespace bss
