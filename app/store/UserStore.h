#pragma once

#include "app/domain/Result.h"
#include "app/domain/Users.h"

#include <QDateTime>

#include <optional>

namespace bss {

// A password as stored: the derived key (with its scheme and iterations) and the salt.
struct PasswordHash {
    QString hash;
    QString salt; // base64
};

struct UserCredentials {
    User user;
    PasswordHash password;
};

// The user a bearer token was handed to, and when it ends.
struct TokenOwner {
    User user;
    QDateTime expiresAt;
};

// Failed logins for one user name since its last successful login.
struct LoginFailures {
    int count = 0;
    QDateTime lastFailedAt;
    QDateTime lockedUntil; // null: not locked
};

// Server users, their bearer tokens (kept by their hash only) and the failed-login counts,
// all in the database so that every server on it sees the same. The rules (hashing,
// throttling, roles) are AuthService's.
class UserStore {
public:
    virtual ~UserStore() = default;

    virtual Result<std::optional<User>> find(Id id) = 0;
    virtual Result<std::optional<User>> find(const QString &username) = 0;
    virtual Result<std::optional<UserCredentials>> credentials(const QString &username) = 0;
    // Every user, by name.
    virtual Result<QList<User>> list() = 0;
    // Username, role, account and createdAt of `user`; the new id.
    virtual Result<Id> insert(const User &user, const PasswordHash &password) = 0;
    // Role, account and disabled of user.id, and the password when given.
    virtual Result<Done> update(const User &user, const std::optional<PasswordHash> &password) = 0;
    // The user, its sessions and its idempotency records (its id may be given again).
    virtual Result<Done> remove(Id id) = 0;

    virtual Result<Done> insertToken(const QString &tokenHash, Id userId,
                                     const QDateTime &expiresAt) = 0;
    virtual Result<std::optional<TokenOwner>> tokenOwner(const QString &tokenHash) = 0;
    virtual Result<Done> deleteTokensExpiredBefore(const QDateTime &at) = 0;
    // Ends every session of the user.
    virtual Result<Done> deleteTokensOf(Id userId) = 0;

    // By user name as typed at login, lower case (also names no user has).
    virtual Result<std::optional<LoginFailures>> loginFailures(const QString &name) = 0;
    // One more failure at `at`; the count now. Call inside a transaction, so that the count and
    // the lock set after it are one step for concurrent failures on any server.
    virtual Result<int> addLoginFailure(const QString &name, const QDateTime &at) = 0;
    virtual Result<Done> setLoginLock(const QString &name, const QDateTime &lockedUntil) = 0;
    virtual Result<Done> clearLoginFailures(const QString &name) = 0;
    // Forgets the names whose last failure was before `at`.
    virtual Result<Done> deleteLoginFailuresBefore(const QDateTime &at) = 0;
};

} // namespace bss
