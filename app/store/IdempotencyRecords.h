#pragma once

#include "app/domain/Result.h"
#include "app/domain/Types.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace bss {

// The first answer to a request with an Idempotency-Key.
struct IdempotencyRecord {
    QString method;
    QString path;
    int status = 0;
    QByteArray body;
    // Hex SHA-256 of the request it answered (method, path, canonical body); empty in records
    // made before the store kept it (schema version 8).
    QByteArray requestHash;
};

// Recorded answers by (key, user).
class IdempotencyRecords {
public:
    virtual ~IdempotencyRecords() = default;

    virtual Result<std::optional<IdempotencyRecord>> find(const QString &key, Id userId) = 0;
    // Fails when (key, user) is recorded already.
    virtual Result<Done> insert(const QString &key, Id userId, const IdempotencyRecord &record,
                                const QDateTime &at) = 0;
};

} // namespace bss
