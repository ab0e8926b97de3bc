#pragma once

#include <QString>

namespace bss::bench {

// Each case runs in a process of its own (so that memory figures are its own) and prints one
// JSON line per figure. Returns the process exit code.
int prepareStores(const QString &dir);
// Generating 1,000 and 1,000,000 accounts into new stores in `dir`, `repeats` times each.
int generateAccounts(const QString &dir, int repeats);
int bareWindow(int repeats);
// `store` is a store file (the embedded backend) or a server's http URL (team mode, signed in as
// benchUser(); the figures then leave out signing in, which the login dialog does before).
// `prefix` starts the name of every figure ("" for the embedded backend, e.g. "rest.pg.").
int firstPaint(const QString &page, const QString &store, const QString &label,
               const QString &prefix, int repeats);
int keystrokes(const QString &store, const QString &prefix, int repeats);
// Scrollbar jumps on the list of `page` ("accounts" or "orders").
int jumps(const QString &page, const QString &store, const QString &prefix, int repeats);
int naiveFetchAll(const QString &store);

} // namespace bss::bench
