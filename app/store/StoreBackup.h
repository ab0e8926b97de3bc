#pragma once

#include "app/domain/Result.h"
#include "app/store/StoreConfig.h"

namespace bss {

// A consistent copy of an SQLite store made while it is in use (writers go on meanwhile): one
// read transaction copies the whole database (VACUUM INTO, which also drops free pages) into
// a file beside `target`, which then replaces `target`. The copy is a store of its own: open it
// (or copy it over the store's file while nothing uses it) to restore. A PostgreSQL store is
// backed up with pg_dump instead (docs/deploy.md).
Result<Done> backupStore(const StoreConfig &store, const QString &target);

} // namespace bss
