#pragma once

#include "app/domain/Result.h"
#include "app/domain/Types.h"
#include "app/services/Services.h"
#include "app/store/IdempotencyRecords.h"

#include <QByteArray>

namespace bss {

class Store;

// The first answer to a request with an Idempotency-Key, per user, so that a repeat returns
// it instead of doing the work again. Kept by the store's idempotency records, stamped with
// this clock.
class IdempotencyStore {
public:
    using Answer = IdempotencyRecord;

    explicit IdempotencyStore(Store &store, Clock clock = {});
    // Hex SHA-256 of the method, the path and the canonical body (JSON parsed and written again
    // compactly with sorted keys, so spacing and key order do not count; an empty body is {}).
    // A repeat of a key must carry the same hash, else it is another request.
    static QByteArray requestHash(const QByteArray &method, const QString &path,
                                  const QByteArray &body);
    Result<std::optional<Answer>> find(const QString &key, Id userId);
    // Inside the transaction of the work it records: a concurrent duplicate fails to insert
    // and rolls that work back.
    Result<Done> save(const QString &key, Id userId, const Answer &answer);

private:
    Store &m_store;
    Clock m_clock;
};

} // namespace bss
