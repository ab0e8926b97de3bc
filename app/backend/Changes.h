#pragma once

#include "app/domain/Audit.h"
#include "app/domain/Types.h"

#include <QList>
#include <QMetaType>

namespace bss {

struct User;

// What a successful write changed, for Backend::recordChanged. Both backends announce exactly
// changesOf(result), so the embedded and the team mode cannot disagree about what a list hears.
//
// Which list listens to what:
//   Account      Office > Accounts (the row, and the audit of the selected account)
//   Order        Billing > Orders
//   Subscription Billing > Subscriptions, the Storefront's subscriptions of the customer
//   User         user management
// The same kinds of record the audit trail names (audit::toString gives "account", ...).
using Entity = audit::Entity;

struct Change {
    Entity entity = Entity::Account;
    Id id = 0;

    friend bool operator==(const Change &, const Change &) = default;
};
using Changes = QList<Change>;

// Every result of a write, mapped to the records it changed:
Changes changesOf(const Account &account);
// Sync Options are part of the account: its row shows the status per platform. The result does
// not name the account, so the caller passes the account the options were saved for.
Changes changesOf(Id accountId, const PlatformSync &sync);
Changes changesOf(const Order &order); // order edits: create, add line, seats, remove, cancel
// Executing an order marks it executed and creates its subscriptions: the order and each new
// subscription.
Changes changesOf(const Execution &execution);
// A Storefront purchase is an order executed at once: the order and its subscriptions. (It used
// to announce only one of the two, and the Orders list missed purchases in team mode.)
Changes changesOf(const Purchase &purchase);
Changes changesOf(const Subscription &subscription); // e.g. retry provisioning
// A change of configuration changes the subscription and records a change order; a dry run
// changes nothing.
Changes changesOf(const ConfigurationChange &change);
Changes changesOf(const User &user);

} // namespace bss
