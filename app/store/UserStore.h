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

// Server users and their bearer tokens (kept by their hash only). The rules (hashing,
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
    // Role and account of user.id, and the password when given.
    virtual Result<Done> update(const User &user, const std::optional<PasswordHash> &password) = 0;

    virtual Result<Done> insertToken(const QString &tokenHash, Id userId,
                                     const QDateTime &expiresAt) = 0;
    virtual Result<std::optional<TokenOwner>> tokenOwner(const QString &tokenHash) = 0;
    virtual Result<Done> deleteTokensExpiredBefore(const QDateTime &at) = 0;
    // Ends every session of the user.
    virtual Result<Done> deleteTokensOf(Id userId) = 0;
};

} // namespace bss
