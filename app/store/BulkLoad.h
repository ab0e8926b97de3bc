#pragma once

#include "app/domain/Result.h"

#include <functional>

namespace bss {

struct BulkLoadSpec {
    qint64 accounts = 0;
    qint64 orders = 0;
    int linesPerOrder = 2;
    // The accounts' ids in no relation to their name order, as in a store that grew by use
    // (neighbours in a list page lie anywhere in the table), instead of ascending with it.
    // Deterministic: a fixed permutation of the ids.
    bool shuffled = false;
};

struct BulkLoadCounts {
    qint64 accounts = 0;
    qint64 orders = 0;
    qint64 lines = 0;
    qint64 subscriptions = 0;
};

// Deterministic synthetic rows for scale tests, written set-based inside the database (see
// generateSyntheticData in app/services/Generator.h for what they look like).
class BulkLoad {
public:
    virtual ~BulkLoad() = default;

    // Appends `spec`'s rows in one transaction. `ensureCatalog` runs first, inside it where it
    // can, and installs the catalog when there is none (the orders' lines need its products).
    // PostgreSQL, a load that at least doubles the accounts: in two, the accounts with their
    // indexes and keys first, then the rest while their trigram index is built beside (a
    // failure in the second leaves the first's accounts, a whole store without sync states).
    // Planner statistics of the filled tables are made afresh after it.
    virtual Result<BulkLoadCounts> load(const BulkLoadSpec &spec,
                                        const std::function<Result<Done>()> &ensureCatalog) = 0;
};

} // namespace bss
