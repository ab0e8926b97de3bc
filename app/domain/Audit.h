#pragma once

#include "app/domain/Types.h"

#include <QMetaType>
#include <QString>

#include <optional>

// The vocabulary of the audit trail: which actions, entities and fields an entry may name, and
// how they are spelled in the store and on the wire ("update", "order", "lines[7].seats",
// "sync.kaspersky.role"). The services write entries with these functions and the desktop reads
// them back with the same code, so a spelling cannot drift between the two.
namespace bss::audit {

enum class Action {
    Create,
    Update,
    Synchronize,
    Cancel,
    Execute,
    AddLine,
    RemoveLine,
    Change,
    Provision,
    Reveal,
    Delete
};

enum class Entity { Account, Order, Subscription, User };

// The last part of a field path: an account's "name", an order's "status", the "role" of a
// platform's Sync Options, ...
enum class Field {
    Name,
    Type,
    ParentId,
    Email,
    Status,
    Role,
    ResellerPin,
    LastError,
    Seats,
    PendingSeats,
    ProvisioningStatus,
    ActivationKey,
    Username,
    AccountId,
    Password,
    Disabled
};

QString toString(Action action);
QString toString(Entity entity);
QString toString(Field field);
// nullopt for a name the vocabulary does not know (an entry written by a newer version).
std::optional<Action> actionOf(const QString &text);
std::optional<Entity> entityOf(const QString &text);
std::optional<Field> fieldOf(const QString &text);

// Where in its entity an entry's change happened.
struct FieldPath {
    enum class Kind {
        Plain, // "status"
        Line,  // "lines[7]" (the line itself) or "lines[7].seats"
        Sync   // "sync.kaspersky.role"
    };
    Kind kind = Kind::Plain;
    std::optional<Field> field; // none for an order line itself
    Id lineId = 0;              // Line
    QString platform;           // Sync

    static FieldPath plain(Field field);
    static FieldPath line(Id lineId);
    static FieldPath lineField(Id lineId, Field field);
    static FieldPath sync(const QString &platform, Field field);
    // nullopt for text that is not one of the three shapes above, or names an unknown field.
    static std::optional<FieldPath> parse(const QString &text);

    QString toString() const;
    friend bool operator==(const FieldPath &, const FieldPath &) = default;
};

// The value of an order line added: "<product>" or "<product> × <seats>"; and the product back.
QString lineValue(const QString &productName, std::optional<int> seats);
QString productOfLineValue(const QString &value);

} // namespace bss::audit

// In queued signals (Backend::recordChanged) and data-driven tests.
Q_DECLARE_METATYPE(bss::audit::Entity)
