#include "app/server/IdempotencyStore.h"

#include "app/store/Store.h"

namespace bss {

IdempotencyStore::IdempotencyStore(Store &store, Clock clock)
    : m_store(store)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); })) {}

Result<std::optional<IdempotencyStore::Answer>> IdempotencyStore::find(const QString &key,
                                                                       Id userId) {
    return m_store.idempotency().find(key, userId);
}

Result<Done> IdempotencyStore::save(const QString &key, Id userId, const Answer &answer) {
    return m_store.idempotency().insert(key, userId, answer, m_clock());
}

} // namespace bss
