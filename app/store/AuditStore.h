#pragma once

#include "app/domain/Result.h"
#include "app/domain/Types.h"

#include <optional>

namespace bss {

// The audit trail, and the outbox of messages sent (activation keys to the sync email).
class AuditStore {
public:
    virtual ~AuditStore() = default;

    virtual Result<Done> insert(const AuditEntry &entry) = 0;
    virtual Result<Page<AuditEntry>> list(const AuditQuery &query, std::optional<Id> scope) = 0;
    virtual Result<Done> insertOutbox(const OutboxMessage &message) = 0;
    virtual Result<Page<OutboxMessage>> outbox(const OutboxQuery &query,
                                               std::optional<Id> scope) = 0;
};

} // namespace bss
