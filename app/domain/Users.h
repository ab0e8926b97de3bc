#pragma once

#include "app/domain/Types.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace bss {

// What POST /auth/token answers.
struct Session {
    QString token;
    QDateTime expiresAt;
    QString username;
    UserRole role = UserRole::Agent;
    std::optional<Id> accountId;
};

// A server user, without its password; and the bodies that create or change one.
struct User {
    Id id = 0;
    QString username;
    UserRole role = UserRole::Agent;
    std::optional<Id> accountId;
    QDateTime createdAt;
    bool disabled = false; // signs in no more; its sessions ended when it was disabled
};

struct NewUser {
    QString username;
    QString password;
    UserRole role = UserRole::Agent;
    std::optional<Id> accountId;
};

struct UserPatch {
    std::optional<QString> password;
    std::optional<UserRole> role;
    std::optional<Id> accountId;
    bool clearAccount = false;
    std::optional<bool> disabled;
};

} // namespace bss
