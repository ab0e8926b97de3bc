#include "app/services/AuthService.h"

#include "app/domain/Audit.h"
#include "app/domain/Rules.h"
#include "app/services/Permissions.h"
#include "app/store/Store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QPasswordDigestor>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcAuth, "bss.auth")

namespace bss {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("bss::AuthService", text);
}

constexpr int saltBytes = 16;
constexpr int tokenBytes = 32;
constexpr int freeFailures = 5; // wrong passwords for a name from an address before it is locked
// Wrong passwords from one address, whatever the names, before the address is locked: more, as
// an office behind one address may share it.
constexpr int freeAddressFailures = 20;
constexpr int maxLockSeconds = 300; // the lock doubles with each further failure, up to this
// A name's failures are forgotten an hour after the last one (and the store keeps no row of a
// name guessed once long ago); guessing at the longest lock still counts on.
constexpr int failureMemorySeconds = 3600;
constexpr qsizetype maxNameLength = 200; // longer names are no user's; counted by this prefix

QByteArray randomBytes(int count) {
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), count / 4);
    return bytes;
}

Error unauthorized(const QString &message) {
    Error e;
    e.kind = ErrorKind::Unauthorized;
    e.code = QStringLiteral("unauthorized");
    e.message = message;
    return e;
}

} // namespace

AuthService::AuthService(Store &store, Clock clock)
    : m_store(store)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); })) {}

QString AuthService::hashPassword(const QString &password, const QByteArray &salt, int iterations) {
    const QByteArray key = QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha256, password.toUtf8(), salt, iterations, 32);
    return QStringLiteral("pbkdf2-sha256$%1$%2")
        .arg(iterations)
        .arg(QString::fromLatin1(key.toBase64()));
}

bool AuthService::verifyPassword(const QString &password, const QString &stored,
                                 const QByteArray &salt) {
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 3 || parts.at(0) != QLatin1String("pbkdf2-sha256"))
        return false;
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    if (!ok || iterations < 1)
        return false;
    const QByteArray expected = stored.toLatin1();
    const QByteArray actual = hashPassword(password, salt, iterations).toLatin1();
    // Constant time, so the comparison does not tell how much of the hash matched.
    if (expected.size() != actual.size())
        return false;
    char diff = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        diff = char(diff | (expected.at(i) ^ actual.at(i)));
    return diff == 0;
}

