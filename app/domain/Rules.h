#pragma once

#include "app/domain/Limits.h"
#include "app/domain/Result.h"
#include "app/domain/Types.h"

namespace bss::rules {

constexpr int maxTextLength = limits::maxTextLength;

// 1-200 characters without control characters (API.md); `required` refuses empty text.
void checkText(Problems &problems, const QString &field, const QString &label, const QString &value,
               bool required);
bool isValidEmail(const QString &email);
void checkEmail(Problems &problems, const QString &field, const QString &email, bool required);

// A new account, given the parent it names (nullopt when none is named or it does not exist).
Problems checkNewAccount(const NewAccount &account, const std::optional<Account> &parent);
// The account after a patch is applied, with its (new) parent.
Problems checkAccount(const Account &account, const std::optional<Account> &parent);

// What the Sync Options dialog must satisfy, all reasons at once:
// email required and valid; Role Reseller for resellers and User otherwise; Parent Account a
// reseller, required for end-users and empty for direct accounts and resellers; Reseller PIN
// required for resellers (unless one is already saved), empty for the others, unique per
// platform (`pinTaken`: another account on this platform already uses it).
struct SyncContext {
    const Account &account;
    std::optional<Account> parent; // the account named by input.parentId, if it exists
    bool pinAlreadySet = false;
    bool pinTaken = false;
};
Problems checkSyncOptions(const SyncOptionsInput &input, const SyncContext &context);

} // namespace bss::rules
