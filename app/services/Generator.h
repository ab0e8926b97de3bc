#pragma once

#include "app/domain/Result.h"

#include <QString>

namespace bss {

class Services;

// What `--generate accounts=N[,orders=M]` asks for.
struct GenerateSpec {
    qint64 accounts = 0;
    qint64 orders = 0;
    int linesPerOrder = 2;
    // Ids in no relation to name order, as in a store that grew by use (see BulkLoadSpec).
    bool shuffled = false;

    // "accounts=1000000,orders=2500000[,lines=2][,shuffled=1]"
    static Result<GenerateSpec> parse(const QString &text);
};

struct GenerateReport {
    qint64 accounts = 0;
    qint64 orders = 0;
    qint64 lines = 0;
    qint64 subscriptions = 0;
    qint64 milliseconds = 0;
};

// Fills the store with deterministic synthetic data for scale tests: one reseller in every
// hundred accounts with 59 end-users under it, 40 direct accounts; every sync state on every
// platform; orders (a third executed with their subscriptions, a third drafts with an
// incomplete line, the rest complete drafts or cancelled). Runs inside the database (set-based
// SQL), so a million accounts take seconds. Appends to what the store holds; adds the catalog
// if it has none.
Result<GenerateReport> generateSyntheticData(Services &services, const GenerateSpec &spec);

} // namespace bss
