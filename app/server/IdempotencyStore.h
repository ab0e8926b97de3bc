#pragma once

#include "app/domain/Result.h"
#include "app/domain/Types.h"
#include "app/services/Services.h"

#include <QByteArray>

namespace bss {

class SqlStore;

// The first answer to a request with an Idempotency-Key, per user, so that a repeat returns
// it instead of doing the work again.
class IdempotencyStore
{
public:
    struct Answer
    {
        QString method;
        QString path;
        int status = 0;
        QByteArray body;
    };

    explicit IdempotencyStore(SqlStore &store, Clock clock = {});
    Result<std::optional<Answer>> find(const QString &key, Id userId);
    // Inside the transaction of the work it records: a concurrent duplicate fails to insert
    // and rolls that work back.
    Result<Done> save(const QString &key, Id userId, const Answer &answer);

private:
    SqlStore &m_store;
    Clock m_clock;
};

} // namespace bss
