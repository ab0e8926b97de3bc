#pragma once

#include "app/domain/Result.h"
#include "app/domain/Types.h"

#include <QDateTime>

#include <optional>

namespace bss {

// Sync Options as stored, with the PIN in clear (it never leaves the services).
struct StoredSync {
    PlatformSync sync;
    QString resellerPin;
};

// Accounts and their per-platform Sync Options. `scope`: a reseller's own account id; only it
// and its end-users are visible.
class AccountStore {
public:
    virtual ~AccountStore() = default;

    virtual Result<Id> insert(const NewAccount &account, const QDateTime &at) = 0;
    virtual Result<std::optional<Account>> find(Id id, std::optional<Id> scope = {}) = 0;
    // Writes name, email, parent; false when `expectedVersion` is no longer current.
    virtual Result<bool> update(const Account &account, qint64 expectedVersion,
                                const QDateTime &at) = 0;
    virtual Result<Page<Account>> list(const AccountQuery &query, std::optional<Id> scope) = 0;
    virtual Result<qint64> count(const AccountQuery &query, std::optional<Id> scope) = 0;

    virtual Result<std::optional<StoredSync>> sync(Id accountId, const QString &platform) = 0;
    virtual Result<bool> pinTaken(const QString &platform, const QString &pin,
                                  Id exceptAccountId) = 0;
    virtual Result<Done> saveSync(Id accountId, const StoredSync &stored) = 0;
};

} // namespace bss
