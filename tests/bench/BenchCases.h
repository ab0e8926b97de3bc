#pragma once

#include <QString>

namespace bss::bench {

// Each case runs in a process of its own (so that memory figures are its own) and prints one
// JSON line per figure. Returns the process exit code.
int prepareStores(const QString &dir);
// Generating 1,000 and 1,000,000 accounts into new stores in `dir`, `repeats` times each.
int generateAccounts(const QString &dir, int repeats);
int bareWindow(int repeats);
int firstPaint(const QString &page, const QString &store, const QString &label, int repeats);
int keystrokes(const QString &store, int repeats);
// Scrollbar jumps on the list of `page` ("accounts" or "orders").
int jumps(const QString &page, const QString &store, int repeats);
int naiveFetchAll(const QString &store);

} // namespace bss::bench