QString AuthService::tokenHash(const QString &token) {
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// Counts the failure for every server on the store; from the freeFailures-th on, the name is
// locked for a while that doubles with each further failure.
Result<Done> AuthService::recordFailure(const QString &key, int freeFailures,
                                        const QDateTime &now) {
    // On its own, before the count: old rows go without holding up the count's transaction.
    if (Result<Done> purged =
            m_store.users().deleteLoginFailuresBefore(now.addSecs(-failureMemorySeconds));
        !purged)
        return purged;
    return m_store.transaction<Done>([&]() -> Result<Done> {
        const Result<int> count = m_store.users().addLoginFailure(key, now);
        if (!count)
            return count.error();
        if (*count < freeFailures)
            return Done{};
        const int seconds = qMin(maxLockSeconds, 1 << qMin(*count - freeFailures, 9));
        qCWarning(lcAuth) << "login for" << key << "locked for" << seconds << "s after" << *count
                          << "failures";
        return m_store.users().setLoginLock(key, now.addSecs(seconds));
    });
}

Error AuthService::tooManyAttempts(const QDateTime &now, const QDateTime &lockedUntil) const {
    Error e;
    e.kind = ErrorKind::Unauthorized;
    e.code = QStringLiteral("too-many-attempts");
    e.message = tr("Too many failed logins for this name. Wait %1 seconds and try again.")
                    .arg(qMax<qint64>(1, now.secsTo(lockedUntil)));
    return e;
}

// Keeps only the token's hash; expired tokens go at the same time.
Result<Done> AuthService::saveToken(const Session &session, Id userId, const QDateTime &now) {
    return m_store.transaction<Done>([&]() -> Result<Done> {
        if (Result<Done> purged = m_store.users().deleteTokensExpiredBefore(now); !purged)
            return purged;
        return m_store.users().insertToken(tokenHash(session.token), userId, session.expiresAt);
    });
}

// No value: no failures counted for `key`; an invalid time: failures, no lock; else the lock's end.
Result<std::optional<QDateTime>> AuthService::lockedUntil(const QString &key,
                                                          const QDateTime &now) {
    const Result<std::optional<LoginFailures>> failures = m_store.users().loginFailures(key);
    if (!failures)
        return failures.error();
    if (!failures->has_value())
        return std::optional<QDateTime>();
    const QDateTime until = (*failures)->lockedUntil;
    return std::optional<QDateTime>(until.isValid() && until > now ? until : QDateTime());
}

namespace {
// The failure counts: a name from an address, and an address for every name.
QString pairKey(const QString &username, const QString &address) {
    return QStringLiteral("n:%1 a:%2").arg(username.left(maxNameLength).toLower(), address);
}
QString addressKey(const QString &address) {
    return QStringLiteral("a:") + address;
}
} // namespace

Result<AuthService::LoginAttempt> AuthService::beginLogin(const QString &username,
                                                          const QString &address) {
    LoginAttempt attempt;
    attempt.username = username;
    attempt.address = address;
    const QDateTime now = m_clock();
    // Before any hashing: a locked name or address costs a read or two, no key derivation.
    QStringList keys{pairKey(username, address)};
    if (!address.isEmpty())
        keys.append(addressKey(address));
    for (const QString &key : keys) {
        const Result<std::optional<QDateTime>> until = lockedUntil(key, now);
        if (!until)
            return until.error();
        if (key == keys.first())
            attempt.hadFailures = until->has_value();
        if (*until && (*until)->isValid()) {
            attempt.refused = tooManyAttempts(now, **until);
            attempt.retryAfter = qMax<qint64>(1, now.secsTo(**until));
            return attempt;
        }
    }
    const Result<std::optional<UserCredentials>> found = m_store.users().credentials(username);
    if (!found)
        return found.error();
    if (*found) {
        attempt.user = (*found)->user;
        attempt.storedHash = (*found)->password.hash;
        attempt.salt = QByteArray::fromBase64((*found)->password.salt.toLatin1());
    } else {
        // Unknown names cost the same PBKDF2 work as known ones, so timing does not reveal them.
        attempt.storedHash = hashPassword(QString(), QByteArray(), m_iterations);
    }
    return attempt;
}

bool AuthService::checkPassword(const LoginAttempt &attempt, const QString &password) {
    return verifyPassword(password, attempt.storedHash, attempt.salt) && attempt.user;
}

Result<Session> AuthService::finishLogin(const LoginAttempt &attempt, bool passwordOk) {
    const QDateTime now = m_clock();
    const QString key = pairKey(attempt.username, attempt.address);
    if (!passwordOk) {
        if (Result<Done> counted = recordFailure(key, freeFailures, now); !counted)
            return counted.error();
        if (!attempt.address.isEmpty()) {
            if (Result<Done> counted =
                    recordFailure(addressKey(attempt.address), freeAddressFailures, now);
                !counted)
                return counted.error();
        }
        return unauthorized(tr("The user name or password is wrong."));
    }
    // Said only to whoever knows the password.
    if (attempt.user->disabled)
        return unauthorized(tr("This user is disabled. Ask an administrator."));
    // The address's count stays: a guesser's own account does not wipe its guesses.
    if (attempt.hadFailures) {
        if (Result<Done> cleared = m_store.users().clearLoginFailures(key); !cleared)
            return cleared.error();
    }
    const User &user = *attempt.user;
    Session session;
    session.username = user.username;
    session.role = user.role;
    session.accountId = user.accountId;
    session.token = QString::fromLatin1(
        randomBytes(tokenBytes)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    session.expiresAt = now.addSecs(m_tokenLifetime.count());
    if (Result<Done> saved = saveToken(session, user.id, now); !saved)
        return saved.error();
    qCInfo(lcAuth) << "login" << session.username;
    return session;
}

Result<Session> AuthService::login(const QString &username, const QString &password,
                                   const QString &address) {
    const Result<LoginAttempt> attempt = beginLogin(username, address);
    if (!attempt)
        return attempt.error();
    if (attempt->refused)
        return *attempt->refused;
    return finishLogin(*attempt, checkPassword(*attempt, password));
}

Result<AuthService::Identity> AuthService::authenticate(const QString &token) {
    if (token.isEmpty() || token.size() > 200)
        return unauthorized(tr("Log in first."));
    // Read on every request, never remembered here: another server may have ended the session.
    const Result<std::optional<TokenOwner>> owner = m_store.users().tokenOwner(tokenHash(token));
    if (!owner)
        return owner.error();
    if (!owner->has_value())
        return unauthorized(tr("Your session is unknown or has ended. Log in again."));
    if ((*owner)->expiresAt <= m_clock())
        return unauthorized(tr("Your session has expired. Log in again."));
    const User &user = (*owner)->user;
    if (user.disabled) // its tokens went when it was disabled; this guards a token made meanwhile
        return unauthorized(tr("This user is disabled. Ask an administrator."));
    Identity identity;
    identity.userId = user.id;
    identity.actor.user = user.username;
    identity.actor.role = user.role;
    identity.actor.accountId = user.accountId;
    return identity;
}

Result<QList<User>> AuthService::users(const Actor &actor) {
    if (std::optional<Error> denied = require(actor, Permission::UsersManage))
        return *denied;
    return m_store.users().list();
}

Problems AuthService::checkUser(const QString &username, const std::optional<QString> &password,
                                UserRole role, const std::optional<Id> &accountId) {
    Problems p;
    rules::checkText(p, QStringLiteral("username"), tr("User name"), username, true);
    if (password && (password->size() < 8 || password->size() > 200))
        p.add(QStringLiteral("password"), tr("The password must have 8 to 200 characters."));
    if (role == UserRole::Reseller) {
        if (!accountId) {
            p.add(QStringLiteral("accountId"), tr("A reseller user needs its reseller account."));
        } else {
            Result<std::optional<Account>> account = m_store.accounts().find(*accountId);
            if (!account || !account->has_value())
                p.add(QStringLiteral("accountId"), tr("The account does not exist."));
            else if ((*account)->type != AccountType::Reseller)
                p.add(QStringLiteral("accountId"),
                      tr("A reseller user must be bound to a reseller account."));
        }
    } else if (accountId) {
        p.add(QStringLiteral("accountId"), tr("Only reseller users are bound to an account."));
    }
    return p;
}

// The user's row: a new one, or the role, account (and password) of an existing one.
Result<Id> AuthService::storeUser(const std::optional<User> &existing, const NewUser &user,
                                  bool setPassword, bool disabled) {
    // A new salt with each password; the key is derived only when a password is written.
    std::optional<PasswordHash> password;
    if (!existing || setPassword) {
        const QByteArray salt = randomBytes(saltBytes);
        password = PasswordHash{hashPassword(user.password, salt, m_iterations),
                                QString::fromLatin1(salt.toBase64())};
    }
    if (!existing) {
        const User row{0, user.username, user.role, user.accountId, m_clock()};
        return m_store.users().insert(row, *password);
    }
    User row = *existing;
    row.role = user.role;
    row.accountId = user.accountId;
    row.disabled = disabled;
    if (Result<Done> r = m_store.users().update(row, password); !r)
        return r.error();
    if (setPassword || disabled || existing->role != user.role ||
        existing->accountId != user.accountId) {
        // A changed password, role or account, or disabling, ends the user's sessions at once:
        // every request reads its token from the store.
        if (Result<Done> revoked = m_store.users().deleteTokensOf(row.id); !revoked)
            return revoked.error();
    }
    return row.id;
}

Result<Done> AuthService::auditUser(const Actor &actor, const std::optional<User> &existing,
                                    const NewUser &user, Id id, bool setPassword, bool disabled) {
    const auto audit = [&](audit::Field field, const QString &before, const QString &after) {
        AuditEntry e;
        e.at = m_clock();
        e.user = actor.user;
        e.action = audit::toString(existing ? audit::Action::Update : audit::Action::Create);
        e.entity = audit::toString(audit::Entity::User);
        e.entityId = id;
        // Never a null QString: the audit columns are NOT NULL.
        e.field = audit::toString(field);
        e.before = before.isNull() ? QStringLiteral("") : before;
        e.after = after.isNull() ? QStringLiteral("") : after;
        return m_store.audit().insert(e);
    };
    const auto idText = [](const std::optional<Id> &v) {
        return v ? QString::number(*v) : QString();
    };
    QList<Result<Done>> written;
    if (!existing)
        written << audit(audit::Field::Username, QString(), user.username);
    if (!existing || existing->role != user.role)
        written << audit(audit::Field::Role, existing ? toString(existing->role) : QString(),
                         toString(user.role));
    if (!existing ? user.accountId.has_value() : existing->accountId != user.accountId)
        written << audit(audit::Field::AccountId,
                         existing ? idText(existing->accountId) : QString(),
                         idText(user.accountId));
    const auto yesNo = [](bool b) { return b ? QStringLiteral("true") : QStringLiteral("false"); };
    if (existing && existing->disabled != disabled)
        written << audit(audit::Field::Disabled, yesNo(existing->disabled), yesNo(disabled));
    if (existing && setPassword)
        written << audit(audit::Field::Password, QStringLiteral("\u2022\u2022\u2022\u2022"),
                         QStringLiteral("\u2022\u2022\u2022\u2022"));
    for (const Result<Done> &w : written) {
        if (!w)
            return w;
    }
    return Done{};
}

Result<User> AuthService::writeUser(const Actor &actor, std::optional<User> existing,
                                    const NewUser &user, bool setPassword, bool disabled) {
    return m_store.transaction<User>([&]() -> Result<User> {
        const Result<Id> id = storeUser(existing, user, setPassword, disabled);
        if (!id)
            return id.error();
        if (Result<Done> audited = auditUser(actor, existing, user, *id, setPassword, disabled);
            !audited)
            return audited.error();
        Result<std::optional<User>> saved = m_store.users().find(*id);
        if (!saved)
            return saved.error();
        if (!saved->has_value())
            return Error::internal(tr("The user just saved cannot be read back."));
        return **saved;
    });
}

Result<User> AuthService::createUser(const Actor &actor, const NewUser &user) {
    if (std::optional<Error> denied = require(actor, Permission::UsersManage))
        return *denied;
    Problems p = checkUser(user.username, user.password, user.role, user.accountId);
    if (!p.isEmpty())
        return p.toError();
    Result<std::optional<User>> existing = m_store.users().find(user.username);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return Error::conflict(QStringLiteral("username-taken"),
                               tr("This user name is already taken."));
    return writeUser(actor, std::nullopt, user, true);
}

Result<User> AuthService::updateUser(const Actor &actor, Id id, const UserPatch &patch) {
    if (std::optional<Error> denied = require(actor, Permission::UsersManage))
        return *denied;
    Result<std::optional<User>> existing = m_store.users().find(id);
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return Error::notFound(tr("User"));
    const User &old = **existing;
    NewUser updated{old.username, patch.password.value_or(QString()), patch.role.value_or(old.role),
                    patch.clearAccount ? std::nullopt
                                       : (patch.accountId ? patch.accountId : old.accountId)};
    // Demoting a reseller to agent/admin drops its account unless the patch says otherwise.
    if (patch.role && *patch.role != UserRole::Reseller && !patch.accountId)
        updated.accountId.reset();
    Problems p = checkUser(updated.username, patch.password, updated.role, updated.accountId);
    if (!p.isEmpty())
        return p.toError();
    if (std::optional<Error> e = checkNotSelf(actor, old, &patch))
        return *e;
    return writeUser(actor, old, updated, patch.password.has_value(),
                     patch.disabled.value_or(old.disabled));
}

// An administrator does not lock itself out: another administrator demotes, disables or deletes
// it (or bssdesk-server --add-user).
std::optional<Error> AuthService::checkNotSelf(const Actor &actor, const User &user,
                                               const UserPatch *patch) const {
    if (user.username != actor.user)
        return std::nullopt;
    if (!patch)
        return Error::conflict(QStringLiteral("own-user"), tr("You cannot delete your own user."));
    if (patch->disabled.value_or(false))
        return Error::validation(
            {{QStringLiteral("disabled"), tr("You cannot disable your own user.")}});
    if (patch->role && *patch->role != user.role)
        return Error::validation(
            {{QStringLiteral("role"), tr("You cannot change the role of your own user.")}});
    return std::nullopt;
}

Result<Done> AuthService::deleteUser(const Actor &actor, Id id) {
    if (std::optional<Error> denied = require(actor, Permission::UsersManage))
        return *denied;
    return m_store.transaction<Done>([&]() -> Result<Done> {
        Result<std::optional<User>> existing = m_store.users().find(id);
        if (!existing)
            return existing.error();
        if (!existing->has_value())
            return Error::notFound(tr("User"));
        if (std::optional<Error> e = checkNotSelf(actor, **existing, nullptr))
            return *e;
        if (Result<Done> removed = m_store.users().remove(id); !removed)
            return removed;
        AuditEntry e;
        e.at = m_clock();
        e.user = actor.user;
        e.action = audit::toString(audit::Action::Delete);
        e.entity = audit::toString(audit::Entity::User);
        e.entityId = id;
        e.field = audit::toString(audit::Field::Username);
        e.before = (*existing)->username;
        e.after = QStringLiteral("");
        return m_store.audit().insert(e);
    });
}

Result<Me> AuthService::me(const Actor &actor) {
    Me me;
    me.username = actor.user;
    me.role = actor.role;
    me.accountId = actor.accountId;
    me.may = permissionsOf(actor);
    if (actor.accountId) {
        const Result<std::optional<Account>> account = m_store.accounts().find(*actor.accountId);
        if (!account)
            return account.error();
        if (account->has_value())
            me.accountName = (*account)->name;
    }
    return me;
}

Result<User> AuthService::upsertUser(const NewUser &user) {
    Problems p = checkUser(user.username, user.password, user.role, user.accountId);
    if (!p.isEmpty())
        return p.toError();
    Result<std::optional<User>> existing = m_store.users().find(user.username);
    if (!existing)
        return existing.error();
    const Actor system{QStringLiteral("bssdesk-server"), UserRole::Admin, std::nullopt};
    return writeUser(system, *existing, user, true);
}

} // namespace bss
