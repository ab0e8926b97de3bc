#pragma once

#include "app/domain/Result.h"
#include "app/domain/Types.h"

#include <optional>

namespace bss {

class SqlConnection;

// SQLite: a free place in name order (accounts.name_order) for an account named `name`,
// spreading out its neighbours first when they have no room left between them. `self` and
// `current`: the account being renamed and its name_order, kept when it still falls between
// its neighbours.
Result<qint64> placeInNameOrder(SqlConnection &store, const QString &name, std::optional<Id> self,
                                std::optional<qint64> current = {});

} // namespace bss
