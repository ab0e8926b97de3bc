#pragma once

#include "app/domain/Permissions.h"
#include "app/domain/Result.h"
#include "app/domain/Types.h"
#include "app/domain/Users.h"
#include "app/services/Services.h"

#include <chrono>

namespace bss {

class Store;

// Server users and their sessions. Passwords are stored as PBKDF2-SHA256 with a per-user
// random salt; a login hands out a random bearer token of which only the SHA-256 is kept,
// with an expiry. Repeated failed logins for a name from one address, and from one address for
// any names, are refused for a growing while, so guessing is slow; a name guessed at from one
// address stays open to its user elsewhere. Only admins list, create and change users.
//
// Nothing of it is kept here: tokens and the failed-login counts are in the store, so that the
// request threads of one server and any number of servers on one database act as one. A token
// is looked up on every request: on SQLite one read by primary key; on PostgreSQL from the
// store's token cache, which the database empties on every change of tokens or users
// (app/store/TokenCache.h), so a token revoked anywhere is refused everywhere as soon as that
// notice arrives.
class AuthService {
public:
    struct Identity {
        Id userId = 0;
        Actor actor;
    };

    // A login in three steps, so that the costly middle one can run on another thread: what
    // the store says before the password is checked.
    struct LoginAttempt {
        QString username;
        QString address;
        std::optional<User> user; // unknown names are checked against a dummy hash all the same
        QString storedHash;
        QByteArray salt;
        bool hadFailures = false;
        std::optional<Error> refused; // "too-many-attempts": locked, the password is not checked
        qint64 retryAfter = 0;        // seconds, with `refused`
    };

    explicit AuthService(Store &store, Clock clock = {});

    // Unauthorized for a wrong name or password (the same answer for both); "too-many-attempts"
    // (HTTP 429) while the name is locked for the address, or the address for every name.
    // `address` is the client's ("" when there is none, as on the command line).
    Result<Session> login(const QString &username, const QString &password,
                          const QString &address = {});
    Result<LoginAttempt> beginLogin(const QString &username, const QString &address);
    // The key derivation, ~0.1 s of CPU: any thread, no store.
    static bool checkPassword(const LoginAttempt &attempt, const QString &password);
    Result<Session> finishLogin(const LoginAttempt &attempt, bool passwordOk);
    // The user a bearer token belongs to; Unauthorized when unknown or expired.
    Result<Identity> authenticate(const QString &token);

    Result<QList<User>> users(const Actor &actor);
    Result<User> createUser(const Actor &actor, const NewUser &user);
    // Changing the password, the role or the account, or disabling the user, ends its sessions.
    Result<User> updateUser(const Actor &actor, Id id, const UserPatch &patch);
    // Ends the user's sessions and removes it; its name stays in the audit trail.
    Result<Done> deleteUser(const Actor &actor, Id id);
    // GET /auth/me: the actor, its account's name and what it may do (Permissions.h).
    Result<Me> me(const Actor &actor);
    // bssdesk-server --add-user: creates the user, or sets the password, role and account of
    // an existing one.
    Result<User> upsertUser(const NewUser &user);

    void setTokenLifetime(std::chrono::seconds lifetime) { m_tokenLifetime = lifetime; }
    void setIterations(int iterations) { m_iterations = iterations; }

    static QString hashPassword(const QString &password, const QByteArray &salt, int iterations);
    static bool verifyPassword(const QString &password, const QString &stored,
                               const QByteArray &salt);
    static QString tokenHash(const QString &token);

private:
    Problems checkUser(const QString &username, const std::optional<QString> &password,
                       UserRole role, const std::optional<Id> &accountId);
    // `disabled`: the user's new state (a new user is enabled).
    Result<User> writeUser(const Actor &actor, std::optional<User> existing, const NewUser &user,
                           bool setPassword, bool disabled = false);
    Result<Id> storeUser(const std::optional<User> &existing, const NewUser &user, bool setPassword,
                         bool disabled);
    Result<Done> auditUser(const Actor &actor, const std::optional<User> &existing,
                           const NewUser &user, Id id, bool setPassword, bool disabled);
    std::optional<Error> checkNotSelf(const Actor &actor, const User &user,
                                      const UserPatch *patch) const;
    Error tooManyAttempts(const QDateTime &now, const QDateTime &lockedUntil) const;
    Result<Done> saveToken(const Session &session, Id userId, const QDateTime &now);
    Result<Done> recordFailure(const QString &key, int freeFailures, const QDateTime &now);
    Result<std::optional<QDateTime>> lockedUntil(const QString &key, const QDateTime &now);

    Store &m_store;
    Clock m_clock;
    std::chrono::seconds m_tokenLifetime{12 * 3600};
    int m_iterations = 100000;
};

} // namespace bss
